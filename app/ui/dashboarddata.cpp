// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboarddata.h"

#include "notelabels.h"

#include <QHash>
#include <algorithm>

namespace pizhu {

namespace {

constexpr PartRole kParts[] = {PartRole::Measures, PartRole::Shortcomings, PartRole::Leadership, PartRole::Plans,
                               PartRole::Other};

// The parts in their mandated order, then "outside the parts"; empty ones left out.
DashboardData::Counts byPart(const QList<PartRole> &roles)
{
    DashboardData::Counts counts;
    for (PartRole part : kParts) {
        const int n = int(std::count(roles.cbegin(), roles.cend(), part));
        if (n > 0)
            counts.append({NoteLabels::roleText(part), n});
    }
    if (const int n = int(std::count(roles.cbegin(), roles.cend(), PartRole::None)); n > 0)
        counts.append({DashboardData::tr("Outside the parts"), n});
    return counts;
}

} // namespace

DashboardData DashboardData::build(const Report &report, const QList<Annotation> &annotations,
                                   const QList<TagUsage> &tags, const QList<Figure> &figures)
{
    DashboardData d;
    QList<PartRole> noteParts;
    QHash<qint64, int> perTag;
    QHash<int, int> perStatus;
    QHash<QString, int> perUnit;
    for (const Annotation &a : annotations) {
        const QList<PartRole> roles = a.orphaned ? QList<PartRole>() : report.rolesAt(a.anchor.start);
        noteParts.append(roles.value(0, PartRole::None));
        for (qint64 id : a.tagIds)
            ++perTag[id];
        if (a.status != CommitmentStatus::None) {
            ++perStatus[int(a.status)];
            ++perUnit[a.responsibleUnit.isEmpty() ? tr("(no unit)") : a.responsibleUnit];
        }
    }
    d.notesByPart = byPart(noteParts);
    for (const TagUsage &t : tags) {
        if (const int n = perTag.value(t.tag.id); n > 0)
            d.notesByTag.append({t.tag.name, n});
    }
    for (CommitmentStatus s : {CommitmentStatus::NotStarted, CommitmentStatus::InProgress, CommitmentStatus::Done,
                               CommitmentStatus::Unfulfilled, CommitmentStatus::Unverifiable}) {
        if (const int n = perStatus.value(int(s)); n > 0)
            d.commitmentsByStatus.append({NoteLabels::statusText(s), n});
    }
    for (auto it = perUnit.cbegin(); it != perUnit.cend(); ++it)
        d.commitmentsByUnit.append({it.key(), it.value()});
    // Most commitments first; ties by name so the chart does not shuffle.
    std::sort(d.commitmentsByUnit.begin(), d.commitmentsByUnit.end(), [](const auto &x, const auto &y) {
        return x.second != y.second ? x.second > y.second : x.first < y.first;
    });
    QList<PartRole> figureParts;
    for (const Figure &f : figures)
        figureParts.append(f.part);
    d.figuresByPart = byPart(figureParts);
    return d;
}

} // namespace pizhu
