// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjkcompatibility.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class CjkCompatibilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toUnified_data();
    void toUnified();
    void wholeRanges();
};

void CjkCompatibilityTest::toUnified_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("unified");
    // ⻓⻅⻔ are CJK Radicals Supplement (a table), ⽂⾏⾰ Kangxi radicals (NFKC).
    QTest::newRow("radicals") << u"⻓⻅⻔⽂⾏⾰"_s << u"长见门文行革"_s;
    QTest::newRow("supplement") << u"⺠⻛⻋⻜⻢⻬⻆⻉⻘⻝⻥⻦⻩⻰⻮⻳"_s << u"民风车飞马齐角贝青食鱼鸟黄龙齿龟"_s;
    QTest::newRow("as extracted") << u"全区“⼀⽹通办”率达97.1%，⻓效机制"_s << u"全区“一网通办”率达97.1%，长效机制"_s;
    QTest::newRow("compatibility ideographs") << u"\uF900\uF901\uFA10"_s << u"豈更塚"_s;
    // U+FA0E 﨎 is a unified ideograph in the compatibility block: it stays.
    QTest::newRow("unified in the block") << u"\uFA0E"_s << u"\uFA0E"_s;
    // The side form of 足 has no BMP code point: the text grows by one unit.
    QTest::newRow("outside the BMP") << u"⻊"_s << u"\U00027FB7"_s;
    QTest::newRow("compatibility supplement") << u"\U0002F800"_s << u"丽"_s;
    // Full-width forms, punctuation and ordinary text are left alone (NFKC
    // on the whole text would turn （一） into (一)).
    QTest::newRow("ordinary") << u"（一）１．ＡＢＣ，2022年 quality ①"_s << u"（一）１．ＡＢＣ，2022年 quality ①"_s;
    QTest::newRow("no equivalent") << u"\u2E80"_s << u"\u2E80"_s;
    QTest::newRow("empty") << QString() << QString();
}

void CjkCompatibilityTest::toUnified()
{
    QFETCH(QString, text);
    QFETCH(QString, unified);
    QCOMPARE(CjkCompatibility::toUnified(text), unified);
    QCOMPARE(CjkCompatibility::needsMapping(text), text != unified);
}

void CjkCompatibilityTest::wholeRanges()
{
    // Every Kangxi radical and every supplement radical with an equivalent
    // becomes one CJK unified ideograph.
    auto isUnified = [](char32_t c) {
        return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x20000 && c <= 0x3134F);
    };
    for (char32_t c = 0x2E81; c <= 0x2FD5; ++c) {
        if (c == 0x2E9A || (c > 0x2EF3 && c < 0x2F00))
            continue; // unassigned
        const QString mapped = CjkCompatibility::toUnified(QStringView(QChar::fromUcs4(c)));
        const auto ucs4 = mapped.toUcs4();
        QVERIFY2(ucs4.size() == 1 && isUnified(ucs4.front()), qPrintable(QString::number(uint(c), 16)));
    }
}

QTEST_GUILESS_MAIN(CjkCompatibilityTest)
#include "cjkcompatibility_test.moc"
