// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace pizhu {

class CommitmentModel;

// The commitment tracker's filters: text, status, responsible unit, report,
// overdue only; sorting by each column's own order (dates as dates).
class CommitmentFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitmentFilterModel)

public:
    struct Criteria
    {
        QString text;
        std::optional<CommitmentStatus> status;
        QString unit; // empty: any
        QString workKey; // empty: any report
        bool overdueOnly = false;

        friend bool operator==(const Criteria &, const Criteria &) = default;
    };

    explicit CommitmentFilterModel(CommitmentModel *source, QObject *parent = nullptr);

    void setCriteria(const Criteria &criteria);
    const Criteria &criteria() const { return m_criteria; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    CommitmentModel *m_source = nullptr;
    Criteria m_criteria;
};

} // namespace pizhu
