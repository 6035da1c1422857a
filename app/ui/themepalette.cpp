// SPDX-License-Identifier: GPL-3.0-or-later
#include "themepalette.h"

namespace pizhu {

namespace {

// a and b mixed, t of the way from a to b.
QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

QPalette ThemePalette::make(const QColor &background, const QColor &text, const QColor &selection)
{
    const bool dark = background.lightness() < 128;
    const QColor button = dark ? background.lighter(130) : background.darker(108);
    const QColor window = dark ? background.lighter(115) : background.darker(104);
    QPalette palette(button, window);
    palette.setColor(QPalette::Base, background);
    palette.setColor(QPalette::AlternateBase, dark ? background.lighter(110) : background.darker(103));
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText, QPalette::ToolTipText})
        palette.setColor(role, text);
    palette.setColor(QPalette::Highlight, selection);
    palette.setColor(QPalette::HighlightedText, text);
    QColor placeholder = text;
    placeholder.setAlpha(150);
    palette.setColor(QPalette::PlaceholderText, placeholder);
    // Disabled: the text halfway to the panel's colour, fields and buttons as flat as the panel.
    const QColor dimmed = mix(text, window, 0.55);
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText, QPalette::HighlightedText,
                      QPalette::PlaceholderText})
        palette.setColor(QPalette::Disabled, role, dimmed);
    palette.setColor(QPalette::Disabled, QPalette::Button, window);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, mix(selection, window, 0.5));
    return palette;
}

} // namespace pizhu
