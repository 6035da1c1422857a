// SPDX-License-Identifier: GPL-3.0-or-later
// Notes JSON in and out: 10,000 annotations on the sample report, imported
// from JSON into a fresh annotation file (parse, place, tag, store in one
// transaction), imported again (all unchanged) and exported.
// Target (notes import/export issue): importing 10,000 < 2 s.
#include "anchorfactory.h"
#include "annotationstore.h"
#include "database.h"
#include "notescollector.h"
#include "notesmerger.h"
#include "reportreader.h"
#include "reportstore.h"
#include "storagefixtures.h"
#include "w3cannotationreader.h"
#include "w3cannotationwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

constexpr int kCount = 10000;

double median(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// 10,000 passages of 6–60 characters all over the report, with notes, tags
// (some new to the file), statuses; the same every run.
ExportedNotes notesOn(const Report &report)
{
    QRandomGenerator random(20240301);
    const QStringList tagNames = {u"承诺"_s, u"指标"_s, u"成效"_s, u"问题"_s, u"跟踪"_s, u"督办"_s, u"重点"_s};
    const qsizetype length = report.canonicalText.size();
    ExportedNotes notes;
    notes.label = report.metadata.title;
    notes.workKey = report.workKey();
    notes.annotations.reserve(kCount);
    for (int n = 0; n < kCount; ++n) {
        const qsizetype start = random.bounded(qint64(length - 64));
        ExchangedAnnotation e;
        Annotation &a = e.annotation;
        a.id = QUuid::createUuidV5(QUuid(), u"bench-%1"_s.arg(n));
        a.workKey = notes.workKey;
        a.contentHash = report.contentHash();
        a.anchor = AnchorFactory::create(report, start, start + 6 + random.bounded(55));
        a.color = n % 5;
        a.note = n % 3 ? u"**第%1条** 需要跟踪落实情况。"_s.arg(n) : QString();
        a.created = QDateTime(QDate(2024, 3, 1), QTime(8, 0), QTimeZone::UTC).addSecs(n);
        a.modified = a.created.addSecs(90);
        a.author = u"法制科"_s;
        a.status = CommitmentStatus(n % 6);
        a.responsibleUnit = n % 2 ? u"区司法局"_s : QString();
        for (int t = 0; t < n % 3; ++t)
            e.tags << Tag{-1, tagNames.at((n + t) % tagNames.size()), {}, {}};
        e.source = u"urn:sha256:"_s + a.contentHash;
        notes.annotations << e;
    }
    return notes;
}

QByteArray json(const ExportedNotes &notes)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!W3cAnnotationWriter().write(notes, buffer))
        qFatal("cannot write the notes");
    return buffer.data();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto read = ReportReader::read(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"));
    if (!dir.isValid() || !read)
        return 1;
    const Report report = std::move(read).value();
    const ExportedNotes notes = notesOn(report);
    const QByteArray bytes = json(notes);
    std::printf("%d annotations on the sample report: %.1f MB of JSON\n", kCount, double(bytes.size()) / 1e6);

    std::vector<double> parses, merges, totals, again, exports;
    for (int run = 0; run < 3; ++run) {
        const auto db = openDatabase(dir.filePath(u"import-%1.sqlite"_s.arg(run)));
        if (!ReportStore(*db).store(report))
            return 1;
        QElapsedTimer timer;
        timer.start();
        const auto entries = W3cAnnotationReader::read(bytes);
        parses.push_back(msSince(timer));
        QElapsedTimer mergeTimer;
        mergeTimer.start();
        const auto counts = NotesMerger(*db).merge(entries.value());
        merges.push_back(msSince(mergeTimer));
        totals.push_back(msSince(timer));
        if (!counts || counts->added != kCount) {
            std::fprintf(stderr, "import failed: %s\n", counts ? "not all added" : qPrintable(counts.error().message));
            return 1;
        }
        timer.restart();
        const auto reimported = NotesMerger(*db).merge(W3cAnnotationReader::read(bytes).value());
        again.push_back(msSince(timer));
        if (!reimported || reimported->unchanged != kCount)
            return 1;

        timer.restart();
        const auto collected = NotesCollector(*db).collect(report.workKey(), NotesCollector::Filter());
        if (!collected || collected->size() != kCount)
            return 1;
        const QByteArray out = json(ExportedNotes{notes.label, notes.workKey, collected.value(), nullptr});
        exports.push_back(msSince(timer));
        if (out.isEmpty())
            return 1;
    }
    std::printf("import %d from JSON into a fresh file: %.0f ms median of 3 (target < 2000 ms)\n", kCount,
                median(totals));
    std::printf("  of which reading the JSON: %.0f ms, placing, tagging and storing: %.0f ms\n", median(parses),
                median(merges));
    std::printf("import the same file again (all unchanged): %.0f ms median of 3\n", median(again));
    std::printf("export %d to JSON (load, tags by name, write): %.0f ms median of 3\n", kCount, median(exports));
    return 0;
}
