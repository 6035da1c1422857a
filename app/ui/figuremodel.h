// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QAbstractTableModel>

namespace pizhu {

// The figures of the open report, for the Figures dock: one row per
// indicator in document order, sortable by each column.
class FigureModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureModel)

public:
    enum Column { LabelColumn, ValueColumn, UnitColumn, NormalizedColumn, PartColumn, SectionColumn, ColumnCount };
    enum Role {
        StartRole = Qt::UserRole + 1, // offsets of the figure in the canonical text
        EndRole,
        SortRole,
    };

    explicit FigureModel(QObject *parent = nullptr);

    void setFigures(const QList<Figure> &figures);
    const QList<Figure> &figures() const { return m_figures; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Figure> m_figures;
};

} // namespace pizhu
