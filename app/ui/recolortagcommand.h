// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagcommand.h"

namespace pizhu {

// Gives a tag another colour ("#RRGGBB").
class RecolorTagCommand final : public TagCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecolorTagCommand)

public:
    RecolorTagCommand(AnnotationSession *session, qint64 tagId, const QString &color,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    qint64 m_id = -1;
    QString m_before;
    QString m_after;
};

} // namespace pizhu
