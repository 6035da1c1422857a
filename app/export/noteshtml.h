// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportednotes.h"
#include "notegroups.h"
#include "notesexportoptions.h"
#include "notesstatistics.h"

#include <QCoreApplication>
#include <QString>
#include <QTextDocument>

namespace pizhu {

// The notes PDF as HTML for QTextDocument: a cover block (the report, who
// exported it when, the notes counted by tag and by status), a table of
// contents linking to the groups and sections, when asked a page of charts
// (the overview), then the notes. Blocks that NotesDocument treats specially
// carry a -qt-user-state (the states below): it finds the targets of the
// contents there, fills in their page numbers, puts the charts in their
// places and paints the quotes' coloured bars.
class NotesHtml
{
    Q_DECLARE_TR_FUNCTIONS(NotesHtml)
    Q_DISABLE_COPY_MOVE(NotesHtml)

public:
    enum BlockState {
        TocPage = 10, // a page number in the contents ("0" until it is known)
        GroupHeading = 20, // a target of the contents, in the contents' order
        SectionHeading = 21,
        ChartSlot = 30, // the place of a chart; its text is the chart's index
        QuoteFirst = 100, // a quote: QuoteFirst + its highlight colour (0–4)
        QuoteLast = 104,
    };
    // Lengths in the HTML are in px, which are points: NotesDocument lays it
    // out at 72 dpi (Qt ignores pt for margins and padding).
    static constexpr qreal kIndent = 12; // quotes, details and notes sit this far in

    // statistics: the notes counted, for the cover; chartCount: how many
    // charts the overview has (none: no overview).
    NotesHtml(const ExportedNotes &notes, const NotesExportOptions &options,
        const NotesStatistics &statistics, int chartCount = 0);

    QString html();
    // The note's Markdown as HTML in this document's faces and sizes (no
    // <html> or <body>): headings smaller than the document's own, code in a
    // monospaced face that has Chinese, every block indented by kIndent.
    QString noteHtml(const QString &markdown);

    static QString escaped(const QString &text); // HTML-escaped, line breaks as <br/>
    static QString overviewTitle(); // the heading of the page of charts

private:
    QString cover() const;
    QString contents() const;
    QString overview() const;
    QString notesHtml();
    QString details(const ExchangedAnnotation &e) const;
    static QString chip(const QString &text, const QString &background);

    const ExportedNotes &m_notes; // outlives this: NotesHtml is made, used and dropped in one go
    const NotesExportOptions m_options;
    const NotesStatistics &m_statistics; // outlives this, as m_notes
    const int m_chartCount = 0;
    QList<NoteGroups::Group> m_groups;
    QTextDocument m_markdown; // reused for every note
};

} // namespace pizhu
