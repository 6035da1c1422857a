// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure.h"

using namespace Qt::StringLiterals;

namespace pizhu {

QString figureKindId(Figure::Kind kind)
{
    switch (kind) {
    case Figure::Kind::Percentage:
        return u"percentage"_s;
    case Figure::Kind::Amount:
        return u"amount"_s;
    case Figure::Kind::Count:
        return u"count"_s;
    case Figure::Kind::Duration:
        return u"duration"_s;
    case Figure::Kind::Measure:
        return u"measure"_s;
    }
    return {};
}

} // namespace pizhu
