// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagchips.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace pizhu {

namespace {
QSize chipSize(const QFontMetrics &fm, const QString &name)
{
    return {fm.horizontalAdvance(name) + 2 * TagChips::kPadding, fm.height() + 2};
}
} // namespace

QSize TagChips::size(const QList<Tag> &tags, const QFont &font)
{
    const QFontMetrics fm(font);
    int width = 0;
    for (const Tag &t : tags)
        width += chipSize(fm, t.name).width() + (width > 0 ? kGap : 0);
    return {width, tags.isEmpty() ? 0 : fm.height() + 2};
}

void TagChips::paint(QPainter *painter, const QRect &rect, const QList<Tag> &tags, const QFont &font)
{
    const QFontMetrics fm(font);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    int x = rect.left();
    for (const Tag &t : tags) {
        const QSize s = chipSize(fm, t.name);
        if (x + s.width() > rect.right() + 1)
            break;
        const QRectF chip(x, rect.top() + (rect.height() - s.height()) / 2.0, s.width(), s.height());
        const QColor background = QColor::fromString(t.color).isValid() ? QColor::fromString(t.color) : QColor(Qt::gray);
        QPainterPath path;
        path.addRoundedRect(chip, s.height() / 2.5, s.height() / 2.5);
        painter->fillPath(path, background);
        painter->setPen(textColor(background));
        painter->drawText(chip, Qt::AlignCenter, t.name);
        x += s.width() + kGap;
    }
    painter->restore();
}

QColor TagChips::textColor(const QColor &background)
{
    // Relative luminance (ITU-R BT.709), the usual threshold for legible text.
    const qreal l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace pizhu
