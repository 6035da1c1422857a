// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Annotations as they travel, with every field set; shared by the export tests.

#include "exchangedannotation.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pizhu {

// Different for every n; every commitment status comes round within six.
inline ExchangedAnnotation exchangedAnnotation(int n)
{
    ExchangedAnnotation e;
    Annotation &a = e.annotation;
    a.id = QUuid::createUuidV5(QUuid(), QString::number(n));
    a.workKey = u"0123456789abcdef0123456789abcdef"_s;
    a.contentHash = u"%1"_s.arg(n, 64, 16, QChar(u'0'));
    a.anchor.start = 120 + 9 * n;
    a.anchor.end = a.anchor.start + 14;
    a.anchor.exact = u"“一网通办”率达97.1%%1"_s.arg(n);
    a.anchor.prefix = u"全面推进政务公开，\n"_s;
    a.anchor.suffix = u"。下一步，"_s;
    a.anchor.blockOrdinal = 3 + n;
    a.anchor.headingPath = u"一、主要举措和成效 › （二）深化“放管服”改革"_s;
    a.orphaned = n % 4 == 3;
    a.color = n % 5;
    a.note = n % 3 == 2 ? QString() : u"**持续跟踪** 第%1条：\n- 责任单位自查\n- `code` 'quoted' \"double\" <b>\\</b>"_s.arg(n);
    a.created = QDateTime(QDate(2024, 3, 1), QTime(8, 15, 30, 250), QTimeZone::UTC).addSecs(n);
    a.modified = a.created.addMSecs(1501 + n);
    a.author = n % 2 ? u"法制科 王某"_s : QString();
    a.status = CommitmentStatus(n % 6);
    a.responsibleUnit = n % 2 ? u"区司法局"_s : QString();
    a.due = n % 3 ? QDate(2025, 6, 30).addDays(n) : QDate();
    if (n % 2 == 0)
        e.tags << Tag{-1, u"承诺"_s, u"#2F6FD6"_s, {}};
    if (n % 3 != 1)
        e.tags << Tag{-1, u"指标"_s, {}, {}} << Tag{-1, u"KPI 2025"_s, u"#0E8C80"_s, {}};
    e.source = u"urn:sha256:"_s + a.contentHash;
    return e;
}

} // namespace pizhu
