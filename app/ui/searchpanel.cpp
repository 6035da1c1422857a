// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "searchhitdelegate.h"
#include "searchmodel.h"
#include "searchstore.h"

#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pizhu {

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new SearchModel(this))
    , m_query(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"searchPanel"_s);
    m_query->setObjectName(u"searchQuery"_s);
    m_query->setPlaceholderText(tr("Search all reports and notes"));
    m_query->setAccessibleName(tr("Search the library"));
    m_query->setClearButtonEnabled(true);
    // Searching on every key would run several queries per word typed.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive() || m_model->results().query != m_query->text())
            search();
        // Enter again goes to the first hit, ready for the arrow keys.
        const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
        if (first.isValid()) {
            m_view->setCurrentIndex(first);
            m_view->setFocus(Qt::OtherFocusReason);
        }
    });

    m_view->setObjectName(u"searchResults"_s);
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchHitDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    connect(m_view, &QAbstractItemView::activated, this, &SearchPanel::activate);

    m_status->setObjectName(u"searchStatus"_s);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_query);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_query);
    showStatus();
}

void SearchPanel::setDatabase(Database *db)
{
    m_db = db;
    search();
}

QString SearchPanel::query() const
{
    return m_query->text();
}

void SearchPanel::setQuery(const QString &text)
{
    m_query->setText(text);
    search();
}

void SearchPanel::search()
{
    m_debounce->stop();
    const QString text = m_query->text();
    if (!m_db || text.trimmed().isEmpty()) {
        m_model->clear();
    } else {
        m_model->setResults(SearchStore(*m_db).search(text));
        m_view->expandAll();
    }
    showStatus();
    Q_EMIT searched(text);
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 reportId = index.data(SearchModel::ReportIdRole).toLongLong();
    const QString contentHash = index.data(SearchModel::ContentHashRole).toString();
    if (index.data(SearchModel::IsReportRole).toBool()) {
        Q_EMIT reportActivated(reportId, contentHash);
        return;
    }
    Q_EMIT hitActivated(reportId, contentHash, index.data(SearchModel::StartRole).toLongLong(),
        index.data(SearchModel::EndRole).toLongLong(), index.data(SearchModel::AnnotationRole).toUuid());
}

void SearchPanel::showStatus()
{
    const SearchResults &results = m_model->results();
    if (!m_db) {
        m_status->setText(tr("There is no annotation file to search."));
        return;
    }
    if (results.query.trimmed().isEmpty()) {
        m_status->setText(tr("Type a word or two: every stored report and every note is searched."));
        return;
    }
    const int hits = int(results.hitCount());
    if (hits == 0) {
        m_status->setText(tr("Nothing found for “%1”.").arg(results.query.trimmed()));
        return;
    }
    const QString reports = tr("%n report(s)", nullptr, int(results.reports.size()));
    QString text = tr("%n hit(s) in %1", nullptr, hits).arg(reports);
    if (results.truncated)
        text += u' ' + tr("(more than shown: add words to narrow the search)");
    m_status->setText(text);
}

} // namespace pizhu
