// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotation.h"

using namespace Qt::StringLiterals;

namespace pizhu {

QString commitmentStatusId(CommitmentStatus status)
{
    switch (status) {
    case CommitmentStatus::NotStarted:
        return u"not-started"_s;
    case CommitmentStatus::InProgress:
        return u"in-progress"_s;
    case CommitmentStatus::Done:
        return u"done"_s;
    case CommitmentStatus::Unfulfilled:
        return u"unfulfilled"_s;
    case CommitmentStatus::Unverifiable:
        return u"unverifiable"_s;
    case CommitmentStatus::None:
        break;
    }
    return {};
}

CommitmentStatus commitmentStatusFromId(const QString &id)
{
    for (CommitmentStatus s : kCommitmentStatuses) {
        if (commitmentStatusId(s) == id)
            return s;
    }
    return CommitmentStatus::None;
}

} // namespace pizhu
