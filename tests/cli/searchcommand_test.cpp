// SPDX-License-Identifier: GPL-3.0-or-later
// `pizhu search` on a real annotation file, through the real executable:
// the JSON contract, the text output, the exit codes.
#include "clirunner.h"
#include "database.h"
#include "searchfixtures.h"
#include "storagefixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

using Run = testing::CliRun;

Run pizhuRun(const QStringList &args)
{
    return testing::runPizhu(args);
}

} // namespace

class SearchCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void json();
    void jsonWithoutHits();
    void text();
    void limit();
    void badInput();

private:
    QTemporaryDir m_dir;
    QString m_db;
    SearchLibrary m_library;
};

void SearchCommandTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"library.sqlite"_s);
    const auto db = openDatabase(m_db);
    QVERIFY(m_library.store(*db));
}

void SearchCommandTest::json()
{
    const Run r = pizhuRun({ u"search"_s, u"一网通办"_s, u"--json"_s, u"--db"_s, m_db });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"query"_s).toString(), u"一网通办"_s);
    QCOMPARE(root.value(u"truncated"_s).toBool(true), false);
    const QJsonArray reports = root.value(u"reports"_s).toArray();
    QCOMPARE(reports.size(), 1);
    const QJsonObject report = reports.first().toObject();
    QCOMPARE(report.value(u"id"_s).toInteger(), m_library.gongshuId);
    QCOMPARE(report.value(u"title"_s).toString(), m_library.gongshu.metadata.title);
    QCOMPARE(report.value(u"issuer"_s).toString(), u"杭州市拱墅区人民政府"_s);
    QCOMPARE(report.value(u"year"_s).toInt(), 2022);
    QCOMPARE(report.value(u"contentHash"_s).toString(), m_library.gongshu.contentHash());
    const QJsonArray hits = report.value(u"hits"_s).toArray();
    QCOMPARE(hits.size(), 2);
    QSet<QString> kinds;
    for (const QJsonValue &value : hits) {
        const QJsonObject hit = value.toObject();
        const QString kind = hit.value(u"kind"_s).toString();
        kinds << kind;
        const qint64 start = hit.value(u"start"_s).toInteger(-1);
        const qint64 end = hit.value(u"end"_s).toInteger(-1);
        QVERIFY(start >= 0 && end > start);
        const QString context = hit.value(u"context"_s).toString();
        const qint64 markStart = hit.value(u"markStart"_s).toInteger(-1);
        const qint64 markEnd = hit.value(u"markEnd"_s).toInteger(-1);
        QCOMPARE(context.mid(markStart, markEnd - markStart), u"一网通办"_s);
        QCOMPARE(hit.value(u"contentHash"_s).toString(), m_library.gongshu.contentHash());
        if (kind == u"text"_s) {
            QCOMPARE(m_library.gongshu.canonicalText.mid(start, end - start), u"一网通办"_s);
            QVERIFY(!hit.contains(u"annotation"_s));
        } else {
            QCOMPARE(kind, u"note"_s);
            QCOMPARE(hit.value(u"annotation"_s).toString(), m_library.note.id.toString(QUuid::WithoutBraces));
            QCOMPARE(hit.value(u"field"_s).toString(), u"quote"_s);
            QCOMPARE(start, m_library.note.anchor.start);
        }
    }
    QCOMPARE(kinds, (QSet<QString> { u"text"_s, u"note"_s }));
}

void SearchCommandTest::jsonWithoutHits()
{
    const Run r = pizhuRun({ u"search"_s, u"鑫淼"_s, u"--json"_s, u"--db"_s, m_db });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(u"query"_s).toString(), u"鑫淼"_s);
    QVERIFY(root.value(u"reports"_s).isArray());
    QVERIFY(root.value(u"reports"_s).toArray().isEmpty());
}

void SearchCommandTest::text()
{
    // Grouped by report, newest year first, the words marked in their context.
    const Run r = pizhuRun({ u"search"_s, u"法治政府建设"_s, u"--db"_s, m_db });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 4);
    QVERIFY(lines.first().startsWith(m_library.xihu.metadata.title));
    QVERIFY(lines.first().contains(u"2023"_s));
    const qsizetype second = lines.indexOf(lines.filter(m_library.gongshu.metadata.title).value(0));
    QVERIFY(second > 1);
    for (const QString &line : lines) {
        if (line.startsWith(u"  "_s))
            QVERIFY2(line.contains(u"[法治政府建设]"_s), qPrintable(line));
    }
    // Notes are found and said to be notes.
    const Run notes = pizhuRun({ u"search"_s, u"督办"_s, u"--db"_s, m_db });
    QCOMPARE(notes.exitCode, 0);
    QVERIFY(notes.out.contains(m_library.note.id.toString(QUuid::WithoutBraces)));
    QVERIFY(notes.out.contains(u"[督办]"_s));
    // No hits: nothing at all on stdout, success.
    const Run none = pizhuRun({ u"search"_s, u"鑫"_s, u"--db"_s, m_db });
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, QString());
    // The database from the environment.
    const Run env = testing::runPizhu({ u"search"_s, u"依法行政"_s }, { {}, m_db });
    QCOMPARE(env.exitCode, 0);
    QVERIFY(env.out.contains(u"[依法行政]"_s));
}

void SearchCommandTest::limit()
{
    const Run r = pizhuRun({ u"search"_s, u"法"_s, u"--json"_s, u"--limit"_s, u"2"_s, u"--db"_s, m_db });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(u"truncated"_s).toBool(), true);
    int hits = 0;
    for (const QJsonValue &report : root.value(u"reports"_s).toArray())
        hits += int(report.toObject().value(u"hits"_s).toArray().size());
    QCOMPARE(hits, 2);
    QVERIFY(r.err.contains(u"--limit"_s)); // said on stderr, not in the result
}

void SearchCommandTest::badInput()
{
    const QString missing = m_dir.filePath(u"missing.sqlite"_s);
    const Run noFile = pizhuRun({ u"search"_s, u"法治"_s, u"--db"_s, missing });
    QCOMPARE(noFile.exitCode, 2);
    QVERIFY(!QFile::exists(missing)); // searching creates nothing
    QVERIFY(noFile.out.isEmpty());
    QCOMPARE(pizhuRun({ u"search"_s, u"--db"_s, m_db }).exitCode, 2);
    QCOMPARE(pizhuRun({ u"search"_s, u"  "_s, u"--db"_s, m_db }).exitCode, 2);
    QCOMPARE(pizhuRun({ u"search"_s, u"法治"_s, u"政府"_s, u"--db"_s, m_db }).exitCode, 2);
    QCOMPARE(pizhuRun({ u"search"_s, u"法治"_s, u"--limit"_s, u"0"_s, u"--db"_s, m_db }).exitCode, 2);
    QCOMPARE(pizhuRun({ u"search"_s, u"法治"_s, u"--limit"_s, u"many"_s, u"--db"_s, m_db }).exitCode, 2);
    QCOMPARE(pizhuRun({ u"search"_s, u"法治"_s, u"--unknown"_s, u"--db"_s, m_db }).exitCode, 2);
    // Not an annotation file.
    const QString text = m_dir.filePath(u"not-a-db.sqlite"_s);
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("plain text, not SQLite");
    f.close();
    const Run notDb = pizhuRun({ u"search"_s, u"法治"_s, u"--db"_s, text });
    QCOMPARE(notDb.exitCode, 2);
    QVERIFY(!notDb.err.isEmpty());
}

QTEST_GUILESS_MAIN(SearchCommandTest)
#include "searchcommand_test.moc"
