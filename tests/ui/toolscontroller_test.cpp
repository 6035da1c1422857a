// SPDX-License-Identifier: GPL-3.0-or-later
// The library and search docks in the window: every opened report is listed
// and opens again from the list — from its stored text when its file is gone —
// and a search hit shows its passage.
#include "librarydock.h"
#include "librarymodel.h"
#include "mainwindow.h"
#include "readerview.h"
#include "samplecopy.h"
#include "searchmodel.h"
#include "searchpanel.h"
#include "toolscontroller.h"

#include <QFile>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace pizhu;

class ToolsControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void libraryOpensStoredReports();
    void searchHitShowsPassage();

private:
    QTemporaryDir m_dir;
};

void ToolsControllerTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    qputenv("PIZHU_DB", m_dir.filePath(u"a.sqlite"_s).toLocal8Bit());
}

void ToolsControllerTest::libraryOpensStoredReports()
{
    // A second report, in a file that will be deleted.
    const QString otherPath = m_dir.filePath(u"other.txt"_s);
    QVERIFY(testing::writeSampleAsYear(otherPath, 2021));
    MainWindow w;
    QVERIFY(w.openFile(otherPath));
    const QString otherHash = w.report().contentHash();
    QVERIFY(w.openFile(QString::fromLatin1(MainWindow::kSamplePath)));
    LibraryDock *library = w.tools()->library();
    QTRY_COMPARE(library->model()->rowCount(), 2);
    QFile::remove(otherPath);

    // Open the 2021 report from the list: its file is gone, its stored text opens.
    int row = -1;
    for (int r = 0; r < library->model()->rowCount(); ++r) {
        if (library->model()->index(r, 0).data(LibraryModel::ContentHashRole).toString() == otherHash)
            row = r;
    }
    QVERIFY(row >= 0);
    Q_EMIT library->openRequested(library->model()->index(row, 0).data(LibraryModel::ReportIdRole).toLongLong(),
                                  otherHash);
    QCOMPARE(w.report().contentHash(), otherHash);
    QVERIFY(w.windowTitle().contains(u"2021"_s));
    QVERIFY(w.reader()->toPlainText().contains(u"2021年以来"_s));
    // And the sample again, from its resource.
    QVERIFY(w.tools()->openVersion(library->model()->index(1 - row, 0).data(LibraryModel::ContentHashRole).toString()));
    QVERIFY(w.report().metadata.title.contains(u"2022"_s));
}

void ToolsControllerTest::searchHitShowsPassage()
{
    MainWindow w;
    w.openStartupReport();
    SearchPanel *search = w.tools()->search();
    search->setQuery(u"属地管理"_s);
    QTRY_VERIFY(search->model()->rowCount() > 0);
    const QModelIndex report = search->model()->index(0, 0);
    QVERIFY(search->model()->rowCount(report) > 0);
    const QModelIndex hit = search->model()->index(0, 0, report);
    Q_EMIT search->view()->activated(hit);
    QVERIFY(w.reader()->textCursor().selectedText().contains(u"属地管理"_s));
}

QTEST_MAIN(ToolsControllerTest)
#include "toolscontroller_test.moc"
