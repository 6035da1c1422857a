// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace pizhu {

// Small, allocation-light helpers for matching Chinese report text. Every
// function that returns a folded string keeps the UTF-16 length, so offsets
// found in the folded copy are offsets into the original.
class ChineseText
{
public:
    // Full-width ASCII forms (Ａ１．（）) and the ideographic space to their
    // half-width equivalents, one code unit for one.
    static QString foldWidth(QStringView text);
    static QChar foldWidth(QChar c);
    // The other way: printable ASCII to its full-width forms (1 → １).
    static QString toFullWidth(QStringView text);
    // Traditional characters that occur in report headings and page chrome to
    // their Simplified forms, one for one. For recognition only; the text
    // shown to users is never converted.
    static QString toSimplified(QStringView text);
    // Both folds, for comparing headings and keywords.
    static QString fold(QStringView text) { return toSimplified(foldWidth(text)); }
    // fold() without spaces and punctuation: a key for "the same words".
    static QString matchKey(QStringView text);

    static bool isChineseDigit(QChar c);
    // 一 … 九十九, 一百…; 两; 〇/零 inside. -1 when text is not a numeral.
    static int parseNumber(QStringView text);
    // 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五.
    static QString numeral(int n);
    // The first year (1949–2100) written before 年, in Arabic or Chinese digits
    // (2022年, 二〇二二年, 二零二二年度). 0 when there is none.
    static int findYear(QStringView text);
    // 2023-02-01, 2023/2/1, 2023.02.01, 2023年2月1日, 二〇二三年二月一日 (time ignored).
    static QDate parseDate(QStringView text);
};

} // namespace pizhu
