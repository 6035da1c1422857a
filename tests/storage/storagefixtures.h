// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the storage tests, the writer helper and the benchmark.

#include "annotation.h"
#include "database.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pizhu {

// An annotation with every field set, different for every n.
inline Annotation sampleAnnotation(const QString &workKey, int n, const QList<qint64> &tagIds = {})
{
    Annotation a;
    a.id = QUuid::createUuid();
    a.workKey = workKey;
    a.contentHash = u"5e2f%1"_s.arg(n, 60, 10, QChar(u'0'));
    a.anchor.start = 100 + 7 * n;
    a.anchor.end = a.anchor.start + 12;
    a.anchor.exact = u"“一网通办”率达97.1% 第%1条"_s.arg(n);
    a.anchor.prefix = u"全面推进政务公开，"_s;
    a.anchor.suffix = u"。下一步，"_s;
    a.anchor.blockOrdinal = n / 3;
    a.anchor.headingPath = u"一、主要举措和成效 › （二）深化“放管服”改革"_s;
    a.orphaned = n % 11 == 0;
    a.color = n % 5;
    a.note = u"**持续跟踪** 第%1条：\n- 责任单位自查\n- 'quoted' \"double\""_s.arg(n);
    a.tagIds = tagIds;
    a.created = QDateTime(QDate(2024, 3, 1), QTime(8, 15, 30, 250), QTimeZone::UTC).addSecs(n);
    a.modified = a.created.addMSecs(1500 + n);
    a.author = u"法制科 王某"_s;
    a.status = CommitmentStatus(n % 6);
    a.responsibleUnit = n % 2 ? u"区司法局"_s : QString();
    a.due = n % 3 ? QDate(2025, 6, 30).addDays(n) : QDate();
    return a;
}

inline std::unique_ptr<Database> openDatabase(const QString &path,
                                              Database::OpenMode mode = Database::OpenMode::ReadWrite,
                                              const Database::Options &options = {})
{
    auto opened = Database::open(path, mode, options);
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error().message));
    return std::move(opened).value();
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace pizhu
