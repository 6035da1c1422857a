// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinemodel.h"

#include "notelabels.h"
#include "report.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pizhu {

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

OutlineModel::~OutlineModel() = default;

void OutlineModel::setReport(const Report &report)
{
    beginResetModel();
    m_root = report.outline;
    if (m_root.title.isEmpty())
        m_root.title = tr("(untitled report)");
    m_hasRoot = true;
    m_entries.clear();
    m_blockOrdinals.clear();
    m_blockEntries.clear();
    addEntry(&m_root, -1, 0);
    // Entries are added depth first, which is document order: ordinals come out sorted.
    for (size_t e = 0; e < m_entries.size(); ++e) {
        if (m_entries[e].node->blockOrdinal >= 0) {
            m_blockOrdinals.push_back(m_entries[e].node->blockOrdinal);
            m_blockEntries.push_back(int(e));
        }
    }
    endResetModel();
}

void OutlineModel::clear()
{
    beginResetModel();
    m_root = {};
    m_hasRoot = false;
    m_entries.clear();
    m_blockOrdinals.clear();
    m_blockEntries.clear();
    endResetModel();
}

void OutlineModel::addEntry(const OutlineNode *node, int parent, int row)
{
    const int self = int(m_entries.size());
    m_entries.push_back({node, parent, row, {}});
    if (parent >= 0)
        m_entries[size_t(parent)].children.push_back(self);
    int childRow = 0;
    for (const OutlineNode &child : node->children)
        addEntry(&child, self, childRow++);
}

QModelIndex OutlineModel::indexForBlock(int blockOrdinal) const
{
    auto it = std::upper_bound(m_blockOrdinals.cbegin(), m_blockOrdinals.cend(), blockOrdinal);
    if (it == m_blockOrdinals.cbegin())
        return m_hasRoot ? index(0, 0) : QModelIndex();
    const int e = m_blockEntries[size_t(std::distance(m_blockOrdinals.cbegin(), it) - 1)];
    return createIndex(m_entries[size_t(e)].row, 0, quintptr(e));
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const Entry &p = m_entries[size_t(parent.internalId())];
    return createIndex(row, column, quintptr(p.children[size_t(row)]));
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_entries[size_t(child.internalId())].parent;
    if (p < 0)
        return {};
    return createIndex(m_entries[size_t(p)].row, 0, quintptr(p));
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_hasRoot ? 1 : 0;
    if (parent.column() != 0)
        return 0;
    return int(m_entries[size_t(parent.internalId())].children.size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OutlineNode &node = *m_entries[size_t(index.internalId())].node;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return node.label + node.title;
    case Qt::AccessibleTextRole:
        // Screen readers hear the role the badge shows.
        if (node.role != PartRole::None)
            return node.label + node.title + u", "_s + NoteLabels::roleText(node.role);
        return node.label + node.title;
    case BadgeRole:
        return NoteLabels::roleText(node.role);
    case KindRole:
        return int(node.kind);
    case PartRoleRole:
        return partRoleId(node.role);
    case BlockRole:
        return node.blockOrdinal;
    case LabelRole:
        return node.label;
    case TitleRole:
        return node.title;
    default:
        return {};
    }
}

QHash<int, QByteArray> OutlineModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(PartRoleRole, "partRole");
    names.insert(BlockRole, "block");
    names.insert(LabelRole, "label");
    names.insert(TitleRole, "title");
    names.insert(BadgeRole, "badge");
    return names;
}

} // namespace pizhu
