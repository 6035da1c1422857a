// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationsdock.h"

#include "annotationdelegate.h"
#include "annotationfiltermodel.h"
#include "annotationlistmodel.h"
#include "annotationsession.h"
#include "highlightpalette.h"
#include "notelabels.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pizhu {

AnnotationsDock::AnnotationsDock(AnnotationSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AnnotationListModel(session, this))
    , m_placed(new AnnotationFilterModel(m_model, AnnotationFilterModel::Placement::Placed, this))
    , m_orphans(new AnnotationFilterModel(m_model, AnnotationFilterModel::Placement::Orphaned, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    buildFilterRow();
    m_list = createList(m_placed, u"annotationList"_s);
    m_list->setAccessibleName(tr("Annotations"));
    m_orphanLabel = new QLabel(this);
    m_orphanLabel->setWordWrap(true);
    m_orphanList = createList(m_orphans, u"orphanList"_s);
    m_orphanList->setAccessibleName(tr("Annotations that could not be placed"));
    m_orphanList->setMaximumHeight(180);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_orphanLabel);
    layout->addWidget(m_orphanList);

    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(m_placed), static_cast<QAbstractItemModel *>(m_orphans)}) {
        connect(m, &QAbstractItemModel::rowsInserted, this, &AnnotationsDock::updateCounts);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &AnnotationsDock::updateCounts);
        connect(m, &QAbstractItemModel::modelReset, this, &AnnotationsDock::updateCounts);
        connect(m, &QAbstractItemModel::layoutChanged, this, &AnnotationsDock::updateCounts);
    }
    connect(session, &AnnotationSession::tagsChanged, this, &AnnotationsDock::fillTagBox);
    connect(&HighlightPalette::instance(), &HighlightPalette::changed, this, [this] {
        for (int c = 0; c < HighlightPalette::kCount; ++c) {
            m_colorBox->setItemText(c + 1, HighlightPalette::instance().name(c));
            m_colorBox->setItemIcon(c + 1, HighlightPalette::instance().swatch(c));
        }
        m_list->viewport()->update();
    });

    auto *remove = new QAction(tr("Delete Annotation"), this);
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, &AnnotationsDock::deleteSelected);
    m_list->addAction(remove);
    m_orphanList->addAction(remove);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_orphanList->setContextMenuPolicy(Qt::ActionsContextMenu);
    fillTagBox();
    updateCounts();
}

QListView *AnnotationsDock::createList(AnnotationFilterModel *model, const QString &name)
{
    auto *view = new QListView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setItemDelegate(new AnnotationDelegate(view));
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setResizeMode(QListView::Adjust); // rows re-measured when the dock narrows
    view->setAlternatingRowColors(true);
    connect(view, &QListView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT activated(i.data(AnnotationListModel::IdRole).toUuid());
    });
    connect(view, &QListView::clicked, this, [this](const QModelIndex &i) {
        Q_EMIT activated(i.data(AnnotationListModel::IdRole).toUuid());
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        Q_EMIT currentChanged(i.data(AnnotationListModel::IdRole).toUuid());
    });
    return view;
}

void AnnotationsDock::buildFilterRow()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"annotationFilter"_s);
    m_search->setPlaceholderText(tr("Filter: quote, note, tag, unit"));
    m_search->setAccessibleName(tr("Filter annotations"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &AnnotationsDock::applyFilter);

    m_tagBox = new QComboBox(this);
    m_tagBox->setAccessibleName(tr("Filter by tag"));
    m_colorBox = new QComboBox(this);
    m_colorBox->setAccessibleName(tr("Filter by colour"));
    m_colorBox->addItem(tr("All colours"), -1);
    for (int c = 0; c < HighlightPalette::kCount; ++c)
        m_colorBox->addItem(HighlightPalette::instance().swatch(c), HighlightPalette::instance().name(c), c);
    m_statusBox = new QComboBox(this);
    m_statusBox->setAccessibleName(tr("Filter by status"));
    m_statusBox->addItem(tr("Any status"), -1);
    m_statusBox->addItem(NoteLabels::statusGroupText(CommitmentStatus::None), int(CommitmentStatus::None));
    for (CommitmentStatus s : kCommitmentStatuses)
        m_statusBox->addItem(NoteLabels::statusGroupText(s), int(s));
    m_partBox = new QComboBox(this);
    m_partBox->setAccessibleName(tr("Filter by part"));
    m_partBox->addItem(tr("All parts"), int(PartRole::None));
    for (PartRole p : kPartRoles)
        m_partBox->addItem(NoteLabels::roleText(p), int(p));
    for (QComboBox *box : {m_tagBox, m_colorBox, m_statusBox, m_partBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(4);
        connect(box, &QComboBox::currentIndexChanged, this, &AnnotationsDock::applyFilter);
    }
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"annotationCount"_s);

    auto *grid = new QGridLayout;
    grid->setSpacing(4);
    grid->addWidget(m_search, 0, 0, 1, 2);
    grid->addWidget(m_tagBox, 1, 0);
    grid->addWidget(m_colorBox, 1, 1);
    grid->addWidget(m_statusBox, 2, 0);
    grid->addWidget(m_partBox, 2, 1);
    grid->addWidget(m_countLabel, 3, 0, 1, 2);
    static_cast<QVBoxLayout *>(layout())->addLayout(grid);
}

void AnnotationsDock::fillTagBox()
{
    const qint64 current = m_tagBox->currentData().isValid() ? m_tagBox->currentData().toLongLong() : -1;
    const QSignalBlocker blocker(m_tagBox);
    m_tagBox->clear();
    m_tagBox->addItem(tr("All tags"), qint64(-1));
    for (const TagUsage &t : m_session->tags()) {
        QPixmap chip(12, 12);
        chip.fill(QColor::fromString(t.tag.color));
        m_tagBox->addItem(QIcon(chip), t.tag.name, t.tag.id);
    }
    const int at = m_tagBox->findData(current);
    m_tagBox->setCurrentIndex(at >= 0 ? at : 0);
    if (at < 0 && current >= 0)
        applyFilter(); // the tag filtered on is gone
}

AnnotationFilter AnnotationsDock::filter() const
{
    AnnotationFilter f;
    f.text = m_search->text().trimmed();
    f.tagId = m_tagBox->currentData().toLongLong();
    f.color = m_colorBox->currentData().toInt();
    if (const int s = m_statusBox->currentData().toInt(); s >= 0)
        f.status = CommitmentStatus(s);
    f.part = PartRole(m_partBox->currentData().toInt());
    return f;
}

void AnnotationsDock::setFilter(const AnnotationFilter &f)
{
    m_settingFilter = true;
    m_search->setText(f.text);
    m_tagBox->setCurrentIndex(qMax(0, m_tagBox->findData(f.tagId)));
    m_colorBox->setCurrentIndex(qMax(0, m_colorBox->findData(f.color)));
    m_statusBox->setCurrentIndex(qMax(0, m_statusBox->findData(f.status ? int(*f.status) : -1)));
    m_partBox->setCurrentIndex(qMax(0, m_partBox->findData(int(f.part))));
    m_settingFilter = false;
    applyFilter();
}

void AnnotationsDock::focusFilter()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AnnotationsDock::applyFilter()
{
    if (m_settingFilter)
        return;
    const AnnotationFilter f = filter();
    m_placed->setFilter(f);
    m_orphans->setFilter(f);
    updateCounts();
}

void AnnotationsDock::updateCounts()
{
    const int total = m_model->rowCount();
    const int shown = m_placed->rowCount() + m_orphans->rowCount();
    m_countLabel->setText(filter().isEmpty() ? tr("%n annotation(s)", nullptr, total)
                                             : tr("%1 of %n annotation(s)", nullptr, total).arg(shown));
    const int orphans = m_orphans->rowCount();
    m_orphanLabel->setText(tr("Could not be placed (%1): the passage was changed or removed in this version. "
                              "The quotes are kept.")
                               .arg(orphans));
    m_orphanLabel->setVisible(orphans > 0);
    m_orphanList->setVisible(orphans > 0);
}

QUuid AnnotationsDock::currentId() const
{
    const QListView *view = m_orphanList->hasFocus() ? m_orphanList : m_list;
    return view->currentIndex().data(AnnotationListModel::IdRole).toUuid();
}

void AnnotationsDock::setCurrentId(const QUuid &id)
{
    const QModelIndex source = m_model->indexOf(id);
    for (auto [view, proxy] : {std::pair{m_list, m_placed}, std::pair{m_orphanList, m_orphans}}) {
        const QModelIndex i = proxy->mapFromSource(source);
        if (i.isValid()) {
            const QSignalBlocker blocker(view->selectionModel());
            view->setCurrentIndex(i);
            view->scrollTo(i);
            view->viewport()->update();
        }
    }
}

QList<QUuid> AnnotationsDock::selectedIds() const
{
    QList<QUuid> ids;
    for (const QListView *view : {m_list, m_orphanList}) {
        for (const QModelIndex &i : view->selectionModel()->selectedIndexes())
            ids.append(i.data(AnnotationListModel::IdRole).toUuid());
    }
    return ids;
}

QList<QUuid> AnnotationsDock::visibleIds() const
{
    QList<QUuid> ids;
    for (int row = 0; row < m_placed->rowCount(); ++row)
        ids.append(m_placed->index(row, 0).data(AnnotationListModel::IdRole).toUuid());
    return ids;
}

void AnnotationsDock::deleteSelected()
{
    QList<QUuid> ids = selectedIds();
    if (ids.isEmpty() && !currentId().isNull())
        ids.append(currentId());
    m_session->remove(ids);
}

} // namespace pizhu
