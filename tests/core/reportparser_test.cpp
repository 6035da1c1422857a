// SPDX-License-Identifier: GPL-3.0-or-later
// The parser against the real sample and against reports written for the
// purpose (tests/data/reports), each with the outline it must give.
#include "chinesetext.h"
#include "reportparser.h"
#include "textloader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

QString readText(const QString &path)
{
    auto loaded = TextLoader::load(path);
    if (!loaded)
        qFatal("cannot read %s", qPrintable(path));
    return loaded->text;
}

Report sample()
{
    return ReportParser::parse(readText(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt")));
}

} // namespace

class ReportParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleMetadata();
    void sampleOutline();
    void sampleHasNoChrome();
    void sampleBlocksMatchCanonicalText();
    void rolesAtOffsets();
    void inlineSectionIsSplit();
    void stableHashes();
    void notAReport();
    void reports_data();
    void reports();
    void randomTextKeepsInvariants();
};

void ReportParserTest::sampleMetadata()
{
    const Report r = sample();
    QCOMPARE(r.metadata.title, u"杭州市拱墅区人民政府关于拱墅区2022年法治政府建设年度报告"_s);
    QCOMPARE(r.metadata.issuer, u"杭州市拱墅区人民政府"_s);
    QCOMPARE(r.metadata.publisher, u"区府办"_s);
    QCOMPARE(r.metadata.published, QDate(2023, 2, 1));
    QCOMPARE(r.metadata.year, 2022);
    QCOMPARE(r.metadata.indexNumber, u"K1493206-6/2023-26418"_s);
    QVERIFY(r.metadata.documentNumber.isEmpty()); // the sample's 文号 field is empty
    QVERIFY(r.duplicatesRemoved >= 1);
}

void ReportParserTest::sampleOutline()
{
    const Report r = sample();
    const auto &parts = r.parts();
    QCOMPARE(int(parts.size()), 4);
    const QList<PartRole> roles = {PartRole::Measures, PartRole::Shortcomings, PartRole::Leadership, PartRole::Plans};
    const QList<int> sections = {6, 0, 3, 6};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(parts[size_t(i)].role, roles[i]);
        QCOMPARE(int(parts[size_t(i)].children.size()), sections[i]);
    }
    QCOMPARE(parts[0].label, u"一、"_s);
    QCOMPARE(parts[0].title, u"2022年度推进法治政府建设的主要举措和成效"_s);
    const OutlineNode &first = parts[0].children[0];
    QCOMPARE(first.title, u"激发新活力,依法全面履行政府职能"_s);
    QCOMPARE(int(first.children.size()), 5);
    QCOMPARE(first.children[0].label, u"1."_s);
    QCOMPARE(first.children[0].title, u"政府机构职能高效协同"_s);
    QCOMPARE(parts[2].children[0].title, u"强化统筹谋划,绘好“路线图”"_s);
    QCOMPARE(parts[3].title, u"2023年度推进法治政府建设的主要安排"_s);
}

void ReportParserTest::sampleHasNoChrome()
{
    const Report r = sample();
    const QStringList chrome = {u"索引号"_s, u"公开方式"_s, u"发布机构"_s, u"点击率"_s, u"行政执法公开"_s,
                                u"法治政府建设年度报告和工作要点"_s, u"主动公开"_s, u"生成日期"_s, u"附件"_s};
    for (const Block &b : r.blocks) {
        const QString text = r.canonicalText.mid(b.start, b.length());
        for (const QString &c : chrome)
            QVERIFY2(!text.contains(c), qPrintable(text));
        QVERIFY(text != u"..."_s);
    }
    // The intro and the last plan survive, once each.
    QCOMPARE(r.canonicalText.count(u"2022年以来,拱墅区法治政府建设工作全面贯彻落实"_s), 1);
    QCOMPARE(r.canonicalText.count(u"持续推进“法助共富‘运河律师’在行动”"_s), 1);
    QVERIFY(r.canonicalText.startsWith(r.metadata.title + u'\n'));
}

void ReportParserTest::sampleBlocksMatchCanonicalText()
{
    const Report r = sample();
    QCOMPARE(r.canonicalText.count(u'\n') + 1, r.blocks.size());
    qsizetype expected = 0;
    for (const Block &b : r.blocks) {
        QCOMPARE(b.start, expected);
        QVERIFY(b.end >= b.start);
        expected = b.end + 1;
        if (b.isHeading()) {
            QCOMPARE(r.canonicalText.mid(b.titleStart, b.titleEnd - b.titleStart), b.title);
            QVERIFY(!b.headingPath.isEmpty());
        }
        QCOMPARE(r.blockAt(b.start), b.ordinal);
    }
    QCOMPARE(expected - 1, r.canonicalText.size());
}

void ReportParserTest::rolesAtOffsets()
{
    const Report r = sample();
    QVERIFY(r.rolesAt(0).isEmpty()); // the title, before any part
    const QList<PartRole> expected{PartRole::Measures, PartRole::Shortcomings, PartRole::Leadership, PartRole::Plans};
    QCOMPARE(r.parts().size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const Block &heading = r.blocks.at(r.parts().at(i).blockOrdinal);
        QCOMPARE(r.rolesAt(heading.start), QList<PartRole>{expected.at(i)});
        QCOMPARE(r.rolesAt(heading.end + 5), QList<PartRole>{expected.at(i)}); // the text below it
        if (i > 0)
            QCOMPARE(r.rolesAt(heading.start - 1), QList<PartRole>{expected.at(i - 1)});
    }
    QCOMPARE(r.rolesAt(r.canonicalText.size() - 1), QList<PartRole>{PartRole::Plans});
}

void ReportParserTest::inlineSectionIsSplit()
{
    const Report r = ReportParser::parse(
        u"某某县人民政府关于2022年度法治政府建设情况的报告\n一、主要举措和成效\n（一）坚持依法决策。全年审查重大行政决策12件。\n"
        "1.健全机制。制定规则3项。\n二、存在的不足和原因\n一是法治意识有待增强。\n三、下一步工作打算\n（一）持续深化改革。"_s);
    QCOMPARE(int(r.parts().size()), 3);
    const OutlineNode &section = r.parts()[0].children[0];
    QCOMPARE(section.title, u"坚持依法决策"_s);
    const Block &heading = r.blocks[section.blockOrdinal];
    QCOMPARE(r.canonicalText.mid(heading.start, heading.length()), u"（一）坚持依法决策。"_s);
    const Block &body = r.blocks[section.blockOrdinal + 1];
    QCOMPARE(body.kind, Block::Kind::Paragraph);
    QCOMPARE(r.canonicalText.mid(body.start, body.length()), u"全年审查重大行政决策12件。"_s);
    // An item keeps its lead sentence and its text in one block.
    const OutlineNode &item = section.children[0];
    QCOMPARE(item.title, u"健全机制"_s);
    QCOMPARE(r.canonicalText.mid(r.blocks[item.blockOrdinal].start, r.blocks[item.blockOrdinal].length()),
             u"1.健全机制。制定规则3项。"_s);
    QCOMPARE(r.parts()[1].children[0].label, u"一是"_s);
    QCOMPARE(r.parts()[1].children[0].title, u"法治意识有待增强"_s);
}

void ReportParserTest::stableHashes()
{
    const Report a = sample();
    const Report b = sample();
    QCOMPARE(a.contentHash(), b.contentHash());
    QCOMPARE(a.contentHash().size(), 64);
    QCOMPARE(a.workKey(), b.workKey());
    // The same report with other spacing and full-width digits is the same work.
    Report c = a;
    c.metadata.title = ChineseText::foldWidth(a.metadata.title).replace(u"2022"_s, u"２０２２"_s);
    QCOMPARE(c.workKey(), a.workKey());
    c.metadata.year = 2021;
    QVERIFY(c.workKey() != a.workKey());
}

void ReportParserTest::notAReport()
{
    const Report r = ReportParser::parse(
        u"今天天气很好。我们去公园散步，看到很多人在放风筝。\n一、准备工作\n带上水和食物。\n二、出发\n早上八点出发。"_s);
    QVERIFY(r.parts().empty());
    QVERIFY(!r.warnings.isEmpty());
    QVERIFY(r.canonicalText.contains(u"早上八点出发。"_s));
}

void ReportParserTest::reports_data()
{
    QTest::addColumn<QString>("textPath");
    const QDir dir(QStringLiteral(PIZHU_TEST_DATA "/reports"));
    const QStringList files = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 15);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

namespace {

void compareHeading(const QJsonObject &expected, const OutlineNode &node, const QString &where)
{
    const QByteArray at = where.toUtf8();
    QVERIFY2(expected.value(u"label"_s).toString() == node.label,
             (at + " label: " + node.label.toUtf8() + " != " + expected.value(u"label"_s).toString().toUtf8())
                 .constData());
    QVERIFY2(expected.value(u"title"_s).toString() == node.title,
             (at + " title: " + node.title.toUtf8() + " != " + expected.value(u"title"_s).toString().toUtf8())
                 .constData());
    if (expected.contains(u"role"_s)) {
        QVERIFY2(expected.value(u"role"_s).toString() == partRoleId(node.role),
                 (at + " role: " + partRoleId(node.role).toUtf8()).constData());
    }
}

void compareChildren(const QJsonArray &expected, const std::vector<OutlineNode> &nodes, const QString &where,
                     const QString &childKey)
{
    QVERIFY2(expected.size() == qsizetype(nodes.size()),
             qPrintable(where + u": "_s + QString::number(nodes.size()) + u" children, expected "_s
                        + QString::number(expected.size())));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject e = expected[i].toObject();
        const OutlineNode &n = nodes[size_t(i)];
        const QString here = where + u" › "_s + n.label + n.title;
        compareHeading(e, n, here);
        if (QTest::currentTestFailed())
            return;
        if (!childKey.isEmpty() && e.contains(childKey)) {
            compareChildren(e.value(childKey).toArray(), n.children, here,
                            childKey == u"sections"_s ? u"items"_s : QString());
            if (QTest::currentTestFailed())
                return;
        }
    }
}

} // namespace

void ReportParserTest::reports()
{
    QFETCH(QString, textPath);
    QString jsonPath = textPath;
    jsonPath.replace(u".txt"_s, u".expected.json"_s);
    QFile jsonFile(jsonPath);
    QVERIFY2(jsonFile.open(QIODevice::ReadOnly), qPrintable(jsonPath));
    QJsonParseError error;
    const QJsonObject expected = QJsonDocument::fromJson(jsonFile.readAll(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    const Report r = ReportParser::parse(readText(textPath));
    if (expected.contains(u"title"_s))
        QCOMPARE(r.metadata.title, expected.value(u"title"_s).toString());
    if (expected.contains(u"issuer"_s))
        QCOMPARE(r.metadata.issuer, expected.value(u"issuer"_s).toString());
    if (expected.contains(u"year"_s))
        QCOMPARE(r.metadata.year, expected.value(u"year"_s).toInt());
    if (expected.contains(u"published"_s)) {
        const QJsonValue p = expected.value(u"published"_s);
        QCOMPARE(r.metadata.published, p.isNull() ? QDate() : QDate::fromString(p.toString(), Qt::ISODate));
    }
    if (expected.contains(u"duplicates_removed"_s))
        QCOMPARE(r.duplicatesRemoved, expected.value(u"duplicates_removed"_s).toInt());

    const QJsonArray parts = expected.value(u"parts"_s).toArray();
    compareChildren(parts, r.parts(), r.metadata.title, u"sections"_s);
    if (QTest::currentTestFailed())
        return;
    for (const QJsonValue &s : expected.value(u"must_not_contain"_s).toArray())
        QVERIFY2(!r.canonicalText.contains(s.toString()), qPrintable(u"chrome left: "_s + s.toString()));
    for (const QJsonValue &s : expected.value(u"must_contain"_s).toArray())
        QVERIFY2(r.canonicalText.contains(s.toString()), qPrintable(u"text lost: "_s + s.toString()));
}

namespace {

// Blocks tile the canonical text in order, headings' titles are their spans,
// outline nodes point at heading blocks.
void checkInvariants(const Report &r)
{
    qsizetype expected = 0;
    for (const Block &b : r.blocks) {
        QCOMPARE(b.start, expected);
        QVERIFY(b.end >= b.start);
        QVERIFY(!r.canonicalText.mid(b.start, b.length()).contains(u'\n'));
        if (b.isHeading())
            QCOMPARE(r.canonicalText.mid(b.titleStart, b.titleEnd - b.titleStart), b.title);
        expected = b.end + 1;
    }
    QCOMPARE(qMax<qsizetype>(expected - 1, 0), r.canonicalText.size());
    std::function<void(const OutlineNode &)> walk = [&](const OutlineNode &n) {
        if (n.blockOrdinal >= 0) {
            QVERIFY(n.blockOrdinal < r.blocks.size());
            QCOMPARE(r.blocks[n.blockOrdinal].title, n.title);
        }
        for (const OutlineNode &c : n.children)
            walk(c);
    };
    walk(r.outline);
}

} // namespace

void ReportParserTest::randomTextKeepsInvariants()
{
    // Fragments that exercise every rule, shuffled into nonsense: the parser
    // must neither crash nor break its own invariants on text it cannot read.
    const QStringList fragments = {
        u"一、"_s, u"二、"_s, u"（一）"_s, u"(二)"_s, u"1."_s, u"2、"_s, u"１．"_s, u"(1)"_s, u"一是"_s, u"第一部分"_s,
        u"。"_s, u"；"_s, u"："_s, u"，"_s, u"\n"_s, u"\n\n"_s, u"\r\n"_s, u"\r"_s, u" "_s, u"\u3000"_s, u"\t"_s,
        u"索引号"_s, u"文号"_s, u"发布日期：2023-02-01"_s, u"发布机构 区府办 公开方式 主动公开"_s, u"【打印】【关闭】"_s,
        u"首页 > 政务公开"_s, u"报告"_s, u"关于"_s, u"人民政府"_s, u"存在的不足和原因"_s, u"主要举措和成效"_s,
        u"第一责任人职责情况"_s, u"下一步工作打算"_s, u"2022年"_s, u"二〇二三年"_s, u"97.1%"_s, u"10 . 33亿元"_s,
        u"\u200b"_s, u"\ufeff"_s, u"版权所有"_s, u"法治政府建设"_s, u"全年共办理行政复议案件一百余件"_s,
        QString(QChar(0xD83D)), u"😀"_s, u"é"_s, u"e\u0301"_s,
    };
    QRandomGenerator gen(20221231);
    for (int doc = 0; doc < 400; ++doc) {
        QString text;
        const int n = int(gen.bounded(1, 300));
        for (int i = 0; i < n; ++i)
            text += fragments[gen.bounded(int(fragments.size()))];
        if (gen.bounded(4) == 0)
            text += u"\n"_s + text; // a repeated copy
        const Report r = ReportParser::parse(text);
        checkInvariants(r);
        if (QTest::currentTestFailed()) {
            qWarning() << "document" << doc << text;
            return;
        }
    }
}

QTEST_GUILESS_MAIN(ReportParserTest)
#include "reportparser_test.moc"
