// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagcommand.h"

namespace pizhu {

// Renames a tag; the annotations carry it by id and follow.
class RenameTagCommand final : public TagCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameTagCommand)

public:
    RenameTagCommand(AnnotationSession *session, qint64 tagId, const QString &name,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    qint64 m_id = -1;
    QString m_before;
    QString m_after;
};

} // namespace pizhu
