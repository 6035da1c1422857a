// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationfilter.h"

#include <QSortFilterProxyModel>

namespace pizhu {

class AnnotationListModel;

// The annotations the dock shows: those placed in the text, or (for the
// dock's orphans section) those that could not be placed, narrowed by the
// user's filter. Document order is the source's order.
class AnnotationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationFilterModel)

public:
    enum class Placement { Placed, Orphaned };

    explicit AnnotationFilterModel(AnnotationListModel *source, Placement placement, QObject *parent = nullptr);

    void setFilter(const AnnotationFilter &filter);
    const AnnotationFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AnnotationListModel *m_source = nullptr;
    Placement m_placement;
    AnnotationFilter m_filter;
};

} // namespace pizhu
