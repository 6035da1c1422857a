// SPDX-License-Identifier: GPL-3.0-or-later
#include "commitmentfiltermodel.h"

#include "commitmentmodel.h"

namespace pizhu {

CommitmentFilterModel::CommitmentFilterModel(CommitmentModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(CommitmentModel::SortRole);
    setSortLocaleAware(true);
}

void CommitmentFilterModel::setCriteria(const Criteria &criteria)
{
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    invalidateRowsFilter();
}

bool CommitmentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const Annotation &a = m_source->annotationAt(sourceRow);
    const Criteria &c = m_criteria;
    if (c.status && a.status != *c.status)
        return false;
    if (!c.unit.isEmpty() && a.responsibleUnit != c.unit)
        return false;
    if (!c.workKey.isEmpty() && a.workKey != c.workKey)
        return false;
    if (c.overdueOnly && !m_source->isOverdue(sourceRow))
        return false;
    if (c.text.isEmpty())
        return true;
    const QString needle = c.text.trimmed();
    return a.anchor.exact.contains(needle, Qt::CaseInsensitive) || a.note.contains(needle, Qt::CaseInsensitive)
        || a.responsibleUnit.contains(needle, Qt::CaseInsensitive)
        || m_source->reportAt(sourceRow).title.contains(needle, Qt::CaseInsensitive);
}

} // namespace pizhu
