// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchor.h"
#include "report.h"

namespace pizhu {

// Makes the Anchor for a selection of a report's canonical text: position,
// quote with its context, and the block and heading path it starts in.
class AnchorFactory
{
public:
    // start and end are clamped to the text; an empty selection gives an
    // invalid anchor.
    static Anchor create(const Report &report, qsizetype start, qsizetype end);
};

} // namespace pizhu
