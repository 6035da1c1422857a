// SPDX-License-Identifier: GPL-3.0-or-later
#include "commitmentmodel.h"

#include "annotationstore.h"
#include "database.h"
#include "notelabels.h"
#include "reportstore.h"
#include "tagstore.h"

#include <QBrush>
#include <QCollator>
#include <QFont>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pizhu {

CommitmentModel::CommitmentModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{
}

void CommitmentModel::reload(Database *db)
{
    beginResetModel();
    m_rows.clear();
    m_reports.clear();
    m_tags.clear();
    if (db) {
        m_rows = AnnotationStore(*db).commitments();
        for (const ReportSummary &r : ReportStore(*db).reports())
            m_reports.insert(r.workKey, r);
        for (const TagUsage &t : TagStore(*db).all())
            m_tags.insert(t.tag.id, t.tag);
    }
    endResetModel();
}

void CommitmentModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CommitmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommitmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CommitmentModel::isOverdue(int row) const
{
    const Annotation &a = m_rows.at(row);
    return a.due.isValid() && a.due < m_today && a.status != CommitmentStatus::Done;
}

QList<Tag> CommitmentModel::tagsAt(int row) const
{
    QList<Tag> tags;
    for (qint64 id : m_rows.at(row).tagIds) {
        if (const auto it = m_tags.constFind(id); it != m_tags.cend())
            tags.append(*it);
    }
    return tags;
}

QString CommitmentModel::tagNames(const Annotation &a) const
{
    QStringList names;
    for (qint64 id : a.tagIds) {
        if (const auto it = m_tags.constFind(id); it != m_tags.cend())
            names.append(it->name);
    }
    return names.join(u"、"_s);
}

QVariant CommitmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_rows.at(index.row());
    const ReportSummary report = m_reports.value(a.workKey);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ReportColumn:
            if (report.title.isEmpty())
                return tr("(report not in the library)");
            return role == Qt::ToolTipRole ? report.title : (report.year > 0 ? u"%1 · %2"_s.arg(report.year).arg(report.issuer) : report.issuer);
        case QuoteColumn:
            return role == Qt::ToolTipRole && !a.note.isEmpty() ? a.anchor.exact + u"\n\n"_s + a.note : a.anchor.exact;
        case StatusColumn:
            return NoteLabels::statusText(a.status);
        case UnitColumn:
            return a.responsibleUnit;
        case DueColumn:
            if (role == Qt::ToolTipRole && isOverdue(index.row()))
                return tr("Overdue since %1").arg(a.due.toString(Qt::ISODate));
            return a.due.isValid() ? a.due.toString(Qt::ISODate) : QString();
        case TagsColumn:
            return tagNames(a);
        }
        return {};
    case Qt::ForegroundRole:
        if (isOverdue(index.row()) && (index.column() == DueColumn || index.column() == StatusColumn))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::FontRole:
        if (isOverdue(index.row()) && index.column() == DueColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole:
        return a.id;
    case WorkKeyRole:
        return a.workKey;
    case StatusRole:
        return int(a.status);
    case OverdueRole:
        return isOverdue(index.row());
    case ReportTitleRole:
        return report.title;
    case SortRole:
        switch (index.column()) {
        case ReportColumn:
            return QString::number(report.year).rightJustified(4, u'0') + u' ' + report.title;
        case StatusColumn:
            return int(a.status);
        case DueColumn:
            // Without a due date sorts last.
            return a.due.isValid() ? a.due.toString(Qt::ISODate) : u"9999"_s;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant CommitmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReportColumn:
        return tr("Report");
    case QuoteColumn:
        return tr("Commitment");
    case StatusColumn:
        return tr("Status");
    case UnitColumn:
        return tr("Responsible unit");
    case DueColumn:
        return tr("Due");
    case TagsColumn:
        return tr("Tags");
    }
    return {};
}

QStringList CommitmentModel::units() const
{
    QStringList units;
    for (const Annotation &a : m_rows) {
        if (!a.responsibleUnit.isEmpty() && !units.contains(a.responsibleUnit))
            units.append(a.responsibleUnit);
    }
    // By pinyin, as a reader looks for 区司法局 under Q — not by code point, which scatters them.
    const QCollator pinyin(QLocale(QLocale::Chinese, QLocale::China));
    std::sort(units.begin(), units.end(), pinyin);
    return units;
}

QList<ReportSummary> CommitmentModel::reports() const
{
    QList<ReportSummary> reports;
    QSet<QString> seen;
    for (const Annotation &a : m_rows) {
        if (!seen.contains(a.workKey) && m_reports.contains(a.workKey)) {
            seen.insert(a.workKey);
            reports.append(m_reports.value(a.workKey));
        }
    }
    std::sort(reports.begin(), reports.end(),
              [](const ReportSummary &x, const ReportSummary &y) { return x.title < y.title; });
    return reports;
}

} // namespace pizhu
