// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "outlinemodel.h"

#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace pizhu;

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void opensBundledSample();
    void clickingOutlineShowsHeading();
    void badFileKeepsReport();
};

void MainWindowTest::opensBundledSample()
{
    MainWindow w;
    QVERIFY(w.openFile(u":/samples/gongshu-2022.txt"_s));
    QVERIFY(w.windowTitle().startsWith(u"杭州市拱墅区人民政府关于拱墅区2022年法治政府建设年度报告"_s));
    QCOMPARE(w.outlineModel()->rowCount(w.outlineModel()->index(0, 0)), 4);
    QVERIFY(w.reader()->toPlainText().contains(u"政府机构职能高效协同"_s));
}

void MainWindowTest::clickingOutlineShowsHeading()
{
    MainWindow w;
    w.resize(1000, 600);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(u":/samples/gongshu-2022.txt"_s));
    OutlineModel *model = w.outlineModel();
    const QModelIndex shortcomings = model->index(1, 0, model->index(0, 0));
    w.outlineView()->scrollTo(shortcomings);
    const QRect rect = w.outlineView()->visualRect(shortcomings);
    QVERIFY(rect.isValid());
    QTest::mouseClick(w.outlineView()->viewport(), Qt::LeftButton, {}, rect.center());
    // The heading is the first visible line of the reader.
    const QTextBlock top = w.reader()->cursorForPosition(QPoint(4, 4)).block();
    QCOMPARE(top.text(), u"二、2022年度推进法治政府建设存在的不足和原因"_s);
}

void MainWindowTest::badFileKeepsReport()
{
    MainWindow w;
    QVERIFY(w.openFile(u":/samples/gongshu-2022.txt"_s));
    const QString before = w.reader()->toPlainText();
    // A warning dialog would block: close it as soon as it shows.
    QTimer::singleShot(0, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    QVERIFY(!w.openFile(u"/nonexistent/report.txt"_s));
    QCOMPARE(w.reader()->toPlainText(), before);
}

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
