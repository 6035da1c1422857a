// SPDX-License-Identifier: GPL-3.0-or-later
// Opening in the background: results arrive on the GUI thread, progress is
// reported, a cancelled or replaced request never answers, errors do.
#include "readerdocument.h"
#include "reportopener.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {
const QString kSample = QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt");
}

class ReportOpenerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensInTheBackground();
    void buildsTheDocumentToo();
    void cancelledNeverAnswers();
    void laterRequestReplacesEarlier();
    void failureIsReported();
};

void ReportOpenerTest::opensInTheBackground()
{
    ReportOpener opener;
    QSignalSpy opened(&opener, &ReportOpener::opened);
    QSignalSpy progress(&opener, &ReportOpener::progress);
    opener.open(kSample);
    QVERIFY(opener.isBusy());
    QVERIFY(opened.wait(10000));
    QVERIFY(!opener.isBusy());
    QCOMPARE(opened.at(0).at(0).toString(), kSample);
    QCOMPARE(opened.at(0).at(1).value<Report>().parts().size(), size_t(4));
    QVERIFY(progress.size() >= 1);
}

void ReportOpenerTest::buildsTheDocumentToo()
{
    ReportOpener opener;
    QSignalSpy opened(&opener, &ReportOpener::opened);
    const ReaderFormats formats(2);
    opener.open(kSample, {}, [formats](const Report &r) { return ReaderDocument::build(&r, formats, 2); });
    QVERIFY(opened.wait(10000));
    std::unique_ptr<QTextDocument> doc(opened.at(0).at(2).value<QTextDocument *>());
    QVERIFY(doc);
    QCOMPARE(doc->thread(), QThread::currentThread());
    QCOMPARE(doc->toPlainText(), opened.at(0).at(1).value<Report>().canonicalText);
    QCOMPARE(doc->property(ReaderDocument::kZoomProperty).toInt(), 2);
}

void ReportOpenerTest::cancelledNeverAnswers()
{
    ReportOpener opener;
    QSignalSpy opened(&opener, &ReportOpener::opened);
    QSignalSpy failed(&opener, &ReportOpener::failed);
    opener.open(kSample);
    opener.cancel();
    QVERIFY(!opener.isBusy());
    QTest::qWait(500);
    QCOMPARE(opened.size(), 0);
    QCOMPARE(failed.size(), 0);
}

void ReportOpenerTest::laterRequestReplacesEarlier()
{
    QTemporaryDir dir;
    const QString other = dir.filePath(u"other.txt"_s);
    QVERIFY(QFile::copy(QStringLiteral(PIZHU_SOURCE_DIR "/tests/data/reports/04-nested-leadership.txt"), other));
    ReportOpener opener;
    QSignalSpy opened(&opener, &ReportOpener::opened);
    opener.open(kSample);
    opener.open(other);
    QVERIFY(opened.wait(10000));
    QTest::qWait(200);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), other);
}

void ReportOpenerTest::failureIsReported()
{
    ReportOpener opener;
    QSignalSpy failed(&opener, &ReportOpener::failed);
    opener.open(u"/nonexistent/report.txt"_s);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(1).value<Error>().kind, Error::Kind::BadInput);
    QVERIFY(failed.at(0).at(1).value<Error>().message.contains(u"no such file"_s));
}

QTEST_MAIN(ReportOpenerTest)
#include "reportopener_test.moc"
