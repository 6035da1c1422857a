// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarymodel.h"

#include "reportstore.h"

using namespace Qt::StringLiterals;

namespace pizhu {

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LibraryModel::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void LibraryModel::reload()
{
    setReports(m_db ? ReportStore(*m_db).reports() : QList<ReportSummary>());
}

void LibraryModel::setReports(const QList<ReportSummary> &reports)
{
    beginResetModel();
    m_reports = reports;
    endResetModel();
}

int LibraryModel::rowOf(qint64 reportId) const
{
    for (int row = 0; row < m_reports.size(); ++row) {
        if (m_reports.at(row).id == reportId)
            return row;
    }
    return -1;
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::display(const ReportSummary &report, int column) const
{
    switch (column) {
    case IssuerColumn:
        return report.issuer;
    case YearColumn:
        return report.year > 0 ? QVariant(report.year) : QVariant(QString());
    case TitleColumn:
        return report.title.isEmpty() ? tr("(untitled report)") : report.title;
    case NotesColumn:
        return report.annotationCount;
    case CommitmentsColumn:
        return report.commitmentCount;
    default:
        return {};
    }
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportSummary &report = m_reports.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(report, index.column());
    case Qt::ToolTipRole:
        return tr("%1\n%2 · %n version(s)", nullptr, report.versionCount)
            .arg(report.title, report.issuer.isEmpty() ? tr("issuer unknown") : report.issuer);
    case Qt::AccessibleTextRole:
        if (index.column() == NotesColumn)
            return tr("%n note(s)", nullptr, report.annotationCount);
        if (index.column() == CommitmentsColumn)
            return tr("%n commitment(s)", nullptr, report.commitmentCount);
        return display(report, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == YearColumn || index.column() == NotesColumn
            || index.column() == CommitmentsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ReportIdRole:
        return report.id;
    case ContentHashRole:
        return report.latestContentHash;
    case WorkKeyRole:
        return report.workKey;
    case SortRole:
        switch (index.column()) {
        case YearColumn:
            return report.year;
        case NotesColumn:
            return report.annotationCount;
        case CommitmentsColumn:
            return report.commitmentCount;
        default:
            return display(report, index.column());
        }
    case FilterRole:
        return report.issuer + u' ' + (report.year > 0 ? QString::number(report.year) : QString()) + u' '
            + report.title;
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IssuerColumn:
        return tr("Issuer");
    case YearColumn:
        return tr("Year");
    case TitleColumn:
        return tr("Title");
    case NotesColumn:
        return tr("Notes");
    case CommitmentsColumn:
        return tr("Commitments");
    default:
        return {};
    }
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ReportIdRole, "reportId");
    names.insert(ContentHashRole, "contentHash");
    names.insert(WorkKeyRole, "workKey");
    names.insert(SortRole, "sortValue");
    names.insert(FilterRole, "filterText");
    return names;
}

} // namespace pizhu
