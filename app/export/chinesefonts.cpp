// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinesefonts.h"

using namespace Qt::StringLiterals;

namespace pizhu {

QStringList ChineseFonts::sansFamilies()
{
#if defined(Q_OS_WIN)
    return { u"Microsoft YaHei"_s, u"Microsoft YaHei UI"_s, u"DengXian"_s, u"SimHei"_s, u"SimSun"_s,
        u"Noto Sans CJK SC"_s, u"Noto Sans SC"_s };
#elif defined(Q_OS_MACOS)
    return { u"PingFang SC"_s, u"Hiragino Sans GB"_s, u"STHeiti"_s, u"Heiti SC"_s, u"Noto Sans CJK SC"_s,
        u"Noto Sans SC"_s };
#else
    return { u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s, u"Source Han Sans CN"_s, u"Noto Sans SC"_s,
        u"WenQuanYi Micro Hei"_s, u"WenQuanYi Zen Hei"_s, u"Droid Sans Fallback"_s, u"AR PL UMing CN"_s };
#endif
}

QStringList ChineseFonts::monoFamilies()
{
#if defined(Q_OS_WIN)
    QStringList mono { u"Consolas"_s, u"Courier New"_s };
#elif defined(Q_OS_MACOS)
    QStringList mono { u"Menlo"_s, u"Courier New"_s };
#else
    QStringList mono { u"Noto Sans Mono CJK SC"_s, u"DejaVu Sans Mono"_s, u"Liberation Mono"_s };
#endif
    return mono + sansFamilies();
}

QFont ChineseFonts::sans(qreal pointSize, QFont::Weight weight)
{
    QFont font;
    font.setFamilies(sansFamilies());
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    font.setStyleHint(QFont::SansSerif);
    // Hinting tuned for the screen would shift glyphs on paper.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Glyphs that substitutions put in have no character of their own, and a
    // PDF's text loses them: Noto CJK's "locl" swaps the digits after Latin
    // letters ("Page 1" came out as "Page "), "liga" makes one glyph of "fi".
    // A face's own default glyphs are its region's already.
    for (const QFont::Tag tag :
        { QFont::Tag("locl"), QFont::Tag("liga"), QFont::Tag("clig"), QFont::Tag("dlig") })
        font.setFeature(tag, 0);
    return font;
}

} // namespace pizhu
