// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinedelegate.h"

#include "outlinemodel.h"

#include <QPainter>

namespace pizhu {

namespace {

// One hue per role, mixed with the palette so that light and dark both read well.
QColor roleColor(const QString &role)
{
    if (role == QLatin1String("measures"))
        return QColor(0x2e, 0x7d, 0x32);
    if (role == QLatin1String("shortcomings"))
        return QColor(0xc6, 0x28, 0x28);
    if (role == QLatin1String("leadership"))
        return QColor(0x6a, 0x1b, 0x9a);
    if (role == QLatin1String("plans"))
        return QColor(0x15, 0x65, 0xc0);
    return QColor(0x75, 0x75, 0x75);
}

} // namespace

OutlineDelegate::OutlineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

OutlineDelegate::~OutlineDelegate() = default;

void OutlineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString badge = index.data(OutlineModel::BadgeRole).toString();
    if (badge.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics fm(font);
    const int padding = fm.height() / 3;
    const int badgeWidth = fm.horizontalAdvance(badge) + 2 * padding;
    const int gap = padding;

    QStyleOptionViewItem text = option;
    text.rect.setRight(option.rect.right() - badgeWidth - 2 * gap);
    QStyledItemDelegate::paint(painter, text, index);

    const QRect pill(option.rect.right() - badgeWidth - gap, option.rect.center().y() - fm.height() / 2 - 1,
                     badgeWidth, fm.height() + 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = roleColor(index.data(OutlineModel::PartRoleRole).toString());
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, badge);
    painter->restore();
}

} // namespace pizhu
