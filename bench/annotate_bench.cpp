// SPDX-License-Identifier: GPL-3.0-or-later
// Annotating with 10,000 annotations on the sample report, through the real
// window parts (session, annotations dock, reader) over a real annotation file.
// Targets (issue "Annotate"): open the report with its annotations < 300 ms,
// filter the dock < 30 ms, add one annotation < 10 ms.
#include "anchorfactory.h"
#include "annotationfiltermodel.h"
#include "annotationlistmodel.h"
#include "annotationsdock.h"
#include "annotationsession.h"
#include "annotationstore.h"
#include "database.h"
#include "mainwindow.h"
#include "readerview.h"
#include "reportreader.h"
#include "reportstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

double median(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// 10,000 annotations spread over the report, some with notes, tags and commitments.
bool fill(const QString &path, const Report &report, int count)
{
    auto db = Database::open(path);
    if (!db || !ReportStore(*db.value()).store(report))
        return false;
    const QString work = report.workKey();
    const QString hash = report.contentHash();
    const qsizetype size = report.canonicalText.size();
    QList<Annotation> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        Annotation a;
        a.id = QUuid::createUuid();
        a.workKey = work;
        a.contentHash = hash;
        const qsizetype start = (qsizetype(i) * 7919) % (size - 40);
        a.anchor = AnchorFactory::create(report, start, start + 8 + i % 30);
        a.color = i % 5;
        a.note = i % 3 ? QString() : u"跟踪第%1项：**进度**与责任单位"_s.arg(i);
        a.tagIds = i % 4 ? QList<qint64>{1 + i % 6} : QList<qint64>{1, 4};
        a.status = i % 7 ? CommitmentStatus::None : CommitmentStatus::InProgress;
        a.responsibleUnit = i % 7 ? QString() : u"区司法局"_s;
        a.created = QDateTime::currentDateTimeUtc();
        a.modified = a.created;
        list.append(a);
    }
    const auto stored = AnnotationStore(*db.value()).upsert(list);
    return stored && stored->added == count;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const auto report = ReportReader::read(QString::fromLatin1(MainWindow::kSamplePath));
    if (!dir.isValid() || !report)
        return 1;
    constexpr int kCount = 10000;
    const QString path = dir.filePath(u"bench.sqlite"_s);
    if (!fill(path, report.value(), kCount)) {
        std::fprintf(stderr, "could not fill the annotation file\n");
        return 1;
    }

    AnnotationSession session;
    if (!session.openDatabase(path))
        return 1;
    AnnotationsDock dock(&session);
    ReaderView reader;
    reader.setReport(report.value());
    reader.resize(900, 800);
    QObject::connect(&session, &AnnotationSession::annotationsChanged, &reader,
                     [&] { reader.setAnnotations(session.annotations()); });

    std::vector<double> opens, filters, clears, adds;
    for (int run = 0; run < 5; ++run) {
        session.clear();
        QElapsedTimer timer;
        timer.start();
        session.setReport(report.value()); // load, place, fill the dock, draw the visible highlights
        opens.push_back(msSince(timer));
        if (session.annotations().size() != kCount || dock.model()->rowCount() != kCount) {
            std::fprintf(stderr, "expected %d annotations, got %lld\n", kCount, qlonglong(session.annotations().size()));
            return 1;
        }
        AnnotationFilter f;
        f.text = run % 2 ? u"司法局"_s : u"进度"_s;
        timer.restart();
        dock.setFilter(f);
        filters.push_back(msSince(timer));
        timer.restart();
        dock.setFilter({});
        clears.push_back(msSince(timer));
    }
    for (int i = 0; i < 51; ++i) {
        const qsizetype at = 100 + i * 50;
        QElapsedTimer timer;
        timer.start();
        const QUuid id = session.addHighlight(at, at + 12, i % 5);
        adds.push_back(msSince(timer));
        if (id.isNull())
            return 1;
    }
    std::printf("annotations on the sample report: %d\n", kCount);
    std::printf("open report with annotations (load, dock, reader): median %.1f ms (target < 300 ms)\n",
                median(opens));
    std::printf("filter the dock by text:                           median %.1f ms (target < 30 ms)\n",
                median(filters));
    std::printf("clear the filter:                                  median %.1f ms\n", median(clears));
    std::printf("add one annotation (stored, listed, drawn):        median %.2f ms of 51 (target < 10 ms)\n",
                median(adds));
    return 0;
}
