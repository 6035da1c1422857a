// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's counts over real annotations on the sample (NotesStatistics,
// which the notes PDF's overview draws too), and the charts that show them.
#include "annotationsession.h"
#include "dashboarddata.h"
#include "dashboarddialog.h"
#include "figureextractor.h"
#include "mainwindow.h"
#include "reportreader.h"
#include "toolscontroller.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class DashboardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts();
    void windowShowsCharts();
};

void DashboardTest::counts()
{
    QTemporaryDir dir;
    AnnotationSession session;
    QVERIFY(session.openDatabase(dir.filePath(u"a.sqlite"_s)));
    const Report report = ReportReader::read(QString::fromLatin1(MainWindow::kSamplePath)).value();
    session.setReport(report);
    const qint64 promise = session.tags().at(0).tag.id;
    const qint64 figure = session.tags().at(1).tag.id;
    struct Entry { QString quote; QList<qint64> tags; CommitmentStatus status; QString unit; };
    const QList<Entry> entries{
        {u"行政执法证"_s, {figure}, CommitmentStatus::None, {}},
        {u"“一网通办”率达97.1%"_s, {figure, promise}, CommitmentStatus::InProgress, u"区府办"_s},
        {u"高站位推进法治政府建设"_s, {promise}, CommitmentStatus::NotStarted, u"区司法局"_s},
        {u"高标准提升政府服务效能"_s, {promise}, CommitmentStatus::NotStarted, u"区府办"_s},
    };
    for (const Entry &e : entries) {
        const qsizetype at = report.canonicalText.indexOf(e.quote);
        QVERIFY2(at >= 0, qPrintable(e.quote));
        Annotation a = *session.annotation(session.addHighlight(at, at + e.quote.size(), 0));
        a.tagIds = e.tags;
        a.status = e.status;
        a.responsibleUnit = e.unit;
        QVERIFY(session.edit(a, EditAnnotationCommand::Kind::Commitment));
    }
    const QList<Figure> figures = FigureExtractor::extract(report);
    const NotesStatistics d = DashboardData::build(report, session.annotations(), session.tags(), figures);
    // Two notes in the measures, two in the plans, in the parts' order.
    QCOMPARE(d.notesByPart.size(), 2);
    QCOMPARE(d.notesByPart.at(0).second, 2);
    QCOMPARE(d.notesByPart.at(1).second, 2);
    QCOMPARE(d.notesByTag, (NotesStatistics::Counts{{u"承诺"_s, 3}, {u"指标"_s, 2}}));
    QCOMPARE(d.commitmentsByStatus.size(), 2);
    QCOMPARE(d.commitmentsByStatus.at(0).second, 2); // not started
    QCOMPARE(d.commitmentsByStatus.at(1).second, 1); // in progress
    QCOMPARE(d.commitmentsByUnit, (NotesStatistics::Counts{{u"区府办"_s, 2}, {u"区司法局"_s, 1}}));
    int figureTotal = 0;
    for (const auto &c : d.figuresByPart)
        figureTotal += c.second;
    QCOMPARE(figureTotal, int(figures.size()));
    // The session's annotations as an export has them: tags by name and colour, the report to place them.
    const ExportedNotes notes = DashboardData::notesOf(report, session.annotations(), session.tags());
    QCOMPARE(notes.annotations.size(), 4);
    QCOMPARE(notes.report.get(), &report);
    for (const ExchangedAnnotation &e : notes.annotations) {
        if (e.annotation.anchor.exact == u"行政执法证"_s) {
            QCOMPARE(e.tags.size(), 1);
            QCOMPARE(e.tags.front().name, session.tags().at(1).tag.name);
            QCOMPARE(e.tags.front().color, session.tags().at(1).tag.color);
        }
    }
}

void DashboardTest::windowShowsCharts()
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    qputenv("PIZHU_DB", dir.filePath(u"a.sqlite"_s).toLocal8Bit());
    MainWindow w;
    w.openStartupReport();
    const qsizetype at = w.report().canonicalText.indexOf(u"行政执法证"_s);
    QVERIFY(!w.annotations()->addHighlight(at, at + 5, 0).isNull());
    w.tools()->showDashboard();
    auto *dashboard = qobject_cast<DashboardDialog *>(w.tools()->dashboard());
    QVERIFY(dashboard);
    QCOMPARE(dashboard->charts().size(), 5);
    // The first chart: one note, in the measures part.
    const auto *series = qobject_cast<QHorizontalBarSeries *>(dashboard->charts().front()->series().front());
    QVERIFY(series);
    QCOMPARE(series->barSets().front()->count(), 1);
    QCOMPARE(series->barSets().front()->at(0), 1.0);
}

QTEST_MAIN(DashboardTest)
#include "dashboard_test.moc"
