// SPDX-License-Identifier: GPL-3.0-or-later
// Opened reports go into the library: a small one at once, a large one on a
// worker thread with its own connection, while the window goes on writing.
#include "annotationsession.h"
#include "database.h"
#include "mainwindow.h"
#include "reportreader.h"
#include "reportstore.h"
#include "reportstorer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class ReportStorerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void smallReportAtOnce();
    void largeReportInTheBackground();
    void destroyingWaitsForTheWrite();

private:
    QString dbPath() const { return m_dir.filePath(u"library.sqlite"_s); }
    // The sample's text many times over: over ReportStorer::kBackgroundChars.
    Report large(int copies) const;

    QTemporaryDir m_dir;
    Report m_sample;
};

void ReportStorerTest::initTestCase()
{
    m_sample = ReportReader::read(QString::fromLatin1(MainWindow::kSamplePath)).value();
}

void ReportStorerTest::init()
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(dbPath() + suffix);
}

Report ReportStorerTest::large(int copies) const
{
    Report report = m_sample;
    report.canonicalText = m_sample.canonicalText.repeated(copies) + QString::number(copies);
    return report;
}

void ReportStorerTest::smallReportAtOnce()
{
    AnnotationSession session;
    QVERIFY(session.openDatabase(dbPath()));
    QSignalSpy stored(&session, &AnnotationSession::reportStored);
    session.setReport(m_sample);
    QVERIFY(ReportStore(*session.database()).findByContentHash(m_sample.contentHash()));
    QVERIFY(!session.storer()->isBusy());
    QCOMPARE(stored.size(), 0); // nothing came later
}

void ReportStorerTest::largeReportInTheBackground()
{
    const Report report = large(60);
    QVERIFY(report.canonicalText.size() > ReportStorer::kBackgroundChars);
    AnnotationSession session;
    QVERIFY(session.openDatabase(dbPath()));
    QSignalSpy stored(&session, &AnnotationSession::reportStored);
    QSignalSpy failed(&session, &AnnotationSession::failed);
    session.setReport(report);
    // The window writes meanwhile: its write waits for the worker's, and both land.
    const QUuid id = session.addHighlight(10, 20, 0);
    QVERIFY(!id.isNull());
    QVERIFY(stored.wait(30000));
    QCOMPARE(failed.size(), 0);
    ReportStore library(*session.database());
    const auto summary = library.findByContentHash(report.contentHash());
    QVERIFY(summary);
    QCOMPARE(library.version(report.contentHash())->canonicalText, report.canonicalText);
    QCOMPARE(summary->annotationCount, 1);
    // Opened again: known, nothing written.
    session.setReport(report);
    QVERIFY(!session.storer()->isBusy());
    QVERIFY(!stored.wait(200));
}

void ReportStorerTest::destroyingWaitsForTheWrite()
{
    const Report report = large(61);
    {
        auto db = Database::open(dbPath());
        QVERIFY(db);
        ReportStorer storer;
        storer.store(*db.value(), report);
    } // the window closes while the worker writes
    auto db = Database::open(dbPath());
    QVERIFY(ReportStore(*db.value()).findByContentHash(report.contentHash()));
}

QTEST_MAIN(ReportStorerTest)
#include "reportstorer_test.moc"
