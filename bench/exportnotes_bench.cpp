// SPDX-License-Identifier: GPL-3.0-or-later
// Notes exported to PDF (and Markdown and CSV): 1,000 and 10,000
// annotations on the sample report, with tags, statuses and Markdown notes.
// Targets (export notes issue): 1,000 to PDF < 3 s; 10,000 < 30 s with a
// peak memory below 500 MB.
#include "anchorfactory.h"
#include "csvwriter.h"
#include "markdownwriter.h"
#include "pdfwriter.h"
#include "reportreader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

// Passages of 6–60 characters all over the report, in document order, with
// notes (some with Markdown), tags and statuses; the same every run.
ExportedNotes notesOn(const std::shared_ptr<const Report> &report, int count)
{
    QRandomGenerator random(20240301);
    const QStringList tagNames
        = { u"承诺"_s, u"指标"_s, u"成效"_s, u"问题"_s, u"跟踪"_s, u"督办"_s, u"重点"_s };
    const QStringList colors
        = { u"#2F6FD6"_s, u"#0E8C80"_s, u"#7CB342"_s, u"#C62828"_s, {}, u"#F4511E"_s, u"#5C6BC0"_s };
    const qsizetype length = report->canonicalText.size();
    QList<qsizetype> starts;
    for (int n = 0; n < count; ++n)
        starts << random.bounded(qint64(length - 64));
    std::sort(starts.begin(), starts.end());
    ExportedNotes notes;
    notes.report = report;
    notes.label = report->metadata.title;
    notes.workKey = report->workKey();
    notes.annotations.reserve(count);
    for (int n = 0; n < count; ++n) {
        ExchangedAnnotation e;
        Annotation &a = e.annotation;
        a.id = QUuid::createUuidV5(QUuid(), u"bench-%1"_s.arg(n));
        a.workKey = notes.workKey;
        a.contentHash = report->contentHash();
        a.anchor = AnchorFactory::create(*report, starts[n], starts[n] + 6 + random.bounded(55));
        a.color = n % 5;
        switch (n % 4) {
        case 0:
            a.note = u"**第%1条** 需要跟踪落实情况，文行长见门。"_s.arg(n);
            break;
        case 1:
            a.note = u"- 责任单位自查\n- 每季度核对\n\n`台账 %1`"_s.arg(n);
            break;
        case 2:
            a.note = u"## 小结\n\n已按期完成，见附件第%1页。"_s.arg(n);
            break;
        default:
            break;
        }
        a.created = QDateTime(QDate(2024, 3, 1), QTime(8, 0), QTimeZone::UTC).addSecs(n);
        a.modified = a.created.addSecs(90);
        a.status = CommitmentStatus(n % 6);
        a.responsibleUnit = n % 2 ? u"区司法局"_s : QString();
        a.due = n % 3 ? QDate(2024, 12, 31) : QDate();
        for (int t = 0; t < n % 3; ++t) {
            const int i = (n + t) % tagNames.size();
            e.tags << Tag { -1, tagNames.at(i), colors.at(i), {} };
        }
        notes.annotations << e;
    }
    return notes;
}

double secondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// The process's peak resident memory so far (Linux), in MB; -1 elsewhere.
double peakMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return -1;
}

QByteArray written(const NotesWriter &writer, const ExportedNotes &notes)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto ok = writer.write(notes, buffer);
    if (!ok)
        qFatal("export failed: %s", qPrintable(ok.error().message));
    return buffer.data();
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    auto read = ReportReader::read(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"));
    if (!read)
        return 1;
    const auto report = std::make_shared<const Report>(std::move(read).value());
    std::printf("start: peak memory %.0f MB\n", peakMegabytes());
    for (const int count : { 1000, 10000 }) {
        const ExportedNotes notes = notesOn(report, count);
        QElapsedTimer timer;
        timer.start();
        const QByteArray pdf = written(PdfWriter(), notes);
        const double pdfSeconds = secondsSince(timer);
        std::printf("export %d notes to PDF: %.2f s, %.1f MB (target < %d s); peak memory so far %.0f MB\n",
            count, pdfSeconds, double(pdf.size()) / 1e6, count == 1000 ? 3 : 30, peakMegabytes());
        timer.restart();
        const QByteArray md = written(MarkdownWriter(), notes);
        const double mdSeconds = secondsSince(timer);
        timer.restart();
        const QByteArray csv = written(CsvWriter(), notes);
        std::printf("export %d notes to Markdown: %.0f ms; to CSV: %.0f ms\n", count, mdSeconds * 1000,
            secondsSince(timer) * 1000);
        if (md.isEmpty() || csv.isEmpty())
            return 1;
    }
    std::printf("peak memory (VmHWM): %.0f MB (target < 500 MB)\n", peakMegabytes());
    return 0;
}
