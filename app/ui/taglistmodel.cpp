// SPDX-License-Identifier: GPL-3.0-or-later
#include "taglistmodel.h"

#include "annotationsession.h"
#include "renametagcommand.h"

#include <QColor>
#include <QSet>
#include <QUndoStack>

namespace pizhu {

TagListModel::TagListModel(AnnotationSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_tags(session->tags())
{
    connect(m_session, &AnnotationSession::tagsChanged, this, &TagListModel::follow);
}

TagListModel::~TagListModel() = default;

void TagListModel::follow()
{
    const QList<TagUsage> &next = m_session->tags();
    QSet<qint64> nextIds;
    for (const TagUsage &t : next)
        nextIds.insert(t.tag.id);
    // Take out what went, then put in what came, each where it belongs, so
    // that views keep their current row and open editors.
    for (int row = int(m_tags.size()) - 1; row >= 0; --row) {
        if (!nextIds.contains(m_tags.at(row).tag.id)) {
            beginRemoveRows({}, row, row);
            m_tags.removeAt(row);
            endRemoveRows();
        }
    }
    QSet<qint64> kept;
    for (const TagUsage &t : std::as_const(m_tags))
        kept.insert(t.tag.id);
    for (int row = 0; row < next.size(); ++row) {
        const qint64 id = next.at(row).tag.id;
        if (row < m_tags.size() && m_tags.at(row).tag.id == id)
            continue;
        if (kept.contains(id)) {
            // Reordered (TagStore::all() never does): start afresh.
            beginResetModel();
            m_tags = next;
            endResetModel();
            return;
        }
        beginInsertRows({}, row, row);
        m_tags.insert(row, next.at(row));
        endInsertRows();
    }
    if (m_tags != next) {
        m_tags = next;
        Q_EMIT dataChanged(index(0, 0), index(int(m_tags.size()) - 1, ColumnCount - 1));
    }
}

int TagListModel::rowOf(qint64 tagId) const
{
    for (int row = 0; row < m_tags.size(); ++row) {
        if (m_tags.at(row).tag.id == tagId)
            return row;
    }
    return -1;
}

qint64 TagListModel::idAt(int row) const
{
    return row >= 0 && row < m_tags.size() ? m_tags.at(row).tag.id : -1;
}

int TagListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

int TagListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TagUsage &t = m_tags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CountColumn)
            return t.annotationCount;
        return t.tag.name;
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(t.tag.name) : QVariant();
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(QColor::fromString(t.tag.color)) : QVariant();
    case Qt::ToolTipRole:
        return t.tag.description.isEmpty() ? QVariant() : QVariant(t.tag.description);
    case Qt::AccessibleTextRole:
        return tr("%1: %n annotation(s)", nullptr, t.annotationCount).arg(t.tag.name);
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return t.tag.id;
    case NameRole:
        return t.tag.name;
    case ColorRole:
        return QColor::fromString(t.tag.color);
    case CountRole:
        return t.annotationCount;
    case DescriptionRole:
        return t.tag.description;
    default:
        return {};
    }
}

QVariant TagListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Tag");
    case CountColumn:
        return tr("Annotations");
    default:
        return {};
    }
}

Qt::ItemFlags TagListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn && m_session->isAvailable())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TagListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const qint64 id = m_tags.at(index.row()).tag.id;
    const QString name = value.toString().trimmed();
    if (name == m_tags.at(index.row()).tag.name)
        return true;
    // Through the stack: renaming is undoable. A refused name (empty, taken)
    // leaves nothing on the stack and is reported through the session.
    m_session->undoStack()->push(new RenameTagCommand(m_session, id, name));
    const auto renamed = m_session->tag(id);
    return renamed && renamed->name == name;
}

QHash<int, QByteArray> TagListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "tagId");
    names.insert(NameRole, "name");
    names.insert(ColorRole, "color");
    names.insert(CountRole, "count");
    names.insert(DescriptionRole, "description");
    return names;
}

} // namespace pizhu
