// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partrole.h"

#include <QList>
#include <QStringView>

namespace pizhu {

// Tells from a heading's wording which mandated part it is. Rules, in order:
// wording about the principal leaders' duty (第一责任人, 主要负责人) is always
// the leadership part; otherwise every role whose keywords occur is listed,
// the one mentioned first leading (a merged "存在的不足及下一步打算" is
// shortcomings, then plans); a measures heading about the year after the
// covered one is a plan; no keyword at all is `other`.
class PartRoleClassifier
{
public:
    static QList<PartRole> classify(QStringView heading, int coveredYear = 0);
    // True when the heading names the leaders' duty, so that a section inside
    // the measures part can be marked as the demoted leadership part.
    static bool isLeadership(QStringView heading);
};

} // namespace pizhu
