// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuremodel.h"

#include "notelabels.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pizhu {

FigureModel::FigureModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FigureModel::setFigures(const QList<Figure> &figures)
{
    beginResetModel();
    m_figures = figures;
    endResetModel();
}

int FigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int FigureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FigureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Figure &f = m_figures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return f.label;
        case ValueColumn:
            return f.value;
        case UnitColumn:
            return f.unit;
        case NormalizedColumn:
            return QLocale().toString(f.normalized, 'g', 12);
        case PartColumn:
            return NoteLabels::roleText(f.part);
        case SectionColumn:
            return f.section();
        }
        return {};
    case Qt::ToolTipRole:
        return f.sentence;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == NormalizedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StartRole:
        return qint64(f.start);
    case EndRole:
        return qint64(f.end);
    case SortRole:
        switch (index.column()) {
        case ValueColumn:
        case NormalizedColumn:
            return f.normalized;
        case PartColumn:
        case SectionColumn:
            return qint64(f.start); // document order
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant FigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Indicator");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case NormalizedColumn:
        return tr("Normalized");
    case PartColumn:
        return tr("Part");
    case SectionColumn:
        return tr("Section");
    }
    return {};
}

} // namespace pizhu
