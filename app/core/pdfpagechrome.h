// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfpagetext.h"

#include <QList>
#include <QStringView>

namespace pizhu {

// What a printed page adds around the text: running headers and footers (the
// same line, page numbers aside, at the top or bottom of most pages) and lone
// page numbers (1, - 1 -, —1—, 第1页, 第 1 页 共 10 页, 1/10, Page 1 of 10).
// Only lines in the top and bottom bands of a page are looked at, so a body
// line that happens to read "12" stays.
class PdfPageChrome
{
public:
    // pages[i]: the lines of page i, top to bottom; heights[i]: its height in
    // points. Returns how many lines were removed.
    static int remove(QList<QList<PdfLine>> &pages, const QList<qreal> &heights);
    static bool isPageNumber(QStringView line);
};

} // namespace pizhu
