// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search over real annotation files: report text and notes, every
// query length, Latin text, input that looks like query syntax, notes that
// follow the annotations through the triggers.
#include "annotationstore.h"
#include "database.h"
#include "reportstore.h"
#include "searchfixtures.h"
#include "searchindex.h"
#include "searchquery.h"
#include "searchstore.h"
#include "storagefixtures.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

// FTS5's own check that an index agrees with its rows.
bool indexIsSound(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    return q.exec(u"INSERT INTO %1 (%1) VALUES ('integrity-check')"_s.arg(table));
}

int occurrences(const QString &text, const QString &query)
{
    return int(SearchQuery(query).occurrences(text, 1 << 20).size());
}

QList<SearchHit> hitsOf(const SearchResults &results, SearchHit::Kind kind)
{
    QList<SearchHit> hits;
    for (const SearchReport &report : results.reports) {
        for (const SearchHit &hit : report.hits) {
            if (hit.kind == kind)
                hits << hit;
        }
    }
    return hits;
}

} // namespace

class SearchStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_db.reset(); }
    void findsTextWithOffsetsAndContext();
    void queryLengths_data();
    void queryLengths();
    void findsNotesAndQuotes();
    void notesFollowTheAnnotations();
    void inputIsNeverSyntax_data();
    void inputIsNeverSyntax();
    void onlyTheLatestVersion();
    void limitAndShareOfEachReport();
    void groupedInLibraryOrder();
    void longLinesAreSplit();
    void charactersOutsideTheBmp();
    void halfAndFullWidthAlike();
    void emptyQueryFindsNothing();
    void characterTokensAsSqlWritesThem();
    void deletingAVersionEmptiesItsIndex();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    SearchLibrary m_library;
};

void SearchStoreTest::init()
{
    QVERIFY(m_dir.isValid());
    static int n = 0;
    m_db = openDatabase(m_dir.filePath(u"search-%1.sqlite"_s.arg(++n)));
    m_library = SearchLibrary();
    QVERIFY(m_library.store(*m_db));
}

void SearchStoreTest::findsTextWithOffsetsAndContext()
{
    const SearchResults results = SearchStore(*m_db).search(u"一网通办"_s);
    QCOMPARE(results.query, u"一网通办"_s);
    QVERIFY(!results.truncated);
    QCOMPARE(results.reports.size(), 1);
    const SearchReport &report = results.reports.first();
    QCOMPARE(report.reportId, m_library.gongshuId);
    QCOMPARE(report.title, m_library.gongshu.metadata.title);
    QCOMPARE(report.issuer, u"杭州市拱墅区人民政府"_s);
    QCOMPARE(report.year, 2022);
    QCOMPARE(report.contentHash, m_library.gongshu.contentHash());
    // The text, and the note whose quote holds the words (the note is on that very passage).
    const QList<SearchHit> text = hitsOf(results, SearchHit::Kind::Text);
    QCOMPARE(text.size(), 1);
    const SearchHit &hit = text.first();
    QCOMPARE(hit.contentHash, m_library.gongshu.contentHash());
    QCOMPARE(m_library.gongshu.canonicalText.mid(hit.start, hit.end - hit.start), u"一网通办"_s);
    QCOMPARE(hit.context.mid(hit.markStart, hit.markEnd - hit.markStart), u"一网通办"_s);
    QVERIFY(hit.context.contains(u"依法全面履行政府职能"_s));
    QVERIFY(!hit.context.contains(u'\n'));
    QVERIFY(hit.annotation.isNull());
    // What the window opens for it: the stored version, parsed again, offsets and all.
    const auto opened = ReportStore(*m_db).report(hit.contentHash);
    QVERIFY(opened);
    QCOMPARE(opened->canonicalText.mid(hit.start, hit.end - hit.start), u"一网通办"_s);
    QCOMPARE(opened->metadata.title, m_library.gongshu.metadata.title);
    QVERIFY(!ReportStore(*m_db).report(u"no-such-hash"_s));
    const QList<SearchHit> notes = hitsOf(results, SearchHit::Kind::Note);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().annotation, m_library.note.id);
    QVERIFY(notes.first().inQuote);
    QCOMPARE(notes.first().start, m_library.note.anchor.start);
    // Document order: the note's passage (from the opening quote mark) comes first.
    QCOMPARE(report.hits.size(), 2);
    QCOMPARE(report.hits.first().kind, SearchHit::Kind::Note);
    QCOMPARE(report.hits.last().start, report.hits.first().start + 1);
}

void SearchStoreTest::queryLengths_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("1 character") << u"法"_s;
    QTest::newRow("2 characters") << u"法治"_s;
    QTest::newRow("3 characters") << u"法治政"_s;
    QTest::newRow("6 characters") << u"法治政府建设"_s;
    QTest::newRow("1 character, absent") << u"鑫"_s;
    QTest::newRow("2 characters, absent") << u"鑫淼"_s;
    QTest::newRow("2 common characters, never together") << u"治法"_s;
    QTest::newRow("6 characters, absent") << u"法治政府建成"_s;
    QTest::newRow("Latin word, other case") << u"smart"_s;
    QTest::newRow("Latin, 2 letters, other case") << u"ai"_s;
    QTest::newRow("Latin, 2 letters") << u"AI"_s;
    QTest::newRow("Latin, 1 letter") << u"y"_s;
    QTest::newRow("Latin words") << u"Smart City 项目"_s;
    QTest::newRow("digits and percent") << u"97.1%"_s;
    QTest::newRow("percent alone") << u"%"_s;
    QTest::newRow("punctuation") << u"“一"_s;
    QTest::newRow("full stop and heading") << u"。"_s;
}

void SearchStoreTest::queryLengths()
{
    QFETCH(QString, query);
    int expected = 0;
    for (const Report *report : { &m_library.gongshu, &m_library.xihu })
        expected += occurrences(report->canonicalText, query);
    SearchStore store(*m_db);
    const SearchResults results = store.search(query, 1000, 1000);
    const QList<SearchHit> hits = hitsOf(results, SearchHit::Kind::Text);
    QCOMPARE(hits.size(), expected);
    for (const SearchReport &report : results.reports) {
        const Report &source = report.reportId == m_library.gongshuId ? m_library.gongshu : m_library.xihu;
        for (const SearchHit &hit : report.hits) {
            if (hit.kind != SearchHit::Kind::Text)
                continue;
            QCOMPARE(
                source.canonicalText.mid(hit.start, hit.end - hit.start).compare(query, Qt::CaseInsensitive),
                0);
        }
    }
    // LIKE, the slow way, agrees on short queries.
    store.setShortQueries(SearchStore::ShortQueries::Like);
    const SearchResults like = store.search(query, 1000, 1000);
    QCOMPARE(hitsOf(like, SearchHit::Kind::Text), hits);
    QCOMPARE(hitsOf(like, SearchHit::Kind::Note), hitsOf(results, SearchHit::Kind::Note));
}

void SearchStoreTest::findsNotesAndQuotes()
{
    for (const QString &query : { u"督"_s, u"督办"_s, u"督办：政"_s, u"政务服务事项的办理时限"_s }) {
        const QList<SearchHit> notes = hitsOf(SearchStore(*m_db).search(query), SearchHit::Kind::Note);
        QCOMPARE(notes.size(), 1);
        const SearchHit &hit = notes.first();
        QCOMPARE(hit.annotation, m_library.note.id);
        QVERIFY(!hit.inQuote);
        QCOMPARE(hit.contentHash, m_library.gongshu.contentHash());
        QCOMPARE(hit.start, m_library.note.anchor.start);
        QCOMPARE(hit.end, m_library.note.anchor.end);
        QCOMPARE(hit.context.mid(hit.markStart, hit.markEnd - hit.markStart), query);
    }
}

void SearchStoreTest::notesFollowTheAnnotations()
{
    AnnotationStore annotations(*m_db);
    SearchStore search(*m_db);
    auto noteHits = [&](const QString &query) {
        return hitsOf(search.search(query), SearchHit::Kind::Note).size();
    };

    Annotation a = searchNote(m_library.xihu, m_library.xihu.canonicalText.indexOf(u"依法行政"_s),
        m_library.xihu.canonicalText.indexOf(u"依法行政"_s) + 4, u"复核行政复议数据"_s);
    QCOMPARE(noteHits(u"复核"_s), 0);
    QVERIFY(annotations.add(a).ok());
    QCOMPARE(noteHits(u"复核"_s), 1);
    QCOMPARE(noteHits(u"复核行政"_s), 1);

    a.note = u"改为核对执法案卷"_s;
    QVERIFY(annotations.update(a).ok());
    QCOMPARE(noteHits(u"复核"_s), 0);
    QCOMPARE(noteHits(u"复核行政"_s), 0);
    QCOMPARE(noteHits(u"案卷"_s), 1);
    QCOMPARE(noteHits(u"核对执法案卷"_s), 1);

    // The import path (INSERT … ON CONFLICT DO UPDATE) too.
    a.note = u"第三稿：督察整改"_s;
    a.modified = a.modified.addSecs(60);
    QVERIFY(annotations.upsert({ a }).ok());
    QCOMPARE(noteHits(u"案卷"_s), 0);
    QCOMPARE(noteHits(u"整改"_s), 1);
    QVERIFY(indexIsSound(*m_db, u"search_notes"_s));
    QVERIFY(indexIsSound(*m_db, u"search_notes_chars"_s));

    QVERIFY(annotations.remove(a.id).value());
    QCOMPARE(noteHits(u"整改"_s), 0);
    QCOMPARE(noteHits(u"督察整改"_s), 0);
    QVERIFY(indexIsSound(*m_db, u"search_notes"_s));
    QVERIFY(indexIsSound(*m_db, u"search_notes_chars"_s));
    QVERIFY(indexIsSound(*m_db, u"search_text"_s));
    QVERIFY(indexIsSound(*m_db, u"search_text_chars"_s));
}

void SearchStoreTest::inputIsNeverSyntax_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("double quote") << u"\""_s;
    QTest::newRow("quoted word") << u"\"法治\""_s;
    QTest::newRow("unbalanced quote") << u"\"法治政府"_s;
    QTest::newRow("single quote") << u"'"_s;
    QTest::newRow("SQL") << u"'; DROP TABLE reports; --"_s;
    QTest::newRow("star") << u"*"_s;
    QTest::newRow("prefix") << u"法治*"_s;
    QTest::newRow("NEAR") << u"NEAR(法治 政府)"_s;
    QTest::newRow("OR") << u"法治 OR 政府"_s;
    QTest::newRow("AND NOT") << u"法治 AND NOT 政府"_s;
    QTest::newRow("column filter") << u"body:法治"_s;
    QTest::newRow("caret") << u"^法治"_s;
    QTest::newRow("parenthesis") << u"("_s;
    QTest::newRow("braces") << u"{body note}: 法治"_s;
    QTest::newRow("percent and underscore") << u"%_"_s;
    QTest::newRow("backslash") << u"\\"_s;
    QTest::newRow("minus") << u"-法治"_s;
}

void SearchStoreTest::inputIsNeverSyntax()
{
    QFETCH(QString, query);
    // The words themselves are in the text: they must be found as they are, and only there.
    const Report literal
        = searchReport(u"字面报告"_s, u"某局"_s, 2024, u"说明："_s + query + u"。\n另一行没有它。\n"_s);
    QVERIFY(ReportStore(*m_db).store(literal).ok());
    const QString before = m_db->lastError().message;
    const SearchResults results = SearchStore(*m_db).search(query, 1000, 1000);
    QCOMPARE(m_db->lastError().message, before);
    int expected = 0;
    const QList<const Report *> all { &m_library.gongshu, &m_library.xihu, &literal };
    for (const Report *report : all)
        expected += occurrences(report->canonicalText, query);
    QVERIFY(expected >= 1);
    QCOMPARE(hitsOf(results, SearchHit::Kind::Text).size(), expected);
    // And nothing was harmed.
    QCOMPARE(ReportStore(*m_db).reports().size(), 3);
}

void SearchStoreTest::onlyTheLatestVersion()
{
    // The same report (same issuer, year, title) imported again with changed text.
    Report second = m_library.xihu;
    second.canonicalText.replace(u"行政复议案件办结率100%"_s, u"行政复议案件纠错率8%"_s);
    const auto id = ReportStore(*m_db).store(second);
    QVERIFY(id);
    QCOMPARE(id.value(), m_library.xihuId);
    SearchStore search(*m_db);
    QVERIFY(hitsOf(search.search(u"办结率"_s), SearchHit::Kind::Text).isEmpty());
    QVERIFY(hitsOf(search.search(u"办结"_s), SearchHit::Kind::Text).isEmpty());
    const QList<SearchHit> hits = hitsOf(search.search(u"纠错率"_s), SearchHit::Kind::Text);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().contentHash, second.contentHash());
    const SearchResults both = search.search(u"依法行政"_s);
    QCOMPARE(both.reports.size(), 1);
    QCOMPARE(both.reports.first().hits.size(), 1);
    QCOMPARE(both.reports.first().contentHash, second.contentHash());
}

void SearchStoreTest::limitAndShareOfEachReport()
{
    QString body;
    for (int i = 0; i < 60; ++i)
        body += u"第%1项：推进督察整改落实。\n"_s.arg(i);
    const Report many = searchReport(u"督察报告"_s, u"某市司法局"_s, 2021, body);
    const auto manyId = ReportStore(*m_db).store(many);
    QVERIFY(manyId);
    QVERIFY(AnnotationStore(*m_db).add(searchNote(m_library.xihu, 0, 4, u"整改清单"_s)).ok());
    SearchStore search(*m_db);

    // No limit reached: every hit.
    const SearchResults all = search.search(u"整改"_s, 1000, 1000);
    QVERIFY(!all.truncated);
    QCOMPARE(all.hitCount(), 61);

    // Ten per report: the report with sixty says it has more, the note still shows.
    const SearchResults shared = search.search(u"整改"_s, 50, 10);
    QVERIFY(!shared.truncated);
    QCOMPARE(shared.reports.size(), 2);
    const SearchReport &first = shared.reports.first(); // 2023 before 2021
    QCOMPARE(first.reportId, m_library.xihuId);
    QCOMPARE(first.hits.size(), 1);
    QCOMPARE(first.hits.first().kind, SearchHit::Kind::Note);
    QCOMPARE(shared.reports.last().reportId, manyId.value());
    QCOMPARE(shared.reports.last().hits.size(), 10);
    QVERIFY(shared.reports.last().more);
    QVERIFY(!first.more);
    // The first ten of them, in document order (rows are read newest first).
    for (int i = 0; i < 10; ++i) {
        const SearchHit &hit = shared.reports.last().hits.at(i);
        QVERIFY(hit.context.startsWith(u"第%1项："_s.arg(i)));
    }

    // A small limit cuts, and says so.
    const SearchResults few = search.search(u"整改"_s, 5, 100);
    QVERIFY(few.truncated);
    QCOMPARE(few.hitCount(), 5);
    QVERIFY(few.reports.last().hits.first().context.startsWith(u"第0项："_s));
    // Short queries the same way.
    const SearchResults shortFew = search.search(u"整"_s, 5, 100);
    QVERIFY(shortFew.truncated);
    QCOMPARE(shortFew.hitCount(), 5);
}

void SearchStoreTest::groupedInLibraryOrder()
{
    const SearchResults results = SearchStore(*m_db).search(u"法治政府建设"_s);
    QCOMPARE(results.reports.size(), 2);
    QCOMPARE(results.reports.at(0).reportId, m_library.xihuId); // 2023
    QCOMPARE(results.reports.at(1).reportId, m_library.gongshuId); // 2022
    for (const SearchReport &report : results.reports) {
        for (qsizetype i = 1; i < report.hits.size(); ++i)
            QVERIFY(report.hits.at(i - 1).start <= report.hits.at(i).start);
    }
}

void SearchStoreTest::longLinesAreSplit()
{
    QString line;
    while (line.size() < 3 * SearchIndex::kMaxBlockLength)
        line += u"推进严格规范公正文明执法，"_s + (line.size() % 7 == 0 ? u"。"_s : QString());
    line += u"末尾关键词甲乙丙"_s;
    const QString text = u"标题\n\n"_s + line + u"\n结尾"_s;
    const QList<SearchIndex::Span> blocks = SearchIndex::blocks(text);
    QVERIFY(blocks.size() >= 4);
    QCOMPARE(blocks.first(), (SearchIndex::Span { 0, 2 }));
    QCOMPARE(blocks.last().end, text.size());
    for (qsizetype i = 1; i + 1 < blocks.size(); ++i) {
        QVERIFY(blocks.at(i).end - blocks.at(i).start <= SearchIndex::kMaxBlockLength);
        if (i > 1)
            QCOMPARE(blocks.at(i).start, blocks.at(i - 1).end); // nothing lost between the pieces
    }

    const Report report = searchReport(u"长段落报告"_s, u"某县"_s, 2020, line);
    QVERIFY(ReportStore(*m_db).store(report).ok());
    for (const QString &query : { u"甲乙丙"_s, u"乙丙"_s, u"丙"_s }) {
        const QList<SearchHit> hits = hitsOf(SearchStore(*m_db).search(query), SearchHit::Kind::Text);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(report.canonicalText.mid(hits.first().start, hits.first().end - hits.first().start), query);
    }
}

void SearchStoreTest::charactersOutsideTheBmp()
{
    // 𠀀 is one character in two UTF-16 units: a one-character query.
    const QString rare = QString::fromUcs4(U"𠀀𠀁");
    const Report report
        = searchReport(u"生僻字报告"_s, u"某镇"_s, 2019, u"地名"_s + rare + u"村推进依法治村。\n"_s);
    QVERIFY(ReportStore(*m_db).store(report).ok());
    for (const QString &query : { rare.left(2), rare, u"名"_s + rare.left(2), rare + u"村推进"_s }) {
        const QList<SearchHit> hits = hitsOf(SearchStore(*m_db).search(query), SearchHit::Kind::Text);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(report.canonicalText.mid(hits.first().start, hits.first().end - hits.first().start), query);
    }
}

void SearchStoreTest::halfAndFullWidthAlike()
{
    const Report report = searchReport(u"热线报告"_s, u"某区"_s, 2022,
                                       u"全区办理“１２３４５”热线工单。\n2022年处理工单5000件，ＡＢ类事项办结。\n"_s);
    QVERIFY(ReportStore(*m_db).store(report).ok());
    // Full-width typed, half-width written and the other way round; long and short queries.
    const QList<std::pair<QString, QString>> cases = {
        {u"12345"_s, u"１２３４５"_s},   {u"１２３４５"_s, u"１２３４５"_s}, {u"２０２２年"_s, u"2022年"_s},
        {u"5000件"_s, u"5000件"_s},      {u"１２"_s, u"１２"_s},             {u"５0"_s, u"50"_s},
        {u"ab类"_s, u"ＡＢ类"_s},        {u"ａｂ"_s, u"ＡＢ"_s},
        // A Traditional query finds the Simplified text.
        {u"辦理"_s, u"办理"_s}, {u"辦理“12345"_s, u"办理“１２３４５"_s},
    };
    for (const auto &[query, written] : cases) {
        QList<SearchHit> hits; // in this report (the library's others have 2022 too)
        for (const SearchHit &hit : hitsOf(SearchStore(*m_db).search(query), SearchHit::Kind::Text)) {
            if (hit.contentHash == report.contentHash())
                hits << hit;
        }
        QVERIFY2(hits.size() == 1, qPrintable(query + u": "_s + QString::number(hits.size())));
        QCOMPARE(report.canonicalText.mid(hits.first().start, hits.first().end - hits.first().start), written);
    }
    QCOMPARE(SearchQuery(u"Ａ１"_s).variants(), (QStringList{u"Ａ１"_s, u"A1"_s}));
    QCOMPARE(SearchQuery(u"法治"_s).variants(), QStringList{u"法治"_s});
}

void SearchStoreTest::emptyQueryFindsNothing()
{
    SearchStore search(*m_db);
    QVERIFY(search.search(QString()).reports.isEmpty());
    QVERIFY(search.search(u"   "_s).reports.isEmpty());
    QVERIFY(search.search(u"法治"_s, 0).reports.isEmpty());
}

void SearchStoreTest::characterTokensAsSqlWritesThem()
{
    // The text tables get tokens from C++ and lose them through the triggers' SQL: both must agree.
    const QString loneHigh = QString(QChar(0xD842)) + u"字"_s;
    const QString loneLow = u"字"_s + QChar(0xDC00);
    const QList<QString> texts = { u"法治政府"_s, u"Smart City 5G, 100%."_s,
        QString::fromUcs4(U"𠀀生僻𪚥字😀"), u"\t tab and é ü ß"_s, loneHigh, loneLow,
        u"NUL"_s + QChar(0) + u"在中间"_s, u"\uFFFD"_s, u"“引号”《书名》（括号）——…"_s };
    for (const QString &text : texts) {
        const QString stored = SearchIndex::storedText(text);
        QCOMPARE(stored.size(), text.size());
        QSqlQuery q(m_db->connection());
        q.prepare(
            u"SELECT group_concat(hex(substr(:t, i, 1)), ' ') FROM search_positions WHERE i <= length(:u)"_s);
        q.bindValue(u":t"_s, stored);
        q.bindValue(u":u"_s, stored);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(SearchIndex::characterTokens(stored), q.value(0).toString());
    }
    QCOMPARE(SearchIndex::characterTokens(u"法a"_s), u"E6B395 61"_s);
}

void SearchStoreTest::deletingAVersionEmptiesItsIndex()
{
    const Report report
        = searchReport(u"将删除的报告"_s, u"某乡"_s, 2018, u"独有词甲乙。\nRare 𠀀 words: 炅。\n"_s);
    QVERIFY(ReportStore(*m_db).store(report).ok());
    auto count = [&](const QString &table, const QString &match) {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT count(*) FROM %1 WHERE %1 MATCH :m"_s.arg(table));
        q.bindValue(u":m"_s, match);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };
    const SearchQuery one(u"炅"_s), two(u"甲乙"_s), three(u"独有词"_s);
    QCOMPARE(count(u"search_text_chars"_s, one.characterMatch()), 1);
    QCOMPARE(count(u"search_text_chars"_s, two.characterMatch()), 1);
    QCOMPARE(count(u"search_text"_s, three.trigramMatch()), 1);
    // No store deletes reports yet; whatever does, the cascade and the triggers clear the index.
    QSqlQuery remove(m_db->connection());
    remove.prepare(u"DELETE FROM report_versions WHERE content_hash = :hash"_s);
    remove.bindValue(u":hash"_s, report.contentHash());
    QVERIFY(remove.exec());
    QCOMPARE(count(u"search_text_chars"_s, one.characterMatch()), 0);
    QCOMPARE(count(u"search_text_chars"_s, two.characterMatch()), 0);
    QCOMPARE(count(u"search_text_chars"_s, SearchQuery(u"𠀀"_s).characterMatch()), 0);
    QCOMPARE(count(u"search_text"_s, three.trigramMatch()), 0);
    QVERIFY(SearchStore(*m_db).search(u"炅"_s).reports.isEmpty());
    QVERIFY(indexIsSound(*m_db, u"search_text"_s));
    QVERIFY(indexIsSound(*m_db, u"search_text_chars"_s));
    // The other reports are still found, by one character too.
    QCOMPARE(hitsOf(SearchStore(*m_db).search(u"率"_s), SearchHit::Kind::Text).size(), 2);
}

QTEST_GUILESS_MAIN(SearchStoreTest)
#include "searchstore_test.moc"
