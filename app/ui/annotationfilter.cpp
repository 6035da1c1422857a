// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationfilter.h"

#include <algorithm>

namespace pizhu {

bool AnnotationFilter::accepts(const Annotation &a, const QList<PartRole> &roles, const QStringList &tagNames) const
{
    if (color >= 0 && a.color != color)
        return false;
    if (status && a.status != *status)
        return false;
    if (tagId >= 0 && !a.tagIds.contains(tagId))
        return false;
    if (part != PartRole::None && !roles.contains(part))
        return false;
    if (text.isEmpty())
        return true;
    const QString needle = text.trimmed();
    auto has = [&needle](const QString &haystack) { return haystack.contains(needle, Qt::CaseInsensitive); };
    return has(a.anchor.exact) || has(a.note) || has(a.responsibleUnit)
        || std::any_of(tagNames.cbegin(), tagNames.cend(), has);
}

} // namespace pizhu
