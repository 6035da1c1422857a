// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partrole.h"

#include <QString>

namespace pizhu {

// One line of the canonical text: a heading or a paragraph.
struct Block
{
    enum class Kind { Title, Part, Section, Item, Paragraph };

    int ordinal = 0;
    Kind kind = Kind::Paragraph;
    int level = 0; // 0 title/paragraph, 1 part, 2 section, 3 item, 4+ deeper items
    QString label; // numbering as written: 一、 （一） 1. (1) 一是
    QString title; // heading text without label and closing punctuation
    // UTF-16 offsets into Report::canonicalText(); end is exclusive, the newline excluded.
    qsizetype start = 0;
    qsizetype end = 0;
    // The heading's text span inside the block (an item's title is followed by its body).
    qsizetype titleStart = 0;
    qsizetype titleEnd = 0;
    PartRole role = PartRole::None; // for parts, and sections that carry a part's role
    QString headingPath; // enclosing headings, e.g. "一、… › （二）…"

    bool isHeading() const { return kind == Kind::Part || kind == Kind::Section || kind == Kind::Item; }
    qsizetype length() const { return end - start; }
};

} // namespace pizhu
