// SPDX-License-Identifier: GPL-3.0-or-later
// The commitment tracker over a real annotation file with commitments in two
// reports: filters, sorting by due date, overdue marking, live updates, and
// showing a commitment in its report.
#include "annotationcontroller.h"
#include "annotationlistmodel.h"
#include "annotationsession.h"
#include "annotationstore.h"
#include "commitmentfiltermodel.h"
#include "commitmentmodel.h"
#include "commitmenttracker.h"
#include "database.h"
#include "mainwindow.h"
#include "notelabels.h"
#include "readerview.h"
#include "reportreader.h"
#include "reportstore.h"
#include "samplecopy.h"
#include "toolscontroller.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace pizhu;

class CommitmentTrackerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listsEveryReportsCommitments();
    void filters();
    void followsEdits();
    void showsCommitmentInItsReport();
    void showsCommitmentWhoseFileIsGone();

private:
    // Adds a commitment on the quote of the report read from path.
    QUuid commit(const Report &report, const QString &quote, CommitmentStatus status, const QString &unit,
                 const QDate &due);
    QString dbPath() const { return m_dir.filePath(u"a.sqlite"_s); }

    QTemporaryDir m_dir;
    Report m_sample;
    Report m_other; // another report: the sample under another title and year
    QString m_otherPath;
};

void CommitmentTrackerTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    m_sample = ReportReader::read(QString::fromLatin1(MainWindow::kSamplePath)).value();
    m_otherPath = m_dir.filePath(u"other.txt"_s);
    QVERIFY(testing::writeSampleAsYear(m_otherPath, 2021));
    m_other = ReportReader::read(m_otherPath).value();
    QVERIFY(m_other.workKey() != m_sample.workKey());
}

void CommitmentTrackerTest::init()
{
    QSettings().clear();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(dbPath() + suffix);
    qputenv("PIZHU_DB", dbPath().toLocal8Bit());
    auto db = Database::open(dbPath());
    QVERIFY(db);
    QVERIFY(ReportStore(*db.value()).store(m_sample));
    QVERIFY(ReportStore(*db.value()).store(m_other));
}

QUuid CommitmentTrackerTest::commit(const Report &report, const QString &quote, CommitmentStatus status,
                                    const QString &unit, const QDate &due)
{
    AnnotationSession session;
    if (!session.openDatabase(dbPath()))
        return {};
    session.setReport(report);
    const qsizetype at = report.canonicalText.indexOf(quote);
    const QUuid id = at < 0 ? QUuid() : session.addHighlight(at, at + quote.size(), 0);
    if (id.isNull())
        return {};
    Annotation a = *session.annotation(id);
    a.status = status;
    a.responsibleUnit = unit;
    a.due = due;
    session.edit(a, EditAnnotationCommand::Kind::Commitment);
    return id;
}

void CommitmentTrackerTest::listsEveryReportsCommitments()
{
    commit(m_sample, u"行政执法证"_s, CommitmentStatus::InProgress, u"区司法局"_s, QDate(2023, 6, 30));
    commit(m_sample, u"推进普法依法治理"_s, CommitmentStatus::Done, u"区司法局"_s, QDate(2023, 3, 1));
    commit(m_other, u"全方位开展合法性审查"_s, CommitmentStatus::NotStarted, u"区府办"_s, QDate(2030, 1, 1));
    commit(m_other, u"行政执法证"_s, CommitmentStatus::Unfulfilled, u"区府办"_s, QDate());
    {
        // A highlight that is not a commitment is not listed.
        AnnotationSession session;
        QVERIFY(session.openDatabase(dbPath()));
        session.setReport(m_sample);
        QVERIFY(!session.addHighlight(10, 20, 1).isNull());
    }
    auto db = Database::open(dbPath());
    CommitmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(QDate(2024, 1, 1));
    model.reload(db.value().get());
    QCOMPARE(model.rowCount(), 4);
    // Soonest due first, without a due date last.
    QCOMPARE(model.index(0, CommitmentModel::DueColumn).data().toString(), u"2023-03-01"_s);
    QCOMPARE(model.index(3, CommitmentModel::DueColumn).data().toString(), QString());
    QCOMPARE(model.index(0, CommitmentModel::StatusColumn).data().toString(),
             NoteLabels::statusText(CommitmentStatus::Done));
    // Overdue: past due and not done.
    QVERIFY(!model.index(0, 0).data(CommitmentModel::OverdueRole).toBool()); // done
    QVERIFY(model.index(1, 0).data(CommitmentModel::OverdueRole).toBool()); // 2023-06-30, in progress
    QVERIFY(!model.index(2, 0).data(CommitmentModel::OverdueRole).toBool()); // 2030
    QCOMPARE(model.index(1, CommitmentModel::ReportColumn).data(CommitmentModel::ReportTitleRole).toString(),
             m_sample.metadata.title);
    // By pinyin: qū fǔ before qū sī (by code point 司 U+53F8 would come before 府 U+5E9C).
    QCOMPARE(model.units(), (QStringList{u"区府办"_s, u"区司法局"_s}));
    QCOMPARE(model.reports().size(), 2);
    model.reload(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void CommitmentTrackerTest::filters()
{
    commit(m_sample, u"行政执法证"_s, CommitmentStatus::InProgress, u"区司法局"_s, QDate(2023, 6, 30));
    commit(m_sample, u"推进普法依法治理"_s, CommitmentStatus::Done, u"区司法局"_s, QDate(2023, 3, 1));
    commit(m_other, u"全方位开展合法性审查"_s, CommitmentStatus::NotStarted, u"区府办"_s, QDate(2030, 1, 1));
    AnnotationSession session;
    QVERIFY(session.openDatabase(dbPath()));
    CommitmentTracker tracker(&session);
    tracker.model()->setToday(QDate(2024, 1, 1));
    QAbstractItemModelTester tester(tracker.filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(tracker.view()->model()->rowCount(), 3);
    tracker.statusFilter()->setCurrentIndex(tracker.statusFilter()->findData(int(CommitmentStatus::Done)));
    QCOMPARE(tracker.view()->model()->rowCount(), 1);
    tracker.statusFilter()->setCurrentIndex(0);
    tracker.unitFilter()->setCurrentIndex(tracker.unitFilter()->findData(u"区府办"_s));
    QCOMPARE(tracker.view()->model()->rowCount(), 1);
    tracker.unitFilter()->setCurrentIndex(0);
    tracker.reportFilter()->setCurrentIndex(tracker.reportFilter()->findData(m_sample.workKey()));
    QCOMPARE(tracker.view()->model()->rowCount(), 2);
    tracker.reportFilter()->setCurrentIndex(0);
    tracker.overdueFilter()->setChecked(true);
    QCOMPARE(tracker.view()->model()->rowCount(), 1);
    QCOMPARE(tracker.view()->model()->index(0, CommitmentModel::QuoteColumn).data().toString(), u"行政执法证"_s);
    tracker.overdueFilter()->setChecked(false);
    tracker.textFilter()->setText(u"合法性"_s);
    QCOMPARE(tracker.view()->model()->rowCount(), 1);
    tracker.textFilter()->clear();
    // The rows shown export as CSV (the status filter leaves one).
    tracker.statusFilter()->setCurrentIndex(tracker.statusFilter()->findData(int(CommitmentStatus::Done)));
    const QString csv = m_dir.filePath(u"commitments.csv"_s);
    QString error;
    QVERIFY2(tracker.exportTo(csv, u"csv"_s, &error), qPrintable(error));
    QFile exported(csv);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray bytes = exported.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads it as UTF-8
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.contains(u"推进普法依法治理"_s));
    QVERIFY(!text.contains(u"行政执法证"_s));
    QVERIFY(!tracker.exportTo(m_dir.filePath(u"missing/c.csv"_s), u"csv"_s, &error));
    QVERIFY(!QFile::exists(m_dir.filePath(u"missing/c.csv"_s)));
    tracker.statusFilter()->setCurrentIndex(0);
    // Sorting by the due column, descending: 2030 first.
    tracker.view()->sortByColumn(CommitmentModel::DueColumn, Qt::DescendingOrder);
    QCOMPARE(tracker.view()->model()->index(0, CommitmentModel::DueColumn).data().toString(), u"2030-01-01"_s);
}

void CommitmentTrackerTest::followsEdits()
{
    AnnotationSession session;
    QVERIFY(session.openDatabase(dbPath()));
    session.setReport(m_sample);
    CommitmentTracker tracker(&session);
    QCOMPARE(tracker.model()->rowCount(), 0);
    const qsizetype at = m_sample.canonicalText.indexOf(u"行政执法证"_s);
    const QUuid id = session.addHighlight(at, at + 5, 0);
    Annotation a = *session.annotation(id);
    a.status = CommitmentStatus::InProgress;
    QVERIFY(session.edit(a, EditAnnotationCommand::Kind::Commitment));
    QCOMPARE(tracker.model()->rowCount(), 1);
    session.undoStack()->undo();
    QCOMPARE(tracker.model()->rowCount(), 0);
}

void CommitmentTrackerTest::showsCommitmentInItsReport()
{
    const QUuid id = commit(m_other, u"全方位开展合法性审查"_s, CommitmentStatus::NotStarted, u"区府办"_s, QDate());
    QVERIFY(!id.isNull());
    MainWindow w;
    w.openStartupReport(); // the sample
    w.tools()->showTracker();
    QVERIFY(w.tools()->tracker()->isVisible());
    const QModelIndex row = w.tools()->tracker()->view()->model()->index(0, CommitmentModel::QuoteColumn);
    Q_EMIT w.tools()->tracker()->view()->activated(row);
    // The other report was opened from the file it was imported from, the commitment shown.
    QCOMPARE(w.currentPath(), m_otherPath);
    QCOMPARE(w.annotating()->currentId(), id);
    QCOMPARE(w.reader()->textCursor().selectedText(), u"全方位开展合法性审查"_s);
}

void CommitmentTrackerTest::showsCommitmentWhoseFileIsGone()
{
    // A third report, opened once from a file that has since been deleted.
    const QString gonePath = m_dir.filePath(u"gone.txt"_s);
    QVERIFY(testing::writeSampleAsYear(gonePath, 2020));
    const Report report = ReportReader::read(gonePath).value();
    {
        auto db = Database::open(dbPath());
        QVERIFY(db);
        QVERIFY(ReportStore(*db.value()).store(report));
    }
    const QUuid id = commit(report, u"全方位开展合法性审查"_s, CommitmentStatus::NotStarted, u"区府办"_s, QDate());
    QVERIFY(!id.isNull());
    QVERIFY(QFile::remove(gonePath));

    MainWindow w;
    w.openStartupReport();
    w.tools()->showTracker();
    const QModelIndex row = w.tools()->tracker()->view()->model()->index(0, CommitmentModel::QuoteColumn);
    Q_EMIT w.tools()->tracker()->view()->activated(row);
    // The text kept in the annotation file opens, the commitment shown in it.
    QCOMPARE(w.report().contentHash(), report.contentHash());
    QCOMPARE(w.annotating()->currentId(), id);
    QCOMPARE(w.reader()->textCursor().selectedText(), u"全方位开展合法性审查"_s);
}

QTEST_MAIN(CommitmentTrackerTest)
#include "commitmenttracker_test.moc"
