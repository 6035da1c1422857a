// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "partrole.h"
#include "tag.h"

#include <QAbstractListModel>
#include <QUuid>

namespace pizhu {

class AnnotationSession;

// The open report's annotations in document order, for the annotations dock.
// Observes the session; owns no storage.
class AnnotationListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QUuid
        QuoteRole,
        NoteRole,
        ColorRole, // 0–4
        TagsRole, // QList<Tag>
        StatusRole, // int(CommitmentStatus)
        StatusTextRole,
        ResponsibleUnitRole,
        DueRole, // QDate
        OverdueRole, // bool: due before today and not done
        HeadingPathRole,
        OrphanedRole,
        StartRole, // the anchor's start offset
    };

    explicit AnnotationListModel(AnnotationSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // For the filter: plain access without QVariants.
    const Annotation &annotationAt(int row) const { return m_annotations.at(row); }
    QList<PartRole> partRolesAt(int row) const;
    QList<Tag> tagsAt(int row) const;
    QStringList tagNamesAt(int row) const;
    QModelIndex indexOf(const QUuid &id) const;


private:
    void reset();

    AnnotationSession *m_session = nullptr;
    QList<Annotation> m_annotations; // the session's list (shared, copied on write)
};

} // namespace pizhu
