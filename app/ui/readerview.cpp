// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "highlightpalette.h"
#include "readerdocument.h"
#include "reporthighlighter.h"
#include "titlebalancer.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace pizhu {

ReaderView::ReaderView(QWidget *parent)
    : QTextEdit(parent)
    , m_formats(0)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    // Files dropped on the reader open in the window, they are not pasted.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    setFrameShape(QFrame::NoFrame);
    setObjectName(u"reader"_s);
    setAccessibleName(tr("Report text"));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ReaderView::emitPosition);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &ReaderView::emitPosition);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ReaderView::refreshSelections);
    connect(&HighlightPalette::instance(), &HighlightPalette::changed, this, &ReaderView::refreshSelections);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &ReaderView::refreshSelections);
}

ReaderView::~ReaderView() = default;

void ReaderView::setReport(const Report &report, QTextDocument *prebuilt)
{
    m_ownReport = report;
    m_report = &m_ownReport;
    rebuild(prebuilt);
    verticalScrollBar()->setValue(0);
    emitPosition();
}

void ReaderView::clearReport()
{
    m_report = nullptr;
    m_ownReport = {};
    rebuild();
}

void ReaderView::setZoomSteps(int steps)
{
    steps = qBound(-5, steps, 20);
    if (steps == m_zoomSteps)
        return;
    const qsizetype top = topOffset();
    m_zoomSteps = steps;
    rebuild();
    scrollToOffset(top);
}

void ReaderView::rebuild(QTextDocument *prebuilt)
{
    m_formats = ReaderFormats(m_zoomSteps);
    QTextDocument *doc = prebuilt;
    // A document built in the background for another zoom is built again.
    if (!doc || doc->property(ReaderDocument::kZoomProperty).toInt() != m_zoomSteps) {
        delete doc;
        doc = ReaderDocument::build(m_report, m_formats, m_zoomSteps);
    }
    doc->setParent(this);
    // QTextEdit deletes the previous document: it is our child.
    setDocument(doc);
    updateColumn();
    m_lastTopBlock = -1;
    m_topHint = 0;
    m_findSelections.clear();
    refreshSelections();
}

void ReaderView::updateColumn()
{
    // A page-like column: the text keeps a readable width, the margins show
    // the window's background on either side.
    const int available = width() - verticalScrollBar()->sizeHint().width();
    const int column = m_formats.columnWidth() + int(document()->documentMargin() * 2);
    const int side = qMax(0, (available - column) / 2);
    setViewportMargins(side, 0, side, 0);
    // The title (the parser makes it the first block, and the only one) on
    // lines as wide as the column, or the window where it is narrower.
    if (m_report && !m_report->blocks.isEmpty() && m_report->blocks.front().kind == Block::Kind::Title)
        TitleBalancer::balance(document()->firstBlock(), qMin(available, column) - document()->documentMargin() * 2);
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    updateColumn();
    QTextEdit::resizeEvent(event);
    refreshSelections();
}

void ReaderView::setHighlighter(ReportHighlighter *highlighter)
{
    m_highlighter = highlighter;
    connect(highlighter, &ReportHighlighter::changed, this, &ReaderView::refreshSelections);
    refreshSelections();
}

QColor ReaderView::highlightColor(int color)
{
    return HighlightPalette::instance().color(color);
}

void ReaderView::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    refreshSelections();
}

void ReaderView::refreshSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    // Highlights first, under everything else; only those on screen.
    if (!m_annotations.isEmpty()) {
        const qreal top = verticalScrollBar()->value();
        const QTextBlock first = blockAtY(top, m_topHint);
        const QTextBlock last = blockAtY(top + viewport()->height(), first.blockNumber());
        const qsizetype from = first.position();
        const qsizetype to = last.position() + last.length();
        for (const Annotation &a : std::as_const(m_annotations)) {
            if (a.orphaned || a.anchor.end <= from || a.anchor.start >= to)
                continue;
            QTextCursor c(document());
            c.setPosition(int(qMin<qsizetype>(a.anchor.start, document()->characterCount() - 1)));
            c.setPosition(int(qMin<qsizetype>(a.anchor.end, document()->characterCount() - 1)), QTextCursor::KeepAnchor);
            QTextCharFormat f;
            f.setBackground(highlightColor(a.color));
            selections.append({c, f});
        }
    }
    if (m_highlighter && m_highlighter->isEnabled()) {
        // The blocks on screen, and one either side for smooth scrolling.
        const qreal top = verticalScrollBar()->value();
        const QTextBlock first = blockAtY(top, m_topHint);
        QTextBlock block = first.previous().isValid() ? first.previous() : first;
        const QTextBlock last = blockAtY(top + viewport()->height(), first.blockNumber()).next();
        const int lastNumber = last.isValid() ? last.blockNumber() : document()->blockCount() - 1;
        for (; block.isValid() && block.blockNumber() <= lastNumber; block = block.next()) {
            for (const QTextLayout::FormatRange &r : m_highlighter->formatLine(block.text())) {
                QTextCursor c(block);
                c.setPosition(block.position() + r.start);
                c.setPosition(block.position() + r.start + r.length, QTextCursor::KeepAnchor);
                selections.append({c, r.format});
            }
        }
    }
    // Find hits are drawn over the colours.
    selections += m_findSelections;
    setExtraSelections(selections);
}

QTextBlock ReaderView::blockAtY(qreal y, int hint) const
{
    const QTextDocument *doc = document();
    const int count = doc->blockCount();
    if (count == 0)
        return {};
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    auto bottomOf = [doc, layout](int n) { return layout->blockBoundingRect(doc->findBlockByNumber(n)).bottom(); };
    // Bracket the first block whose bottom lies below y, galloping from the
    // hint so that a small scroll only looks at blocks already laid out.
    hint = qBound(0, hint, count - 1);
    int lo = 0;
    int hi = count - 1;
    if (bottomOf(hint) > y) {
        hi = hint;
        for (int step = 1; hint - step >= 0; step *= 2) {
            if (bottomOf(hint - step) <= y) {
                lo = hint - step + 1;
                break;
            }
            hi = hint - step;
        }
    } else {
        lo = hint + 1;
        for (int step = 1; hint + step < count; step *= 2) {
            if (bottomOf(hint + step) > y) {
                hi = hint + step;
                break;
            }
            lo = hint + step + 1;
        }
        lo = qMin(lo, count - 1);
    }
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (bottomOf(mid) > y)
            hi = mid;
        else
            lo = mid + 1;
    }
    return doc->findBlockByNumber(lo);
}

qsizetype ReaderView::topOffset() const
{
    const qreal y = verticalScrollBar()->value();
    const QTextBlock block = blockAtY(y, m_topHint);
    if (!block.isValid())
        return 0;
    m_topHint = block.blockNumber();
    // The first line of the block that is on screen.
    const QTextLayout *layout = block.layout();
    const qreal top = document()->documentLayout()->blockBoundingRect(block).top();
    for (int i = 0; layout && i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (top + line.y() + line.height() > y)
            return block.position() + line.textStart();
    }
    return block.position();
}

int ReaderView::topBlock() const
{
    if (!m_report || m_report->blocks.isEmpty())
        return -1;
    return m_report->blockAt(topOffset());
}

void ReaderView::scrollToOffset(qsizetype offset)
{
    const QTextBlock block = document()->findBlock(int(offset));
    if (!block.isValid())
        return;
    QTextLayout *layout = block.layout();
    const QRectF blockRect = document()->documentLayout()->blockBoundingRect(block);
    qreal y = blockRect.top();
    if (layout && layout->lineCount() > 0) {
        const QTextLine line = layout->lineForTextPosition(int(offset - block.position()));
        if (line.isValid() && line.lineNumber() > 0)
            y += line.y();
    }
    verticalScrollBar()->setValue(int(y));
}

void ReaderView::showSpan(qsizetype start, qsizetype end)
{
    const qsizetype last = document()->characterCount() - 1;
    QTextCursor c(document());
    c.setPosition(int(qBound(qsizetype(0), start, last)));
    c.setPosition(int(qBound(qsizetype(0), end, last)), QTextCursor::KeepAnchor);
    scrollToOffset(start);
    // Some lines of context above the passage.
    verticalScrollBar()->setValue(verticalScrollBar()->value() - viewport()->height() / 3);
    setTextCursor(c);
}

qsizetype ReaderView::offsetAt(const QPoint &viewportPos) const
{
    const qreal y = viewportPos.y() + verticalScrollBar()->value();
    const QTextBlock block = blockAtY(y, m_topHint);
    if (!block.isValid() || !block.layout())
        return -1;
    const QRectF rect = document()->documentLayout()->blockBoundingRect(block);
    const QPointF inBlock(viewportPos.x() + horizontalScrollBar()->value() - rect.left(), y - rect.top());
    const QTextLayout *layout = block.layout();
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (inBlock.y() >= line.y() && inBlock.y() < line.y() + line.height()) {
            if (inBlock.x() < line.x() || inBlock.x() > line.x() + line.naturalTextWidth())
                return -1; // beside the text
            return block.position() + line.xToCursor(inBlock.x(), QTextLine::CursorOnCharacter);
        }
    }
    return -1;
}

void ReaderView::scrollToBlock(int ordinal)
{
    if (!m_report || ordinal < 0 || ordinal >= m_report->blocks.size())
        return;
    const QTextBlock block = document()->findBlockByNumber(ordinal);
    // The heading itself at the top, not its margin above.
    const QRectF rect = document()->documentLayout()->blockBoundingRect(block);
    verticalScrollBar()->setValue(int(rect.top() + block.blockFormat().topMargin()));
    QTextCursor cursor(block);
    setTextCursor(cursor);
}

int ReaderView::progressPercent() const
{
    const QScrollBar *bar = verticalScrollBar();
    if (bar->maximum() <= 0)
        return 100;
    return int(qRound(100.0 * bar->value() / bar->maximum()));
}

void ReaderView::emitPosition()
{
    const int block = topBlock();
    if (block != m_lastTopBlock) {
        m_lastTopBlock = block;
        Q_EMIT topBlockChanged(block);
    }
    const int progress = progressPercent();
    if (progress != m_lastProgress) {
        m_lastProgress = progress;
        Q_EMIT progressChanged(progress);
    }
}

void ReaderView::setFindHits(const QList<qsizetype> &hits, qsizetype length, int current)
{
    m_findSelections.clear();
    m_findSelections.reserve(hits.size());
    QTextCharFormat all;
    all.setBackground(QColor(255, 214, 0, 110));
    QTextCharFormat now;
    now.setBackground(QColor(255, 140, 0));
    now.setForeground(Qt::black);
    for (qsizetype i = 0; i < hits.size(); ++i) {
        QTextCursor c(document());
        c.setPosition(int(hits[i]));
        c.setPosition(int(hits[i] + length), QTextCursor::KeepAnchor);
        m_findSelections.append({c, i == current ? now : all});
    }
    if (current >= 0 && current < hits.size()) {
        QTextCursor c(document());
        c.setPosition(int(hits[current]));
        c.setPosition(int(hits[current] + length), QTextCursor::KeepAnchor);
        setTextCursor(c);
        ensureCursorVisible();
    }
    refreshSelections();
}

QString ReaderView::metadataLine() const
{
    if (!m_report)
        return {};
    const ReportMetadata &m = m_report->metadata;
    QStringList parts;
    if (!m.issuer.isEmpty())
        parts << m.issuer;
    if (m.published.isValid())
        parts << tr("Published %1").arg(m.published.toString(Qt::ISODate));
    if (!m.indexNumber.isEmpty())
        parts << tr("Index number %1").arg(m.indexNumber);
    return parts.join(u"  ·  "_s);
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    // The metadata line sits in the title's bottom margin, so that the
    // document's text stays exactly the canonical text.
    if (!m_report || m_report->blocks.isEmpty() || m_report->blocks.front().kind != Block::Kind::Title)
        return;
    const QString line = metadataLine();
    if (line.isEmpty())
        return;
    const QTextBlock title = document()->firstBlock();
    if (!title.layout())
        return;
    // Just below the title's last line, inside its bottom margin, across the
    // whole column (the title's own lines may be narrowed to even lengths).
    const QRectF text = title.layout()->boundingRect().translated(title.layout()->position());
    const qreal margin = title.blockFormat().bottomMargin();
    const qreal side = document()->documentMargin();
    QRectF area(side, text.bottom() + margin * 0.1, document()->textWidth() - 2 * side, margin * 0.7);
    area.translate(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    if (!area.intersects(event->rect()))
        return;
    QPainter painter(viewport());
    QFont font = m_formats.baseFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    // One line: the margin has room for no more; all of it is in the report's properties.
    const QString shown = QFontMetricsF(font).elidedText(line, Qt::ElideRight, area.width());
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignVCenter, shown);
}

} // namespace pizhu
