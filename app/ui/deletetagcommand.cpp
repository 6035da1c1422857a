// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletetagcommand.h"

#include "annotationsession.h"

namespace pizhu {

DeleteTagCommand::DeleteTagCommand(AnnotationSession *session, qint64 tagId, QUndoCommand *parent)
    : TagCommand(session, parent)
    , m_tag(session->tag(tagId).value_or(Tag{}))
{
    m_tag.id = tagId;
    setText(tr("Delete Tag “%1”").arg(m_tag.name));
}

void DeleteTagCommand::redo()
{
    auto tags = store();
    if (!tags) {
        setObsolete(true);
        return;
    }
    // Read now, not when the command was made: what the file holds is what undo restores.
    const auto tag = tags->get(m_tag.id);
    if (!tag) {
        fail(Error{Error::Kind::BadInput, tr("The tag “%1” no longer exists.").arg(m_tag.name)});
        return;
    }
    m_tag = *tag;
    m_links = tags->links(m_tag.id);
    if (const auto removed = tags->remove(m_tag.id); !removed) {
        fail(removed.error());
        return;
    }
    // The annotations in memory lose the tag too.
    if (m_links.isEmpty())
        session()->reloadTags();
    else
        session()->reload();
}

void DeleteTagCommand::undo()
{
    auto tags = store();
    if (!tags)
        return;
    const auto restored = tags->restore(m_tag, m_links);
    if (m_links.isEmpty())
        session()->reloadTags();
    else
        session()->reload();
    if (!restored)
        report(restored.error());
}

} // namespace pizhu
