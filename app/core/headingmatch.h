// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pizhu {

// What HeadingClassifier found at the start of a line.
struct HeadingMatch
{
    // Numbering styles, highest rank first. The rank decides which style makes
    // the top-level parts; the nesting below a part follows the document.
    enum class Style {
        None,
        PartOrdinal, // 第一部分
        ChineseComma, // 一、
        ParenChinese, // （一） (一)
        ArabicDot, // 1. 1、 1．
        ParenArabic, // (1) （1）
        Circled, // ①
        Ordinal, // 一是
    };

    Style style = Style::None;
    int number = 0; // the numeral's value: 三 → 3
    QString label; // as written, spaces removed
    qsizetype titleStart = 0; // offsets into the line
    qsizetype titleEnd = 0;
    qsizetype bodyStart = -1; // where text after the heading's closing punctuation starts, -1 if none

    bool isHeading() const { return style != Style::None; }
    bool hasBody() const { return bodyStart >= 0; }
};

} // namespace pizhu
