// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace pizhu {

// The five highlight colours as they come — marker yellow, green, blue,
// pink, orange — and their names. Users rename and recolour them (Settings,
// HighlightPalette); the window, the session and the exports fall back to
// these.
class HighlightDefaults
{
    Q_DECLARE_TR_FUNCTIONS(HighlightDefaults)

public:
    static constexpr int kCount = 5;

    // index is clamped to 0…kCount − 1.
    static QColor color(int index);
    static QString name(int index);
};

} // namespace pizhu
