// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pizhu {

// The mandated parts of a 法治政府建设年度报告, identified by what they are about,
// never by their position (DESIGN.md §1).
enum class PartRole {
    None, // not a part heading (sections and items that carry no role)
    Measures,
    Shortcomings,
    Leadership,
    Plans,
    Other,
};

// The roles of the parts in the order the reports give them (None is not among
// them): for lists, filters and charts.
inline constexpr PartRole kPartRoles[] = {PartRole::Measures, PartRole::Shortcomings, PartRole::Leadership,
                                          PartRole::Plans, PartRole::Other};

// Stable identifiers used on the command line and in JSON.
QString partRoleId(PartRole role);
PartRole partRoleFromId(const QString &id);

} // namespace pizhu
