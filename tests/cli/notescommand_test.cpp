// SPDX-License-Identifier: GPL-3.0-or-later
// `pizhu notes import` and `pizhu notes export` on real annotation files,
// through the real executable.
#include "anchorfactory.h"
#include "clirunner.h"
#include "reportreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

using Run = testing::CliRun;

const QString kSample = QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt");
const QString kOtherReport = QStringLiteral(PIZHU_SOURCE_DIR "/tests/data/reports/04-nested-leadership.txt");

Run pizhuRun(const QStringList &args, const testing::CliProcess &process = testing::CliProcess())
{
    return testing::runPizhu(args, {}, process);
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QJsonObject jsonOf(const QString &path)
{
    return QJsonDocument::fromJson(bytesOf(path)).object();
}

QJsonArray itemsOf(const QJsonObject &collection)
{
    return collection.value(u"first"_s).toObject().value(u"items"_s).toArray();
}

QStringList quotesOf(const QJsonObject &collection)
{
    QStringList quotes;
    for (const QJsonValue &item : itemsOf(collection)) {
        for (const QJsonValue &s : item.toObject().value(u"target"_s).toObject().value(u"selector"_s).toArray()) {
            if (s.toObject().value(u"type"_s).toString() == u"TextQuoteSelector"_s)
                quotes << s.toObject().value(u"exact"_s).toString();
        }
    }
    return quotes;
}

QJsonObject textualBody(const QString &value, const QString &purpose)
{
    return QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, value}, {u"purpose"_s, purpose}};
}

QJsonArray quote(const QString &exact)
{
    return QJsonArray{QJsonObject{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, exact}}};
}

const QString kMeasure = u"“一网通办”率达97.1%"_s;
const QString kShortcoming = u"但存在以下不足"_s;
const QString kPlan = u"深化街道法治化综合改革"_s;
const QString kLeadership = u"法治督察与巡察衔接联动常态化"_s;
const QString kMissing = u"这一句在报告里根本找不到，无论如何都不会有"_s;
const QString kPromise = u"“最多80天”改革"_s;

// Six notes in the shapes other files bring them: by content hash or by
// work, quote or position only, our fields or a Hypothesis-like entry, one
// whose quote the report does not have.
QByteArray incomingNotes()
{
    const Report report = ReportReader::read(kSample).value();
    const QString hash = u"urn:sha256:"_s + report.contentHash();
    const QString work = report.workKey();
    const qsizetype plan = report.canonicalText.indexOf(kPlan);
    QJsonArray items;
    items.append(QJsonObject{
        {u"id"_s, u"urn:uuid:7d1c2a52-4c1b-4a7e-9d0a-2f1a5b6c7d01"_s},
        {u"type"_s, u"Annotation"_s},
        {u"created"_s, u"2024-03-01T08:15:30.250Z"_s},
        {u"modified"_s, u"2024-03-02T09:00:00.000Z"_s},
        {u"creator"_s, QJsonObject{{u"type"_s, u"Person"_s}, {u"name"_s, u"法制科 王某"_s}}},
        {u"body"_s, QJsonArray{QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, u"**持续跟踪**\n- 每季度核对"_s},
                                           {u"format"_s, u"text/markdown"_s}, {u"purpose"_s, u"commenting"_s}},
                               textualBody(u"指标"_s, u"tagging"_s),
                               QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, u"跟踪事项"_s},
                                           {u"purpose"_s, u"tagging"_s}, {u"pizhu:tagColor"_s, u"#AA3300"_s}}}},
        {u"target"_s, QJsonObject{{u"source"_s, hash}, {u"selector"_s, quote(kMeasure)}}},
        {u"pizhu:color"_s, 2},
        {u"pizhu:status"_s, u"done"_s},
        {u"pizhu:responsibleUnit"_s, u"区数据资源局"_s},
        {u"pizhu:due"_s, u"2023-12-31"_s}});
    items.append(QJsonObject{{u"id"_s, u"7d1c2a52-4c1b-4a7e-9d0a-2f1a5b6c7d02"_s},
                             {u"target"_s, QJsonObject{{u"source"_s, work}, {u"selector"_s, quote(kShortcoming)}}}});
    items.append(QJsonObject{
        {u"id"_s, u"urn:uuid:7d1c2a52-4c1b-4a7e-9d0a-2f1a5b6c7d03"_s},
        {u"body"_s, textualBody(u"承诺"_s, u"tagging"_s)},
        {u"target"_s, QJsonObject{{u"source"_s, hash},
                                  {u"selector"_s, QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                                                              {u"start"_s, plan},
                                                              {u"end"_s, plan + kPlan.size()}}}}},
        {u"pizhu:status"_s, u"in-progress"_s}});
    items.append(QJsonObject{
        {u"id"_s, u"https://hypothes.is/a/Xq3-LeaderShip"_s},
        {u"created"_s, u"2023-02-02T09:30:00.123456+08:00"_s},
        {u"creator"_s, u"acct:alice@hypothes.is"_s},
        {u"body"_s, QJsonArray{QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, u"督察是否到位？"_s}},
                               textualBody(u"问题"_s, u"tagging"_s)}},
        {u"target"_s, QJsonArray{QJsonObject{{u"source"_s, hash}, {u"selector"_s, quote(kLeadership)}}}},
        {u"pizhu:status"_s, u"unfulfilled"_s}});
    items.append(QJsonObject{{u"id"_s, u"urn:uuid:7d1c2a52-4c1b-4a7e-9d0a-2f1a5b6c7d05"_s},
                             {u"target"_s, QJsonObject{{u"source"_s, work}, {u"selector"_s, quote(kMissing)}}},
                             {u"pizhu:status"_s, u"unverifiable"_s}});
    items.append(QJsonObject{{u"id"_s, u"urn:uuid:7d1c2a52-4c1b-4a7e-9d0a-2f1a5b6c7d06"_s},
                             {u"body"_s, textualBody(u"承诺"_s, u"tagging"_s)},
                             {u"target"_s, QJsonObject{{u"source"_s, hash}, {u"selector"_s, quote(kPromise)}}},
                             {u"pizhu:status"_s, u"not-started"_s}});
    return QJsonDocument(items).toJson();
}

} // namespace

class NotesCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void exportByFile();
    void filters();
    void formats();
    void groupingAndQuotes();
    void charts();
    void skippedEntries();
    void importBadInput();
    void importIntoAFileThatCannotBeWritten();
    void exportBadUsage();
    void exportWriteFailures();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString freshDatabase(const QString &name);

    QTemporaryDir m_dir;
    QString m_db; // the sample and the six incoming notes
    QString m_notes;
    QString m_id;
};

QString NotesCommandTest::freshDatabase(const QString &name)
{
    const QString db = path(name);
    const Run r = pizhuRun({u"import"_s, kSample, u"--db"_s, db});
    if (r.exitCode != 0)
        qFatal("import failed: %s", qPrintable(r.err));
    m_id = r.out.trimmed();
    return db;
}

void NotesCommandTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = freshDatabase(u"first.sqlite"_s);
    m_notes = path(u"incoming.json"_s);
    QVERIFY(writeFile(m_notes, incomingNotes()));
    const Run r = pizhuRun({u"notes"_s, u"import"_s, m_notes, u"--db"_s, m_db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), u"added 6, updated 0, unchanged 0, orphaned 1, skipped 0"_s);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void NotesCommandTest::roundTrip()
{
    const QString first = path(u"first.json"_s);
    Run r = pizhuRun({u"notes"_s, u"export"_s, u"--report"_s, m_id, u"--format"_s, u"json"_s, u"-o"_s, first,
                      u"--db"_s, m_db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    const QJsonObject exported = jsonOf(first);
    QCOMPARE(exported.value(u"total"_s).toInt(), 6);
    // Document order; the orphan, which has no place, first.
    QCOMPARE(quotesOf(exported), (QStringList{kMissing, kPromise, kMeasure, kShortcoming, kLeadership, kPlan}));
    const QJsonObject measure = itemsOf(exported).at(2).toObject();
    QCOMPARE(measure.value(u"pizhu:status"_s).toString(), u"done"_s);
    QCOMPARE(measure.value(u"pizhu:color"_s).toInt(), 2);
    QCOMPARE(measure.value(u"body"_s).toArray().size(), 3);
    QCOMPARE(measure.value(u"body"_s).toArray().at(2).toObject().value(u"pizhu:tagColor"_s).toString(), u"#AA3300"_s);
    QCOMPARE(itemsOf(exported).at(0).toObject().value(u"pizhu:orphaned"_s).toBool(), true);
    QCOMPARE(itemsOf(exported).at(1).toObject().value(u"pizhu:orphaned"_s).toBool(), false);

    // Into a fresh file and out again: the same notes.
    const QString fresh = freshDatabase(u"second.sqlite"_s);
    r = pizhuRun({u"notes"_s, u"import"_s, first, u"--db"_s, fresh, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject counts = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(counts.value(u"added"_s).toInt(), 6);
    QCOMPARE(counts.value(u"orphaned"_s).toInt(), 1);
    QCOMPARE(counts.value(u"skipped"_s).toInt(), 0);
    QCOMPARE(counts.value(u"reasons"_s).toArray().size(), 0);
    const QString second = path(u"second.json"_s);
    r = pizhuRun({u"notes"_s, u"export"_s, u"--report"_s, m_id, u"--format"_s, u"json"_s, u"-o"_s, second,
                  u"--db"_s, fresh});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(jsonOf(second), exported);

    // Again into the first file: merged, nothing duplicated.
    r = pizhuRun({u"notes"_s, u"import"_s, first, u"--db"_s, m_db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), u"added 0, updated 0, unchanged 6, orphaned 0, skipped 0"_s);
    r = pizhuRun({u"notes"_s, u"export"_s, u"--report"_s, m_id, u"-o"_s, u"-"_s, u"--db"_s, m_db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object(), exported); // -o -: stdout
}

void NotesCommandTest::exportByFile()
{
    const QString byId = path(u"by-id.json"_s);
    const QString byFile = path(u"by-file.json"_s);
    QCOMPARE(pizhuRun({u"notes"_s, u"export"_s, u"--report"_s, m_id, u"-o"_s, byId, u"--db"_s, m_db}).exitCode, 0);
    QCOMPARE(pizhuRun({u"notes"_s, u"export"_s, kSample, u"-o"_s, byFile, u"--db"_s, m_db}).exitCode, 0);
    QCOMPARE(jsonOf(byFile), jsonOf(byId));
    // A report the file does not have: said on stderr, exit 2, no file.
    const QString none = path(u"none.json"_s);
    const Run r = pizhuRun({u"notes"_s, u"export"_s, kOtherReport, u"-o"_s, none, u"--db"_s, m_db});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"not in the annotation file"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(none));
}

void NotesCommandTest::filters()
{
    auto quotes = [&](const QStringList &filter) {
        const Run r = pizhuRun(QStringList{u"notes"_s, u"export"_s, u"--report"_s, m_id, u"-o"_s, u"-"_s, u"--db"_s,
                                           m_db} + filter);
        if (r.exitCode != 0)
            return QStringList{u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)};
        return quotesOf(QJsonDocument::fromJson(r.out.toUtf8()).object());
    };
    QCOMPARE(quotes({u"--tag"_s, u"承诺"_s}), (QStringList{kPromise, kPlan}));
    QCOMPARE(quotes({u"--tag"_s, u"跟踪事项"_s}), QStringList{kMeasure});
    QCOMPARE(quotes({u"--status"_s, u"done"_s}), QStringList{kMeasure});
    QCOMPARE(quotes({u"--status"_s, u"none"_s}), QStringList{kShortcoming});
    QCOMPARE(quotes({u"--part"_s, u"measures"_s}), (QStringList{kPromise, kMeasure}));
    QCOMPARE(quotes({u"--part"_s, u"shortcomings"_s}), QStringList{kShortcoming});
    QCOMPARE(quotes({u"--part"_s, u"leadership"_s}), QStringList{kLeadership});
    QCOMPARE(quotes({u"--part"_s, u"plans"_s}), QStringList{kPlan});
    QCOMPARE(quotes({u"--part"_s, u"plans"_s, u"--tag"_s, u"承诺"_s, u"--status"_s, u"in-progress"_s}),
             QStringList{kPlan});
    // Nothing matches: exit 2, nothing written.
    QCOMPARE(quotes({u"--part"_s, u"plans"_s, u"--status"_s, u"done"_s}).value(0).left(6), u"exit 2"_s);
    for (const QStringList &bad : {QStringList{u"--status"_s, u"finished"_s}, QStringList{u"--part"_s, u"intro"_s}}) {
        const Run r = pizhuRun(QStringList{u"notes"_s, u"export"_s, u"--report"_s, m_id, u"-o"_s, u"-"_s, u"--db"_s,
                                           m_db} + bad);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"unknown"_s), qPrintable(r.err));
    }
}

void NotesCommandTest::formats()
{
    const QStringList base{u"notes"_s, u"export"_s, u"--report"_s, m_id, u"--db"_s, m_db, u"-o"_s};
    // Markdown: the parts in document order, quotes as block quotes, the orphan last.
    const QString md = path(u"notes.md"_s);
    Run r = pizhuRun(base + QStringList{md, u"--format"_s, u"md"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    const QString markdown = QString::fromUtf8(bytesOf(md));
    QVERIFY2(markdown.startsWith(u"# 杭州市拱墅区人民政府关于拱墅区2022年法治政府建设年度报告\n"_s), qPrintable(markdown));
    qsizetype at = 0;
    for (const QString &q : {kPromise, kMeasure, kShortcoming, kLeadership, kPlan, kMissing}) {
        const qsizetype found = markdown.indexOf(u"> "_s + q, at);
        QVERIFY2(found > at, qPrintable(q));
        at = found;
    }
    QVERIFY(markdown.contains(u"Tags: 指标, 跟踪事项 · Status: Done · Responsible unit: 区数据资源局 · Due: 2023-12-31"_s));
    QVERIFY(markdown.contains(u"**持续跟踪**\n- 每季度核对"_s));

    // CSV: a BOM, the header, a row for each note.
    const QString csv = path(u"notes.csv"_s);
    r = pizhuRun(base + QStringList{csv, u"--format"_s, u"CSV"_s});
    QCOMPARE(r.exitCode, 0);
    const QByteArray table = bytesOf(csv);
    QVERIFY(table.startsWith("\xEF\xBB\xBF"
                             "Part,Section,Quote,Tags,Colour,Note,Status,Responsible unit,Due date,Created,Modified\r\n"));
    QCOMPARE(table.count("\r\n"), 1 + 6); // the note's own line break is a bare LF, in quotes
    QVERIFY(table.contains("\"**持续跟踪**\n- 每季度核对\""));

    // PDF: the quotes and notes as text, the author given.
    const QString pdf = path(u"notes.pdf"_s);
    r = pizhuRun(base + QStringList{pdf, u"--format"_s, u"pdf"_s, u"--author"_s, u"法制科 王某"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY(bytesOf(pdf).startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QFAIL("pdftotext is missing: install poppler-utils (packaging/dev.sh test does)");
    QProcess text;
    text.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    QVERIFY(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).remove(u'\n');
    for (const QString &q : {kPromise, kMeasure, kShortcoming, kLeadership, kPlan, kMissing, u"督察是否到位？"_s})
        QVERIFY2(words.contains(q), qPrintable(q));
    QProcess info;
    info.start(QStandardPaths::findExecutable(u"pdfinfo"_s), {pdf});
    QVERIFY(info.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(u"Author:          法制科 王某\n"_s));

    r = pizhuRun(base + QStringList{pdf, u"--format"_s, u"xml"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"unknown format"_s), qPrintable(r.err));
}

void NotesCommandTest::groupingAndQuotes()
{
    const QStringList base{u"notes"_s, u"export"_s, u"--report"_s, m_id, u"--db"_s, m_db, u"-o"_s, u"-"_s,
                           u"--format"_s, u"md"_s};
    Run r = pizhuRun(base + QStringList{u"--group"_s, u"status"_s});
    QCOMPARE(r.exitCode, 0);
    QStringList groups;
    for (const QString &line : r.out.split(u'\n')) {
        if (line.startsWith(u"## "_s))
            groups << line.sliced(3);
    }
    QCOMPARE(groups, (QStringList{u"Not started"_s, u"In progress"_s, u"Done"_s, u"Unfulfilled"_s,
                                  u"Cannot be verified"_s, u"Not a commitment"_s}));
    r = pizhuRun(base + QStringList{u"--group"_s, u"tag"_s, u"--no-quotes"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"\n## 承诺\n"_s));
    QVERIFY(!r.out.contains(u"\n> "_s));
    QVERIFY(r.out.contains(u"督察是否到位？"_s));
    r = pizhuRun(base + QStringList{u"--group"_s, u"colour"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"unknown grouping"_s), qPrintable(r.err));
    // Nothing chosen: said, exit 2, nothing written.
    r = pizhuRun(base + QStringList{u"--tag"_s, u"没有这个标签"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"No notes match"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void NotesCommandTest::charts()
{
    const QStringList base{u"notes"_s, u"export"_s, u"--report"_s, m_id, u"--db"_s, m_db, u"-o"_s};
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QFAIL("pdftotext is missing: install poppler-utils (packaging/dev.sh test does)");
    auto textOf = [&](const QString &pdf) {
        QProcess p;
        p.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, u"-layout"_s, pdf, u"-"_s});
        return p.waitForFinished(30000) ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
    };
    auto hasLine = [](const QString &text, const QString &line) {
        for (const QString &l : text.split(u'\n')) {
            if (l.simplified() == line)
                return true;
        }
        return false;
    };
    const QStringList titles{u"Overview"_s, u"Notes by part"_s, u"Notes by tag"_s, u"Commitments by status"_s,
                             u"Commitments by responsible unit"_s, u"Figures by part"_s};

    const QString with = path(u"charts.pdf"_s);
    Run r = pizhuRun(base + QStringList{with, u"--format"_s, u"pdf"_s, u"--charts"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QString text = textOf(with);
    for (const QString &title : titles)
        QVERIFY2(hasLine(text, title), qPrintable(title + u"\n"_s + text));
    // Bars with their counts: 承诺 on two notes; four commitments with no unit, one of 区数据资源局.
    for (const QString &row : {u"承诺 2"_s, u"(no unit) 4"_s, u"区数据资源局 1"_s, u"Done 1"_s, u"Shortcomings 1"_s})
        QVERIFY2(hasLine(text, row), qPrintable(row + u"\n"_s + text));

    const QString without = path(u"no-charts.pdf"_s);
    r = pizhuRun(base + QStringList{without, u"--format"_s, u"pdf"_s});
    QCOMPARE(r.exitCode, 0);
    const QString plain = textOf(without);
    QVERIFY(plain.contains(kMeasure));
    for (const QString &title : titles)
        QVERIFY2(!plain.contains(title), qPrintable(title));

    // The other formats ignore it.
    const QStringList md{u"notes"_s, u"export"_s, u"--report"_s, m_id, u"--db"_s, m_db, u"-o"_s, u"-"_s,
                         u"--format"_s, u"md"_s};
    const Run plainMd = pizhuRun(md);
    r = pizhuRun(md + QStringList{u"--charts"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, plainMd.out);

    r = pizhuRun({u"notes"_s, u"export"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"--charts"_s), qPrintable(r.out));
}

void NotesCommandTest::skippedEntries()
{
    // 25 entries that cannot be used and one that can: the one goes in, the
    // others are named on stderr (the first 20) and counted.
    QJsonArray items;
    for (int i = 0; i < 25; ++i)
        items.append(QJsonObject{{u"id"_s, u"bad-%1"_s.arg(i)}, {u"target"_s, u"https://example.org/x"_s}});
    items.append(QJsonObject{{u"target"_s, QJsonObject{{u"source"_s, u"some other report"_s}, {u"selector"_s, quote(kPlan)}}}});
    items.append(QJsonDocument::fromJson(incomingNotes()).array().at(0));
    const QString file = path(u"skipped.json"_s);
    QVERIFY(writeFile(file, QJsonDocument(items).toJson()));
    const QString db = freshDatabase(u"skipped.sqlite"_s);
    Run r = pizhuRun({u"notes"_s, u"import"_s, file, u"--db"_s, db});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), u"added 1, updated 0, unchanged 0, orphaned 0, skipped 26"_s);
    const QStringList lines = r.err.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 21);
    QCOMPARE(lines.first(), u"skipped entry 1: its target names no source document"_s);
    QVERIFY2(lines.last().contains(u"6 more"_s), qPrintable(lines.last()));
    r = pizhuRun({u"notes"_s, u"import"_s, file, u"--db"_s, db, u"--json"_s});
    const QJsonArray reasons = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"reasons"_s).toArray();
    QCOMPARE(reasons.size(), 26);
    QVERIFY2(reasons.last().toString().startsWith(u"entry 26: this annotation file has no report some other report"_s),
             qPrintable(reasons.last().toString()));
}

void NotesCommandTest::importBadInput()
{
    const QString db = path(u"never-created.sqlite"_s);
    const QString broken = path(u"broken.json"_s);
    QVERIFY(writeFile(broken, R"([{"id": "x", "target": {"source": )"));
    Run r = pizhuRun({u"notes"_s, u"import"_s, broken, u"--db"_s, db});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"not valid JSON"_s) && r.err.contains(u"offset"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    const QString outline = path(u"outline.json"_s);
    QVERIFY(writeFile(outline, R"({"title": "an outline, not notes", "parts": []})"));
    QCOMPARE(pizhuRun({u"notes"_s, u"import"_s, outline, u"--db"_s, db}).exitCode, 2);
    r = pizhuRun({u"notes"_s, u"import"_s, path(u"missing.json"_s), u"--db"_s, db});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"no such file"_s), qPrintable(r.err));
    QCOMPARE(pizhuRun({u"notes"_s, u"import"_s, u"--db"_s, db}).exitCode, 2); // no FILE
    QCOMPARE(pizhuRun({u"notes"_s, u"import"_s, m_notes, m_notes, u"--db"_s, db}).exitCode, 2);
    QCOMPARE(pizhuRun({u"notes"_s, u"frobnicate"_s}).exitCode, 2);
    QCOMPARE(pizhuRun({u"notes"_s}).exitCode, 2);
    QVERIFY(!QFile::exists(db)); // nothing was written for bad input
}

void NotesCommandTest::importIntoAFileThatCannotBeWritten()
{
    // Not an annotation file: refused, untouched.
    const QString notSqlite = path(u"not-sqlite.sqlite"_s);
    QVERIFY(writeFile(notSqlite, "a note, not a database"));
    Run r = pizhuRun({u"notes"_s, u"import"_s, m_notes, u"--db"_s, notSqlite});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(bytesOf(notSqlite), QByteArray("a note, not a database"));

    // A read-only annotation file in a read-only folder (as an ordinary user: root may write anywhere).
    const QString folder = path(u"readonly"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + u"/notes.sqlite"_s;
    QCOMPARE(pizhuRun({u"import"_s, kSample, u"--db"_s, db}).exitCode, 0);
    const QString notes = folder + u"/notes.json"_s;
    QVERIFY(QFile::copy(m_notes, notes));
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto browsable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir.path(), browsable | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(db, readable));
    QVERIFY(QFile::setPermissions(notes, readable));
    QVERIFY(QFile::setPermissions(folder, browsable));
    const QByteArray before = bytesOf(db);
    r = pizhuRun({u"notes"_s, u"import"_s, notes, u"--db"_s, db}, {{}, true});
    QVERIFY(QFile::setPermissions(folder, browsable | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(db, readable | QFile::WriteOwner));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"cannot be written"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(bytesOf(db), before);
}

void NotesCommandTest::exportBadUsage()
{
    const QString out = path(u"usage.json"_s);
    auto exitOf = [&](const QStringList &args) { return pizhuRun(QStringList{u"notes"_s, u"export"_s} + args).exitCode; };
    QCOMPARE(exitOf({u"--report"_s, m_id, u"--db"_s, m_db}), 2); // no -o
    QCOMPARE(exitOf({u"-o"_s, out, u"--db"_s, m_db}), 2); // neither --report nor FILE
    QCOMPARE(exitOf({u"--report"_s, m_id, kSample, u"-o"_s, out, u"--db"_s, m_db}), 2); // both
    QCOMPARE(exitOf({u"--report"_s, u"abc"_s, u"-o"_s, out, u"--db"_s, m_db}), 2);
    const Run unknown = pizhuRun({u"notes"_s, u"export"_s, u"--report"_s, u"999"_s, u"-o"_s, out, u"--db"_s, m_db});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"no report 999"_s), qPrintable(unknown.err));
    const Run noFile = pizhuRun({u"notes"_s, u"export"_s, u"--report"_s, m_id, u"-o"_s, out, u"--db"_s,
                                 path(u"nowhere.sqlite"_s)});
    QCOMPARE(noFile.exitCode, 2);
    QVERIFY(!QFile::exists(path(u"nowhere.sqlite"_s))); // exporting creates no annotation file
    QCOMPARE(exitOf({kOtherReport + u".missing"_s, u"-o"_s, out, u"--db"_s, m_db}), 2);
    QVERIFY(!QFile::exists(out));
}

void NotesCommandTest::exportWriteFailures()
{
    const QStringList base{u"notes"_s, u"export"_s, u"--report"_s, m_id, u"--db"_s, m_db, u"-o"_s};
    Run r = pizhuRun(base + QStringList{u"/dev/full"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"/dev/full"_s), qPrintable(r.err));
    for (const QString &format : {u"pdf"_s, u"md"_s, u"csv"_s}) {
        r = pizhuRun(base + QStringList{u"/dev/full"_s, u"--format"_s, format});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"/dev/full"_s), qPrintable(r.err));
    }
    r = pizhuRun(base + QStringList{u"-"_s}, {u"/dev/full"_s, false});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"standard output"_s), qPrintable(r.err));

    // A folder that does not exist (its parent is a file).
    r = pizhuRun(base + QStringList{m_notes + u"/out.json"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());

    // A folder that cannot be written: the old file stays as it was, nothing else appears.
    const QString folder = path(u"locked"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString old = folder + u"/notes.json"_s;
    QVERIFY(writeFile(old, "the previous export"));
    const auto browsable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | QFile::ExeOwner
        | QFile::ExeGroup | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir.path(), browsable | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(folder, browsable));
    QVERIFY(QFile::setPermissions(old, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    r = pizhuRun(base + QStringList{old}, {{}, true});
    const Run pdf = pizhuRun(base + QStringList{folder + u"/notes.pdf"_s, u"--format"_s, u"pdf"_s}, {{}, true});
    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    QVERIFY(QFile::setPermissions(folder, browsable | QFile::WriteOwner));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(old), qPrintable(r.err));
    QCOMPARE(pdf.exitCode, 1);
    QVERIFY2(pdf.err.contains(folder + u"/notes.pdf"_s), qPrintable(pdf.err));
    QCOMPARE(bytesOf(old), QByteArray("the previous export"));
    QCOMPARE(left, QStringList{u"notes.json"_s});
}

QTEST_GUILESS_MAIN(NotesCommandTest)
#include "notescommand_test.moc"
