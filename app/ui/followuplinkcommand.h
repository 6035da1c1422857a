// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followuplink.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <optional>

namespace pizhu {

class AnnotationSession;

// Records, changes or forgets the user's decision on a plan and a measure
// (FollowUpLinkStore), on the session's undo stack like every other edit of
// the annotation file. Undo puts back the decision there was before.
class FollowUpLinkCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpLinkCommand)

public:
    // pair: the plan and measure (its decision ignored); decision: nullopt forgets it.
    FollowUpLinkCommand(AnnotationSession *session, const FollowUpLink &pair,
                        std::optional<FollowUpLink::Decision> decision, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool apply(const std::optional<FollowUpLink> &link);

    AnnotationSession *m_session = nullptr;
    FollowUpLink m_pair;
    std::optional<FollowUpLink> m_before;
    std::optional<FollowUpLink> m_after;
    bool m_done = false; // redone once: m_before has been read
};

} // namespace pizhu
