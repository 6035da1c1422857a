// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboarddata.h"

#include <QHash>

namespace pizhu {

ExportedNotes DashboardData::notesOf(
    const Report &report, const QList<Annotation> &annotations, const QList<TagUsage> &tags)
{
    ExportedNotes notes;
    notes.label = report.metadata.title;
    notes.workKey = report.workKey();
    // Not owned: the notes live no longer than the report they are counted on,
    // and copying a large report for a few counts would be waste.
    notes.report = std::shared_ptr<const Report>(std::shared_ptr<const Report>(), &report);
    QHash<qint64, Tag> byId;
    for (const TagUsage &t : tags)
        byId.insert(t.tag.id, t.tag);
    for (const Annotation &a : annotations) {
        QList<Tag> own;
        for (qint64 id : a.tagIds) {
            if (const auto it = byId.constFind(id); it != byId.cend())
                own.append(*it);
        }
        notes.annotations.append(ExchangedAnnotation::fromStored(a, own));
    }
    return notes;
}

NotesStatistics DashboardData::build(const Report &report, const QList<Annotation> &annotations,
    const QList<TagUsage> &tags, const QList<Figure> &figures)
{
    return NotesStatistics::build(notesOf(report, annotations, tags), figures);
}

} // namespace pizhu
