// SPDX-License-Identifier: GPL-3.0-or-later
#include "headingclassifier.h"

#include "chinesetext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

using Style = HeadingMatch::Style;

struct Pattern
{
    Style style;
    QRegularExpression re; // matched against the width-folded line; group 1 = the number
};

const std::vector<Pattern> &patterns()
{
    // Written for the folded line: （ → (, ． → ., ， → , and so on.
    static const std::vector<Pattern> list = {
        {Style::PartOrdinal, QRegularExpression(u"^第\\s*([一二三四五六七八九十百零〇]{1,6})\\s*部分\\s*[、,.:]?"_s)},
        {Style::ChineseComma, QRegularExpression(u"^([一二三四五六七八九十百零〇]{1,6})\\s*(?:、|[,.](?!\\d))"_s)},
        {Style::ParenChinese, QRegularExpression(u"^\\(\\s*([一二三四五六七八九十百零〇]{1,6})\\s*\\)"_s)},
        {Style::ArabicDot, QRegularExpression(u"^(\\d{1,3})\\s*[.、,](?![\\d.])"_s)},
        {Style::ParenArabic, QRegularExpression(u"^\\(\\s*(\\d{1,3})\\s*\\)"_s)},
        {Style::Circled, QRegularExpression(u"^([①-⑳])"_s)},
        {Style::Ordinal, QRegularExpression(u"^([一二三四五六七八九十百零〇]{1,6})是(?=\\S)"_s)},
    };
    return list;
}

bool mayStartHeading(QChar c)
{
    return c == u'第' || c == u'(' || c.isDigit() || ChineseText::isChineseDigit(c)
        || (c.unicode() >= 0x2460 && c.unicode() <= 0x2473);
}

bool isTerminator(QChar c, bool commaToo)
{
    switch (c.unicode()) {
    case u'。':
    case u';':
    case u'?':
    case u'!':
    case u':':
        return true;
    case u',':
    case u'、':
        return commaToo && c == u',';
    default:
        return false;
    }
}

int numberOf(QStringView digits, Style style)
{
    if (style == Style::Circled)
        return digits.isEmpty() ? 0 : digits.front().unicode() - 0x2460 + 1;
    if (digits.front().isDigit())
        return digits.toInt();
    return ChineseText::parseNumber(digits);
}

} // namespace

bool HeadingClassifier::canBePart(HeadingMatch::Style style)
{
    return style == Style::PartOrdinal || style == Style::ChineseComma || style == Style::ParenChinese;
}

HeadingMatch HeadingClassifier::classify(QStringView line)
{
    HeadingMatch match;
    if (line.isEmpty() || !mayStartHeading(ChineseText::foldWidth(line.front())))
        return match;
    // Only the start of the line can hold a label; fold a bounded prefix.
    const QString folded = ChineseText::foldWidth(line);
    for (const Pattern &p : patterns()) {
        const auto m = p.re.matchView(folded);
        if (!m.hasMatch())
            continue;
        const int number = numberOf(m.capturedView(1), p.style);
        if (number <= 0)
            continue;
        qsizetype pos = m.capturedEnd(0);
        QString label = line.first(pos).toString();
        label.remove(u' ');
        label.remove(QChar(0x3000));
        // A separator after a closing parenthesis, "（一）、", belongs to no title.
        while (pos < folded.size() && (folded[pos].isSpace() || folded[pos] == u'、' || folded[pos] == u'.'
                                       || folded[pos] == u','))
            ++pos;
        const bool commaToo = p.style == Style::Ordinal;
        qsizetype end = pos;
        while (end < folded.size() && !isTerminator(folded[end], commaToo))
            ++end;
        qsizetype titleEnd = end;
        while (titleEnd > pos && folded[titleEnd - 1].isSpace())
            --titleEnd;
        if (titleEnd == pos && p.style != Style::Ordinal)
            return match; // a bare number is not a heading
        // Top-level headings are short; a long run of text after 一、 is a paragraph.
        if (canBePart(p.style) && end == folded.size() && titleEnd - pos > 80)
            return match;
        qsizetype body = end;
        while (body < folded.size() && (isTerminator(folded[body], commaToo) || folded[body].isSpace()))
            ++body;
        // "一是……；二是……。" on one line is an enumeration inside a paragraph,
        // not a heading followed by its text.
        if (p.style == Style::Ordinal && folded.indexOf(ChineseText::numeral(number + 1) + u'是', pos) > 0)
            return match;
        match.style = p.style;
        match.number = number;
        match.label = label;
        match.titleStart = pos;
        match.titleEnd = titleEnd;
        match.bodyStart = body < folded.size() ? body : -1;
        return match;
    }
    return match;
}

} // namespace pizhu
