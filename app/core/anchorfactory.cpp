// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchorfactory.h"

#include <algorithm>

namespace pizhu {

Anchor AnchorFactory::create(const Report &report, qsizetype start, qsizetype end)
{
    const QString &text = report.canonicalText;
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    Anchor a;
    if (start == end)
        return a;
    a.start = start;
    a.end = end;
    a.exact = text.mid(start, end - start);
    const qsizetype prefixStart = std::max<qsizetype>(0, start - Anchor::kContextLength);
    a.prefix = text.mid(prefixStart, start - prefixStart);
    a.suffix = text.mid(end, Anchor::kContextLength);
    a.blockOrdinal = report.blockAt(start);
    if (a.blockOrdinal >= 0)
        a.headingPath = report.blocks[a.blockOrdinal].headingPath;
    return a;
}

} // namespace pizhu
