// SPDX-License-Identifier: GPL-3.0-or-later
#include "notelabels.h"

using namespace Qt::StringLiterals;

namespace pizhu {

QString NoteLabels::statusText(CommitmentStatus status)
{
    switch (status) {
    case CommitmentStatus::None:
        return {};
    case CommitmentStatus::NotStarted:
        //: Commitment status 未开始
        return tr("Not started");
    case CommitmentStatus::InProgress:
        //: Commitment status 推进中
        return tr("In progress");
    case CommitmentStatus::Done:
        //: Commitment status 已完成
        return tr("Done");
    case CommitmentStatus::Unfulfilled:
        //: Commitment status 未兑现
        return tr("Unfulfilled");
    case CommitmentStatus::Unverifiable:
        //: Commitment status 无法核实
        return tr("Cannot be verified");
    }
    return {};
}

QString NoteLabels::statusGroupText(CommitmentStatus status)
{
    //: The group of notes that track no commitment, when notes are grouped by status
    return status == CommitmentStatus::None ? tr("Not a commitment") : statusText(status);
}

QString NoteLabels::roleText(PartRole role)
{
    switch (role) {
    case PartRole::Measures:
        //: Badge of the part on the year's measures and results (举措成效)
        return tr("Measures");
    case PartRole::Shortcomings:
        //: Badge of the part on shortcomings (不足)
        return tr("Shortcomings");
    case PartRole::Leadership:
        //: Badge of the part on the leaders' duty (第一责任人)
        return tr("Leaders' duty");
    case PartRole::Plans:
        //: Badge of the part on next year's plans (下年安排)
        return tr("Next year");
    case PartRole::Other:
        return tr("Other");
    case PartRole::None:
        break;
    }
    return {};
}

QString NoteLabels::dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString NoteLabels::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

} // namespace pizhu
