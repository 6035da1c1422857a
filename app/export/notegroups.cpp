// SPDX-License-Identifier: GPL-3.0-or-later
#include "notegroups.h"

#include "notelabels.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

const QString kPathSeparator = u" › "_s; // as Block::headingPath joins the headings

QString headingAt(const Annotation &annotation, int level)
{
    const QString &path = annotation.anchor.headingPath;
    if (path.isEmpty())
        return {};
    return path.split(kPathSeparator).value(level).trimmed();
}

// Appends note n to the section with this title, made on first use.
void addTo(NoteGroups::Group &group, const QString &section, qsizetype n)
{
    auto it = std::find_if(group.sections.begin(), group.sections.end(),
        [&](const NoteGroups::Section &s) { return s.title == section; });
    if (it == group.sections.end()) {
        group.sections.append(NoteGroups::Section { section, {} });
        it = group.sections.end() - 1;
    }
    it->notes.append(n);
}

QList<NoteGroups::Group> byPart(const ExportedNotes &notes)
{
    const QHash<QString, PartRole> roles
        = notes.report ? NoteGroups::partRoles(*notes.report) : QHash<QString, PartRole>();
    QList<NoteGroups::Group> groups;
    QHash<QString, qsizetype> index; // title → position in groups
    NoteGroups::Group orphans { NoteGroups::orphansTitle(), PartRole::None, {}, {} };
    for (qsizetype n = 0; n < notes.annotations.size(); ++n) {
        const Annotation &a = notes.annotations.at(n).annotation;
        if (a.orphaned) {
            // Where the passage was when it was last found.
            addTo(orphans, NoteGroups::partOf(a), n);
            continue;
        }
        const QString title = NoteGroups::partTitle(a);
        auto it = index.constFind(title);
        if (it == index.cend()) {
            it = index.insert(title, groups.size());
            groups.append(
                NoteGroups::Group { title, roles.value(NoteGroups::partOf(a), PartRole::None), {}, {} });
        }
        addTo(groups[*it], NoteGroups::sectionOf(a), n);
    }
    if (!orphans.sections.isEmpty())
        groups.append(orphans);
    return groups;
}

// Within a group of another kind the sections are the parts; the orphans last.
void addByPart(NoteGroups::Group &group, const Annotation &a, qsizetype n)
{
    addTo(group, a.orphaned ? NoteGroups::orphansTitle() : NoteGroups::partTitle(a), n);
}

void moveOrphansLast(NoteGroups::Group &group)
{
    std::stable_partition(group.sections.begin(), group.sections.end(),
        [](const NoteGroups::Section &s) { return s.title != NoteGroups::orphansTitle(); });
}

QList<NoteGroups::Group> byTag(const ExportedNotes &notes)
{
    QList<NoteGroups::Group> groups;
    QHash<QString, qsizetype> index;
    NoteGroups::Group untagged { NoteGroups::tr("No tag"), PartRole::None, {}, {} };
    for (qsizetype n = 0; n < notes.annotations.size(); ++n) {
        const ExchangedAnnotation &e = notes.annotations.at(n);
        const QList<Tag> tags = NoteGroups::distinctTags(e);
        if (tags.isEmpty()) // no tag, or only blank ones: counted as untagged too (NotesStatistics)
            addByPart(untagged, e.annotation, n);
        for (const Tag &tag : tags) {
            const QString &key = tag.name;
            auto it = index.constFind(key.toCaseFolded());
            if (it == index.cend()) {
                it = index.insert(key.toCaseFolded(), groups.size());
                groups.append(NoteGroups::Group { key, PartRole::None, tag.color, {} });
            }
            addByPart(groups[*it], e.annotation, n);
        }
    }
    // The most used tags first; among equals, the first used first.
    std::stable_sort(groups.begin(), groups.end(),
        [](const NoteGroups::Group &a, const NoteGroups::Group &b) { return a.noteCount() > b.noteCount(); });
    if (!untagged.sections.isEmpty())
        groups.append(untagged);
    for (NoteGroups::Group &g : groups)
        moveOrphansLast(g);
    return groups;
}

QList<NoteGroups::Group> byStatus(const ExportedNotes &notes)
{
    QList<CommitmentStatus> order(std::cbegin(kCommitmentStatuses), std::cend(kCommitmentStatuses));
    order.append(CommitmentStatus::None); // the notes that are no commitment last
    QList<NoteGroups::Group> groups;
    for (CommitmentStatus status : order) {
        NoteGroups::Group group { NoteLabels::statusGroupText(status), PartRole::None, {}, {} };
        for (qsizetype n = 0; n < notes.annotations.size(); ++n) {
            const Annotation &a = notes.annotations.at(n).annotation;
            if (a.status == status)
                addByPart(group, a, n);
        }
        moveOrphansLast(group);
        if (!group.sections.isEmpty())
            groups.append(group);
    }
    return groups;
}

} // namespace

qsizetype NoteGroups::Group::noteCount() const
{
    qsizetype count = 0;
    for (const Section &s : sections)
        count += s.notes.size();
    return count;
}

QList<NoteGroups::Group> NoteGroups::build(const ExportedNotes &notes, NotesExportOptions::Grouping grouping)
{
    switch (grouping) {
    case NotesExportOptions::Grouping::Part:
        return byPart(notes);
    case NotesExportOptions::Grouping::Tag:
        return byTag(notes);
    case NotesExportOptions::Grouping::Status:
        return byStatus(notes);
    }
    return {};
}

QString NoteGroups::partOf(const Annotation &annotation)
{
    return headingAt(annotation, 0);
}

QString NoteGroups::sectionOf(const Annotation &annotation)
{
    return headingAt(annotation, 1);
}

QString NoteGroups::partTitle(const Annotation &annotation)
{
    const QString part = partOf(annotation);
    //: Heading of the notes on the report's opening, before its first part
    return part.isEmpty() ? tr("Before the first part") : part;
}

QHash<QString, PartRole> NoteGroups::partRoles(const Report &report)
{
    QHash<QString, PartRole> roles;
    for (const OutlineNode &part : report.parts())
        roles.insert((part.label + part.title).trimmed(), part.role);
    return roles;
}

QString NoteGroups::orphansTitle()
{
    return tr("Passages no longer found in the report");
}

QList<Tag> NoteGroups::distinctTags(const ExchangedAnnotation &note)
{
    QList<Tag> tags;
    QStringList seen;
    for (Tag tag : note.tags) {
        tag.name = tag.name.trimmed();
        if (tag.name.isEmpty() || seen.contains(tag.name, Qt::CaseInsensitive))
            continue;
        seen << tag.name;
        tags << tag;
    }
    return tags;
}

} // namespace pizhu
