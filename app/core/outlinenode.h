// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "block.h"

#include <QList>
#include <vector>

namespace pizhu {

// A node of the outline tree: the report's title at the root, then its parts,
// their sections and items.
struct OutlineNode
{
    Block::Kind kind = Block::Kind::Title;
    int level = 0;
    PartRole role = PartRole::None;
    QList<PartRole> roles; // every role a merged part's wording names, first mentioned first
    QString label;
    QString title;
    int blockOrdinal = -1; // the heading's block, -1 for an untitled root
    std::vector<OutlineNode> children;
};

} // namespace pizhu
