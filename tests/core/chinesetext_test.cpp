// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinesetext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class ChineseTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldKeepsLength();
    void numbers_data();
    void numbers();
    void numeralRoundTrip();
    void years_data();
    void years();
    void dates_data();
    void dates();
};

void ChineseTextTest::foldKeepsLength()
{
    const QString s = u"（一）１．９７．１％　ＡＢＣ舉措與問題"_s;
    const QString f = ChineseText::fold(s);
    QCOMPARE(f.size(), s.size());
    QCOMPARE(f, u"(一)1.97.1% ABC举措与问题"_s);
    QCOMPARE(ChineseText::matchKey(u"拱墅区 2022 年，报告。"_s), u"拱墅区2022年报告"_s);
}

void ChineseTextTest::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("value");
    QTest::newRow("一") << u"一"_s << 1;
    QTest::newRow("十") << u"十"_s << 10;
    QTest::newRow("十二") << u"十二"_s << 12;
    QTest::newRow("二十") << u"二十"_s << 20;
    QTest::newRow("九十九") << u"九十九"_s << 99;
    QTest::newRow("一百零五") << u"一百零五"_s << 105;
    QTest::newRow("两") << u"两"_s << 2;
    QTest::newRow("not a numeral") << u"一二"_s << -1;
    QTest::newRow("arabic") << u"12"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void ChineseTextTest::numbers()
{
    QFETCH(QString, text);
    QFETCH(int, value);
    QCOMPARE(ChineseText::parseNumber(text), value);
}

void ChineseTextTest::numeralRoundTrip()
{
    for (int n = 1; n < 300; ++n)
        QCOMPARE(ChineseText::parseNumber(ChineseText::numeral(n)), n);
    QCOMPARE(ChineseText::numeral(21), u"二十一"_s);
    QCOMPARE(ChineseText::numeral(10), u"十"_s);
}

void ChineseTextTest::years_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::newRow("arabic") << u"关于拱墅区2022年法治政府建设年度报告"_s << 2022;
    QTest::newRow("年度") << u"2021年度推进法治政府建设"_s << 2021;
    QTest::newRow("〇") << u"二〇二三年法治政府建设情况"_s << 2023;
    QTest::newRow("○") << u"二○二二年度"_s << 2022;
    QTest::newRow("零") << u"二零二零年"_s << 2020;
    QTest::newRow("full-width") << u"２０２２年"_s << 2022;
    QTest::newRow("too many digits") << u"编号12022年"_s << 0;
    QTest::newRow("none") << u"法治政府建设年度报告"_s << 0;
    QTest::newRow("count, not year") << u"培训1000年"_s << 0;
}

void ChineseTextTest::years()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QCOMPARE(ChineseText::findYear(text), year);
}

void ChineseTextTest::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("iso") << u"2023-02-01"_s << QDate(2023, 2, 1);
    QTest::newRow("with time") << u"2023-02-01 15:35:07"_s << QDate(2023, 2, 1);
    QTest::newRow("slashes") << u"2023/2/1"_s << QDate(2023, 2, 1);
    QTest::newRow("chinese") << u"2023年2月1日"_s << QDate(2023, 2, 1);
    QTest::newRow("numerals") << u"二〇二三年三月十五日"_s << QDate(2023, 3, 15);
    QTest::newRow("invalid") << u"2023-02-30"_s << QDate();
    QTest::newRow("none") << u"长期公开"_s << QDate();
}

void ChineseTextTest::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(ChineseText::parseDate(text), date);
}

QTEST_GUILESS_MAIN(ChineseTextTest)
#include "chinesetext_test.moc"
