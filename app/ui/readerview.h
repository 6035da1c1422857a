// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readerformats.h"
#include "report.h"

#include <QTextEdit>

namespace pizhu {

// The report as a person reads it: a calm, page-like column of Chinese text
// centred in the window, headings sized by level, the title with its
// metadata. The document's text is exactly the report's canonical text, so
// positions in the view are canonical offsets (what annotations anchor to).
class ReaderView final : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void setReport(const Report &report);
    void clearReport();
    const Report *report() const { return m_report; }

    int zoomSteps() const { return m_zoomSteps; }
    void setZoomSteps(int steps);
    qreal fontPointSize() const { return m_formats.pointSize(); }

    // The canonical offset at the top of the view, and scrolling there.
    qsizetype topOffset() const;
    void scrollToOffset(qsizetype offset);
    void scrollToBlock(int ordinal);
    int topBlock() const;
    int progressPercent() const;

    // Find hits (canonical offsets), all marked; the current one selected.
    void setFindHits(const QList<qsizetype> &hits, qsizetype length, int current);

Q_SIGNALS:
    // The block at the top of the view changed (scrolling, jumping, resizing).
    void topBlockChanged(int ordinal);
    void progressChanged(int percent);
    // A new document was set (the highlighter follows it).
    void documentReplaced(QTextDocument *document);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void updateColumn();
    void emitPosition();
    QString metadataLine() const;

    const Report *m_report = nullptr;
    Report m_ownReport;
    ReaderFormats m_formats;
    int m_zoomSteps = 0;
    int m_lastTopBlock = -1;
    int m_lastProgress = -1;
};

} // namespace pizhu
