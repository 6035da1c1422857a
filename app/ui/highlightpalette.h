// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightdefaults.h"

#include <QColor>
#include <QIcon>
#include <QObject>
#include <QStringList>

namespace pizhu {

// The five highlight colours and the names staff give them ("承诺", "问题"…
// or just 黄/绿): kept in the settings, shared by the reader, the toolbar, the
// annotations dock and the note editor.
class HighlightPalette final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightPalette)

public:
    static constexpr int kCount = HighlightDefaults::kCount;

    static HighlightPalette &instance();

    // Translucent, to draw under the text so that figure colours show through.
    QColor color(int index) const;
    QColor solidColor(int index) const;
    QString name(int index) const;
    QIcon swatch(int index) const;

    // An empty name or an invalid colour restores the default. Saved at once.
    void set(const QStringList &names, const QList<QColor> &colors);
    // Reads the settings again (e.g. after the language changed).
    void reload();

Q_SIGNALS:
    void changed();

private:
    HighlightPalette();

    QStringList m_names;
    QList<QColor> m_colors;
};

} // namespace pizhu
