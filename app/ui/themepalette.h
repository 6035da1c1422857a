// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace pizhu {

// The window's palette for a reader theme the user picked (View → Theme):
// panels a shade off the page's background, the theme's text colour, and
// disabled controls that look disabled — dimmed text on a flatter button —
// in dark themes as in light ones.
class ThemePalette
{
public:
    static QPalette make(const QColor &background, const QColor &text, const QColor &selection);
};

} // namespace pizhu
