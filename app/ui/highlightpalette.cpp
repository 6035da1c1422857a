// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightpalette.h"

#include "settings.h"

#include <QPainter>
#include <QPixmap>

namespace pizhu {

namespace {
constexpr int kAlpha = 150;
} // namespace

HighlightPalette &HighlightPalette::instance()
{
    static HighlightPalette palette;
    return palette;
}

HighlightPalette::HighlightPalette()
{
    reload();
}

QColor HighlightPalette::defaultColor(int index)
{
    // Marker colours: yellow, green, blue, pink, orange.
    static const QColor colors[kCount] = {QColor(255, 213, 79), QColor(129, 199, 132), QColor(100, 181, 246),
                                          QColor(240, 98, 146), QColor(255, 167, 38)};
    return colors[qBound(0, index, kCount - 1)];
}

QString HighlightPalette::defaultName(int index)
{
    switch (qBound(0, index, kCount - 1)) {
    case 0:
        return tr("Yellow");
    case 1:
        return tr("Green");
    case 2:
        return tr("Blue");
    case 3:
        return tr("Pink");
    default:
        return tr("Orange");
    }
}

QColor HighlightPalette::color(int index) const
{
    QColor c = solidColor(index);
    c.setAlpha(kAlpha);
    return c;
}

QColor HighlightPalette::solidColor(int index) const
{
    return m_colors.at(qBound(0, index, kCount - 1));
}

QString HighlightPalette::name(int index) const
{
    return m_names.at(qBound(0, index, kCount - 1));
}

QIcon HighlightPalette::swatch(int index) const
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(solidColor(index).darker(140));
    p.setBrush(solidColor(index));
    p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

void HighlightPalette::set(const QStringList &names, const QList<QColor> &colors)
{
    QStringList storedNames;
    QStringList storedColors;
    for (int i = 0; i < kCount; ++i) {
        const QString n = names.value(i).trimmed();
        storedNames.append(n == defaultName(i) ? QString() : n);
        const QColor c = colors.value(i);
        storedColors.append(c.isValid() && c.rgb() != defaultColor(i).rgb() ? c.name() : QString());
    }
    Settings settings;
    settings.setHighlightNames(storedNames);
    settings.setHighlightColors(storedColors);
    reload();
}

void HighlightPalette::reload()
{
    const Settings settings;
    const QStringList names = settings.highlightNames();
    const QStringList colors = settings.highlightColors();
    m_names.clear();
    m_colors.clear();
    for (int i = 0; i < kCount; ++i) {
        const QString n = names.value(i).trimmed();
        m_names.append(n.isEmpty() ? defaultName(i) : n);
        const QColor c = QColor::fromString(colors.value(i));
        m_colors.append(c.isValid() ? c : defaultColor(i));
    }
    Q_EMIT changed();
}

} // namespace pizhu
