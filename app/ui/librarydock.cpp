// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydock.h"

#include "librarymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pizhu {

LibraryDock::LibraryDock(QWidget *parent)
    : QWidget(parent)
    , m_model(new LibraryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"libraryDock"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LibraryModel::SortRole);
    m_proxy->setFilterRole(LibraryModel::FilterRole);
    m_proxy->setFilterKeyColumn(LibraryModel::TitleColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_filter->setObjectName(u"libraryFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by issuer, year or title"));
    m_filter->setAccessibleName(tr("Filter reports"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    // Enter in the filter opens the report it leaves (or the first of several).
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        open(current.isValid() ? current : m_proxy->index(0, 0));
    });

    m_view->setObjectName(u"libraryView"_s);
    m_view->setAccessibleName(tr("Reports in the library"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LibraryModel::YearColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    // Double click and Enter (and a single click where the platform activates on one).
    connect(m_view, &QAbstractItemView::activated, this, &LibraryDock::open);

    m_count->setObjectName(u"libraryCount"_s);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryDock::updateCount);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    setFocusProxy(m_view);
    updateCount();
}

void LibraryDock::setDatabase(Database *db)
{
    m_model->setDatabase(db);
}

void LibraryDock::reload()
{
    const qint64 current = currentReport();
    m_model->reload();
    setCurrentReport(current);
}

void LibraryDock::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void LibraryDock::setCurrentReport(qint64 reportId)
{
    const int row = m_model->rowOf(reportId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_view->clearSelection();
        return;
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

qint64 LibraryDock::currentReport() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(LibraryModel::ReportIdRole).toLongLong() : -1;
}

void LibraryDock::open(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QString contentHash = proxyIndex.data(LibraryModel::ContentHashRole).toString();
    if (contentHash.isEmpty())
        return; // a report whose text was never stored (only notes were imported for it)
    Q_EMIT openRequested(proxyIndex.data(LibraryModel::ReportIdRole).toLongLong(), contentHash);
}

void LibraryDock::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    if (all == 0)
        m_count->setText(tr("No reports yet: reports you open are kept here."));
    else if (shown == all)
        m_count->setText(tr("%n report(s)", nullptr, all));
    else
        m_count->setText(tr("%1 of %n report(s)", nullptr, all).arg(shown));
}

} // namespace pizhu
