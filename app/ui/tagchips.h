// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tag.h"

#include <QColor>
#include <QList>
#include <QRect>
#include <QSize>

class QFont;
class QPainter;

namespace pizhu {

// Tags drawn as small rounded chips in their colours, one after another on a
// line: the annotations list and the note editor show tags the same way.
class TagChips
{
public:
    static constexpr int kPadding = 5; // inside a chip, left and right
    static constexpr int kGap = 4; // between chips

    // The size the chips need on one line.
    static QSize size(const QList<Tag> &tags, const QFont &font);
    // Paints from rect's left edge; chips that do not fit are left out.
    static void paint(QPainter *painter, const QRect &rect, const QList<Tag> &tags, const QFont &font);
    // Black or white, whichever reads better on the tag's colour.
    static QColor textColor(const QColor &background);
};

} // namespace pizhu
