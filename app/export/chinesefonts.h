// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QStringList>

namespace pizhu {

// The Simplified Chinese faces the notes PDF is set in, named outright:
// left to itself Qt takes whatever fontconfig ranks first for Han
// characters, which on most Linux systems is the Japanese face of Noto CJK
// (骨, 直, 写 drawn the Japanese way). The first family is this platform's
// usual face; the others are there when it is missing.
class ChineseFonts
{
public:
    static QStringList sansFamilies(); // Noto Sans CJK SC, Microsoft YaHei, PingFang SC …
    static QStringList monoFamilies(); // code in notes: a monospaced face, then the sans ones for Han

    // The sans face at this size, with no substitutions that would leave
    // glyphs without a character in a PDF (see the .cpp).
    static QFont sans(qreal pointSize, QFont::Weight weight = QFont::Normal);
};

} // namespace pizhu
