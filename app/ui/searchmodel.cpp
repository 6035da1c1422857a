// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchmodel.h"

using namespace Qt::StringLiterals;

namespace pizhu {

// internalId: 0 for a report row, report row + 1 for its hits.

SearchModel::SearchModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void SearchModel::setResults(const SearchResults &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

void SearchModel::clear()
{
    setResults({});
}

const SearchReport *SearchModel::reportAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    const quintptr id = index.internalId();
    return &m_results.reports.at(id == 0 ? index.row() : qsizetype(id - 1));
}

const SearchHit *SearchModel::hitAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.internalId() == 0)
        return nullptr;
    return &m_results.reports.at(qsizetype(index.internalId() - 1)).hits.at(index.row());
}

QModelIndex SearchModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SearchModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_results.reports.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_results.reports.at(parent.row()).hits.size());
}

int SearchModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SearchReport &report = *reportAt(index);
    if (const SearchHit *hit = hitAt(index))
        return hitData(report, *hit, role);
    return reportData(report, role);
}

QVariant SearchModel::reportData(const SearchReport &report, int role) const
{
    const QString title = report.title.isEmpty() ? tr("(untitled report)") : report.title;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(title).arg(report.hits.size());
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList about;
        if (!report.issuer.isEmpty())
            about << report.issuer;
        if (report.year > 0)
            about << QString::number(report.year);
        const QString hits = report.more
            ? tr("%n hit(s) shown, more in the report", nullptr, int(report.hits.size()))
            : tr("%n hit(s)", nullptr, int(report.hits.size()));
        about << hits;
        return title + u'\n' + about.join(u" · "_s);
    }
    case ReportIdRole:
        return report.reportId;
    case ContentHashRole:
        return report.contentHash;
    case IsReportRole:
        return true;
    case KindRole:
        return -1;
    case HitCountRole:
        return int(report.hits.size());
    default:
        return {};
    }
}

QString SearchModel::label(const SearchHit &hit) const
{
    if (hit.kind == SearchHit::Kind::Text)
        return {};
    return hit.inQuote ? tr("Highlight: ") : tr("Note: ");
}

QVariant SearchModel::hitData(const SearchReport &report, const SearchHit &hit, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return label(hit) + hit.context;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        // The words found, then where: what a listener needs first.
        return label(hit) + hit.context.mid(hit.markStart, hit.markEnd - hit.markStart) + u" — "_s
            + hit.context;
    case ReportIdRole:
        return report.reportId;
    case ContentHashRole:
        return hit.contentHash;
    case IsReportRole:
        return false;
    case KindRole:
        return int(hit.kind);
    case StartRole:
        return qint64(hit.start);
    case EndRole:
        return qint64(hit.end);
    case AnnotationRole:
        return hit.annotation;
    case ContextRole:
        return hit.context;
    case MarkStartRole:
        return qint64(label(hit).size() + hit.markStart);
    case MarkEndRole:
        return qint64(label(hit).size() + hit.markEnd);
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ReportIdRole, "reportId");
    names.insert(ContentHashRole, "contentHash");
    names.insert(IsReportRole, "isReport");
    names.insert(KindRole, "kind");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(AnnotationRole, "annotation");
    names.insert(ContextRole, "context");
    names.insert(MarkStartRole, "markStart");
    names.insert(MarkEndRole, "markEnd");
    names.insert(HitCountRole, "hitCount");
    return names;
}

} // namespace pizhu
