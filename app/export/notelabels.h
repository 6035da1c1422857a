// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "partrole.h"

#include <QCoreApplication>
#include <QString>

namespace pizhu {

// The words the notes formats share for what annotations carry: statuses,
// the parts' roles, dates. Dates are ISO (2023-12-31) in every language, as
// government documents write them in tables.
class NoteLabels
{
    Q_DECLARE_TR_FUNCTIONS(NoteLabels)

public:
    // 未开始, 推进中 …; empty for None.
    static QString statusText(CommitmentStatus status);
    // For grouping by status: "Not a commitment" for None.
    static QString statusGroupText(CommitmentStatus status);
    // 举措成效, 不足 …; empty for None.
    static QString roleText(PartRole role);

    static QString dateText(const QDate &date);
    // Local time to the minute; empty for an invalid time.
    static QString timeText(const QDateTime &time);
};

} // namespace pizhu
