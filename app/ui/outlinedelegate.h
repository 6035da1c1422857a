// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace pizhu {

// Draws an outline row with its part's role as a small badge at the right
// edge, so that the badge stays visible when a long heading is elided.
class OutlineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineDelegate)

public:
    explicit OutlineDelegate(QObject *parent = nullptr);
    ~OutlineDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pizhu
