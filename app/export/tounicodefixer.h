// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

namespace pizhu {

// Puts the right characters back into a PDF font's ToUnicode CMap. Qt's PDF
// writer builds the map from the font's own character map and, where one
// glyph serves several code points, takes the lowest: Noto Sans CJK draws 文
// and the Kangxi radical ⽂ (U+2F42) with one glyph, so 文 comes out of the
// PDF as ⽂ — wrong for copying, searching and screen readers. Every target
// in U+2E80–U+2FDF becomes the unified ideograph it stands for
// — what the fonts say it was drawn for (SharedGlyphs), else what Unicode
// says (CjkCompatibility: EquivalentUnifiedIdeograph.txt for the CJK
// Radicals Supplement, NFKC for the Kangxi Radicals). A radical the text
// really had would come out as its ideograph too: reports do not use them.
class ToUnicodeFixer
{
public:
    // The CMap with its bfchar and bfrange targets mapped; everything else
    // byte for byte as it was. A range whose consecutive targets run through
    // a radical becomes a range with an array of targets. drawn: radical →
    // the character the document drew with its glyph, where known. changed:
    // how many targets were replaced.
    static QByteArray fix(
        QByteArrayView cmap, const QHash<char32_t, char32_t> &drawn = {}, int *changed = nullptr);
    // Whether this stream content is a ToUnicode CMap with entries to look at.
    static bool isToUnicodeCMap(QByteArrayView data);
    // The unified ideograph a radical stands for; any other code point as it is.
    static char32_t unified(char32_t c);
};

} // namespace pizhu
