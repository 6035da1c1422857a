// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationfiltermodel.h"

#include "annotationlistmodel.h"

namespace pizhu {

AnnotationFilterModel::AnnotationFilterModel(AnnotationListModel *source, Placement placement, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
    , m_placement(placement)
{
    setSourceModel(source);
    // Edits (a new tag, a changed status) may move an annotation in or out.
    setDynamicSortFilter(true);
}

void AnnotationFilterModel::setFilter(const AnnotationFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const Annotation &a = m_source->annotationAt(sourceRow);
    if (a.orphaned != (m_placement == Placement::Orphaned))
        return false;
    if (m_filter.isEmpty())
        return true;
    // Parts and tag names cost a lookup: only when the filter asks.
    const QList<PartRole> roles = m_filter.part != PartRole::None ? m_source->partRolesAt(sourceRow) : QList<PartRole>();
    const QStringList names = m_filter.text.isEmpty() ? QStringList() : m_source->tagNamesAt(sourceRow);
    return m_filter.accepts(a, roles, names);
}

} // namespace pizhu
