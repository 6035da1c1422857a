// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outlinenode.h"

#include <QAbstractItemModel>
#include <vector>

namespace pizhu {

class Report;

// The outline tree of a report for views: the title, then its parts (with
// their role), sections and items. Observes a Report; owns a copy of its tree.
class OutlineModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // Block::Kind as int
        PartRoleRole, // the part's role id: measures, shortcomings, …
        BlockRole, // the heading's block ordinal
        LabelRole,
        TitleRole,
        BadgeRole, // the part's role for people: 举措成效, 不足 … (empty for other nodes)
    };

    explicit OutlineModel(QObject *parent = nullptr);
    ~OutlineModel() override;

    void setReport(const Report &report);
    void clear();
    // The deepest node whose heading is the block or encloses it.
    QModelIndex indexForBlock(int blockOrdinal) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        const OutlineNode *node = nullptr;
        int parent = -1; // index into m_entries, -1 for the top level
        int row = 0;
        std::vector<int> children;
    };
    void addEntry(const OutlineNode *node, int parent, int row);

    OutlineNode m_root;
    bool m_hasRoot = false;
    std::vector<Entry> m_entries; // m_entries[0] is the title
    std::vector<int> m_blockOrdinals; // sorted heading blocks …
    std::vector<int> m_blockEntries; // … and their entries
};

} // namespace pizhu
