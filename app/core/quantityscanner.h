// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QList>
#include <QStringView>

namespace pizhu {

// Finds the quantities in one paragraph: a number (Arabic, or Chinese where it
// is plainly a count), its 余/多, its multiplier and its unit. What is not a
// quantity stays out: years and dates (no unit follows), ordinals (第六届, a
// 1. label), codes and document numbers (digits inside Latin or punctuation
// runs), phone numbers, and everything inside quotation marks and book titles
// (“最多80天” names a reform, 《…2022年…》 a document). Labels are not its business.
class QuantityScanner
{
public:
    struct Match
    {
        Figure figure; // value, unit, kind, normalized, approximate; start/end in the paragraph
        qsizetype tailEnd = 0; // past 左右/以上 after the unit, where the text goes on
    };

    // text: the paragraph as written; folded: ChineseText::fold(text), the same length.
    static QList<Match> scan(QStringView text, QStringView folded);
};

} // namespace pizhu
