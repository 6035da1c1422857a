// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QTimer;
class QTreeView;

namespace pizhu {

class Database;
class SearchModel;

// Search over every stored report and note: a query field (searching a
// moment after typing stops), the hits grouped by report with their
// context. Double click or Enter on a hit asks the window to show it.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    static constexpr int kDebounceMs = 200;

    explicit SearchPanel(QWidget *parent = nullptr);

    // The file to search (null: none).
    void setDatabase(Database *db);
    QString query() const;
    // Puts the words in the field and searches at once.
    void setQuery(const QString &text);
    // Searches for the field's words now (again, after the file changed).
    void search();
    void focusQuery();

    SearchModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *queryEdit() const { return m_query; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    // Show the hit: [start, end) of the version's canonical text; for a
    // note, also its annotation (whose passage that is).
    void hitActivated(
        qint64 reportId, const QString &contentHash, qsizetype start, qsizetype end, const QUuid &annotation);
    // A report row: open the report.
    void reportActivated(qint64 reportId, const QString &contentHash);
    // The results for this query are shown.
    void searched(const QString &query);

private:
    void activate(const QModelIndex &index);
    void showStatus();

    Database *m_db = nullptr;
    SearchModel *m_model = nullptr;
    QLineEdit *m_query = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace pizhu
