// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QString>

namespace pizhu {

// Which character a radical in a PDF's ToUnicode map was drawn for. A font
// draws 户 and the Kangxi radical ⼾ with one glyph, so Qt writes ⼾ (the
// lower code point) for 户; Unicode's tables say ⼾ is 戶, the traditional
// form, which a Simplified Chinese face draws differently. The fonts know
// better: among the characters the document draws, the one whose glyph is
// the radical's glyph in a font it is set in is the one that was meant.
// Where the fonts say nothing (the character is not in the text, or no
// glyph is shared), ToUnicodeFixer falls back on Unicode's tables.
class SharedGlyphs
{
public:
    // fonts: the faces the PDF is set in; text: every character it draws.
    SharedGlyphs(const QList<QFont> &fonts, const QString &text);

    // radical → the character drawn with its glyph.
    const QHash<char32_t, char32_t> &characters() const { return m_characters; }

private:
    QHash<char32_t, char32_t> m_characters;
};

} // namespace pizhu
