// SPDX-License-Identifier: GPL-3.0-or-later
// Notes as Markdown: grouped by part and section in document order, quotes
// as block quotes that read back as the same text, tags and status inline,
// notes as written.
#include "markdownwriter.h"
#include "notesexportfixtures.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

QString markdownOf(const ExportedNotes &notes, const NotesExportOptions &options = {})
{
    MarkdownWriter writer;
    writer.setOptions(options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto ok = writer.write(notes, buffer);
    if (!ok)
        qFatal("write failed: %s", qPrintable(ok.error().message));
    return QString::fromUtf8(buffer.data());
}

NotesExportOptions fixedOptions()
{
    NotesExportOptions o;
    o.author = u"法制科 王某"_s;
    o.exportedAt = QDateTime(QDate(2024, 5, 6), QTime(9, 30));
    return o;
}

// The writer's headings; "## 小结" is a note's own, written as it is.
QStringList headings(const QString &markdown, const QString &marks)
{
    QStringList out;
    for (const QString &line : markdown.split(u'\n')) {
        if (line.startsWith(marks + u' ') && line != u"## 小结"_s)
            out << line.sliced(marks.size() + 1);
    }
    return out;
}

// The text of the group with this heading, up to the next group.
QString groupText(const QString &markdown, const QString &title)
{
    const qsizetype start = markdown.indexOf(u"\n## "_s + title + u'\n');
    if (start < 0)
        return {};
    qsizetype end = start;
    do
        end = markdown.indexOf(u"\n## "_s, end + 1);
    while (end >= 0 && QStringView(markdown).sliced(end).startsWith(u"\n## 小结\n"));
    return markdown.mid(start, end < 0 ? -1 : end - start);
}

// What a Markdown reader shows, block by block.
QStringList renderedBlocks(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown);
    QStringList blocks;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        blocks << b.text();
    return blocks;
}

} // namespace

class MarkdownWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupedByPart();
    void quotesReadBackExactly();
    void detailsAndNotes();
    void groupedByTag();
    void groupedByStatus();
    void withoutQuotes();
    void escaped_data();
    void escaped();
    void emptyNotes();
};

void MarkdownWriterTest::groupedByPart()
{
    const QString md = markdownOf(fixtures::sampleNotes(), fixedOptions());
    QVERIFY(md.startsWith(u"# 杭州市拱墅区人民政府关于拱墅区2022年法治政府建设年度报告\n"_s));
    QVERIFY2(md.contains(u"- Exported: 2024-05-06 09:30 by 法制科 王某\n"_s), qPrintable(md.left(400)));
    QVERIFY(md.contains(u"- Notes: 8\n"_s));
    QVERIFY(md.contains(u"- Published: 2023-02-01\n"_s));
    const QStringList parts = headings(md, u"##"_s);
    QCOMPARE(parts.size(), 6);
    QCOMPARE(parts.at(0), u"Before the first part"_s);
    QVERIFY2(parts.at(1).startsWith(u"一、2022年度推进法治政府建设的主要举措和成效 (Measures)"_s),
        qPrintable(parts.at(1)));
    QVERIFY2(parts.at(2).startsWith(u"二、"_s) && parts.at(2).endsWith(u"(Shortcomings)"_s),
        qPrintable(parts.at(2)));
    QVERIFY2(parts.at(3).startsWith(u"三、"_s) && parts.at(3).endsWith(u"(Leaders' duty)"_s),
        qPrintable(parts.at(3)));
    QVERIFY2(
        parts.at(4).startsWith(u"四、"_s) && parts.at(4).endsWith(u"(Next year)"_s), qPrintable(parts.at(4)));
    QCOMPARE(parts.at(5), u"Passages no longer found in the report"_s);
    const QStringList sections = headings(md, u"###"_s);
    // The measures' first section, the leaders' second, the plans' first, and the orphan's old part.
    QCOMPARE(sections.size(), 4);
    QVERIFY2(sections.at(0).contains(u"激发新活力"_s), qPrintable(sections.at(0)));
    QVERIFY2(sections.at(1).contains(u"强化督察整改"_s), qPrintable(sections.at(1)));
    QVERIFY2(sections.at(2).contains(u"高站位推进法治政府建设"_s), qPrintable(sections.at(2)));
    QVERIFY2(sections.at(3).startsWith(u"一、2022年度"_s), qPrintable(sections.at(3)));
}

void MarkdownWriterTest::quotesReadBackExactly()
{
    const ExportedNotes notes = fixtures::sampleNotes();
    const QString md = markdownOf(notes);
    const QStringList blocks = renderedBlocks(md);
    // Every quote is a block of its own, in document order, the orphan last.
    qsizetype at = 0;
    QList<qsizetype> order = { 1, 2, 3, 4, 5, 6, 7, 0 };
    for (qsizetype n : order) {
        const QString quote = notes.annotations.at(n).annotation.anchor.exact;
        const qsizetype found = blocks.indexOf(quote, at);
        QVERIFY2(found >= 0, qPrintable(quote));
        at = found + 1;
    }
    QVERIFY(md.contains(u"> “一网通办”率达97.1%\n"_s));
}

void MarkdownWriterTest::detailsAndNotes()
{
    const QString md = markdownOf(fixtures::sampleNotes());
    QVERIFY2(
        md.contains(
            u"\nTags: 承诺, 跟踪事项 · Status: Not started · Responsible unit: 区数据资源局 · Due: 2023-12-31\n"_s),
        qPrintable(md));
    QVERIFY(md.contains(
        u"\nTags: 指标, A, \"B\" · Status: In progress · Responsible unit: 区政务服务中心 · Due: 2024-06-30\n"_s));
    QVERIFY(md.contains(u"\nTags: 成效\n"_s)); // no status: none shown
    QVERIFY(md.contains(u"Status: Cannot be verified"_s));
    QVERIFY(md.contains(u"Status: Unfulfilled"_s));
    QVERIFY(md.contains(u"Status: Done"_s));
    // Notes as written: they are Markdown.
    for (const fixtures::FixtureNote &f : fixtures::fixtureNotes()) {
        if (!f.note.isEmpty())
            QVERIFY2(md.contains(u'\n' + f.note + u'\n'), qPrintable(f.note));
    }
    // and they render: bold, the list, the heading.
    QTextDocument doc;
    doc.setMarkdown(md);
    bool bold = false;
    bool heading = false;
    int listItems = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.text() == u"小结"_s)
            heading = b.blockFormat().headingLevel() == 2;
        if (b.textList() && (b.text() == u"每季度核对运行情况"_s || b.text() == u"对照清单逐项销号"_s))
            ++listItems;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().text() == u"持续跟踪"_s)
                bold = it.fragment().charFormat().fontWeight() == QFont::Bold;
        }
    }
    QVERIFY(bold);
    QVERIFY(heading);
    QCOMPARE(listItems, 2);
}

void MarkdownWriterTest::groupedByTag()
{
    NotesExportOptions o;
    o.grouping = NotesExportOptions::Grouping::Tag;
    const QString md = markdownOf(fixtures::sampleNotes(), o);
    // The most used first; a note with two tags is under both; the untagged (the orphan) last.
    QCOMPARE(headings(md, u"##"_s),
        (QStringList {
            u"承诺"_s, u"跟踪事项"_s, u"问题"_s, u"成效"_s, u"指标"_s, u"A, \"B\""_s, u"No tag"_s }));
    QCOMPARE(md.count(u"> “一网通办”率达97.1%"_s), 2);
    QCOMPARE(md.count(u"> 法治督察与巡察衔接联动常态化"_s), 2);
    // Within a tag, by part.
    const QString promise = groupText(md, u"承诺"_s);
    QVERIFY2(promise.indexOf(u"\n### 一、"_s) < promise.indexOf(u"\n### 四、"_s), qPrintable(promise));
}

void MarkdownWriterTest::groupedByStatus()
{
    NotesExportOptions o;
    o.grouping = NotesExportOptions::Grouping::Status;
    const QString md = markdownOf(fixtures::sampleNotes(), o);
    QCOMPARE(headings(md, u"##"_s),
        (QStringList { u"Not started"_s, u"In progress"_s, u"Done"_s, u"Unfulfilled"_s,
            u"Cannot be verified"_s, u"Not a commitment"_s }));
    // Cannot be verified: the leaders' note, then the orphan under its own heading.
    const QString unverifiable = groupText(md, u"Cannot be verified"_s);
    QVERIFY2(unverifiable.indexOf(u"法治督察"_s) < unverifiable.indexOf(u"### Passages no longer found"_s),
        qPrintable(unverifiable));
    QVERIFY(unverifiable.contains(fixtures::kOrphanQuote));
}

void MarkdownWriterTest::withoutQuotes()
{
    NotesExportOptions o;
    o.includeQuotes = false;
    const QString md = markdownOf(fixtures::sampleNotes(), o);
    QVERIFY(!md.contains(u"\n> "_s));
    QVERIFY(!md.contains(u"一网通办"_s));
    QVERIFY(md.contains(u"督察是否到位？"_s));
}

void MarkdownWriterTest::escaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ordered list") << u"1. 第一"_s;
    QTest::newRow("paren list") << u"2) 第二"_s;
    QTest::newRow("bullet") << u"- 一项"_s;
    QTest::newRow("plus") << u"+ 一项"_s;
    QTest::newRow("heading") << u"# 不是标题"_s;
    QTest::newRow("emphasis") << u"*重点* 和 _强调_ 与 **加粗**"_s;
    QTest::newRow("code and link") << u"`x` [a](b) <b>c</b> &amp;"_s;
    QTest::newRow("table pipe") << u"a | b"_s;
    QTest::newRow("backslash") << u"C:\\路径\\"_s;
    QTest::newRow("setext") << u"="_s;
    QTest::newRow("percent and full width") << u"“一网通办”率达97.1%，（一）"_s;
}

void MarkdownWriterTest::escaped()
{
    QFETCH(QString, text);
    QTextDocument doc;
    doc.setMarkdown(MarkdownWriter::escaped(text));
    QCOMPARE(doc.toPlainText(), text);
    QCOMPARE(doc.begin().blockFormat().headingLevel(), 0);
    QVERIFY(!doc.begin().textList());
}

void MarkdownWriterTest::emptyNotes()
{
    ExportedNotes notes;
    notes.label = u"报告"_s;
    const QString md = markdownOf(notes, fixedOptions());
    QVERIFY(md.startsWith(u"# 报告\n\n"_s));
    QVERIFY(md.contains(u"- Notes: 0\n"_s));
    QVERIFY(!md.contains(u"##"_s));
}

QTEST_MAIN(MarkdownWriterTest)
#include "markdownwriter_test.moc"
