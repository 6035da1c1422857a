// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tag.h"

namespace pizhu {

// A tag with the number of annotations that carry it (the tag manager's list).
struct TagUsage
{
    Tag tag;
    int annotationCount = 0;

    friend bool operator==(const TagUsage &, const TagUsage &) = default;
};

} // namespace pizhu
