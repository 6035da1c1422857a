// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlebalancer.h"

#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QtMath>

namespace pizhu {

qreal TitleBalancer::margin(qreal textWidth, qreal lineWidth, qreal slack)
{
    if (textWidth <= lineWidth || lineWidth <= 0)
        return 0;
    const qreal lines = std::ceil(textWidth / lineWidth);
    const qreal even = textWidth / lines + slack;
    return qMax<qreal>(0, (lineWidth - even) / 2);
}

void TitleBalancer::balance(const QTextBlock &block, qreal lineWidth)
{
    if (!block.isValid() || block.text().isEmpty())
        return;
    QTextDocument *doc = const_cast<QTextDocument *>(block.document());
    const QFont font = block.begin().fragment().charFormat().font().resolve(doc->defaultFont());
    const QFontMetricsF metrics(font);
    // Measured whole: CJK text has no kerning across the places it may break.
    const qreal width = metrics.horizontalAdvance(block.text());
    const qreal side = margin(width, lineWidth, metrics.horizontalAdvance(QChar(0x56fd)) /* 国, a full em */);
    QTextBlockFormat format = block.blockFormat();
    if (qAbs(format.leftMargin() - side) < 0.5 && qAbs(format.rightMargin() - side) < 0.5)
        return; // unchanged: no relayout
    format.setLeftMargin(side);
    format.setRightMargin(side);
    QTextCursor(block).setBlockFormat(format);
}

} // namespace pizhu
