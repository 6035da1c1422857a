// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "block.h"

#include <QFont>
#include <QTextBlockFormat>
#include <QTextCharFormat>

namespace pizhu {

// The reader's typography: a CJK face, line spacing of 1.8, a two-character
// first-line indent for body paragraphs, headings sized by level. One place
// decides how a block looks at a given zoom.
class ReaderFormats
{
public:
    explicit ReaderFormats(int zoomSteps = 0);

    // Noto Sans CJK SC, Microsoft YaHei or PingFang SC, whichever the system has.
    static QStringList cjkFamilies();
    QFont baseFont() const { return m_font; }
    qreal pointSize() const { return m_font.pointSizeF(); }
    // The width of the text column: about 40 characters, as on a printed page.
    int columnWidth() const;

    QTextBlockFormat blockFormat(Block::Kind kind) const;
    QTextCharFormat charFormat(Block::Kind kind) const;
    // An item's lead sentence (its title) stands out from its text.
    QTextCharFormat itemTitleFormat() const;

private:
    qreal scale(Block::Kind kind) const;
    QFont m_font;
    qreal m_em = 16; // width of one CJK character in pixels
};

} // namespace pizhu
