// SPDX-License-Identifier: GPL-3.0-or-later
#include "followuplinkcommand.h"

#include "annotationsession.h"
#include "followuplinkstore.h"

namespace pizhu {

FollowUpLinkCommand::FollowUpLinkCommand(AnnotationSession *session, const FollowUpLink &pair,
                                         std::optional<FollowUpLink::Decision> decision, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_pair(pair)
{
    if (decision) {
        m_after = pair;
        m_after->decision = *decision;
    }
    if (!decision)
        setText(tr("Clear Follow-up Decision"));
    else if (*decision == FollowUpLink::Decision::Confirmed)
        setText(tr("Confirm Follow-up Link"));
    else
        setText(tr("Reject Follow-up Link"));
}

void FollowUpLinkCommand::redo()
{
    Database *db = m_session->database();
    if (!db) {
        setObsolete(true);
        return;
    }
    if (!m_done) {
        // Read when first done, not when made: another window may have decided since.
        m_before = FollowUpLinkStore(*db).find(m_pair);
        m_done = true;
        if (m_before.has_value() == m_after.has_value() && (!m_before || m_before->decision == m_after->decision)) {
            setObsolete(true); // no change, no step
            return;
        }
    }
    if (!apply(m_after))
        setObsolete(true);
}

void FollowUpLinkCommand::undo()
{
    apply(m_before);
}

bool FollowUpLinkCommand::apply(const std::optional<FollowUpLink> &link)
{
    Database *db = m_session->database();
    if (!db)
        return false;
    FollowUpLinkStore store(*db);
    const Result<bool> done = link ? store.set(*link) : store.remove(m_pair);
    Q_EMIT m_session->followUpLinksChanged();
    if (!done) {
        Q_EMIT m_session->failed(done.error().message);
        return false;
    }
    return true;
}

} // namespace pizhu
