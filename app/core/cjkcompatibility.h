// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace pizhu {

// Radicals and compatibility ideographs to the unified ideographs they look
// like. Fonts often map an ordinary character's glyph to a radical code point
// as well (一 and ⼀ U+2F00 share one glyph in Noto Sans CJK), and PDF text
// extraction then returns ⼀⽹通办 for 一网通办: right on screen, wrong for
// search, matching and copying. Only these ranges are touched; full-width
// forms and everything else stay as they are (NFKC would fold （一） too).
class CjkCompatibility
{
public:
    // Kangxi Radicals (U+2F00–2FD5), CJK Radicals Supplement (U+2E80–2EF3,
    // Unicode's EquivalentUnifiedIdeograph data), CJK Compatibility Ideographs
    // (U+F900–FAFF) and their supplement (U+2F800–2FA1F). The result may be
    // longer than the input: a few radicals stand for ideographs outside the BMP.
    static QString toUnified(QStringView text);
    // Whether toUnified would change anything in text.
    static bool needsMapping(QStringView text);
};

} // namespace pizhu
