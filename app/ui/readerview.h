// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "readerformats.h"
#include "report.h"

#include <QTextEdit>

namespace pizhu {

// The report as a person reads it: a calm, page-like column of Chinese text
// centred in the window, headings sized by level, the title with its
// metadata. The document's text is exactly the report's canonical text, so
// positions in the view are canonical offsets (what annotations anchor to).
class ReportHighlighter;

class ReaderView final : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    // prebuilt: the report's document built ahead (ReaderDocument), taken over; else built here.
    void setReport(const Report &report, QTextDocument *prebuilt = nullptr);
    const ReaderFormats &formats() const { return m_formats; }
    void clearReport();
    const Report *report() const { return m_report; }

    int zoomSteps() const { return m_zoomSteps; }
    void setZoomSteps(int steps);
    qreal fontPointSize() const { return m_formats.pointSize(); }

    // The canonical offset at the top of the view, and scrolling there.
    qsizetype topOffset() const;
    void scrollToOffset(qsizetype offset);
    void scrollToBlock(int ordinal);
    // Selects the span and brings it into view, a third down from the top.
    void showSpan(qsizetype start, qsizetype end);
    // The canonical offset under a point of the viewport, -1 past the text.
    qsizetype offsetAt(const QPoint &viewportPos) const;
    int topBlock() const;
    int progressPercent() const;

    // Find hits (canonical offsets), all marked; the current one selected.
    void setFindHits(const QList<qsizetype> &hits, qsizetype length, int current);
    const QList<QTextEdit::ExtraSelection> &findSelections() const { return m_findSelections; }
    // Figures, dates, quotes … are coloured for the lines on screen.
    void setHighlighter(ReportHighlighter *highlighter);
    // The user's highlights, drawn under the text in their colours.
    void setAnnotations(const QList<Annotation> &annotations);
    static QColor highlightColor(int color);

Q_SIGNALS:
    // The block at the top of the view changed (scrolling, jumping, resizing).
    void topBlockChanged(int ordinal);
    void progressChanged(int percent);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild(QTextDocument *prebuilt = nullptr);
    void updateColumn();
    void emitPosition();
    void refreshSelections();
    // The block at a document y coordinate, searched outward from a block near
    // it: QTextEdit's own hit test walks every block, too slow for 10 MB.
    QTextBlock blockAtY(qreal y, int hint) const;
    QString metadataLine() const;

    const Report *m_report = nullptr;
    Report m_ownReport;
    ReaderFormats m_formats;
    int m_zoomSteps = 0;
    int m_lastTopBlock = -1;
    mutable int m_topHint = 0;
    int m_lastProgress = -1;
    ReportHighlighter *m_highlighter = nullptr;
    QList<QTextEdit::ExtraSelection> m_findSelections;
    QList<Annotation> m_annotations; // in document order
};

} // namespace pizhu
