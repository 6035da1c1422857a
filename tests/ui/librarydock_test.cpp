// SPDX-License-Identifier: GPL-3.0-or-later
// The library page: sorted, filtered, and a report opens on double click or Enter.
#include "librarydock.h"
#include "librarymodel.h"
#include "searchfixtures.h"
#include "storagefixtures.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class LibraryDockTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sortedNewestFirst();
    void doubleClickOpens();
    void enterOpens();
    void filter();
    void currentReportSurvivesReload();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    SearchLibrary m_library;
};

void LibraryDockTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = openDatabase(m_dir.filePath(u"dock.sqlite"_s));
    QVERIFY(m_library.store(*m_db));
}

void LibraryDockTest::sortedNewestFirst()
{
    LibraryDock dock;
    dock.setDatabase(m_db.get());
    QCOMPARE(dock.proxy()->rowCount(), 2);
    QCOMPARE(dock.proxy()->index(0, LibraryModel::YearColumn).data().toInt(), 2023);
    // By title, then by notes: numbers sort as numbers.
    dock.view()->sortByColumn(LibraryModel::NotesColumn, Qt::DescendingOrder);
    QCOMPARE(dock.proxy()->index(0, 0).data(LibraryModel::ReportIdRole).toLongLong(), m_library.gongshuId);
    QVERIFY(!dock.view()->accessibleName().isEmpty());
    QVERIFY(!dock.filterEdit()->accessibleName().isEmpty());
}

void LibraryDockTest::doubleClickOpens()
{
    LibraryDock dock;
    dock.setDatabase(m_db.get());
    dock.resize(600, 300);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QSignalSpy spy(&dock, &LibraryDock::openRequested);
    const QModelIndex second = dock.proxy()->index(1, LibraryModel::TitleColumn);
    const QPoint at = dock.view()->visualRect(second).center();
    // A press first: the view activates on a double click of the item it saw pressed.
    QTest::mouseClick(dock.view()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(dock.view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).toLongLong(), m_library.gongshuId);
    QCOMPARE(spy.first().at(1).toString(), m_library.gongshu.contentHash());
}

void LibraryDockTest::enterOpens()
{
    LibraryDock dock;
    dock.setDatabase(m_db.get());
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QSignalSpy spy(&dock, &LibraryDock::openRequested);
    dock.view()->setFocus();
    dock.view()->setCurrentIndex(dock.proxy()->index(0, 0));
    QTest::keyClick(dock.view(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).toLongLong(), m_library.xihuId);
    QCOMPARE(spy.first().at(1).toString(), m_library.xihu.contentHash());
}

void LibraryDockTest::filter()
{
    LibraryDock dock;
    dock.setDatabase(m_db.get());
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QSignalSpy spy(&dock, &LibraryDock::openRequested);
    dock.focusFilter();
    dock.filterEdit()->insert(u"拱墅"_s); // keyClicks types ASCII only
    QCOMPARE(dock.proxy()->rowCount(), 1);
    // Enter in the filter opens the one report left.
    QTest::keyClick(dock.filterEdit(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).toLongLong(), m_library.gongshuId);
    dock.filterEdit()->setText(u"2023"_s);
    QCOMPARE(dock.proxy()->rowCount(), 1);
    dock.filterEdit()->setText(u"没有这样的报告"_s);
    QCOMPARE(dock.proxy()->rowCount(), 0);
    dock.filterEdit()->clear();
    QCOMPARE(dock.proxy()->rowCount(), 2);
}

void LibraryDockTest::currentReportSurvivesReload()
{
    LibraryDock dock;
    dock.setDatabase(m_db.get());
    dock.setCurrentReport(m_library.gongshuId);
    QCOMPARE(dock.currentReport(), m_library.gongshuId);
    dock.reload();
    QCOMPARE(dock.currentReport(), m_library.gongshuId);
}

QTEST_MAIN(LibraryDockTest)
#include "librarydock_test.moc"
