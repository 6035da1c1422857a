// SPDX-License-Identifier: GPL-3.0-or-later
// The search page: searches a moment after typing stops, and a hit or a
// report asks the window to open it.
#include "searchfixtures.h"
#include "searchmodel.h"
#include "searchpanel.h"
#include "storagefixtures.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace pizhu;

class SearchPanelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchesWhenTypingStops();
    void enterActivatesAHit();
    void doubleClickOnAReport();
    void statusLine();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    SearchLibrary m_library;
};

void SearchPanelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = openDatabase(m_dir.filePath(u"panel.sqlite"_s));
    QVERIFY(m_library.store(*m_db));
}

void SearchPanelTest::searchesWhenTypingStops()
{
    SearchPanel panel;
    panel.setDatabase(m_db.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy searched(&panel, &SearchPanel::searched);
    // Typed one character after the other (keyClicks types ASCII only).
    for (const QChar c : u"依法行政"_s) {
        panel.queryEdit()->insert(QString(c));
        QTest::qWait(20);
    }
    // Nothing yet: one search when the typing stops, not one per key.
    QCOMPARE(searched.count(), 0);
    QCOMPARE(panel.model()->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(searched.count(), 1, 2000);
    QTest::qWait(SearchPanel::kDebounceMs + 100);
    QCOMPARE(searched.count(), 1);
    QCOMPARE(searched.first().at(0).toString(), u"依法行政"_s);
    QCOMPARE(panel.model()->rowCount(), 1);
    QVERIFY(panel.view()->isExpanded(panel.model()->index(0, 0)));
}

void SearchPanelTest::enterActivatesAHit()
{
    SearchPanel panel;
    panel.setDatabase(m_db.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy hits(&panel, &SearchPanel::hitActivated);
    panel.focusQuery();
    panel.queryEdit()->insert(u"督办"_s);
    // Enter searches at once and goes to the first hit; Enter again opens it.
    QTest::keyClick(panel.queryEdit(), Qt::Key_Return);
    QCOMPARE(panel.model()->rowCount(), 1);
    QVERIFY(panel.view()->hasFocus());
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QCOMPARE(hits.count(), 1);
    const QList<QVariant> args = hits.first();
    QCOMPARE(args.at(0).toLongLong(), m_library.gongshuId);
    QCOMPARE(args.at(1).toString(), m_library.gongshu.contentHash());
    QCOMPARE(args.at(2).toLongLong(), m_library.note.anchor.start);
    QCOMPARE(args.at(3).toLongLong(), m_library.note.anchor.end);
    QCOMPARE(args.at(4).toUuid(), m_library.note.id);
}

void SearchPanelTest::doubleClickOnAReport()
{
    SearchPanel panel;
    panel.setDatabase(m_db.get());
    panel.resize(500, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy reports(&panel, &SearchPanel::reportActivated);
    QSignalSpy hits(&panel, &SearchPanel::hitActivated);
    panel.setQuery(u"法治政府"_s);
    QCOMPARE(panel.model()->rowCount(), 2);
    const QModelIndex report = panel.model()->index(1, 0);
    QTest::mouseClick(
        panel.view()->viewport(), Qt::LeftButton, {}, panel.view()->visualRect(report).center());
    QTest::mouseDClick(
        panel.view()->viewport(), Qt::LeftButton, {}, panel.view()->visualRect(report).center());
    QCOMPARE(reports.count(), 1);
    QCOMPARE(reports.first().at(0).toLongLong(), m_library.gongshuId);
    QCOMPARE(reports.first().at(1).toString(), m_library.gongshu.contentHash());
    // A text hit: its offsets in the report's text.
    const QModelIndex hit = panel.model()->index(0, 0, panel.model()->index(0, 0));
    panel.view()->scrollTo(hit);
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, panel.view()->visualRect(hit).center());
    QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, {}, panel.view()->visualRect(hit).center());
    QCOMPARE(hits.count(), 1);
    const qsizetype start = hits.first().at(2).toLongLong();
    const qsizetype end = hits.first().at(3).toLongLong();
    QCOMPARE(m_library.xihu.canonicalText.mid(start, end - start), u"法治政府"_s);
    QVERIFY(hits.first().at(4).toUuid().isNull());
}

void SearchPanelTest::statusLine()
{
    SearchPanel panel;
    QVERIFY(!panel.statusLabel()->text().isEmpty()); // no file
    panel.setDatabase(m_db.get());
    const QString idle = panel.statusLabel()->text();
    panel.setQuery(u"鑫"_s);
    QVERIFY(panel.statusLabel()->text() != idle);
    QVERIFY(panel.statusLabel()->text().contains(u"鑫"_s));
    panel.setQuery(u"法"_s);
    QVERIFY(panel.statusLabel()->text().contains(u"hit"_s));
    QVERIFY(!panel.queryEdit()->accessibleName().isEmpty());
    QVERIFY(!panel.view()->accessibleName().isEmpty());
}

QTEST_MAIN(SearchPanelTest)
#include "searchpanel_test.moc"
