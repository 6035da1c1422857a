// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadataextractor.h"
#include "reportparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class MetadataExtractorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneLineLayout();
    void keyValueLines();
    void loneKeyInBodyStays();
};

void MetadataExtractorTest::oneLineLayout()
{
    const QStringList lines = ReportParser::normalizedLines(
        u"信息索引号 K1493206-6/2023-26418 公开方式 主动公开\n发布机构 区府办 公开范围 面向全社会\n"
        "备注/文号 拱政〔2023〕3号 公开时限 长期公开\n生成日期 2023-01-30 发布日期 2023-02-01\n附件\n"
        "杭州市拱墅区人民政府关于拱墅区2022年法治政府建设年度报告\n发布日期: 2023-02-01 15:35:07 点击率:\n"
        "正文第一段。"_s);
    QList<bool> drop(lines.size(), false);
    const auto found = MetadataExtractor::extract(lines, drop);
    QCOMPARE(found.indexNumber, u"K1493206-6/2023-26418"_s);
    QCOMPARE(found.publisher, u"区府办"_s);
    QCOMPARE(found.documentNumber, u"拱政〔2023〕3号"_s);
    QCOMPARE(found.published, QDate(2023, 2, 1));
    QCOMPARE(found.written, QDate(2023, 1, 30));
    QCOMPARE(drop, (QList<bool>{true, true, true, true, true, false, true, false}));
}

void MetadataExtractorTest::keyValueLines()
{
    const QStringList lines = ReportParser::normalizedLines(
        u"索引号\n\nK1493206-6/2023-26418\n文号\n公布日期\n2023-02-01\n公开方式\n主动公开\n发布单位\n区府办\n"
        "2022年以来，拱墅区法治政府建设工作全面贯彻落实党的二十大精神。"_s);
    QList<bool> drop(lines.size(), false);
    const auto found = MetadataExtractor::extract(lines, drop);
    QCOMPARE(found.indexNumber, u"K1493206-6/2023-26418"_s);
    QVERIFY(found.documentNumber.isEmpty()); // 文号 is followed by the next key: no value
    QCOMPARE(found.published, QDate(2023, 2, 1));
    QCOMPARE(found.publisher, u"区府办"_s);
    QCOMPARE(drop.count(true), lines.size() - 1);
    QVERIFY(!drop.last());
}

void MetadataExtractorTest::loneKeyInBodyStays()
{
    const QStringList lines = ReportParser::normalizedLines(
        u"一、主要举措和成效\n全年办理案件100件。\n附件\n附件内容在另页。"_s);
    QList<bool> drop(lines.size(), false);
    MetadataExtractor::extract(lines, drop);
    QCOMPARE(drop.count(true), 0);
}

QTEST_GUILESS_MAIN(MetadataExtractorTest)
#include "metadataextractor_test.moc"
