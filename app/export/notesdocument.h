// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "barchartobject.h"
#include "exportednotes.h"
#include "notesexportoptions.h"
#include "result.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QTextBlock>
#include <QTextDocument>
#include <functional>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace pizhu {

// The notes laid out on A4 pages, as the PDF and the printout show them:
// NotesHtml's document paginated in points, the contents' page numbers
// filled in, the overview's charts (options.includeCharts) put in as
// BarChartObjects, headings kept with what follows them. paint() draws
// every page with the report's title above and "Page x of y" below, the
// quotes' coloured bars beside them. The same pages go to a QPdfWriter
// (PdfWriter) or a QPrinter (print and print preview).
class NotesDocument
{
    Q_DECLARE_TR_FUNCTIONS(NotesDocument)
    Q_DISABLE_COPY_MOVE(NotesDocument)

public:
    // Called after each page; return false to stop (paint() then fails as Cancelled).
    using Progress = std::function<bool(int page, int pageCount)>;

    static constexpr QSizeF kPaperSize { 595.276, 841.89 }; // A4 in points
    static constexpr QMarginsF kMargins { 62, 72, 62, 66 }; // points; the header and footer sit inside

    NotesDocument(const ExportedNotes &notes, const NotesExportOptions &options);

    int pageCount() const;
    QString title() const; // the report's title, for the header and the PDF's metadata
    const QTextDocument &textDocument() const { return m_document; }
    // The page (1-based) each entry of the contents points to, in order.
    QList<int> contentsPages() const { return m_contentsPages; }

    // The faces the pages are set in, and every character they draw (for SharedGlyphs).
    static QList<QFont> fonts();
    QString drawnText() const;

    // device: A4 portrait; whatever margins it has, the pages are placed on
    // the whole sheet. Starts no page before the first.
    Result<bool> paint(QPagedPaintDevice &device, const Progress &progress = {}) const;

private:
    struct Bar
    {
        QRectF rect; // in document coordinates
        QColor color;
    };

    void insertCharts();
    void layOut();
    void finishLayout();
    void keepWithNext();
    QList<int> targetPages() const;
    void fillContents(const QList<int> &pages);
    void collectDecorations();
    int pageOf(qreal y) const;
    void paintPage(QPainter &painter, int page) const;

    NotesExportOptions m_options;
    QString m_title;
    QImage m_layoutDevice; // 72 dpi: one layout unit is one point on paper
    BarChartObject m_charts; // before m_document: its layout draws with it to the end
    mutable QTextDocument m_document; // drawContents() is not const, though it changes nothing
    QSizeF m_bodySize;
    QList<int> m_contentsPages;
    std::vector<std::vector<Bar>> m_bars; // per page
    // Per page, the paragraph that runs onto it from the page before, if any.
    std::vector<QTextBlock> m_runOn;
};

} // namespace pizhu
