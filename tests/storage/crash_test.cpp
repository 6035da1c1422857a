// SPDX-License-Identifier: GPL-3.0-or-later
// A writer killed with SIGKILL at a random moment loses nothing it reported
// as committed, and leaves a file that passes integrity_check.
#include "annotationstore.h"
#include "database.h"
#include "storagefixtures.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace pizhu;

class CrashTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingCommitted();
};

void CrashTest::killedWriterLosesNothingCommitted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"crash.sqlite"_s);
    openDatabase(file); // the schema exists before the first writer starts

    QSet<QString> committed;
    QRandomGenerator random(20240301);
    for (int round = 0; round < 6; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(STORAGE_WRITER), {u"write"_s, file, u"0"_s, u"crash"_s});
        QVERIFY(writer.waitForStarted());
        const int before = 10 + int(random.bounded(300));
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (out.count('\n') < before && timer.elapsed() < 60000) {
            writer.waitForReadyRead(1000);
            out += writer.readAllStandardOutput();
        }
        QVERIFY2(out.count('\n') >= before, writer.readAllStandardError().constData());
        // A moment later, so that the kill lands anywhere inside a write.
        QThread::usleep(random.bounded(4000));
        writer.kill(); // SIGKILL on Unix
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        out += writer.readAllStandardOutput();
        // A line the kill cut short was not reported as committed.
        out.truncate(out.lastIndexOf('\n') + 1);
        const QList<QByteArray> lines = out.split('\n');
        int printed = 0;
        for (const QByteArray &line : lines) {
            if (!line.isEmpty()) {
                committed.insert(QString::fromLatin1(line));
                ++printed;
            }
        }

        const auto db = openDatabase(file);
        QSqlQuery check(db->connection());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        check.finish();
        AnnotationStore store(*db);
        int missing = 0;
        for (const QString &uuid : std::as_const(committed))
            missing += store.get(QUuid::fromString(uuid)) ? 0 : 1;
        QCOMPARE(missing, 0);
        const int stored = store.count();
        QVERIFY(stored >= committed.size()); // and perhaps the one committed just before the kill
        qInfo("round %d: %d printed this round, %lld committed in all, %d stored", round + 1, printed,
              static_cast<long long>(committed.size()), stored);
    }
}

QTEST_GUILESS_MAIN(CrashTest)
#include "crash_test.moc"
