// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace pizhu {

// A word as the PDF library hands it over: its text, where it stands on the
// page (points, origin top left) and whether a space character followed it.
struct PdfWord
{
    QString text;
    QRectF box;
    bool spaceAfter = false;
};

// The words of one page, in any order.
struct PdfPageText
{
    QSizeF size; // points, as displayed (rotation applied)
    QList<PdfWord> words;
};

// A line rebuilt from words: its text with the spaces that belong there, its
// box, and the size of a full-width character in it (em), which every
// distance in the layout rules is measured in.
struct PdfLine
{
    QString text;
    QRectF box;
    qreal em = 0;
    bool emFromCjk = false; // measured on ideographs, not guessed from the box height
    int page = 0;
};

} // namespace pizhu
