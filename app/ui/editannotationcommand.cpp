// SPDX-License-Identifier: GPL-3.0-or-later
#include "editannotationcommand.h"

#include "annotationsession.h"

namespace pizhu {

namespace {
constexpr int kNoteEditId = 0x7069; // any number unique among our commands
}

EditAnnotationCommand::EditAnnotationCommand(AnnotationSession *session, const Annotation &before,
                                             const Annotation &after, Kind kind, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_before(before)
    , m_after(after)
    , m_kind(kind)
{
    const QString quote = after.anchor.exact.left(12);
    switch (kind) {
    case Kind::Color:
        setText(tr("Change Colour of “%1”").arg(quote));
        break;
    case Kind::Tags:
        setText(tr("Change Tags of “%1”").arg(quote));
        break;
    case Kind::Note:
        setText(tr("Edit Note on “%1”").arg(quote));
        break;
    case Kind::Commitment:
        setText(tr("Change Commitment “%1”").arg(quote));
        break;
    }
}

void EditAnnotationCommand::redo()
{
    if (!m_session->replace(m_after))
        setObsolete(true); // not stored: nothing to undo
}

void EditAnnotationCommand::undo()
{
    m_session->replace(m_before);
}

int EditAnnotationCommand::id() const
{
    return m_kind == Kind::Note ? kNoteEditId : -1;
}

bool EditAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditAnnotationCommand *>(other);
    if (next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    // Typing that ends where it began (deleted what it wrote) is no step at all.
    if (m_after.note == m_before.note)
        setObsolete(true);
    return true;
}

} // namespace pizhu
