// SPDX-License-Identifier: GPL-3.0-or-later
#include "recolortagcommand.h"

#include "annotationsession.h"

namespace pizhu {

RecolorTagCommand::RecolorTagCommand(AnnotationSession *session, qint64 tagId, const QString &color,
                                     QUndoCommand *parent)
    : TagCommand(session, parent)
    , m_id(tagId)
    , m_before(session->tag(tagId).value_or(Tag{}).color)
    , m_after(color)
{
    setText(tr("Change Colour of Tag “%1”").arg(session->tag(tagId).value_or(Tag{}).name));
}

void RecolorTagCommand::redo()
{
    auto tags = store();
    if (!tags) {
        setObsolete(true);
        return;
    }
    if (m_after.compare(m_before, Qt::CaseInsensitive) == 0) {
        setObsolete(true); // no change, no step
        return;
    }
    if (const auto recolored = tags->recolor(m_id, m_after); !recolored) {
        fail(recolored.error());
        return;
    }
    session()->reloadTags();
}

void RecolorTagCommand::undo()
{
    auto tags = store();
    if (!tags)
        return;
    const auto recolored = tags->recolor(m_id, m_before);
    session()->reloadTags();
    if (!recolored)
        report(recolored.error());
}

} // namespace pizhu
