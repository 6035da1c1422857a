// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfpagetext.h"

#include <QList>
#include <QStringList>

namespace pizhu {

// Rebuilds a report's paragraphs from where its words stand on the pages:
// words into lines by their vertical overlap, lines into paragraphs by the
// signs a reader goes by (a first-line indent, a line that ends well before
// the right margin, a larger gap, another font size, a heading label), page
// chrome removed. Spaces that extraction puts between Chinese and figures or
// Latin go; spaces between Latin words, and those typed between Chinese
// words on a line (发布机构 区府办), stay; lines join without one. Knows
// nothing of any PDF library, so every rule can be tested on made-up geometry.
class PdfTextLayout
{
public:
    static QStringList paragraphs(const QList<PdfPageText> &pages);

    // The words of one page as lines, top to bottom.
    static QList<PdfLine> lines(const PdfPageText &page, int pageIndex = 0);

    // Whether a space between these two characters belongs in the text, and
    // one is put where two lines join: between Latin words and figures, never
    // next to Chinese or before %.
    static bool keepsSpace(QChar before, QChar after);
};

} // namespace pizhu
