// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace pizhu {

// Aligns a quote against the stretch of text where seeds say it may be, after
// edits: the span it most likely became and how many edits that took. A
// substitution costs more than an insertion or a deletion but less than both,
// so a changed figure stays a substitution while a span never starts or ends
// on text that merely stands in for the quote; where an edit touches a
// boundary, the quote's old context decides, and ends matched only by chance
// around a long gap are trimmed. Work is bounded by the quote's length times
// the band the seeds allow, never the text's length.
class QuoteAligner
{
public:
    struct Span
    {
        qsizetype start = -1;
        qsizetype end = -1; // exclusive
        int edits = 0; // Levenshtein operations from the quote to the span
    };

    // text: the whole (folded) text. The quote's first character is expected
    // at an offset in [lowDiagonal, highDiagonal], give or take maxEdits.
    // prefix, suffix: the text the quote stood between.
    static Span align(QStringView text, QStringView quote, qsizetype lowDiagonal, qsizetype highDiagonal,
        int maxEdits, QStringView prefix, QStringView suffix);
};

} // namespace pizhu
