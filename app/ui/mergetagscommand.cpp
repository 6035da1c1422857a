// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergetagscommand.h"

#include "annotationsession.h"

#include <QSet>

namespace pizhu {

MergeTagsCommand::MergeTagsCommand(AnnotationSession *session, qint64 from, qint64 into, QUndoCommand *parent)
    : TagCommand(session, parent)
    , m_from(session->tag(from).value_or(Tag{}))
    , m_into(into)
{
    m_from.id = from;
    setText(tr("Merge Tag “%1” into “%2”").arg(m_from.name, session->tag(into).value_or(Tag{}).name));
}

void MergeTagsCommand::redo()
{
    auto tags = store();
    if (!tags) {
        setObsolete(true);
        return;
    }
    // Read now, not when the command was made: what the file holds is what undo restores.
    const auto from = tags->get(m_from.id);
    if (!from) {
        fail(Error{Error::Kind::BadInput, tr("The tag “%1” no longer exists.").arg(m_from.name)});
        return;
    }
    m_from = *from;
    m_links = tags->links(m_from.id);
    const QList<QUuid> had = tags->annotationsWith(m_into);
    const QSet<QUuid> hadInto(had.cbegin(), had.cend());
    m_gained.clear();
    for (const TagStore::Link &link : std::as_const(m_links)) {
        if (!hadInto.contains(link.annotation))
            m_gained.append(link.annotation);
    }
    if (const auto merged = tags->merge(m_from.id, m_into); !merged) {
        fail(merged.error());
        return;
    }
    session()->reload(); // the annotations in memory carry `into` now
}

void MergeTagsCommand::undo()
{
    auto tags = store();
    if (!tags)
        return;
    const auto unmerged = tags->unmerge(m_from, m_links, m_into, m_gained);
    session()->reload();
    if (!unmerged)
        report(unmerged.error());
}

} // namespace pizhu
