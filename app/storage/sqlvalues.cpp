// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlvalues.h"

using namespace Qt::StringLiterals;

namespace pizhu {

QVariant SqlValues::text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant SqlValues::time(const QDateTime &value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QVariant SqlValues::date(const QDate &value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toString(Qt::ISODate);
}

QDateTime SqlValues::toTime(const QVariant &stored)
{
    if (stored.isNull())
        return {};
    return QDateTime::fromString(stored.toString(), Qt::ISODateWithMs);
}

QDate SqlValues::toDate(const QVariant &stored)
{
    if (stored.isNull())
        return {};
    return QDate::fromString(stored.toString(), Qt::ISODate);
}

} // namespace pizhu
