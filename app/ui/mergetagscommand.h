// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagcommand.h"

#include <QList>

namespace pizhu {

// Merges one tag into another: the annotations of `from` carry `into`
// instead, and `from` is deleted. Undo brings `from` back with its id and
// exactly its links, and takes `into` off the annotations that only gained it
// through the merge.
class MergeTagsCommand final : public TagCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeTagsCommand)

public:
    MergeTagsCommand(AnnotationSession *session, qint64 from, qint64 into, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Tag m_from;
    qint64 m_into = -1;
    QList<TagStore::Link> m_links; // of `from`, before the merge
    QList<QUuid> m_gained; // the annotations that had `from` but not `into`
};

} // namespace pizhu
