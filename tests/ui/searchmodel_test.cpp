// SPDX-License-Identifier: GPL-3.0-or-later
// Search results as a tree: reports, their hits, and the roles the window
// needs to open a hit.
#include "searchfixtures.h"
#include "searchmodel.h"
#include "searchstore.h"
#include "storagefixtures.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class SearchModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsAndHits();
    void noteRows();
    void resetAndClear();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    SearchLibrary m_library;
};

void SearchModelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = openDatabase(m_dir.filePath(u"model.sqlite"_s));
    QVERIFY(m_library.store(*m_db));
}

void SearchModelTest::reportsAndHits()
{
    SearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(SearchStore(*m_db).search(u"法治政府建设"_s));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex xihu = model.index(0, 0);
    QVERIFY(xihu.data(SearchModel::IsReportRole).toBool());
    QCOMPARE(xihu.data(SearchModel::ReportIdRole).toLongLong(), m_library.xihuId);
    QCOMPARE(xihu.data(SearchModel::ContentHashRole).toString(), m_library.xihu.contentHash());
    QCOMPARE(xihu.data(SearchModel::KindRole).toInt(), -1);
    QVERIFY(xihu.data().toString().startsWith(m_library.xihu.metadata.title));
    QVERIFY(xihu.data(Qt::ToolTipRole).toString().contains(u"2023"_s));
    QCOMPARE(model.rowCount(xihu), xihu.data(SearchModel::HitCountRole).toInt());
    QVERIFY(model.rowCount(xihu) >= 2);
    QCOMPARE(model.reportAt(xihu)->reportId, m_library.xihuId);
    QCOMPARE(model.hitAt(xihu), nullptr);

    const QModelIndex hit = model.index(1, 0, xihu);
    QCOMPARE(hit.parent(), xihu);
    QCOMPARE(model.rowCount(hit), 0);
    QVERIFY(!hit.data(SearchModel::IsReportRole).toBool());
    QCOMPARE(hit.data(SearchModel::KindRole).toInt(), int(SearchHit::Kind::Text));
    QCOMPARE(hit.data(SearchModel::ReportIdRole).toLongLong(), m_library.xihuId);
    QCOMPARE(hit.data(SearchModel::ContentHashRole).toString(), m_library.xihu.contentHash());
    const qsizetype start = hit.data(SearchModel::StartRole).toLongLong();
    const qsizetype end = hit.data(SearchModel::EndRole).toLongLong();
    QCOMPARE(m_library.xihu.canonicalText.mid(start, end - start), u"法治政府建设"_s);
    const QString display = hit.data().toString();
    const qsizetype markStart = hit.data(SearchModel::MarkStartRole).toLongLong();
    const qsizetype markEnd = hit.data(SearchModel::MarkEndRole).toLongLong();
    QCOMPARE(display.mid(markStart, markEnd - markStart), u"法治政府建设"_s);
    QCOMPARE(display, hit.data(SearchModel::ContextRole).toString());
    QVERIFY(hit.data(SearchModel::AnnotationRole).toUuid().isNull());
    QVERIFY(hit.data(Qt::AccessibleTextRole).toString().startsWith(u"法治政府建设"_s));
    QCOMPARE(model.hitAt(hit)->start, start);
}

void SearchModelTest::noteRows()
{
    SearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setResults(SearchStore(*m_db).search(u"督办"_s));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex note = model.index(0, 0, model.index(0, 0));
    QCOMPARE(note.data(SearchModel::KindRole).toInt(), int(SearchHit::Kind::Note));
    QCOMPARE(note.data(SearchModel::AnnotationRole).toUuid(), m_library.note.id);
    QCOMPARE(note.data(SearchModel::StartRole).toLongLong(), m_library.note.anchor.start);
    // The label before the context moves the mark with it.
    const QString display = note.data().toString();
    QVERIFY(display.size() > note.data(SearchModel::ContextRole).toString().size());
    QCOMPARE(display.mid(note.data(SearchModel::MarkStartRole).toLongLong(), 2), u"督办"_s);
}

void SearchModelTest::resetAndClear()
{
    SearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SearchStore search(*m_db);
    model.setResults(search.search(u"法"_s));
    QVERIFY(model.rowCount() > 0);
    model.setResults(search.search(u"鑫"_s));
    QCOMPARE(model.rowCount(), 0);
    model.setResults(search.search(u"依法行政"_s));
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.results().reports.isEmpty());
}

QTEST_MAIN(SearchModelTest)
#include "searchmodel_test.moc"
