// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace pizhu {

class Database;
class LibraryModel;

// The library as a dock page: every stored report in a sortable table with
// a filter over issuer, year and title. Double click or Enter opens one.
class LibraryDock final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryDock)

public:
    explicit LibraryDock(QWidget *parent = nullptr);

    // Reads the reports of this file (null: none).
    void setDatabase(Database *db);
    // Reads them again, keeping the current report.
    void reload();
    void focusFilter();
    // Selects the report (the one open in the window); -1 clears the selection.
    void setCurrentReport(qint64 reportId);
    qint64 currentReport() const;

    LibraryModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    // Open the report's latest version (its canonical text is stored).
    void openRequested(qint64 reportId, const QString &contentHash);

private:
    void open(const QModelIndex &proxyIndex);
    void updateCount();

    LibraryModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace pizhu
