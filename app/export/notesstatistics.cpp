// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesstatistics.h"

#include "figureextractor.h"
#include "notegroups.h"
#include "notelabels.h"

#include <QStringList>
#include <algorithm>
#include <optional>

namespace pizhu {

namespace {

// The parts in their mandated order, then "outside the parts"; empty ones left out.
NotesStatistics::Counts byPart(const QList<PartRole> &roles)
{
    NotesStatistics::Counts counts;
    for (PartRole part : kPartRoles) {
        const int n = int(std::count(roles.cbegin(), roles.cend(), part));
        if (n > 0)
            counts.append({ NoteLabels::roleText(part), n });
    }
    if (const int n = int(std::count(roles.cbegin(), roles.cend(), PartRole::None)); n > 0)
        counts.append({ NotesStatistics::tr("Outside the parts"), n });
    return counts;
}

// The part a note's passage is in. Offsets point into the version the note
// is anchored on: on the report's own version they are exact; on another
// one (an export gathers the notes of every version) the heading path
// names the part.
class NoteParts
{
public:
    explicit NoteParts(const Report &report)
        : m_report(report)
        , m_hash(report.contentHash())
        , m_roles(NoteGroups::partRoles(report))
    { }

    PartRole roleOf(const Annotation &a) const
    {
        if (a.orphaned)
            return PartRole::None;
        if (a.contentHash.isEmpty() || a.contentHash.compare(m_hash, Qt::CaseInsensitive) == 0)
            return m_report.rolesAt(a.anchor.start).value(0, PartRole::None);
        return m_roles.value(NoteGroups::partOf(a), PartRole::None);
    }

private:
    const Report &m_report;
    QString m_hash;
    QHash<QString, PartRole> m_roles;
};

} // namespace

QColor NotesStatistics::Chart::barColor(qsizetype bar) const
{
    const QColor own = barColors.value(bar);
    return own.isValid() ? own : color;
}

NotesStatistics NotesStatistics::build(const ExportedNotes &notes)
{
    return build(notes, notes.report ? FigureExtractor::extract(*notes.report) : QList<Figure>());
}

NotesStatistics NotesStatistics::build(const ExportedNotes &notes, const QList<Figure> &figures)
{
    NotesStatistics s;
    QList<PartRole> noteParts;
    QHash<QString, qsizetype> tagIndex; // case-folded name → its place in notesByTag
    QHash<QString, int> perUnit;
    std::optional<NoteParts> parts;
    if (notes.report)
        parts.emplace(*notes.report);
    for (const ExchangedAnnotation &e : notes.annotations) {
        const Annotation &a = e.annotation;
        if (parts)
            noteParts.append(parts->roleOf(a));
        // Tags as the grouping by tag counts them: by name, whatever its
        // case, and once per note.
        const QList<Tag> tags = NoteGroups::distinctTags(e);
        for (const Tag &tag : tags) {
            const QString &name = tag.name;
            auto it = tagIndex.constFind(name.toCaseFolded());
            if (it == tagIndex.cend()) {
                it = tagIndex.insert(name.toCaseFolded(), s.notesByTag.size());
                s.notesByTag.append({ name, 0 });
            }
            ++s.notesByTag[*it].second;
            if (!tag.color.isEmpty() && !s.tagColors.contains(s.notesByTag.at(*it).first))
                s.tagColors.insert(s.notesByTag.at(*it).first, tag.color);
        }
        s.untagged += tags.isEmpty() ? 1 : 0;
        ++s.notesByStatus[size_t(a.status)];
        if (a.status != CommitmentStatus::None) {
            const QString unit = a.responsibleUnit.trimmed();
            ++perUnit[unit.isEmpty() ? tr("(no unit)") : unit];
        }
    }
    if (parts)
        s.notesByPart = byPart(noteParts);
    // Stable: among equals, the tag first used in document order stays first.
    std::stable_sort(s.notesByTag.begin(), s.notesByTag.end(),
        [](const auto &x, const auto &y) { return x.second > y.second; });
    for (CommitmentStatus status : kCommitmentStatuses) {
        if (const int n = s.notesWith(status); n > 0)
            s.commitmentsByStatus.append({ NoteLabels::statusText(status), n });
    }
    for (auto it = perUnit.cbegin(); it != perUnit.cend(); ++it)
        s.commitmentsByUnit.append({ it.key(), it.value() });
    std::sort(s.commitmentsByUnit.begin(), s.commitmentsByUnit.end(), [](const auto &x, const auto &y) {
        return x.second != y.second ? x.second > y.second : x.first < y.first;
    });
    QList<PartRole> figureParts;
    figureParts.reserve(figures.size());
    for (const Figure &f : figures)
        figureParts.append(f.part);
    s.figuresByPart = byPart(figureParts);
    return s;
}

QList<NotesStatistics::Chart> NotesStatistics::charts() const
{
    // One calm colour per chart; the tags keep the colours the window gives them.
    Chart tags { tr("Notes by tag"), notesByTag, QColor(0x0E, 0x8C, 0x80), {} };
    for (const auto &[name, count] : notesByTag)
        tags.barColors.append(QColor(tagColors.value(name)));
    return {
        { tr("Notes by part"), notesByPart, QColor(0x2F, 0x6F, 0xD6), {} },
        tags,
        { tr("Commitments by status"), commitmentsByStatus, QColor(0xD9, 0x8E, 0x04), {} },
        { tr("Commitments by responsible unit"), commitmentsByUnit, QColor(0x8A, 0x55, 0xC9), {} },
        { tr("Figures by part"), figuresByPart, QColor(0x3C, 0x9A, 0x3C), {} },
    };
}

} // namespace pizhu
