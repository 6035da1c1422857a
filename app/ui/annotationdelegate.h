// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace pizhu {

// One annotation in the dock: its colour as a bar, the quote (two lines at
// most), the tags as chips with status, unit and due date, and the note's
// first line.
class AnnotationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int kMargin = 6;
    static constexpr int kBar = 4;
    static constexpr int kQuoteLines = 2;
};

} // namespace pizhu
