// SPDX-License-Identifier: GPL-3.0-or-later
#include "headingclassifier.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;
using Style = HeadingMatch::Style;

Q_DECLARE_METATYPE(HeadingMatch::Style)

class HeadingClassifierTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
};

void HeadingClassifierTest::classify_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Style>("style");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("body");

    QTest::newRow("一、") << u"一、2022年度推进法治政府建设的主要举措和成效"_s << Style::ChineseComma << 1 << u"一、"_s
                         << u"2022年度推进法治政府建设的主要举措和成效"_s << false;
    QTest::newRow("十二、") << u"十二、其他事项"_s << Style::ChineseComma << 12 << u"十二、"_s << u"其他事项"_s << false;
    QTest::newRow("spaced") << u"三 、 存在的不足："_s << Style::ChineseComma << 3 << u"三、"_s << u"存在的不足"_s << false;
    QTest::newRow("第一部分") << u"第二部分 存在的问题"_s << Style::PartOrdinal << 2 << u"第二部分"_s << u"存在的问题"_s
                          << false;
    QTest::newRow("（一）") << u"（一）激发新活力，依法全面履行政府职能"_s << Style::ParenChinese << 1 << u"（一）"_s
                         << u"激发新活力，依法全面履行政府职能"_s << false;
    QTest::newRow("(一) half") << u"(二)推出新举措,有效推进行政争议化解"_s << Style::ParenChinese << 2 << u"(二)"_s
                              << u"推出新举措,有效推进行政争议化解"_s << false;
    QTest::newRow("inline") << u"（一）坚持依法决策。全年审查12件。"_s << Style::ParenChinese << 1 << u"（一）"_s
                           << u"坚持依法决策"_s << true;
    QTest::newRow("1.") << u"1.政府机构职能高效协同。梳理公布区事项96个。"_s << Style::ArabicDot << 1 << u"1."_s
                       << u"政府机构职能高效协同"_s << true;
    QTest::newRow("1、") << u"2、深化改革"_s << Style::ArabicDot << 2 << u"2、"_s << u"深化改革"_s << false;
    QTest::newRow("１．") << u"１．强化监督；完善制度。"_s << Style::ArabicDot << 1 << u"１．"_s << u"强化监督"_s << true;
    QTest::newRow("(1)") << u"(3)开展培训"_s << Style::ParenArabic << 3 << u"(3)"_s << u"开展培训"_s << false;
    QTest::newRow("（1）") << u"（1）开展培训。"_s << Style::ParenArabic << 1 << u"（1）"_s << u"开展培训"_s << false;
    QTest::newRow("①") << u"②加强队伍建设"_s << Style::Circled << 2 << u"②"_s << u"加强队伍建设"_s << false;
    QTest::newRow("一是") << u"一是坚持党的领导，把握正确方向。"_s << Style::Ordinal << 1 << u"一是"_s
                        << u"坚持党的领导"_s << true;
    // Not headings.
    QTest::newRow("inline 一是…二是") << u"一是基层法治力量仍较薄弱；二是部分执法人员意识有待提高。"_s << Style::None << 0 << QString()
                                     << QString() << false;
    QTest::newRow("decimal") << u"1.5万人次参加培训。"_s << Style::None << 0 << QString() << QString() << false;
    QTest::newRow("year") << u"2022年以来，全区……"_s << Style::None << 0 << QString() << QString() << false;
    QTest::newRow("bare number") << u"3."_s << Style::None << 0 << QString() << QString() << false;
    QTest::newRow("sentence") << u"我区法治政府建设工作整体推进有序。"_s << Style::None << 0 << QString() << QString()
                              << false;
    QTest::newRow("long 一、 run") << (u"一、"_s + QString(100, u'字')) << Style::None << 0 << QString() << QString()
                                  << false;
}

void HeadingClassifierTest::classify()
{
    QFETCH(QString, line);
    QFETCH(Style, style);
    QFETCH(int, number);
    QFETCH(QString, label);
    QFETCH(QString, title);
    QFETCH(bool, body);
    const HeadingMatch m = HeadingClassifier::classify(line);
    QCOMPARE(m.style, style);
    if (style == Style::None)
        return;
    QCOMPARE(m.number, number);
    QCOMPARE(m.label, label);
    QCOMPARE(line.mid(m.titleStart, m.titleEnd - m.titleStart), title);
    QCOMPARE(m.hasBody(), body);
}

QTEST_GUILESS_MAIN(HeadingClassifierTest)
#include "headingclassifier_test.moc"
