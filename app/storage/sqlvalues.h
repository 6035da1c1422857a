// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace pizhu {

// How values are written to and read from the file (docs/schema.md):
// text is never NULL (a null QString would bind as NULL), times are UTC ISO
// 8601 with milliseconds ("2024-03-01T08:15:30.250Z"), dates are YYYY-MM-DD;
// a missing time or date is NULL.
class SqlValues
{
public:
    static QVariant text(const QString &value);
    static QVariant time(const QDateTime &value);
    static QVariant date(const QDate &value);
    static QDateTime toTime(const QVariant &stored);
    static QDate toDate(const QVariant &stored);
};

} // namespace pizhu
