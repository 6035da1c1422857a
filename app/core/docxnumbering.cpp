// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxnumbering.h"

#include "chinesetext.h"
#include "docxstyles.h"
#include "docxxml.h"

#include <QXmlStreamReader>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

// Counters stop here: no document numbers further, and formats stay cheap.
constexpr qint64 kMaxValue = 1'000'000'000;

qint64 clampValue(qint64 v)
{
    return std::clamp<qint64>(v, 0, kMaxValue);
}

QString mapDigits(const QString &decimal, char16_t zero)
{
    QString out = decimal;
    for (QChar &c : out) {
        if (c.isDigit())
            c = QChar(char16_t(zero + c.digitValue()));
    }
    return out;
}

// 10 → 一〇: one ideograph per decimal digit.
QString ideographDigits(qint64 n)
{
    static const QString digits = u"〇一二三四五六七八九"_s;
    QString out = QString::number(n);
    for (QChar &c : out)
        c = digits[c.digitValue()];
    return out;
}

// As Word writes them: chineseCounting has 一 … 九十九, then digit by digit;
// chineseCountingThousand goes on with 百 and 千 (一百〇一, 一千〇一十).
QString chineseCounting(qint64 n)
{
    if (n >= 1 && n <= 99)
        return ChineseText::numeral(int(n));
    return ideographDigits(n);
}

QString chineseCountingThousand(qint64 n)
{
    if (n >= 1 && n <= 999)
        return ChineseText::numeral(int(n));
    if (n < 1000 || n > 9999)
        return ideographDigits(n);
    const int rest = int(n % 1000);
    QString out = ChineseText::numeral(int(n / 1000)) + u'千';
    if (rest == 0)
        return out;
    if (rest >= 100)
        return out + ChineseText::numeral(rest);
    return out + u'〇' + (rest >= 10 && rest <= 19 ? u"一"_s : QString()) + ChineseText::numeral(rest);
}

QString mapChars(QString text, QStringView from, QStringView to)
{
    for (QChar &c : text) {
        const qsizetype i = from.indexOf(c);
        if (i >= 0)
            c = to[i];
    }
    return text;
}

QString roman(qint64 n, bool upper)
{
    if (n < 1 || n > 3999)
        return QString::number(n);
    static const std::array<std::pair<int, const char16_t *>, 13> table = {{
        {1000, u"m"}, {900, u"cm"}, {500, u"d"}, {400, u"cd"}, {100, u"c"}, {90, u"xc"}, {50, u"l"},
        {40, u"xl"}, {10, u"x"}, {9, u"ix"}, {5, u"v"}, {4, u"iv"}, {1, u"i"},
    }};
    QString out;
    for (const auto &[value, digits] : table) {
        while (n >= value) {
            out += QStringView(digits);
            n -= value;
        }
    }
    return upper ? out.toUpper() : out;
}

// Word's letters: a … z, aa … zz, aaa …
QString letters(qint64 n, bool upper)
{
    if (n < 1 || n > 26 * 20)
        return QString::number(n);
    const QChar letter(char16_t((upper ? u'A' : u'a') + (n - 1) % 26));
    return QString(int((n - 1) / 26 + 1), letter);
}

QString fromList(qint64 n, QStringView list)
{
    return n >= 1 && n <= list.size() ? QString(list[n - 1]) : QString::number(n);
}

QString enclosed(qint64 n, char16_t first, qint64 count, const QString &otherwise)
{
    return n >= 1 && n <= count ? QString(QChar(char16_t(first + n - 1))) : otherwise;
}

} // namespace

void DocxNumbering::readLevel(QXmlStreamReader &xml, std::array<std::optional<Level>, kLevels> &levels)
{
    const auto index = DocxXml::attribute(xml, u"ilvl");
    bool ok = false;
    const int i = index ? index->toInt(&ok) : -1;
    Level level;
    while (xml.readNextStartElement()) {
        if (DocxXml::is(xml, u"start"))
            level.start = clampValue(DocxXml::intValue(xml).value_or(0));
        else if (DocxXml::is(xml, u"numFmt"))
            level.format = DocxXml::value(xml);
        else if (DocxXml::is(xml, u"lvlText"))
            level.text = DocxXml::value(xml);
        else if (DocxXml::is(xml, u"lvlRestart"))
            level.restart = DocxXml::intValue(xml);
        else if (DocxXml::is(xml, u"isLgl"))
            level.legal = DocxXml::onOff(xml);
        else if (DocxXml::is(xml, u"pStyle"))
            level.style = DocxXml::value(xml);
        xml.skipCurrentElement();
    }
    if (ok && i >= 0 && i < kLevels)
        levels[size_t(i)] = level;
}

DocxNumbering DocxNumbering::read(QXmlStreamReader &xml, const DocxStyles &styles)
{
    DocxNumbering numbering;
    if (!xml.readNextStartElement())
        return numbering;
    while (xml.readNextStartElement()) {
        if (DocxXml::is(xml, u"abstractNum")) {
            const auto id = DocxXml::attribute(xml, u"abstractNumId");
            Definition definition;
            while (xml.readNextStartElement()) {
                if (DocxXml::is(xml, u"lvl")) {
                    readLevel(xml, definition.levels);
                } else {
                    if (DocxXml::is(xml, u"numStyleLink"))
                        definition.numStyleLink = DocxXml::value(xml);
                    xml.skipCurrentElement();
                }
            }
            bool ok = false;
            const int n = id ? id->toInt(&ok) : 0;
            if (ok)
                numbering.m_definitions.insert(n, definition);
        } else if (DocxXml::is(xml, u"num")) {
            const auto id = DocxXml::attribute(xml, u"numId");
            Instance instance;
            while (xml.readNextStartElement()) {
                if (DocxXml::is(xml, u"abstractNumId")) {
                    instance.definition = DocxXml::intValue(xml).value_or(-1);
                    xml.skipCurrentElement();
                } else if (DocxXml::is(xml, u"lvlOverride")) {
                    const auto index = DocxXml::attribute(xml, u"ilvl");
                    bool ok = false;
                    const int i = index ? index->toInt(&ok) : -1;
                    const bool valid = ok && i >= 0 && i < kLevels;
                    std::array<std::optional<Level>, kLevels> replaced;
                    while (xml.readNextStartElement()) {
                        if (DocxXml::is(xml, u"startOverride")) {
                            if (valid)
                                instance.startOverride[size_t(i)] = clampValue(DocxXml::intValue(xml).value_or(0));
                            xml.skipCurrentElement();
                        } else if (DocxXml::is(xml, u"lvl")) {
                            readLevel(xml, replaced);
                        } else {
                            xml.skipCurrentElement();
                        }
                    }
                    if (valid && replaced[size_t(i)])
                        instance.levelOverride[size_t(i)] = replaced[size_t(i)];
                } else {
                    xml.skipCurrentElement();
                }
            }
            bool ok = false;
            const int n = id ? id->toInt(&ok) : 0;
            if (ok && n > 0)
                numbering.m_instances.insert(n, instance);
        } else {
            xml.skipCurrentElement();
        }
    }
    // A definition that only says "as numbering style X" takes the definition
    // X's own numbering instance points to. One hop: the target is the real one.
    for (Instance &instance : numbering.m_instances) {
        const auto it = numbering.m_definitions.constFind(instance.definition);
        if (it == numbering.m_definitions.constEnd() || it->numStyleLink.isEmpty())
            continue;
        const auto linked = styles.numberingStyleNumId(it->numStyleLink);
        if (!linked)
            continue;
        const auto target = numbering.m_instances.constFind(*linked);
        if (target == numbering.m_instances.constEnd())
            continue;
        const auto definition = numbering.m_definitions.constFind(target->definition);
        if (definition != numbering.m_definitions.constEnd() && definition->numStyleLink.isEmpty())
            instance.definition = target->definition;
    }
    return numbering;
}

const DocxNumbering::Level *DocxNumbering::levelAt(const Instance &instance, int index) const
{
    if (index < 0 || index >= kLevels)
        return nullptr;
    if (instance.levelOverride[size_t(index)])
        return &*instance.levelOverride[size_t(index)];
    const auto it = m_definitions.constFind(instance.definition);
    if (it == m_definitions.constEnd() || !it->levels[size_t(index)])
        return nullptr;
    return &*it->levels[size_t(index)];
}

int DocxNumbering::levelForStyle(int numId, const QString &styleId) const
{
    const auto it = m_instances.constFind(numId);
    if (it == m_instances.constEnd() || styleId.isEmpty())
        return -1;
    for (int i = 0; i < kLevels; ++i) {
        if (const Level *l = levelAt(*it, i); l && l->style == styleId)
            return i;
    }
    return -1;
}

QString DocxNumbering::next(int numId, int levelIndex)
{
    const auto it = m_instances.find(numId);
    if (it == m_instances.end())
        return {};
    const Level *current = levelAt(*it, levelIndex);
    if (!current)
        return {};
    const auto at = size_t(levelIndex);
    auto &counters = m_counters[it->definition];
    if (!it->used[at] && it->startOverride[at])
        counters[at] = it->startOverride[at];
    else if (counters[at])
        counters[at] = std::min(*counters[at] + 1, kMaxValue);
    else
        counters[at] = current->start;
    it->used[at] = true;
    // Lower levels start again under a new higher one, unless lvlRestart
    // says after which level they restart (0: never).
    for (int lower = levelIndex + 1; lower < kLevels; ++lower) {
        const Level *l = levelAt(*it, lower);
        const int after = l && l->restart && *l->restart <= lower ? *l->restart : lower;
        if (levelIndex < after)
            counters[size_t(lower)].reset();
    }
    if (current->format == u"bullet")
        return {}; // a bullet glyph (often a Symbol-font private-use character) numbers nothing
    QString label;
    const QString &text = current->text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'%' && i + 1 < text.size() && text[i + 1] >= u'1' && text[i + 1] <= u'9') {
            const int k = text[i + 1].unicode() - u'1';
            const Level *referenced = levelAt(*it, k);
            const qint64 value = counters[size_t(k)].value_or(referenced ? referenced->start : 0);
            const QString fmt = current->legal ? u"decimal"_s : referenced ? referenced->format : u"decimal"_s;
            label += format(value, fmt);
            ++i;
        } else {
            label += c;
        }
    }
    return label;
}

QString DocxNumbering::format(qint64 n, QStringView fmt)
{
    const QString decimal = QString::number(n);
    if (fmt == u"none")
        return {};
    if (fmt == u"decimalZero")
        return n >= 0 && n < 10 ? u"0"_s + decimal : decimal;
    if (fmt == u"decimalFullWidth" || fmt == u"decimalFullWidth2")
        return mapDigits(decimal, u'０');
    if (fmt == u"decimalEnclosedCircle" || fmt == u"decimalEnclosedCircleChinese") {
        if (n >= 21 && n <= 35)
            return QString(QChar(char16_t(0x3251 + n - 21)));
        if (n >= 36 && n <= 50)
            return QString(QChar(char16_t(0x32B1 + n - 36)));
        return enclosed(n, 0x2460, 20, decimal);
    }
    if (fmt == u"decimalEnclosedParen")
        return enclosed(n, 0x2474, 20, u"("_s + decimal + u")"_s);
    if (fmt == u"decimalEnclosedFullstop")
        return enclosed(n, 0x2488, 20, decimal + u"."_s);
    if (fmt == u"chineseCounting" || fmt == u"japaneseCounting" || fmt == u"taiwaneseCounting")
        return chineseCounting(n);
    if (fmt == u"chineseCountingThousand" || fmt == u"taiwaneseCountingThousand")
        return chineseCountingThousand(n);
    if (fmt == u"ideographDigital" || fmt == u"taiwaneseDigital" || fmt == u"japaneseDigitalTenThousand")
        return ideographDigits(n);
    if (fmt == u"chineseLegalSimplified")
        return mapChars(chineseCountingThousand(n), u"〇一二三四五六七八九十百千", u"零壹贰叁肆伍陆柒捌玖拾佰仟");
    if (fmt == u"ideographLegalTraditional")
        return mapChars(chineseCountingThousand(n), u"〇一二三四五六七八九十百千", u"零壹貳參肆伍陸柒捌玖拾佰仟");
    if (fmt == u"ideographTraditional")
        return fromList(n, u"甲乙丙丁戊己庚辛壬癸");
    if (fmt == u"ideographZodiac")
        return fromList(n, u"子丑寅卯辰巳午未申酉戌亥");
    if (fmt == u"upperRoman" || fmt == u"lowerRoman")
        return roman(n, fmt == u"upperRoman");
    if (fmt == u"upperLetter" || fmt == u"lowerLetter")
        return letters(n, fmt == u"upperLetter");
    return decimal; // decimal, decimalHalfWidth, ordinal, cardinalText and the rest
}

} // namespace pizhu
