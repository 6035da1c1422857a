// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedglyphs.h"

#include "tounicodefixer.h"

#include <QRawFont>
#include <QSet>
#include <algorithm>

namespace pizhu {

namespace {

constexpr char32_t kFirst = 0x2E80; // CJK Radicals Supplement …
constexpr char32_t kLast = 0x2FDF; // … Kangxi Radicals

bool isRadical(char32_t c)
{
    return c >= kFirst && c <= kLast;
}

} // namespace

SharedGlyphs::SharedGlyphs(const QList<QFont> &fonts, const QString &text)
{
    QSet<char32_t> seen;
    QList<char32_t> drawn;
    for (char32_t c : text.toUcs4()) {
        if (c >= 0x2E80 && !isRadical(c) && !seen.contains(c)) { // below U+2E80 no glyph is a radical's
            seen.insert(c);
            drawn.append(c);
        }
    }
    if (drawn.isEmpty())
        return;
    std::sort(drawn.begin(), drawn.end());
    QString radicals;
    for (char32_t r = kFirst; r <= kLast; ++r)
        radicals += QString::fromUcs4(&r, 1);
    const QString drawnText = QString::fromUcs4(drawn.constData(), drawn.size());

    QHash<char32_t, QList<char32_t>> candidates; // radical → characters drawn with its glyph
    for (const QFont &font : fonts) {
        const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
        if (!raw.isValid())
            continue;
        QMultiHash<quint32, char32_t> byGlyph;
        const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
        for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
            if (radicalGlyphs[i] != 0)
                byGlyph.insert(radicalGlyphs[i], kFirst + char32_t(i));
        }
        // One glyph per character: none of these needs shaping.
        const QList<quint32> glyphs = raw.glyphIndexesForString(drawnText);
        if (glyphs.size() != drawn.size())
            continue;
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            for (auto it = byGlyph.constFind(glyphs[i]); it != byGlyph.cend() && it.key() == glyphs[i];
                 ++it) {
                QList<char32_t> &list = candidates[*it];
                if (!list.contains(drawn[i]))
                    list.append(drawn[i]);
            }
        }
    }
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        // Unicode's answer when the fonts agree with it, else the lowest the text has.
        const char32_t table = ToUnicodeFixer::unified(it.key());
        m_characters.insert(
            it.key(), it->contains(table) ? table : *std::min_element(it->cbegin(), it->cend()));
    }
}

} // namespace pizhu
