// SPDX-License-Identifier: GPL-3.0-or-later
#include "quantityscanner.h"

#include <QRegularExpression>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

using Kind = Figure::Kind;

// A unit and the characters that, right after it, make it the start of
// another word instead (人 in 人民, 处 in 处理, 期 in 期间).
struct UnitWord
{
    QStringView text;
    Kind kind;
    QStringView notBefore = {};
};

// Longer forms first where one contains another (个百分点 before 个, 人次 before 人).
const UnitWord kUnits[] = {
    { u"%", Kind::Percentage },
    { u"‰", Kind::Percentage },
    { u"个百分点", Kind::Percentage },
    { u"百分点", Kind::Percentage },
    { u"美元", Kind::Amount },
    { u"元", Kind::Amount, u"素旦宵首" },
    { u"个工作日", Kind::Duration },
    { u"工作日", Kind::Duration },
    { u"个月", Kind::Duration },
    { u"小时", Kind::Duration },
    { u"分钟", Kind::Duration },
    { u"天", Kind::Duration, u"然下津空" },
    { u"周", Kind::Duration, u"边期年岁末转" },
    { u"人次", Kind::Count },
    { u"件次", Kind::Count },
    { u"户次", Kind::Count },
    { u"场次", Kind::Count },
    { u"批次", Kind::Count },
    { u"架次", Kind::Count },
    { u"车次", Kind::Count },
    { u"课时", Kind::Count },
    { u"学时", Kind::Count },
    { u"部门", Kind::Count },
    { u"个", Kind::Count, u"体性别" },
    { u"件", Kind::Count },
    { u"项", Kind::Count },
    { u"家", Kind::Count, u"庭属长乡园居门电" },
    { u"次", Kind::Count, u"要序生日年" },
    { u"张", Kind::Count, u"贴力" },
    { u"名", Kind::Count, u"单称义录片誉" },
    { u"条", Kind::Count, u"例件款线幅理" },
    { u"人", Kind::Count, u"民大才口格身权文性工事" },
    { u"场", Kind::Count, u"所景地馆合面域" },
    { u"期", Kind::Count, u"间限末初望待刊" },
    { u"篇", Kind::Count, u"章幅" },
    { u"所", Kind::Count, u"有属在得以谓需" },
    { u"户", Kind::Count, u"籍口外型" },
    { u"批", Kind::Count, u"准复示评办判" },
    { u"支", Kind::Count, u"持付出撑部援" },
    { u"处", Kind::Count, u"理罚置分室长级于在" },
    { u"起", Kind::Count, u"草来点步始止到码" },
    { u"宗", Kind::Count, u"旨教" },
    { u"份", Kind::Count, u"额" },
    { u"部", Kind::Count, u"署分长委位件" },
    { u"本", Kind::Count, u"级地市区身部单着次职领质届年月周" },
    { u"座", Kind::Count, u"谈右" },
    { u"套", Kind::Count, u"餐" },
    { u"台", Kind::Count, u"账阶" },
    { u"辆", Kind::Count },
    { u"艘", Kind::Count },
    { u"位", Kind::Count, u"于置列" },
    { u"例", Kind::Count, u"如会" },
    { u"笔", Kind::Count, u"录试" },
    { u"类", Kind::Count, u"似型别" },
    { u"种", Kind::Count, u"植类" },
    { u"轮", Kind::Count },
    { u"节", Kind::Count, u"约点能日省" },
    { u"门", Kind::Count, u"户槛类诊" },
    { u"组", Kind::Count, u"织建成合" },
    { u"队", Kind::Count, u"伍员" },
    { u"单", Kind::Count, u"位独元据项一" },
    { u"册", Kind::Count },
    { u"栋", Kind::Count },
    { u"幢", Kind::Count },
    { u"间", Kind::Count, u"隔距接" },
    { u"平方公里", Kind::Measure },
    { u"平方米", Kind::Measure },
    { u"立方米", Kind::Measure },
    { u"公里", Kind::Measure },
    { u"公顷", Kind::Measure },
    { u"公斤", Kind::Measure },
    { u"千克", Kind::Measure },
    { u"千瓦", Kind::Measure },
    { u"米", Kind::Measure },
    { u"亩", Kind::Measure },
    { u"吨", Kind::Measure },
    { u"倍", Kind::Measure },
    // A score (考核得分98.5分); 三分之一 is a fraction.
    { u"分", Kind::Measure, u"局院会类别享析配管工批期布摊担支层级之散行公队所" },
};

struct Magnitude
{
    QStringView text;
    double factor;
};

const Magnitude kMagnitudes[]
    = { { u"万亿", 1e12 }, { u"亿", 1e8 }, { u"万", 1e4 }, { u"千", 1e3 }, { u"百", 1e2 } };

// Only these stand for a figure without a unit (惠及群众1.5万); 3千 or 5百
// alone is too often the start of another word.
bool standsAlone(const QStringView magnitude)
{
    return magnitude == u"万" || magnitude == u"亿" || magnitude == u"万亿";
}

// Set phrases of political writing in which a Chinese numeral and a measure
// word are a name, not a count (“四个意识” is often written without quotes).
// clang-format off
const QStringView kSetPhrases[] = {
    u"四个意识", u"四个自信", u"两个维护", u"两个确立", u"三项制度", u"三个代表", u"两个责任",
    u"两个毫不动摇", u"三个务必", u"四个全面", u"五位一体", u"八项规定", u"两个结合", u"三个区分开来",
    u"两个基本点", u"两个一百年", u"三个一批", u"两学一做", u"三会一课", u"四下基层", u"三个转变",
};
// clang-format on

// Before a Chinese numeral these make it an ordinal, a demonstrative or part
// of a word (第三, 这两个, 每五年, 之一, 统一).
constexpr QStringView kNotBeforeChineseNumeral = u"第这那每其此前首之统唯周星礼初";

constexpr QStringView kOpenQuotes = u"“‘《「『〈";
constexpr QStringView kCloseQuotes = u"”’》」』〉";

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QChar at(QStringView s, qsizetype i)
{
    return i >= 0 && i < s.size() ? s[i] : QChar();
}

// Digits right after these belong to a code, a document or phone number, a
// URL or a formula ("1+5"), never to a figure.
bool isCodeChar(QChar c)
{
    return c.unicode() < 0x80 && (c.isLetterOrNumber() || QStringView(u"./-_+#=&\\@").contains(c));
}

int chineseDigit(QChar c)
{
    constexpr QStringView digits = u"零一二三四五六七八九";
    if (c == u'〇' || c == u'○')
        return 0;
    if (c == u'两')
        return 2;
    return int(digits.indexOf(c));
}

bool isChineseNumeral(QChar c)
{
    return chineseDigit(c) >= 0 || QStringView(u"十百千万亿").contains(c);
}

// 二十, 一百零五, 三千, 十二万: the value, or nothing for a run that is not a
// numeral of this form (二〇二二 or 三四 have digits in a row).
std::optional<double> parseChinese(QStringView s)
{
    double total = 0;
    double section = 0;
    int digit = -1;
    for (QChar c : s) {
        const int d = chineseDigit(c);
        if (d == 0) {
            if (digit >= 0)
                return std::nullopt;
            continue;
        }
        if (d > 0) {
            if (digit >= 0)
                return std::nullopt;
            digit = d;
            continue;
        }
        const double place = c == u'十' ? 10 : c == u'百' ? 100 : c == u'千' ? 1000 : 0;
        if (place > 0) {
            section += (digit < 0 ? 1 : digit) * place;
        } else {
            const double big = c == u'万' ? 1e4 : 1e8;
            total = (total + section + std::max(digit, 0)) * big;
            section = 0;
        }
        digit = -1;
    }
    const double value = total + section + std::max(digit, 0);
    return value > 0 ? std::optional<double>(value) : std::nullopt;
}

// The longest unit at i that is not the start of another word.
const UnitWord *unitAt(QStringView f, qsizetype i)
{
    const UnitWord *best = nullptr;
    for (const UnitWord &u : kUnits) {
        if (!f.sliced(i).startsWith(u.text) || (best && best->text.size() >= u.text.size()))
            continue;
        const QChar next = at(f, i + u.text.size());
        if (!next.isNull() && u.notBefore.contains(next))
            continue;
        best = &u;
    }
    return best;
}

const Magnitude *magnitudeAt(QStringView f, qsizetype i)
{
    for (const Magnitude &m : kMagnitudes) {
        if (f.sliced(i).startsWith(m.text)) {
            if (m.text == u"百" && at(f, i + 1) == u'分') // 百分点 is a unit, not 百 + 分
                return nullptr;
            return &m;
        }
    }
    return nullptr;
}

bool isApproximateMark(QChar c)
{
    return c == u'余' || c == u'多';
}

// What follows a number: 余/多, a multiplier and a unit, in the order reports
// write them (20余个, 4.6万人次, 20余万元, 10万余元).
struct Suffix
{
    qsizetype valueEnd = 0; // past the number and a 余 right after it
    QString approxAfterMagnitude; // 余 of 10万余元, moved into the value as written
    qsizetype unitStart = 0;
    QString borrowedUnit; // the unit of the next number, for 30、50件 (see borrowUnit)
    qsizetype end = 0;
    double factor = 1;
    Kind kind = Kind::Count;
    bool approximate = false;
    QString unitWord; // the unit proper, folded (%, 元, 个 …); empty for 1.5万
};

std::optional<Suffix> suffixAt(QStringView text, QStringView f, qsizetype i, bool allowMagnitude)
{
    Suffix s;
    qsizetype k = i;
    if (isApproximateMark(at(f, k))) {
        s.approximate = true;
        ++k;
    }
    s.valueEnd = k;
    s.unitStart = k;
    if (const UnitWord *u = unitAt(f, k)) {
        s.kind = u->kind;
        s.unitWord = u->text.toString();
        s.end = k + u->text.size();
        return s;
    }
    const Magnitude *m = allowMagnitude ? magnitudeAt(f, k) : nullptr;
    if (!m)
        return std::nullopt;
    s.factor = m->factor;
    k += m->text.size();
    s.end = k;
    if (isApproximateMark(at(f, k))) {
        s.approximate = true;
        s.approxAfterMagnitude = text.sliced(k, 1).toString();
        ++k;
    }
    if (const UnitWord *u = unitAt(f, k)) {
        if (u->kind == Kind::Percentage || u->kind == Kind::Duration)
            return std::nullopt; // 3万% or 5千天 is no way to write a figure
        s.kind = u->kind;
        s.unitWord = u->text.toString();
        s.end = k + u->text.size();
    } else if (!standsAlone(m->text)) {
        return std::nullopt;
    } else if (!s.approxAfterMagnitude.isEmpty()) {
        s.end = k; // 3万余: the 余 stays with the value
    }
    return s;
}

// 约/近/超过 before the number and 左右/以上/以内 after it make it approximate
// (a bound is not the exact value either).
bool approximateBefore(QStringView f, qsizetype i)
{
    for (QStringView w : { QStringView(u"约"), QStringView(u"近"), QStringView(u"超"), QStringView(u"逾") }) {
        if (at(f, i - 1) != w.front())
            continue;
        // 最近 and 附近 are "recent" and "nearby"; 将近 and 接近 are "nearly".
        return w != u"近" || !QStringView(u"最附邻").contains(at(f, i - 2));
    }
    return false;
}

qsizetype approximateAfter(QStringView f, qsizetype end, bool *approximate)
{
    for (QStringView w : { QStringView(u"左右"), QStringView(u"以上"), QStringView(u"以内"),
             QStringView(u"以下"), QStringView(u"多"), QStringView(u"余") }) {
        if (f.sliced(end).startsWith(w)) {
            *approximate = true;
            return end + w.size();
        }
    }
    return end;
}

void finish(QuantityScanner::Match &m, QStringView text, QStringView f, qsizetype start, const Suffix &s,
    double low, double high, QList<QuantityScanner::Match> &out)
{
    Figure &fig = m.figure;
    fig.start = start;
    fig.end = s.end;
    fig.value = text.sliced(start, s.valueEnd - start).toString() + s.approxAfterMagnitude;
    fig.unit = s.borrowedUnit.isEmpty() ? text.sliced(s.unitStart, s.end - s.unitStart).toString()
                                        : s.borrowedUnit;
    if (!s.approxAfterMagnitude.isEmpty())
        fig.unit.remove(s.approxAfterMagnitude);
    fig.kind = s.kind;
    const double perMille = s.unitWord == u"‰" ? 0.1 : 1;
    fig.normalized = low * s.factor * perMille;
    fig.normalizedTo = high * s.factor * perMille;
    fig.approximate = s.approximate || approximateBefore(f, start);
    m.tailEnd = approximateAfter(f, s.end, &fig.approximate);
    out.append(m);
}

// Two listed numbers written with one unit (受理、办结120、115件; 下降2.1个和1.8个百分点):
// the first takes the unit of the second. own: what follows the first number, if anything.
std::optional<Suffix> borrowUnit(
    QStringView text, QStringView f, qsizetype numberEnd, const std::optional<Suffix> &own)
{
    const qsizetype join = own ? own->end : numberEnd;
    if (!QStringView(u"、和及与").contains(at(f, join)) || !isDigit(at(f, join + 1)))
        return own;
    qsizetype k = join + 1;
    while (isDigit(at(f, k)) || (at(f, k) == u'.' && isDigit(at(f, k + 1))))
        ++k;
    const auto next = suffixAt(text, f, k, true);
    if (!next)
        return own;
    if (!own) {
        Suffix s = *next;
        s.valueEnd = s.unitStart = s.end = numberEnd;
        s.approximate = false;
        s.approxAfterMagnitude.clear();
        s.borrowedUnit = text.sliced(next->unitStart, next->end - next->unitStart).toString();
        return s;
    }
    if (own->unitWord == u"个" && next->unitWord == u"个百分点") {
        Suffix s = *own;
        s.kind = next->kind;
        s.unitWord = next->unitWord;
        s.borrowedUnit = text.sliced(next->unitStart, next->end - next->unitStart).toString();
        return s;
    }
    return own;
}

// A number in Arabic digits at i: returns where scanning goes on.
qsizetype scanArabic(QStringView text, QStringView f, qsizetype i, QList<QuantityScanner::Match> &out)
{
    qsizetype j = i;
    while (isDigit(at(f, j)))
        ++j;
    // Part of a code (K1493206-6/2023-26418, 1+5, a URL) or an ordinal (第6, 前3名).
    if (isCodeChar(at(f, i - 1)) || at(f, i - 1) == u'第' || at(f, i - 1) == u'前')
        return j;
    static const QRegularExpression dateOrTime(
        u"\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}:\\d{2}(?::\\d{2})?"_s);
    if (const auto m = dateOrTime.matchView(
            f, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        m.hasMatch())
        return m.capturedEnd();
    // Thousands separators (21,506) and a decimal part.
    while (at(f, j) == u',' && isDigit(at(f, j + 1)) && isDigit(at(f, j + 2)) && isDigit(at(f, j + 3))
        && !isDigit(at(f, j + 4)))
        j += 4;
    if (at(f, j) == u'.' && isDigit(at(f, j + 1))) {
        for (++j; isDigit(at(f, j));)
            ++j;
    }
    auto number = [&](qsizetype from, qsizetype to) {
        return f.sliced(from, to - from).toString().remove(u',').toDouble();
    };
    const double low = number(i, j);
    double high = low;
    // A range (3至5个, 3-5个) is one figure from its lower to its upper bound.
    if (QStringView(u"-~至到—–").contains(at(f, j)) && isDigit(at(f, j + 1))) {
        qsizetype k = j + 1;
        while (isDigit(at(f, k)))
            ++k;
        if (at(f, k) == u'.' && isDigit(at(f, k + 1))) {
            for (++k; isDigit(at(f, k));)
                ++k;
        }
        const auto s = suffixAt(text, f, k, true);
        if (!s || isCodeChar(at(f, k)))
            return k;
        high = number(j + 1, k);
        if (high <= low)
            return k;
        QuantityScanner::Match m;
        finish(m, text, f, i, *s, low, high, out);
        return s->end;
    }
    if (isCodeChar(at(f, j)) && at(f, j) != u'%')
        return j; // 5G, 2.0版 is fine but 3.x or 12-34 is not a figure
    const auto s = borrowUnit(text, f, j, suffixAt(text, f, j, true));
    if (!s)
        return j;
    QuantityScanner::Match m;
    finish(m, text, f, i, *s, low, low, out);
    return s->end;
}

// A Chinese numeral at i, taken only where it is plainly a count: at least
// two, followed by a measure word, and not a set phrase or an ordinal.
qsizetype scanChinese(QStringView text, QStringView f, qsizetype i, QList<QuantityScanner::Match> &out)
{
    qsizetype j = i;
    while (isChineseNumeral(at(f, j)))
        ++j;
    const QStringView run = f.sliced(i, j - i);
    // 十二个 is a count, 百姓 and 千万 are words.
    if (kNotBeforeChineseNumeral.contains(at(f, i - 1)) || QStringView(u"百千万亿").contains(run.front()))
        return j;
    for (QStringView phrase : kSetPhrases) {
        if (f.sliced(i).startsWith(phrase))
            return j;
    }
    const auto value = parseChinese(run);
    if (!value || *value < 2)
        return j; // 一 is too often a word (一网通办, 一件事, 统一) to be read as a count
    const auto s = suffixAt(text, f, j, false);
    // 十分 (very) is a word, 三% no way to write a figure, a span of time in words
    // (三个月内) a time frame and 分为四类 a classification, not indicators.
    if (!s || s->unitWord.isEmpty() || s->kind == Kind::Duration || s->kind == Kind::Measure
        || QStringView(u"%‰类种").contains(s->unitWord))
        return j;
    if (isChineseNumeral(at(f, s->end)) || at(f, s->end) == u'是')
        return s->end; // 三个一批 and the like
    QuantityScanner::Match m;
    finish(m, text, f, i, *s, *value, *value, out);
    return s->end;
}

// 百分之九十五, 百分之95.5, 百分之百.
qsizetype scanPercentWords(QStringView text, QStringView f, qsizetype i, QList<QuantityScanner::Match> &out)
{
    const qsizetype from = i + 3;
    qsizetype j = from;
    double value = 0;
    if (isDigit(at(f, j))) {
        while (isDigit(at(f, j)) || (at(f, j) == u'.' && isDigit(at(f, j + 1))))
            ++j;
        value = f.sliced(from, j - from).toDouble();
    } else {
        while (isChineseNumeral(at(f, j)))
            ++j;
        const auto whole = parseChinese(f.sliced(from, j - from));
        if (!whole)
            return from;
        value = *whole;
        if (at(f, j) == u'点' && chineseDigit(at(f, j + 1)) >= 0) {
            qsizetype k = j + 1;
            QString decimals;
            for (; chineseDigit(at(f, k)) >= 0; ++k)
                decimals += QChar(u'0' + chineseDigit(at(f, k)));
            value += (u"0."_s + decimals).toDouble();
            j = k;
        }
    }
    if (j == from)
        return from;
    QuantityScanner::Match m;
    Figure &fig = m.figure;
    fig.start = i;
    fig.end = j;
    fig.value = text.sliced(from, j - from).toString();
    fig.unit = text.sliced(i, 3).toString();
    fig.kind = Kind::Percentage;
    fig.normalized = fig.normalizedTo = value;
    fig.approximate = approximateBefore(f, i);
    m.tailEnd = approximateAfter(f, j, &fig.approximate);
    out.append(m);
    return j;
}

} // namespace

QList<QuantityScanner::Match> QuantityScanner::scan(QStringView text, QStringView folded)
{
    QList<Match> out;
    const QStringView f = folded;
    int quoteDepth = 0; // inside “…” 《…》: names and titles, not figures
    bool asciiQuote = false;
    for (qsizetype i = 0; i < f.size();) {
        const QChar c = f[i];
        if (kOpenQuotes.contains(c)) {
            ++quoteDepth;
            ++i;
        } else if (kCloseQuotes.contains(c)) {
            quoteDepth = std::max(0, quoteDepth - 1);
            ++i;
        } else if (c == u'"') {
            asciiQuote = !asciiQuote;
            ++i;
        } else if (quoteDepth > 0 || asciiQuote) {
            ++i;
        } else if (isDigit(c)) {
            i = scanArabic(text, f, i, out);
        } else if (f.sliced(i).startsWith(u"百分之") && !isChineseNumeral(at(f, i - 1))) {
            i = scanPercentWords(text, f, i, out);
        } else if (isChineseNumeral(c)) {
            i = scanChinese(text, f, i, out);
        } else {
            ++i;
        }
    }
    return out;
}

} // namespace pizhu
