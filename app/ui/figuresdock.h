// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"
#include "report.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace pizhu {

class FigureModel;

// The Figures dock: every quantitative indicator of the open report in a
// sortable table; a click shows it in the text; Export saves them as CSV.
// Figures are found in the background: a 10 MB report takes a second.
class FiguresDock final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiguresDock)

public:
    explicit FiguresDock(QWidget *parent = nullptr);
    ~FiguresDock() override;

    void setReport(const Report &report);
    // Writes the figures as CSV (UTF-8 with a BOM) to path; false with *error on failure.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

    FigureModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Waits for a running extraction (tests).
    void waitForFigures();

Q_SIGNALS:
    void showRequested(qsizetype start, qsizetype end);
    void message(const QString &text);

private:
    void chooseCsvFile();
    void updateCount();

    FigureModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QFutureWatcher<QList<Figure>> m_watcher;
    QString m_title; // the report's, for the CSV file's name
};

} // namespace pizhu
