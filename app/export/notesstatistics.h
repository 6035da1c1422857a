// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportednotes.h"
#include "figure.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <array>

namespace pizhu {

// The notes of an export counted as the window's dashboard and the notes
// PDF show them: the notes by part and by tag, the commitments by status and
// by responsible unit, the report's figures by part. One source, so that the
// dashboard, the PDF's overview page and its cover agree.
struct NotesStatistics
{
    Q_DECLARE_TR_FUNCTIONS(NotesStatistics)

public:
    using Counts = QList<QPair<QString, int>>; // label, count; in a meaningful order

    // One chart of these counts: a title, the bars, their colour.
    struct Chart
    {
        QString title;
        Counts counts;
        QColor color;
        QList<QColor> barColors; // a bar's own colour (the tags'); missing or invalid: color

        QColor barColor(qsizetype bar) const;
    };

    // Both by part: the parts in their mandated order, then "outside the
    // parts". The notes' parts need the report; the figures are the report's.
    Counts notesByPart;
    Counts figuresByPart;
    // The most used tags first; among equals, the first used in document
    // order first — the order of the PDF's cover and of its grouping by tag.
    Counts notesByTag;
    Counts commitmentsByStatus; // in the statuses' order, from not started to cannot be verified
    Counts commitmentsByUnit; // the most commitments first; ties by name, so a chart does not shuffle
    QHash<QString, QString> tagColors; // a tag of notesByTag → its colour, where it has one
    int untagged = 0; // notes without a tag
    std::array<int, 6> notesByStatus {}; // per CommitmentStatus, None (no commitment) included

    // figures: the report's (FigureExtractor), when the caller has them already.
    static NotesStatistics build(const ExportedNotes &notes, const QList<Figure> &figures);
    // Extracts the report's figures itself when the report is known.
    static NotesStatistics build(const ExportedNotes &notes);

    int notesWith(CommitmentStatus status) const { return notesByStatus.at(size_t(status)); }
    // The five charts, titled, in the dashboard's order; empty ones too.
    QList<Chart> charts() const;
};

} // namespace pizhu
