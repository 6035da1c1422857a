// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "headingmatch.h"

#include <QStringView>

namespace pizhu {

// Recognises the numbering at the start of a line (一、 （一） 1. (1) ① 一是 in
// full-width and half-width forms) and where the heading's title ends: at the
// first 。；？！： — for 一是 also at the first ，— so that a heading written
// inline with its body ("1.政府机构职能高效协同。梳理……") gets a clean title.
class HeadingClassifier
{
public:
    static HeadingMatch classify(QStringView line);
    // Lower is higher in the document's hierarchy.
    static int rank(HeadingMatch::Style style) { return int(style); }
    // Only these styles can make the top-level parts of a report.
    static bool canBePart(HeadingMatch::Style style);
};

} // namespace pizhu
