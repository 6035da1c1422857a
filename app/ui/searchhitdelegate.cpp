// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchhitdelegate.h"

#include "searchmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace pizhu {

void SearchHitDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const qsizetype markStart = index.data(SearchModel::MarkStartRole).toLongLong();
    const qsizetype markEnd = index.data(SearchModel::MarkEndRole).toLongLong();
    if (index.data(SearchModel::IsReportRole).toBool() || markEnd <= markStart) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear(); // the style draws the background and focus; the text is ours
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect rect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 0, -2, 0);

    QTextLayout layout(text, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (!line.isValid()) {
        layout.endLayout();
        return;
    }
    line.setLineWidth(rect.width());
    layout.endLayout();

    // A translucent marker reads on light and dark themes and under the selection.
    QTextLayout::FormatRange mark;
    mark.start = int(markStart);
    mark.length = int(markEnd - markStart);
    mark.format.setFontWeight(QFont::Bold);
    mark.format.setBackground(QColor(255, 200, 0, 110));
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setClipRect(rect);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal top = rect.top() + (rect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(rect.left(), top), { mark });
    painter->restore();
}

} // namespace pizhu
