// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationdelegate.h"

#include "annotationlistmodel.h"
#include "readerview.h"
#include "tagchips.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

QFont smallFont(const QFont &font)
{
    QFont f = font;
    f.setPointSizeF(font.pointSizeF() * 0.88);
    return f;
}

// Status · unit · due, as the second line shows them.
QString metaText(const QModelIndex &index)
{
    QStringList parts;
    if (const QString status = index.data(AnnotationListModel::StatusTextRole).toString(); !status.isEmpty())
        parts.append(status);
    if (const QString unit = index.data(AnnotationListModel::ResponsibleUnitRole).toString(); !unit.isEmpty())
        parts.append(unit);
    if (const QDate due = index.data(AnnotationListModel::DueRole).toDate(); due.isValid())
        parts.append(due.toString(Qt::ISODate)); // 2023-06-30: how Chinese offices write dates in tables
    return parts.join(u" · "_s);
}

QString notePreview(const QModelIndex &index)
{
    const QString note = index.data(AnnotationListModel::NoteRole).toString().trimmed();
    return note.section(u'\n', 0, 0);
}

// Lays the text out in at most maxLines lines of width; the last one elided.
// Returns the height used; paints when painter is set.
int drawWrapped(QPainter *painter, const QString &text, const QFont &font, const QPointF &at, int width, int maxLines)
{
    const QFontMetrics fm(font);
    QTextLayout layout(text, font);
    layout.beginLayout();
    int whole = 0; // lines drawn by the layout
    qreal y = 0;
    QString elided;
    while (whole < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (whole == maxLines - 1 && line.textStart() + line.textLength() < text.size()) {
            elided = fm.elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        line.setPosition(QPointF(0, y));
        y += fm.height();
        ++whole;
    }
    layout.endLayout();
    if (painter) {
        for (int i = 0; i < whole; ++i)
            layout.lineAt(i).draw(painter, at);
        if (!elided.isEmpty())
            painter->drawText(QPointF(at.x(), at.y() + y + fm.ascent()), elided);
    }
    return int(y) + (elided.isEmpty() ? 0 : fm.height());
}

} // namespace

QSize AnnotationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = qMax(80, option.rect.width() > 0 ? option.rect.width() : 280) - 2 * kMargin - kBar - kMargin;
    int height = kMargin + drawWrapped(nullptr, index.data(AnnotationListModel::QuoteRole).toString(), option.font,
                                       {}, width, kQuoteLines);
    const QFontMetrics small(smallFont(option.font));
    const auto tags = index.data(AnnotationListModel::TagsRole).value<QList<Tag>>();
    if (!tags.isEmpty() || !metaText(index).isEmpty())
        height += 3 + qMax(small.height() + 2, TagChips::size(tags, smallFont(option.font)).height());
    if (!notePreview(index).isEmpty())
        height += 2 + small.height();
    return {width, height + kMargin};
}

void AnnotationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and selection from the style; the text is ours
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    QColor bar = ReaderView::highlightColor(index.data(AnnotationListModel::ColorRole).toInt());
    bar.setAlpha(255);
    painter->fillRect(QRect(r.left(), r.top(), kBar, r.height()), bar);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor faint = selected ? text : option.palette.color(group, QPalette::PlaceholderText);
    const int left = r.left() + kBar + kMargin;
    const int width = r.right() - left;

    painter->setPen(text);
    int y = r.top();
    y += drawWrapped(painter, index.data(AnnotationListModel::QuoteRole).toString(), option.font, QPointF(left, y),
                     width, kQuoteLines);

    const QFont small = smallFont(option.font);
    const QFontMetrics sm(small);
    const auto tags = index.data(AnnotationListModel::TagsRole).value<QList<Tag>>();
    const QString meta = metaText(index);
    if (!tags.isEmpty() || !meta.isEmpty()) {
        y += 3;
        const int lineHeight = qMax(sm.height() + 2, TagChips::size(tags, small).height());
        TagChips::paint(painter, QRect(left, y, width, lineHeight), tags, small);
        const int chipsWidth = TagChips::size(tags, small).width();
        const int metaLeft = left + chipsWidth + (chipsWidth > 0 ? TagChips::kGap * 2 : 0);
        const bool overdue = index.data(AnnotationListModel::OverdueRole).toBool();
        painter->setFont(small);
        painter->setPen(overdue && !selected ? QColor(0xc6, 0x28, 0x28) : faint);
        painter->drawText(QRect(metaLeft, y, qMax(0, left + width - metaLeft), lineHeight), Qt::AlignVCenter,
                          sm.elidedText(meta, Qt::ElideRight, qMax(0, left + width - metaLeft)));
        y += lineHeight;
    }
    if (const QString note = notePreview(index); !note.isEmpty()) {
        y += 2;
        painter->setFont(small);
        painter->setPen(faint);
        painter->drawText(QRect(left, y, width, sm.height()), Qt::AlignVCenter,
                          sm.elidedText(note, Qt::ElideRight, width));
    }
    painter->restore();
}

} // namespace pizhu
