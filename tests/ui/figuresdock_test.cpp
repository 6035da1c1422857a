// SPDX-License-Identifier: GPL-3.0-or-later
// The Figures dock on the sample: found in the background, listed, sortable,
// a click shows the figure in the reader, and they save as CSV.
#include "figuremodel.h"
#include "figuresdock.h"
#include "mainwindow.h"
#include "readerview.h"
#include "reportreader.h"
#include "toolscontroller.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class FiguresDockTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheSamplesFigures();
    void clickShowsFigureInReader();
    void savesCsv();
};

void FiguresDockTest::listsTheSamplesFigures()
{
    FiguresDock dock;
    QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Report report = ReportReader::read(QString::fromLatin1(MainWindow::kSamplePath)).value();
    dock.setReport(report);
    dock.waitForFigures();
    QVERIFY(dock.model()->rowCount() >= 60);
    // 97.1% is 一网通办率 and its offsets point at it.
    bool found = false;
    for (int row = 0; row < dock.model()->rowCount(); ++row) {
        const QModelIndex i = dock.model()->index(row, FigureModel::LabelColumn);
        if (i.data().toString() == u"一网通办率"_s) {
            found = true;
            QCOMPARE(dock.model()->index(row, FigureModel::ValueColumn).data().toString(), u"97.1"_s);
            const qsizetype start = i.data(FigureModel::StartRole).toLongLong();
            const qsizetype end = i.data(FigureModel::EndRole).toLongLong();
            QCOMPARE(report.canonicalText.mid(start, end - start), u"97.1%"_s);
        }
    }
    QVERIFY(found);
    // Sorting by value sorts numbers as numbers.
    dock.view()->sortByColumn(FigureModel::NormalizedColumn, Qt::DescendingOrder);
    const double first = dock.view()->model()->index(0, FigureModel::NormalizedColumn).data(FigureModel::SortRole).toDouble();
    QVERIFY(first >= 1e8); // the largest is an amount in 亿元
    dock.setReport(Report());
    dock.waitForFigures();
    QCOMPARE(dock.model()->rowCount(), 0);
}

void FiguresDockTest::clickShowsFigureInReader()
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    qputenv("PIZHU_DB", dir.filePath(u"a.sqlite"_s).toLocal8Bit());
    MainWindow w;
    w.openStartupReport();
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    FiguresDock *dock = w.tools()->figures();
    dock->waitForFigures();
    QVERIFY(dock->model()->rowCount() >= 60);
    const QModelIndex index = dock->view()->model()->index(5, FigureModel::LabelColumn);
    Q_EMIT dock->view()->clicked(index);
    const qsizetype start = index.data(FigureModel::StartRole).toLongLong();
    const qsizetype end = index.data(FigureModel::EndRole).toLongLong();
    QCOMPARE(w.reader()->textCursor().selectionStart(), start);
    QCOMPARE(w.reader()->textCursor().selectionEnd(), end);
}

void FiguresDockTest::savesCsv()
{
    FiguresDock dock;
    dock.setReport(ReportReader::read(QString::fromLatin1(MainWindow::kSamplePath)).value());
    dock.waitForFigures();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"figures.csv"_s);
    QString error;
    QVERIFY(dock.exportCsv(path, &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(bytes).contains(u"一网通办率"_s));
    QCOMPARE(QString::fromUtf8(bytes).count(u'\n'), dock.model()->rowCount() + 1);
    // A folder that does not exist: an error, no file.
    QVERIFY(!dock.exportCsv(dir.filePath(u"missing/figures.csv"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"missing/figures.csv"_s)));
}

QTEST_MAIN(FiguresDockTest)
#include "figuresdock_test.moc"
