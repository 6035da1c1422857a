// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesdocument.h"

#include "chinesefonts.h"
#include "noteshtml.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

constexpr qreal kBodyPointSize = 10.5; // 五号, the size of body text in Chinese documents
constexpr qreal kHeaderPointSize = 8.5;
constexpr qreal kBarWidth = 2.5;
const QColor kHeaderColor(0x5F, 0x63, 0x68);
const QColor kRuleColor(0xDA, 0xDC, 0xE0);

bool isHeading(const QTextBlock &block)
{
    return block.userState() == NotesHtml::GroupHeading || block.userState() == NotesHtml::SectionHeading;
}

bool isQuote(const QTextBlock &block)
{
    return block.userState() >= NotesHtml::QuoteFirst && block.userState() <= NotesHtml::QuoteLast;
}

// Headings stay with what follows them. (Not quotes with their notes: each
// page break costs a layout of the rest of the document, and at the foot of
// a page a quote alone is not worth seconds for 10,000 notes.)
bool keepsWithNext(const QTextBlock &block)
{
    return isHeading(block);
}

// The middle of a block's first line, in document coordinates: which page a
// line is on (a line's top can be the page's edge itself).
qreal firstLineMiddle(const QTextBlock &block)
{
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return layout ? layout->position().y() : 0;
    const QTextLine line = layout->lineAt(0);
    return layout->position().y() + line.y() + line.height() / 2;
}

qreal lastLineMiddle(const QTextBlock &block)
{
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return layout ? layout->position().y() : 0;
    const QTextLine line = layout->lineAt(layout->lineCount() - 1);
    return layout->position().y() + line.y() + line.height() / 2;
}

// A font of this many points on paper, for a painter scaled to points on device.
QFont paperFont(qreal points, const QPaintDevice *device)
{
    return ChineseFonts::sans(points * 72.0 / device->logicalDpiY());
}

// The highlight colour faded towards white: a quote's background.
QColor faded(const QColor &color, qreal amount)
{
    return QColor::fromRgbF(
        1 - (1 - color.redF()) * amount, 1 - (1 - color.greenF()) * amount, 1 - (1 - color.blueF()) * amount);
}

} // namespace

NotesDocument::NotesDocument(const ExportedNotes &notes, const NotesExportOptions &options)
    : m_options(options)
    , m_layoutDevice(1, 1, QImage::Format_ARGB32_Premultiplied)
{
    m_title = notes.label.isEmpty() && notes.report ? notes.report->metadata.title : notes.label;
    // 72 dots per inch: the layout's pixels are points, on any printer.
    m_layoutDevice.setDotsPerMeterX(qRound(72 / 0.0254));
    m_layoutDevice.setDotsPerMeterY(qRound(72 / 0.0254));
    m_document.documentLayout()->setPaintDevice(&m_layoutDevice);
    m_document.setUseDesignMetrics(true);
    // No margin but a sliver at the top and foot of each page, so that what
    // a line draws above itself (a chip's background) stays on its page.
    QTextFrameFormat root = m_document.rootFrame()->frameFormat();
    root.setMargin(0);
    root.setTopMargin(2);
    root.setBottomMargin(2);
    m_document.rootFrame()->setFrameFormat(root);
    m_document.setDefaultFont(ChineseFonts::sans(kBodyPointSize));
    m_document.documentLayout()->registerHandler(BarChartObject::kType, &m_charts);
    {
        // The report's figures are extracted only for the charts; the cover counts the notes alone.
        const NotesStatistics statistics
            = m_options.includeCharts ? NotesStatistics::build(notes) : NotesStatistics::build(notes, {});
        if (m_options.includeCharts)
            m_charts.setCharts(statistics.charts());
        NotesHtml html(notes, m_options, statistics, int(m_charts.charts().size()));
        m_document.setHtml(html.html());
    }
    insertCharts();
    layOut();
}

QString NotesDocument::title() const
{
    return m_title;
}

QList<QFont> NotesDocument::fonts()
{
    QFont mono = ChineseFonts::sans(kBodyPointSize);
    mono.setFamilies(ChineseFonts::monoFamilies());
    return { ChineseFonts::sans(kBodyPointSize), ChineseFonts::sans(kBodyPointSize, QFont::Bold), mono };
}

QString NotesDocument::drawnText() const
{
    return m_document.toPlainText() + m_title + tr("Page %1 of %2") + m_charts.drawnText();
}

void NotesDocument::insertCharts()
{
    // Each slot's text, the chart's index, becomes the object that draws the chart.
    QList<QTextBlock> places;
    for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
        if (block.userState() == NotesHtml::ChartSlot)
            places << block;
    }
    QTextCursor cursor(&m_document);
    for (const QTextBlock &block : std::as_const(places)) {
        cursor.setPosition(block.position());
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(
            QString(QChar::ObjectReplacementCharacter), BarChartObject::format(block.text().toInt()));
    }
}

int NotesDocument::pageCount() const
{
    return m_document.pageCount();
}

int NotesDocument::pageOf(qreal y) const
{
    return qMax(0, int(y / m_bodySize.height()));
}

void NotesDocument::finishLayout()
{
    // Qt lays a long document out in steps on a timer; asking for the root
    // frame's rectangle makes it finish now (pageCount() would not).
    m_document.documentLayout()->frameBoundingRect(m_document.rootFrame());
}

void NotesDocument::layOut()
{
    m_bodySize = QSizeF(kPaperSize.width() - kMargins.left() - kMargins.right(),
        kPaperSize.height() - kMargins.top() - kMargins.bottom());
    m_document.setPageSize(m_bodySize);
    finishLayout();
    keepWithNext();
    finishLayout();
    QList<int> pages = targetPages();
    fillContents(pages);
    // The numbers have cells of their own, so filling them in moves nothing; but make sure.
    for (int tries = 0; tries < 2; ++tries) {
        const QList<int> again = targetPages();
        if (again == pages)
            break;
        pages = again;
        fillContents(pages);
    }
    m_contentsPages = pages;
    finishLayout();
    collectDecorations();
}

void NotesDocument::keepWithNext()
{
    // A heading at the foot of a page whose text goes on to the next goes
    // over with it (a run of headings goes together).
    QTextCursor cursor(&m_document);
    for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
        if (!keepsWithNext(block))
            continue;
        QTextBlock last = block;
        while (last.next().isValid() && keepsWithNext(last.next()))
            last = last.next();
        const QTextBlock next = last.next();
        if (!next.isValid())
            break;
        m_document.documentLayout()->blockBoundingRect(next); // lays out up to it
        const qreal middle = firstLineMiddle(block);
        const int page = pageOf(middle);
        const qreal onPage = middle - page * m_bodySize.height();
        if (pageOf(firstLineMiddle(next)) != pageOf(lastLineMiddle(last))
            && onPage > m_bodySize.height() / 2) {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.setPosition(block.position());
            cursor.mergeBlockFormat(format);
        }
        block = last;
    }
}

QList<int> NotesDocument::targetPages() const
{
    QList<int> pages;
    for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
        if (isHeading(block)) {
            m_document.documentLayout()->blockBoundingRect(block);
            pages << pageOf(firstLineMiddle(block)) + 1;
        }
    }
    return pages;
}

void NotesDocument::fillContents(const QList<int> &pages)
{
    QList<QTextBlock> cells;
    for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
        if (block.userState() == NotesHtml::TocPage)
            cells << block;
    }
    QTextCursor cursor(&m_document);
    cursor.beginEditBlock();
    for (qsizetype i = 0; i < cells.size() && i < pages.size(); ++i) {
        const QString number = QString::number(pages.at(i));
        if (cells.at(i).text() == number)
            continue;
        cursor.setPosition(cells.at(i).position());
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(number);
    }
    cursor.endEditBlock();
    finishLayout();
}

void NotesDocument::collectDecorations()
{
    const size_t pages = size_t(qMax(1, pageCount()));
    m_bars.assign(pages, {});
    m_runOn.assign(pages, QTextBlock());
    // The root frame's own paragraphs; tables (the contents) break between rows.
    for (QTextFrame::iterator it = m_document.rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        const QTextLayout *layout = block.isValid() ? block.layout() : nullptr;
        if (!layout || layout->lineCount() == 0)
            continue;
        const int firstPage = pageOf(firstLineMiddle(block));
        const int lastPage = pageOf(lastLineMiddle(block));
        for (int page = firstPage + 1; page <= lastPage && size_t(page) < pages; ++page)
            m_runOn[size_t(page)] = block;
        if (!isQuote(block))
            continue;
        const QColor color = m_options.highlightColor(block.userState() - NotesHtml::QuoteFirst);
        const qreal left = block.blockFormat().leftMargin() - 6;
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            // A little air above the first line and below the last.
            const qreal above = i == 0 ? 2 : 0;
            const qreal below = i == layout->lineCount() - 1 ? 2 : 0;
            const qreal y = layout->position().y() + line.y() - above;
            const qreal height = line.height() + above + below;
            const size_t page = size_t(pageOf(layout->position().y() + line.y() + line.height() / 2));
            if (page >= pages)
                continue;
            m_bars[page].push_back(
                { QRectF(left, y, m_bodySize.width() - left, height), faded(color, 0.16) });
            m_bars[page].push_back({ QRectF(left, y, kBarWidth, height), color });
        }
    }
}

Result<bool> NotesDocument::paint(QPagedPaintDevice &device, const Progress &progress) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return Error { Error::Kind::Failure, tr("Cannot draw the pages of the notes.") };
    // Whatever margins the device keeps, place the pages on the whole sheet.
    const QRectF printable = device.pageLayout().paintRect(QPageLayout::Point);
    const qreal scale = device.logicalDpiX() / 72.0;
    const int pages = pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error { Error::Kind::Failure, tr("Cannot start page %1 of the notes.").arg(page + 1) };
        }
        painter.save();
        painter.scale(scale, scale);
        painter.translate(-printable.topLeft());
        paintPage(painter, page);
        painter.restore();
        if (progress && !progress(page + 1, pages)) {
            painter.end();
            return Error { Error::Kind::Cancelled, tr("The export was cancelled.") };
        }
    }
    if (!painter.end())
        return Error { Error::Kind::Failure, tr("Cannot finish the pages of the notes.") };
    return true;
}

void NotesDocument::paintPage(QPainter &painter, int page) const
{
    const qreal width = kPaperSize.width();
    const qreal bodyWidth = m_bodySize.width();
    // Header: the report's title over a hairline.
    const QFont small = paperFont(kHeaderPointSize, painter.device());
    painter.setFont(small);
    painter.setPen(kHeaderColor);
    const QFontMetricsF metrics(small, painter.device());
    const qreal headerBaseline = kMargins.top() - 24;
    painter.drawText(
        QPointF(kMargins.left(), headerBaseline), metrics.elidedText(m_title, Qt::ElideMiddle, bodyWidth));
    painter.setPen(QPen(kRuleColor, 0.5));
    painter.drawLine(
        QPointF(kMargins.left(), headerBaseline + 6), QPointF(width - kMargins.right(), headerBaseline + 6));

    // Footer: "Page x of y", centred.
    painter.setPen(kHeaderColor);
    const QString footer = tr("Page %1 of %2").arg(page + 1).arg(pageCount());
    const qreal footerBaseline = kPaperSize.height() - kMargins.bottom() + 34;
    painter.drawText(QPointF((width - metrics.horizontalAdvance(footer)) / 2, footerBaseline), footer);

    // Body: this page's slice of the document, backgrounds and bars first.
    painter.save();
    const QRectF slice(0, page * m_bodySize.height(), bodyWidth, m_bodySize.height());
    painter.translate(kMargins.left(), kMargins.top() - slice.top());
    painter.setClipRect(slice);
    if (size_t(page) < m_bars.size()) {
        for (const Bar &bar : m_bars[size_t(page)])
            painter.fillRect(bar.rect, bar.color);
    }
    // A paragraph that runs on from the page before: Qt would draw its last
    // line there again above this page, clipped out of sight but not out of
    // the PDF's text (copying would give the line twice). Its lines here are
    // drawn one by one, the rest of the page as usual.
    const QTextBlock runOn = size_t(page) < m_runOn.size() ? m_runOn[size_t(page)] : QTextBlock();
    QRectF rest = slice;
    if (runOn.isValid()) {
        const QTextLayout *layout = runOn.layout();
        painter.setPen(QColor(0x20, 0x21, 0x24));
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qreal middle = layout->position().y() + line.y() + line.height() / 2;
            if (middle > slice.top() && middle < slice.bottom())
                line.draw(&painter, layout->position());
        }
        rest.setTop(
            qMin(slice.bottom(), m_document.documentLayout()->blockBoundingRect(runOn).bottom() + 0.01));
    }
    m_document.drawContents(&painter, rest);
    painter.restore();
}

} // namespace pizhu
