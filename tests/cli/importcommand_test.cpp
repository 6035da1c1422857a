// SPDX-License-Identifier: GPL-3.0-or-later
// `pizhu import` stores a report in a real annotation file and prints its id.
#include "clirunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = pizhu::testing::CliRun;

Run runCli(const QStringList &args, const QString &envDb = QString())
{
    return pizhu::testing::runPizhu(args, {{}, envDb});
}

const QString kSample = QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt");

} // namespace

class ImportCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsOnceAndPrintsTheId();
    void json();
    void databaseFromEnvironment();
    void badReportAndBadDatabase();

private:
    QTemporaryDir m_dir;
};

void ImportCommandTest::importsOnceAndPrintsTheId()
{
    const QString db = m_dir.filePath(u"once.sqlite"_s);
    const Run first = runCli({u"import"_s, kSample, u"--db"_s, db});
    QCOMPARE(first.exitCode, 0);
    const qint64 id = first.out.trimmed().toLongLong();
    QVERIFY(id > 0);
    // The same report again: the same id, nothing duplicated.
    const Run again = runCli({u"import"_s, kSample, u"--db"_s, db});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.trimmed().toLongLong(), id);
    const Run other = runCli({u"import"_s, QStringLiteral(PIZHU_SOURCE_DIR "/tests/data/reports/04-nested-leadership.txt"),
                             u"--db"_s, db});
    QCOMPARE(other.exitCode, 0);
    QVERIFY(other.out.trimmed().toLongLong() != id);
}

void ImportCommandTest::json()
{
    const Run r = runCli({u"import"_s, kSample, u"--json"_s, u"--db"_s, m_dir.filePath(u"json.sqlite"_s)});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o.value(u"id"_s).toInteger() > 0);
    QCOMPARE(o.value(u"contentHash"_s).toString().size(), 64);
    QCOMPARE(o.value(u"workKey"_s).toString().size(), 32);
    QCOMPARE(o.value(u"title"_s).toString(), u"杭州市拱墅区人民政府关于拱墅区2022年法治政府建设年度报告"_s);
}

void ImportCommandTest::databaseFromEnvironment()
{
    const QString db = m_dir.filePath(u"env.sqlite"_s);
    const Run r = runCli({u"import"_s, kSample}, db);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(db));
}

void ImportCommandTest::badReportAndBadDatabase()
{
    const Run missing = runCli({u"import"_s, m_dir.filePath(u"nope.txt"_s), u"--db"_s, m_dir.filePath(u"x.sqlite"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"no such file"_s));
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.sqlite"_s))); // nothing created for nothing
    const QString bad = m_dir.filePath(u"bad.sqlite"_s);
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a database, it is a note");
    f.close();
    const Run r = runCli({u"import"_s, kSample, u"--db"_s, bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"not an SQLite database"_s), qPrintable(r.err));
    QFile check(bad);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("this is not a database, it is a note")); // untouched
    QVERIFY(runCli({u"import"_s, u"--db"_s, bad}).exitCode == 2); // no FILE: usage
}

QTEST_GUILESS_MAIN(ImportCommandTest)
#include "importcommand_test.moc"
