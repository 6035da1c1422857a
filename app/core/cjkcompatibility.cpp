// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjkcompatibility.h"

#include <iterator>

namespace pizhu {

namespace {

// Equivalent_Unified_Ideograph of U+2E80 … U+2EF3 (Unicode's
// EquivalentUnifiedIdeograph.txt, 14.0); 0 where there is none (U+2E80, the
// unassigned U+2E9A). Note U+2ECA ⻊ is the side form 𧾷 (U+27FB7), not 足:
// a 足 glyph comes out as the Kangxi radical U+2F9C, which NFKC handles.
constexpr char32_t kRadicalsSupplement[] = {
    0, 0x5382, 0x4E5B, 0x4E5A, 0x4E59, 0x4EBB, 0x5182, 0x20628, // U+2E80
    0x5200, 0x5202, 0x535C, 0x353E, 0x5C0F, 0x5C0F, 0x5140, 0x5C23, // U+2E88
    0x5C22, 0x21BC2, 0x5DF3, 0x5E7A, 0x5F51, 0x5F50, 0x5FC4, 0x5FC3, // U+2E90
    0x624C, 0x6535, 0, 0x65E1, 0x65E5, 0x6708, 0x6B7A, 0x6BCD, // U+2E98
    0x6C11, 0x6C35, 0x6C3A, 0x706C, 0x722B, 0x722B, 0x4E2C, 0x725B, // U+2EA0
    0x72AD, 0x738B, 0x24D14, 0x76EE, 0x793A, 0x793B, 0x25AD7, 0x7CF9, // U+2EA8
    0x7E9F, 0x7F53, 0x7F52, 0x34C1, 0x5197, 0x2626B, 0x7F8A, 0x2634C, // U+2EB0
    0x2634B, 0x8002, 0x8080, 0x807F, 0x8089, 0x26951, 0x8279, 0x8279, // U+2EB8
    0x8279, 0x864E, 0x8864, 0x8980, 0x897F, 0x89C1, 0x89D2, 0x278B2, // U+2EC0
    0x8BA0, 0x8D1D, 0x27FB7, 0x8F66, 0x8FB6, 0x8FB6, 0x8FB6, 0x9091, // U+2EC8
    0x9485, 0x9577, 0x9578, 0x957F, 0x95E8, 0x28E0F, 0x961D, 0x96E8, // U+2ED0
    0x9752, 0x97E6, 0x9875, 0x98CE, 0x98DE, 0x98DF, 0x2967F, 0x98E0, // U+2ED8
    0x9963, 0x29810, 0x9A6C, 0x9AA8, 0x9B3C, 0x9C7C, 0x9E1F, 0x5364, // U+2EE0
    0x9EA6, 0x9EC4, 0x9EFE, 0x6589, 0x9F50, 0x6B6F, 0x9F7F, 0x7ADC, // U+2EE8
    0x9F99, 0x9F9C, 0x4E80, 0x9F9F, // U+2EF0
};
constexpr char32_t kSupplementFirst = 0x2E80;
static_assert(std::size(kRadicalsSupplement) == 0x2EF4 - 0x2E80);

bool isKangxi(char32_t c)
{
    return c >= 0x2F00 && c <= 0x2FD5;
}

bool isCompatibilityIdeograph(char32_t c)
{
    return (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

char32_t supplementTarget(char32_t c)
{
    if (c < kSupplementFirst || c >= kSupplementFirst + std::size(kRadicalsSupplement))
        return 0;
    return kRadicalsSupplement[c - kSupplementFirst];
}

// Twelve code points in the compatibility block are unified ideographs
// (U+FA0E 﨎 …) and some are unassigned: neither decomposes.
bool mayMap(char32_t c)
{
    if (isKangxi(c) || isCompatibilityIdeograph(c))
        return QChar::decompositionTag(c) != QChar::NoDecomposition;
    return supplementTarget(c) != 0;
}

// The BMP ranges only; a surrogate pair is decoded before this is asked.
bool mayMapUnit(char16_t u)
{
    return (u >= 0x2E80 && u <= 0x2FD5) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xD800 && u <= 0xDFFF);
}

} // namespace

bool CjkCompatibility::needsMapping(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!mayMapUnit(text[i].unicode()))
            continue;
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        if (mayMap(c))
            return true;
    }
    return false;
}

QString CjkCompatibility::toUnified(QStringView text)
{
    // Most text has none of these: no copy, no normalisation work.
    if (!needsMapping(text))
        return text.toString();
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            units = 2;
        }
        if (const char32_t target = supplementTarget(c)) {
            out.append(QStringView(QChar::fromUcs4(target)));
        } else if (mayMap(c)) {
            // A singleton decomposition: compatibility for the radicals,
            // canonical for the ideographs.
            out.append(text.sliced(i, units).toString().normalized(QString::NormalizationForm_KC));
        } else {
            out.append(text.sliced(i, units));
        }
        i += units - 1;
    }
    return out;
}

} // namespace pizhu
