// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchartobject.h"

#include "chinesefonts.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

// Lengths in points: the document is laid out at 72 dpi.
constexpr qreal kTitleSize = 10.5;
constexpr qreal kLabelSize = 9;
constexpr qreal kTitleHeight = 25; // the title and the hairline under it
constexpr qreal kRowHeight = 17;
constexpr qreal kBarHeight = 10;
constexpr qreal kAfter = 16; // air before the next chart
constexpr qreal kGap = 8; // between a label and its bar, a bar and its count
constexpr qreal kMaxLabelShare = 0.36; // of the width; longer labels are elided
const QColor kTitleColor(0x20, 0x21, 0x24);
const QColor kLabelColor(0x3C, 0x40, 0x43);
const QColor kCountColor(0x5F, 0x63, 0x68);
const QColor kTrackColor(0xF1, 0xF3, 0xF4);
const QColor kRuleColor(0xDA, 0xDC, 0xE0);
const QColor kOthersColor(0xB0, 0xB4, 0xBA);
const QString kEllipsis = u"…"_s;

// A font of this many points on paper, for a painter scaled to points on its
// device: Qt sizes a painter's font by the device's resolution.
QFont paperFont(qreal points, const QPaintDevice *device, QFont::Weight weight = QFont::Normal)
{
    return ChineseFonts::sans(points * 72.0 / device->logicalDpiY(), weight);
}

// The chart's bars, the ones past kMaxBars summed up in a last one.
NotesStatistics::Chart cut(NotesStatistics::Chart chart)
{
    if (chart.counts.size() <= BarChartObject::kMaxBars)
        return chart;
    const qsizetype kept = BarChartObject::kMaxBars - 1;
    int rest = 0;
    for (qsizetype i = kept; i < chart.counts.size(); ++i)
        rest += chart.counts.at(i).second;
    const int others = int(chart.counts.size() - kept);
    chart.counts.resize(kept);
    //: The last bar of a long chart: the entries that did not fit, summed up
    chart.counts.append({ BarChartObject::tr("%n other(s)", nullptr, others), rest });
    // In grey: a sum of several, not one more of the kind.
    chart.barColors.resize(kept);
    chart.barColors.append(kOthersColor);
    return chart;
}

} // namespace

BarChartObject::BarChartObject(QObject *parent)
    : QObject(parent)
{ }

void BarChartObject::setCharts(const QList<NotesStatistics::Chart> &charts)
{
    m_charts.clear();
    for (const NotesStatistics::Chart &chart : charts) {
        if (!chart.counts.isEmpty())
            m_charts.append(cut(chart));
    }
}

QTextCharFormat BarChartObject::format(int index)
{
    QTextCharFormat f;
    f.setObjectType(kType);
    f.setProperty(kChartProperty, index);
    return f;
}

QString BarChartObject::drawnText() const
{
    QString text = m_charts.isEmpty() ? QString() : kEllipsis; // elided labels end with it
    for (const NotesStatistics::Chart &chart : m_charts) {
        text += chart.title;
        for (const auto &[label, count] : chart.counts)
            text += label + QString::number(count);
    }
    return text;
}

QSizeF BarChartObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const qsizetype bars = m_charts.value(format.property(kChartProperty).toInt()).counts.size();
    const QTextFrameFormat root = document->rootFrame()->frameFormat();
    // The whole width of the text, less a hair so that the line never wraps.
    const qreal width = document->textWidth() - root.leftMargin() - root.rightMargin() - 1;
    return { width, kTitleHeight + bars * kRowHeight + kAfter };
}

void BarChartObject::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.property(kChartProperty).toInt();
    if (index < 0 || index >= m_charts.size())
        return;
    const NotesStatistics::Chart &chart = m_charts.at(index);
    const QPaintDevice *device = painter->device();
    painter->save();

    const QFont titleFont = paperFont(kTitleSize, device, QFont::Bold);
    const QFontMetricsF title(titleFont, device);
    painter->setFont(titleFont);
    painter->setPen(kTitleColor);
    painter->drawText(QPointF(rect.left(), rect.top() + title.ascent()), chart.title);
    const qreal rule = rect.top() + kTitleHeight - 7;
    painter->setPen(QPen(kRuleColor, 0.5));
    painter->drawLine(QPointF(rect.left(), rule), QPointF(rect.right(), rule));

    // Labels right-aligned against their bars; the counts just after the bars.
    const QFont labelFont = paperFont(kLabelSize, device);
    const QFontMetricsF metrics(labelFont, device);
    painter->setFont(labelFont);
    // One label column and one room for the counts for all the charts, so
    // that their bars start and their tracks end in line.
    qreal labelWidth = 0;
    qreal countWidth = 0;
    for (const NotesStatistics::Chart &any : std::as_const(m_charts)) {
        for (const auto &[label, count] : any.counts) {
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
            countWidth = std::max(countWidth, metrics.horizontalAdvance(QString::number(count)));
        }
    }
    labelWidth = std::min(labelWidth, rect.width() * kMaxLabelShare);
    int top = 1;
    for (const auto &[label, count] : chart.counts)
        top = std::max(top, count);
    const qreal barLeft = rect.left() + labelWidth + kGap;
    const qreal barRoom = std::max(1.0, rect.right() - countWidth - kGap - barLeft);
    const qreal textDrop = (metrics.ascent() - metrics.descent()) / 2; // centres digits and Han on the bar
    for (qsizetype i = 0; i < chart.counts.size(); ++i) {
        const auto &[label, count] = chart.counts.at(i);
        const qreal middle = rect.top() + kTitleHeight + i * kRowHeight + kRowHeight / 2;
        const qreal barTop = middle - kBarHeight / 2;
        painter->fillRect(QRectF(barLeft, barTop, barRoom, kBarHeight), kTrackColor);
        const qreal length = count > 0 ? std::max(1.5, barRoom * count / top) : 0;
        painter->fillRect(QRectF(barLeft, barTop, length, kBarHeight), chart.barColor(i));
        const QString shown = metrics.elidedText(label, Qt::ElideRight, labelWidth + 0.5);
        painter->setPen(kLabelColor);
        painter->drawText(
            QPointF(barLeft - kGap - metrics.horizontalAdvance(shown), middle + textDrop), shown);
        painter->setPen(kCountColor);
        painter->drawText(QPointF(barLeft + length + kGap / 2, middle + textDrop), QString::number(count));
    }
    painter->restore();
}

} // namespace pizhu
