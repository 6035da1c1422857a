// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportednotes.h"
#include "notesexportoptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace pizhu {

// The notes of an export in groups and sections, as the Markdown and PDF
// writers present them: by part (the part's heading, then its sections), by
// tag or by status (then the parts). Within a section the notes keep their
// document order. Where a note is comes from its anchor's heading path, which
// every annotation carries, even one from another version of the report.
class NoteGroups
{
    Q_DECLARE_TR_FUNCTIONS(NoteGroups)

public:
    struct Section
    {
        QString title; // a heading ("（一）…"); empty: notes directly under the group's heading
        QList<qsizetype> notes; // indices into ExportedNotes::annotations
    };
    struct Group
    {
        QString title; // the part's heading, the tag's name or the status
        PartRole role = PartRole::None; // by part: the part's role, when the report is known
        QString color; // by tag: the tag's colour ("#RRGGBB"), if it has one
        QList<Section> sections;

        qsizetype noteCount() const;
    };

    static QList<Group> build(const ExportedNotes &notes, NotesExportOptions::Grouping grouping);

    // The headings of the part and of the section a passage lies in ("一、…",
    // "（一）…"), from the anchor's heading path; empty before the first part.
    static QString partOf(const Annotation &annotation);
    static QString sectionOf(const Annotation &annotation);
    // partOf(), or words for a passage before the first part.
    static QString partTitle(const Annotation &annotation);
    // The heading of the notes whose passage the report no longer has.
    static QString orphansTitle();
    // The report's part headings (as partOf() gives them) with their roles.
    static QHash<QString, PartRole> partRoles(const Report &report);
    // A note's tags as grouping and counting take them: names trimmed, empty
    // ones left out, a name once whatever its case (the first spelling).
    static QList<Tag> distinctTags(const ExchangedAnnotation &note);
};

} // namespace pizhu
