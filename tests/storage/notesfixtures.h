// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sample report and annotations on it as notes JSON brings them; shared
// by the notes tests of the storage layer and the import benchmark.

#include "anchorfactory.h"
#include "exchangedannotation.h"
#include "report.h"
#include "reportreader.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pizhu {

inline const QString kSampleReport = QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt");

inline Report readReport(const QString &path)
{
    auto read = ReportReader::read(path);
    if (!read)
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(read.error().message));
    return std::move(read).value();
}

inline const Report &sampleReport()
{
    static const Report report = readReport(kSampleReport);
    return report;
}

// An annotation on the passage [start, end) of the report, as exported from
// another file: by content hash, with tags by name.
inline ExchangedAnnotation exchangedAt(const Report &report, qsizetype start, qsizetype end, int n,
                                       const QStringList &tags = {})
{
    ExchangedAnnotation e;
    Annotation &a = e.annotation;
    a.id = QUuid::createUuidV5(QUuid(), u"notes-fixture-%1"_s.arg(n));
    a.workKey = report.workKey();
    a.contentHash = report.contentHash();
    a.anchor = AnchorFactory::create(report, start, end);
    a.color = n % 5;
    a.note = u"第%1条批注"_s.arg(n);
    a.created = QDateTime(QDate(2024, 3, 1), QTime(8, 0), QTimeZone::UTC).addSecs(n);
    a.modified = a.created.addSecs(60);
    a.author = u"法制科"_s;
    a.status = CommitmentStatus(n % 6);
    for (const QString &name : tags)
        e.tags << Tag{-1, name, {}, {}};
    e.source = u"urn:sha256:"_s + a.contentHash;
    return e;
}

} // namespace pizhu
