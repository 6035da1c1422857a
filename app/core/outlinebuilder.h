// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QStringList>

namespace pizhu {

// Turns the cleaned lines of a report into its canonical text, blocks and
// outline tree. The top-level parts use the highest-ranked part numbering
// present (一、, else （一）); below a part, nesting follows the order in which
// numbering styles appear, so sections may be （一） or 1. and numbering may
// restart or continue. Part and section headings written inline with their
// body are split into a heading block and a paragraph block.
class OutlineBuilder
{
public:
    // Fills report.canonicalText, blocks and outline. coveredYear helps tell
    // next year's plans from this year's measures.
    static void build(const QString &title, const QStringList &body, int coveredYear, Report &report);
};

} // namespace pizhu
