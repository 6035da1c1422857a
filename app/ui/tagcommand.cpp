// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagcommand.h"

#include "annotationsession.h"
#include "database.h"

namespace pizhu {

TagCommand::TagCommand(AnnotationSession *session, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(session)
{
}

TagCommand::~TagCommand() = default;

std::optional<TagStore> TagCommand::store() const
{
    if (!m_session->isAvailable()) {
        const QString why = m_session->error();
        report(Error{Error::Kind::Failure, why.isEmpty()
                                               ? tr("The tags cannot be changed: annotations are off.")
                                               : tr("The tags cannot be changed: %1").arg(why)});
        return std::nullopt;
    }
    return TagStore(*m_session->database());
}

void TagCommand::report(const Error &error) const
{
    // Signals are public: the session needs no method of its own for this.
    Q_EMIT m_session->failed(error.message);
}

void TagCommand::fail(const Error &error)
{
    report(error);
    setObsolete(true);
}

} // namespace pizhu
