// SPDX-License-Identifier: GPL-3.0-or-later
// The library lists every stored report with its numbers of notes and
// commitments, from a real annotation file.
#include "annotationstore.h"
#include "librarymodel.h"
#include "searchfixtures.h"
#include "storagefixtures.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class LibraryModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEveryReport();
    void reloadFollowsTheFile();
    void withoutAFile();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    SearchLibrary m_library;
};

void LibraryModelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = openDatabase(m_dir.filePath(u"library.sqlite"_s));
    QVERIFY(m_library.store(*m_db));
}

void LibraryModelTest::listsEveryReport()
{
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    model.setDatabase(m_db.get());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(LibraryModel::ColumnCount));
    // Newest year first, as the store lists them.
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, LibraryModel::IssuerColumn).toString(), u"杭州市西湖区人民政府"_s);
    QCOMPARE(cell(0, LibraryModel::YearColumn).toInt(), 2023);
    QCOMPARE(cell(0, LibraryModel::TitleColumn).toString(), m_library.xihu.metadata.title);
    QCOMPARE(cell(0, LibraryModel::NotesColumn).toInt(), 0);
    QCOMPARE(cell(1, LibraryModel::TitleColumn).toString(), m_library.gongshu.metadata.title);
    QCOMPARE(cell(1, LibraryModel::NotesColumn).toInt(), 1);
    QCOMPARE(cell(1, LibraryModel::CommitmentsColumn).toInt(), 0);
    QCOMPARE(
        cell(1, LibraryModel::IssuerColumn, LibraryModel::ReportIdRole).toLongLong(), m_library.gongshuId);
    QCOMPARE(cell(1, LibraryModel::YearColumn, LibraryModel::ContentHashRole).toString(),
        m_library.gongshu.contentHash());
    QCOMPARE(cell(1, 0, LibraryModel::WorkKeyRole).toString(), m_library.gongshu.workKey());
    QCOMPARE(cell(1, LibraryModel::YearColumn, LibraryModel::SortRole).toInt(), 2022);
    QVERIFY(cell(1, 0, LibraryModel::FilterRole).toString().contains(u"拱墅"_s));
    QVERIFY(!cell(1, LibraryModel::TitleColumn, Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.headerData(LibraryModel::CommitmentsColumn, Qt::Horizontal).toString(), u"Commitments"_s);
    QCOMPARE(model.rowOf(m_library.xihuId), 0);
    QCOMPARE(model.rowOf(12345), -1);
}

void LibraryModelTest::reloadFollowsTheFile()
{
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(m_db.get());
    // A commitment and a report stored by someone else: reload shows them.
    Annotation commitment = searchNote(m_library.xihu, 0, 4, u"按期完成"_s);
    commitment.status = CommitmentStatus::InProgress;
    QVERIFY(AnnotationStore(*m_db).add(commitment).ok());
    const Report third = searchReport(u"某县2021年报告"_s, u"某县人民政府"_s, 2021, u"正文。\n"_s);
    QVERIFY(ReportStore(*m_db).store(third).ok());
    QCOMPARE(model.rowCount(), 2);
    model.reload();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, LibraryModel::NotesColumn).data().toInt(), 1);
    QCOMPARE(model.index(0, LibraryModel::CommitmentsColumn).data().toInt(), 1);
    QCOMPARE(model.index(2, LibraryModel::YearColumn).data().toInt(), 2021);
}

void LibraryModelTest::withoutAFile()
{
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(m_db.get());
    QVERIFY(model.rowCount() > 0);
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
    // A report without a year shows none, and sorts before every year.
    ReportSummary unknown;
    unknown.id = 7;
    unknown.title = u"无年份"_s;
    model.setReports({ unknown });
    QCOMPARE(model.index(0, LibraryModel::YearColumn).data().toString(), QString());
    QCOMPARE(model.index(0, LibraryModel::YearColumn).data(LibraryModel::SortRole).toInt(), 0);
}

QTEST_MAIN(LibraryModelTest)
#include "librarymodel_test.moc"
