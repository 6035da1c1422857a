// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationfilter.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;

namespace pizhu {

class AnnotationFilterModel;
class AnnotationListModel;
class AnnotationSession;

// The annotations dock: the open report's annotations in document order,
// a filter over them, and a section for those that could not be placed.
class AnnotationsDock final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationsDock)

public:
    explicit AnnotationsDock(AnnotationSession *session, QWidget *parent = nullptr);

    AnnotationFilter filter() const;
    void setFilter(const AnnotationFilter &filter);
    void focusFilter();

    // The annotation shown as current, null when none.
    QUuid currentId() const;
    void setCurrentId(const QUuid &id);
    QList<QUuid> selectedIds() const;
    // The shown annotations (after the filter), placed ones in document order.
    QList<QUuid> visibleIds() const;

    AnnotationListModel *model() const { return m_model; }
    AnnotationFilterModel *placedModel() const { return m_placed; }
    AnnotationFilterModel *orphanModel() const { return m_orphans; }
    QListView *list() const { return m_list; }
    QListView *orphanList() const { return m_orphanList; }

Q_SIGNALS:
    // Clicked or Enter: show the passage.
    void activated(const QUuid &id);
    void currentChanged(const QUuid &id);

private:
    void buildFilterRow();
    void fillTagBox();
    void applyFilter();
    void updateCounts();
    void deleteSelected();
    QListView *createList(AnnotationFilterModel *model, const QString &name);

    AnnotationSession *m_session = nullptr;
    AnnotationListModel *m_model = nullptr;
    AnnotationFilterModel *m_placed = nullptr;
    AnnotationFilterModel *m_orphans = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tagBox = nullptr;
    QComboBox *m_colorBox = nullptr;
    QComboBox *m_statusBox = nullptr;
    QComboBox *m_partBox = nullptr;
    QLabel *m_countLabel = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_orphanLabel = nullptr;
    QListView *m_orphanList = nullptr;
    bool m_settingFilter = false;
};

} // namespace pizhu
