// SPDX-License-Identifier: GPL-3.0-or-later
// Two instances of the app on one annotation file: writes interleave and
// wait for each other instead of failing, and each sees the other's changes.
#include "annotationstore.h"
#include "database.h"
#include "storagefixtures.h"
#include "tagstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class TwoInstancesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"shared-%1.sqlite"_s.arg(QString::fromUtf8(QTest::currentTestFunction())));
        openDatabase(m_file);
    }
    void interleavedInOneProcess();
    void concurrentProcesses();
    void waitsForAnotherWriter();
    void seesTheOtherInstancesChanges();

private:
    QTemporaryDir m_dir;
    QString m_file;
};

void TwoInstancesTest::interleavedInOneProcess()
{
    const auto a = openDatabase(m_file);
    const auto b = openDatabase(m_file);
    AnnotationStore storeA(*a), storeB(*b);
    // B keeps a read open (a long list being filled) while A writes: WAL lets both go on.
    QSqlQuery reading = b->prepare(u"SELECT uuid FROM annotations"_s);
    QVERIFY(b->exec(reading));
    for (int i = 0; i < 500; ++i) {
        const auto addedA = storeA.add(sampleAnnotation(u"a"_s, i));
        QVERIFY2(addedA, addedA ? "" : qPrintable(addedA.error().message));
        if (i == 10)
            reading.finish();
        const auto addedB = storeB.add(sampleAnnotation(u"b"_s, i));
        QVERIFY2(addedB, addedB ? "" : qPrintable(addedB.error().message));
    }
    QCOMPARE(storeA.count(), 1000);
    QCOMPARE(storeB.forWork(u"a"_s).size(), 500);
    QCOMPARE(storeA.forWork(u"b"_s).size(), 500);
}

void TwoInstancesTest::concurrentProcesses()
{
    QList<QProcess *> writers;
    for (int i = 0; i < 2; ++i) {
        auto *writer = new QProcess(this);
        writer->start(QStringLiteral(STORAGE_WRITER), {u"write"_s, m_file, u"500"_s, u"child%1"_s.arg(i)});
        QVERIFY(writer->waitForStarted());
        writers << writer;
    }
    // This process writes at the same time.
    const auto db = openDatabase(m_file);
    AnnotationStore store(*db);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 500; ++i) {
        const auto added = store.add(sampleAnnotation(u"parent"_s, i));
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    }
    QSet<QString> reported;
    for (QProcess *writer : std::as_const(writers)) {
        QVERIFY(writer->waitForFinished(120000));
        const QByteArray err = writer->readAllStandardError();
        QVERIFY2(!err.contains("locked") && !err.contains("in use"), err.constData());
        QCOMPARE(writer->exitCode(), 0);
        const QList<QByteArray> lines = writer->readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 500);
        for (const QByteArray &line : lines)
            reported.insert(QString::fromLatin1(line));
        delete writer;
    }
    qInfo("1500 writes from three processes in %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(store.count(), 1500);
    QCOMPARE(store.forWork(u"child0"_s).size(), 500);
    QCOMPARE(store.forWork(u"child1"_s).size(), 500);
    for (const QString &uuid : std::as_const(reported))
        QVERIFY(store.get(QUuid::fromString(uuid)));
}

void TwoInstancesTest::waitsForAnotherWriter()
{
    const auto db = openDatabase(m_file);
    QProcess holder;
    holder.start(QStringLiteral(STORAGE_WRITER), {u"hold"_s, m_file, u"1500"_s, u"holder"_s});
    QVERIFY(holder.waitForStarted());
    QByteArray out;
    while (!out.contains("holding\n") && holder.waitForReadyRead(10000))
        out += holder.readAllStandardOutput();
    QVERIFY2(out.contains("holding"), holder.readAllStandardError().constData());

    // Opening does not wait for it.
    QElapsedTimer timer;
    timer.start();
    {
        const auto meanwhile = openDatabase(m_file);
        QVERIFY(!meanwhile->isReadOnly());
    }
    QVERIFY2(timer.elapsed() < 1000, QByteArray::number(timer.elapsed()).constData());

    // The other instance holds the write lock for 1.5 s: we wait, then write.
    timer.restart();
    const auto added = AnnotationStore(*db).add(sampleAnnotation(u"waiter"_s, 1));
    const qint64 waited = timer.elapsed();
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(holder.exitCode(), 0);
    QVERIFY2(waited > 300, QByteArray::number(waited).constData());
    qInfo("waited %lld ms for the other instance's transaction", static_cast<long long>(waited));
    QCOMPARE(AnnotationStore(*db).count(), 2);
}

void TwoInstancesTest::seesTheOtherInstancesChanges()
{
    const auto a = openDatabase(m_file);
    const auto b = openDatabase(m_file);
    const qint64 start = a->dataVersion();
    QVERIFY(start >= 0);
    QVERIFY(AnnotationStore(*a).add(sampleAnnotation(u"w"_s, 1)).ok());
    QCOMPARE(a->dataVersion(), start); // our own commit is no news
    const qint64 seenByB = b->dataVersion();
    QVERIFY(TagStore(*b).create(Tag{-1, u"新标签"_s, u"#101010"_s, {}}).ok());
    const qint64 afterB = a->dataVersion();
    QVERIFY(afterB != start);
    QCOMPARE(b->dataVersion(), seenByB);

    // Another process, too.
    QProcess writer;
    writer.start(QStringLiteral(STORAGE_WRITER), {u"write"_s, m_file, u"1"_s, u"child"_s});
    QVERIFY(writer.waitForFinished(30000));
    QCOMPARE(writer.exitCode(), 0);
    QVERIFY(a->dataVersion() != afterB);
    QCOMPARE(AnnotationStore(*a).count(u"child"_s), 1);
}

QTEST_GUILESS_MAIN(TwoInstancesTest)
#include "twoinstances_test.moc"
