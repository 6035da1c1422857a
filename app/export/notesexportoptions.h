// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pizhu {

// How a NotesWriter lays the notes out, as the export dialog and the command
// line choose it. Formats use what applies to them: JSON ignores it all, CSV
// uses the grouping only to order its rows, only the PDF (and the printout)
// draws charts.
struct NotesExportOptions
{
    Q_DECLARE_TR_FUNCTIONS(NotesExportOptions)

public:
    enum class Grouping {
        Part, // by the report's parts and sections, in document order
        Tag, // one group per tag (a note with two tags is in both), the untagged last
        Status, // one group per commitment status, notes that are no commitment last
    };

    Grouping grouping = Grouping::Part;
    bool includeQuotes = true;
    // A page of charts after the contents (NotesStatistics: notes by part and
    // tag, commitments by status and unit, figures by part).
    bool includeCharts = false;
    QString author; // who exports, on the PDF's cover and in its metadata; empty: userName()
    QDateTime exportedAt; // printed as the export date; invalid: now
    // The highlight colours and their names as the window shows them
    // (HighlightPalette); empty: the default five.
    QList<QColor> highlightColors;
    QStringList highlightNames;

    // "part", "tag", "status": for --group and settings.
    static QString groupingId(Grouping grouping);
    static std::optional<Grouping> groupingFromId(const QString &id);
    static QStringList groupingIds();

    // The login name of the user running the program; empty when unknown.
    static QString userName();

    QString authorOrUser() const { return author.trimmed().isEmpty() ? userName() : author.trimmed(); }
    QDateTime exportTime() const { return exportedAt.isValid() ? exportedAt : QDateTime::currentDateTime(); }
    QColor highlightColor(int index) const;
    QString highlightName(int index) const;
};

} // namespace pizhu
