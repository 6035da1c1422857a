// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pizhu {

// How an annotation finds its text again (DESIGN.md §3), after the W3C Web
// Annotation model as Hypothesis uses it: a position in the canonical text
// (TextPositionSelector), the quoted text with some context
// (TextQuoteSelector), and where it sat in the outline.
struct Anchor
{
    static constexpr int kContextLength = 32;

    // UTF-16 offsets into Report::canonicalText; end exclusive.
    qsizetype start = -1;
    qsizetype end = -1;
    QString exact; // the quoted text
    QString prefix; // up to 32 characters before it
    QString suffix; // up to 32 characters after it
    int blockOrdinal = -1; // the block the quote starts in
    QString headingPath; // that block's heading path, e.g. "一、… › （二）…"

    bool isValid() const { return start >= 0 && end > start && !exact.isEmpty(); }
    friend bool operator==(const Anchor &, const Anchor &) = default;
};

} // namespace pizhu
