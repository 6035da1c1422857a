// SPDX-License-Identifier: GPL-3.0-or-later
// The radicals in a ToUnicode CMap become the ideographs they stand for;
// everything else in the map stays byte for byte.
#include "tounicodefixer.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

// As Qt writes them: one range per entry, then ranges with arrays.
const QByteArray kQtCMap
    = "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n"
      "<0000> <FFFF>\n"
      "endcodespacerange\n"
      "3 beginbfrange\n"
      "<0000> <0000> <0000>\n"
      "<0001> <000C> [<2F6C> <5F55> <0009> <006C> <0069> <006E> <006B> <0074> <006F> <0073> "
      "<0065> <0063> ]\n"
      "<000E> <0014> [<0078> <2F42> <2F8F> <2FB0> <2ED3> <2EC5> <2ED4> ]\n"
      "endbfrange\n"
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";

} // namespace

class ToUnicodeFixerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qtArrays();
    void bfchar();
    void rangeThroughRadicals();
    void supplementaryTarget();
    void whatTheFontsSay();
    void nothingToDo();
    void malformedIsLeftAlone();
    void unified_data();
    void unified();
    void agreesWithUnicodeData();
};

void ToUnicodeFixerTest::qtArrays()
{
    int changed = -1;
    const QByteArray fixed = ToUnicodeFixer::fix(kQtCMap, {}, &changed);
    QCOMPARE(changed, 7);
    // 目 文 行 革 长 见 门: the same width, so the stream keeps its length.
    QByteArray expected = kQtCMap;
    expected.replace("<2F6C>", "<76EE>")
        .replace("<2F42>", "<6587>")
        .replace("<2F8F>", "<884C>")
        .replace("<2FB0>", "<9769>")
        .replace("<2ED3>", "<957F>")
        .replace("<2EC5>", "<89C1>")
        .replace("<2ED4>", "<95E8>");
    QCOMPARE(fixed, expected);
    QCOMPARE(fixed.size(), kQtCMap.size());
    QVERIFY(ToUnicodeFixer::isToUnicodeCMap(kQtCMap));
}

void ToUnicodeFixerTest::bfchar()
{
    const QByteArray cmap = "begincmap\n2 beginbfchar\n<0003> <2F00>\n<0004><4E00>\nendbfchar\nendcmap\n";
    int changed = 0;
    QCOMPARE(ToUnicodeFixer::fix(cmap, {}, &changed),
        QByteArray("begincmap\n2 beginbfchar\n<0003> <4E00>\n<0004><4E00>\nendbfchar\nendcmap\n"));
    QCOMPARE(changed, 1);
    // Lower-case hex and a source that looks like a radical: only targets change.
    QCOMPARE(ToUnicodeFixer::fix("beginbfchar <2f00> <2f00> endbfchar"),
        QByteArray("beginbfchar <2f00> <4E00> endbfchar"));
}

void ToUnicodeFixerTest::rangeThroughRadicals()
{
    // <lo> <hi> <first>: consecutive targets; one radical among them turns the range into an array.
    int changed = 0;
    const QByteArray fixed = ToUnicodeFixer::fix(
        "beginbfrange\n<0010> <0012> <2F41>\n<0020> <0021> <0041>\nendbfrange", {}, &changed);
    QCOMPARE(fixed,
        QByteArray("beginbfrange\n<0010> <0012> [<6534> <6587> <6597>]\n<0020> <0021> <0041>\nendbfrange"));
    QCOMPARE(changed, 3);
    // A range that ends in the radicals.
    QCOMPARE(ToUnicodeFixer::fix("beginbfrange <0001> <0002> <2E7F> endbfrange"),
        QByteArray("beginbfrange <0001> <0002> [<2E7F> <2E80>] endbfrange")); // U+2E80 has no ideograph
}

void ToUnicodeFixerTest::supplementaryTarget()
{
    // ⺇ U+2E87 stands for 𠘨 U+20628: a surrogate pair, eight hex digits.
    int changed = 0;
    QCOMPARE(ToUnicodeFixer::fix("beginbfchar <0005> <2E87> endbfchar", {}, &changed),
        QByteArray("beginbfchar <0005> <D841DE28> endbfchar"));
    QCOMPARE(changed, 1);
}

void ToUnicodeFixerTest::whatTheFontsSay()
{
    // ⼾ U+2F3E is 戶 by NFKC, but a Simplified Chinese face draws it as 户 U+6237.
    QCOMPARE(ToUnicodeFixer::fix("beginbfchar <0001> <2F3E> endbfchar"),
        QByteArray("beginbfchar <0001> <6236> endbfchar"));
    int changed = 0;
    QCOMPARE(ToUnicodeFixer::fix("beginbfchar <0001> <2F3E> endbfchar", { { 0x2F3E, 0x6237 } }, &changed),
        QByteArray("beginbfchar <0001> <6237> endbfchar"));
    QCOMPARE(changed, 1);
    // Only radicals are looked up.
    QCOMPARE(ToUnicodeFixer::fix("beginbfchar <0001> <0041> endbfchar", { { 0x41, 0x42 } }),
        QByteArray("beginbfchar <0001> <0041> endbfchar"));
}

void ToUnicodeFixerTest::nothingToDo()
{
    const QByteArray plain
        = "begincmap 1 beginbfrange <0000> <0002> [<0041> <6587> <D841DE28>] endbfrange endcmap";
    int changed = -1;
    QCOMPARE(ToUnicodeFixer::fix(plain, {}, &changed), plain);
    QCOMPARE(changed, 0);
    QVERIFY(!ToUnicodeFixer::isToUnicodeCMap("BT /F1 12 Tf (begincmap) Tj ET"));
}

void ToUnicodeFixerTest::malformedIsLeftAlone()
{
    for (const QByteArray &broken :
        { QByteArray("beginbfchar <0001> <2F00"), QByteArray("beginbfchar <0001> 2F00 endbfchar"),
            QByteArray("beginbfrange <0001> <0002> [<2F00> <2F01> endbfrange"),
            QByteArray("beginbfrange <0001> endbfrange") }) {
        const QByteArray fixed = ToUnicodeFixer::fix(broken);
        // No crash, and nothing but targets changes.
        QVERIFY2(fixed.size() == broken.size(), broken.constData());
    }
}

void ToUnicodeFixerTest::unified_data()
{
    QTest::addColumn<uint>("radical");
    QTest::addColumn<uint>("ideograph");
    QTest::newRow("⼀ one") << 0x2F00u << 0x4E00u;
    QTest::newRow("⽂ script") << 0x2F42u << 0x6587u;
    QTest::newRow("⾏ walk") << 0x2F8Fu << 0x884Cu;
    QTest::newRow("⾰ leather") << 0x2FB0u << 0x9769u;
    QTest::newRow("⻓ simplified long") << 0x2ED3u << 0x957Fu;
    QTest::newRow("⻅ simplified see") << 0x2EC5u << 0x89C1u;
    QTest::newRow("⻔ simplified gate") << 0x2ED4u << 0x95E8u;
    QTest::newRow("⾔ speech") << 0x2F94u << 0x8A00u;
    QTest::newRow("⻊ foot, side form") << 0x2ECAu << 0x27FB7u;
    QTest::newRow("⺀ has none") << 0x2E80u << 0x2E80u;
    QTest::newRow("unassigned U+2E9A") << 0x2E9Au << 0x2E9Au;
    QTest::newRow("past the block") << 0x2FE0u << 0x2FE0u;
    QTest::newRow("an ideograph") << 0x6587u << 0x6587u;
}

void ToUnicodeFixerTest::unified()
{
    QFETCH(uint, radical);
    QFETCH(uint, ideograph);
    QCOMPARE(uint(ToUnicodeFixer::unified(char32_t(radical))), ideograph);
}

void ToUnicodeFixerTest::agreesWithUnicodeData()
{
    // Debian's unicode-data package; where it is missing the table is still checked above.
    QFile file(u"/usr/share/unicode/EquivalentUnifiedIdeograph.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("EquivalentUnifiedIdeograph.txt is not installed (Debian: unicode-data)");
    int checked = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().split('#').value(0).trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(';');
        const QList<QByteArray> range = fields.value(0).trimmed().split('.');
        const uint first = range.value(0).toUInt(nullptr, 16);
        const uint last = range.size() > 1 ? range.last().toUInt(nullptr, 16) : first;
        const uint target = fields.value(1).trimmed().toUInt(nullptr, 16);
        for (uint c = first; c <= last; ++c) {
            if (c < 0x2E80 || c > 0x2FDF)
                continue; // CJK strokes and the like: not radicals a font shares with ideographs
            // Unicode 15.0 moved ⺕ U+2E95 from 彐 U+5F50 to 𫜹 U+2B739; fonts (Noto CJK) draw it
            // with 彐's glyph, and a PDF's map must give what the glyph was drawn for.
            if (c == 0x2E95 && target == 0x2B739) {
                QCOMPARE(uint(ToUnicodeFixer::unified(char32_t(c))), 0x5F50u);
                continue;
            }
            QVERIFY2(uint(ToUnicodeFixer::unified(char32_t(c))) == target,
                qPrintable(u"U+%1 should be U+%2"_s.arg(c, 4, 16).arg(target, 4, 16)));
            ++checked;
        }
    }
    QVERIFY2(checked > 300, qPrintable(QString::number(checked)));
}

QTEST_GUILESS_MAIN(ToUnicodeFixerTest)
#include "tounicodefixer_test.moc"
