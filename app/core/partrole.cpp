// SPDX-License-Identifier: GPL-3.0-or-later
#include "partrole.h"

using namespace Qt::StringLiterals;

namespace pizhu {

QString partRoleId(PartRole role)
{
    switch (role) {
    case PartRole::Measures:
        return u"measures"_s;
    case PartRole::Shortcomings:
        return u"shortcomings"_s;
    case PartRole::Leadership:
        return u"leadership"_s;
    case PartRole::Plans:
        return u"plans"_s;
    case PartRole::Other:
        return u"other"_s;
    case PartRole::None:
        break;
    }
    return {};
}

PartRole partRoleFromId(const QString &id)
{
    for (PartRole role : kPartRoles) {
        if (partRoleId(role) == id)
            return role;
    }
    return PartRole::None;
}

} // namespace pizhu
