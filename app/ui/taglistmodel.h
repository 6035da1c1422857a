// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagusage.h"

#include <QAbstractTableModel>
#include <QList>

namespace pizhu {

class AnnotationSession;

// The tags of the annotation file for views: name (with a colour swatch;
// editable: renaming is an undoable step) and how many annotations carry it.
// Observes the session's tags, oldest first; follows every change with row
// inserts, removals and dataChanged, so that views keep their selection.
class TagListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagListModel)

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        NameRole,
        ColorRole, // QColor
        CountRole, // the number of annotations that carry the tag
        DescriptionRole,
    };

    explicit TagListModel(AnnotationSession *session, QObject *parent = nullptr);
    ~TagListModel() override;

    // The row of a tag, -1 when there is none.
    int rowOf(qint64 tagId) const;
    qint64 idAt(int row) const;
    const QList<TagUsage> &tags() const { return m_tags; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void follow();

    AnnotationSession *m_session = nullptr;
    QList<TagUsage> m_tags;
};

} // namespace pizhu
