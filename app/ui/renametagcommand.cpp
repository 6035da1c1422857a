// SPDX-License-Identifier: GPL-3.0-or-later
#include "renametagcommand.h"

#include "annotationsession.h"

namespace pizhu {

RenameTagCommand::RenameTagCommand(AnnotationSession *session, qint64 tagId, const QString &name,
                                   QUndoCommand *parent)
    : TagCommand(session, parent)
    , m_id(tagId)
    , m_before(session->tag(tagId).value_or(Tag{}).name)
    , m_after(name.trimmed())
{
    setText(tr("Rename Tag “%1” to “%2”").arg(m_before, m_after));
}

void RenameTagCommand::redo()
{
    auto tags = store();
    if (!tags) {
        setObsolete(true);
        return;
    }
    if (m_after == m_before) {
        setObsolete(true); // no change, no step
        return;
    }
    if (const auto renamed = tags->rename(m_id, m_after); !renamed) {
        fail(renamed.error());
        return;
    }
    session()->reloadTags();
}

void RenameTagCommand::undo()
{
    auto tags = store();
    if (!tags)
        return;
    const auto renamed = tags->rename(m_id, m_before);
    session()->reloadTags();
    if (!renamed)
        report(renamed.error());
}

} // namespace pizhu
