// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagcommand.h"

#include <QList>

namespace pizhu {

// Deletes a tag and takes it off every annotation (of every report). Undo
// brings it back with its id and puts it back on exactly those annotations,
// at its old place in their lists.
class DeleteTagCommand final : public TagCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteTagCommand)

public:
    DeleteTagCommand(AnnotationSession *session, qint64 tagId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Tag m_tag;
    QList<TagStore::Link> m_links; // as they were before the delete
};

} // namespace pizhu
