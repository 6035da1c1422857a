// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlistmodel.h"

#include "annotationsession.h"
#include "notelabels.h"

using namespace Qt::StringLiterals;

namespace pizhu {

AnnotationListModel::AnnotationListModel(AnnotationSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    // The session has changed its list when it signals; taking its (shared)
    // list between begin and end keeps the model's rows consistent.
    connect(session, &AnnotationSession::annotationsReset, this, &AnnotationListModel::reset);
    connect(session, &AnnotationSession::annotationInserted, this, [this](int row) {
        beginInsertRows({}, row, row);
        m_annotations = m_session->annotations();
        endInsertRows();
    });
    connect(session, &AnnotationSession::annotationRemoved, this, [this](int row) {
        beginRemoveRows({}, row, row);
        m_annotations = m_session->annotations();
        endRemoveRows();
    });
    connect(session, &AnnotationSession::annotationUpdated, this, [this](int row) {
        m_annotations = m_session->annotations();
        Q_EMIT dataChanged(index(row), index(row));
    });
    connect(session, &AnnotationSession::tagsChanged, this, [this] {
        if (!m_annotations.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_annotations.size()) - 1), {TagsRole, Qt::ToolTipRole});
    });
    m_annotations = session->annotations();
}

void AnnotationListModel::reset()
{
    beginResetModel();
    m_annotations = m_session->annotations();
    endResetModel();
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_annotations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case QuoteRole:
        return a.anchor.exact;
    case Qt::ToolTipRole:
        return a.note.isEmpty() ? a.anchor.exact : a.note;
    case Qt::AccessibleDescriptionRole:
        return QStringList{tagNamesAt(index.row()).join(u' '), NoteLabels::statusText(a.status), a.note.left(80)}.join(u" · "_s);
    case IdRole:
        return a.id;
    case NoteRole:
        return a.note;
    case ColorRole:
        return a.color;
    case TagsRole:
        return QVariant::fromValue(tagsAt(index.row()));
    case StatusRole:
        return int(a.status);
    case StatusTextRole:
        return NoteLabels::statusText(a.status);
    case ResponsibleUnitRole:
        return a.responsibleUnit;
    case DueRole:
        return a.due;
    case OverdueRole:
        return a.due.isValid() && a.due < QDate::currentDate() && a.status != CommitmentStatus::None
            && a.status != CommitmentStatus::Done;
    case HeadingPathRole:
        return a.anchor.headingPath;
    case OrphanedRole:
        return a.orphaned;
    case StartRole:
        return qint64(a.anchor.start);
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"}, {QuoteRole, "quote"}, {NoteRole, "note"}, {ColorRole, "color"},
                  {TagsRole, "tags"}, {StatusRole, "status"}, {StatusTextRole, "statusText"},
                  {ResponsibleUnitRole, "responsibleUnit"}, {DueRole, "due"}, {OverdueRole, "overdue"},
                  {HeadingPathRole, "headingPath"}, {OrphanedRole, "orphaned"}, {StartRole, "start"}});
    return names;
}

QList<PartRole> AnnotationListModel::partRolesAt(int row) const
{
    const Annotation &a = m_annotations.at(row);
    if (a.orphaned)
        return {}; // its passage is gone: it lies in no part of this version
    return m_session->report().rolesAt(a.anchor.start);
}

QList<Tag> AnnotationListModel::tagsAt(int row) const
{
    return m_session->tagsOf(m_annotations.at(row));
}

QStringList AnnotationListModel::tagNamesAt(int row) const
{
    QStringList names;
    for (const Tag &t : m_session->tagsOf(m_annotations.at(row)))
        names.append(t.name);
    return names;
}

QModelIndex AnnotationListModel::indexOf(const QUuid &id) const
{
    for (int row = 0; row < m_annotations.size(); ++row) {
        if (m_annotations.at(row).id == id)
            return index(row);
    }
    return {};
}

} // namespace pizhu
