// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notesstatistics.h"

#include <QCoreApplication>
#include <QObject>
#include <QTextCharFormat>
#include <QTextObjectInterface>

namespace pizhu {

// The overview page's horizontal bar charts as objects in a QTextDocument:
// painted with QPainter as vectors — bars as rectangles, title, labels and
// counts as text in the document's face — so that they print sharp and
// their words copy and search like the rest of the PDF. A chart is one
// object on a line of its own, so the layout never splits it over a page.
class BarChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(BarChartObject)

public:
    static constexpr int kType = QTextFormat::UserObject + 1;
    static constexpr int kChartProperty = QTextFormat::UserProperty + 1; // index into charts()
    // A longer chart ends with one bar for the rest, so that any chart fits on a page.
    static constexpr int kMaxBars = 24;

    explicit BarChartObject(QObject *parent = nullptr);

    // Charts without bars are left out; long ones are cut to kMaxBars.
    void setCharts(const QList<NotesStatistics::Chart> &charts);
    const QList<NotesStatistics::Chart> &charts() const { return m_charts; }

    // What an object character that shows charts().at(index) carries.
    static QTextCharFormat format(int index);
    // Every character the charts draw, for SharedGlyphs.
    QString drawnText() const;

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
        const QTextFormat &format) override;

private:
    QList<NotesStatistics::Chart> m_charts;
};

} // namespace pizhu
