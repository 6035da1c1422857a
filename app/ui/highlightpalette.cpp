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
        storedNames.append(n == HighlightDefaults::name(i) ? QString() : n);
        const QColor c = colors.value(i);
        storedColors.append(c.isValid() && c.rgb() != HighlightDefaults::color(i).rgb() ? c.name() : QString());
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
        m_names.append(n.isEmpty() ? HighlightDefaults::name(i) : n);
        const QColor c = QColor::fromString(colors.value(i));
        m_colors.append(c.isValid() ? c : HighlightDefaults::color(i));
    }
    Q_EMIT changed();
}

} // namespace pizhu
