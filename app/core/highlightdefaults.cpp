// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightdefaults.h"

namespace pizhu {

QColor HighlightDefaults::color(int index)
{
    static const QColor colors[kCount] = {QColor(255, 213, 79), QColor(129, 199, 132), QColor(100, 181, 246),
                                          QColor(240, 98, 146), QColor(255, 167, 38)};
    return colors[qBound(0, index, kCount - 1)];
}

QString HighlightDefaults::name(int index)
{
    switch (qBound(0, index, kCount - 1)) {
    case 0:
        return tr("Yellow");
    case 1:
        return tr("Green");
    case 2:
        return tr("Blue");
    case 3:
        return tr("Pink");
    default:
        return tr("Orange");
    }
}

} // namespace pizhu
