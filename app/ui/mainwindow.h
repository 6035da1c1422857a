// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QMainWindow>

class QPlainTextEdit;
class QTreeView;

namespace pizhu {

class OutlineModel;

// The main window: the outline beside the report's text. Wires the parts
// together; reading, parsing and presenting live in their own classes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a report file; shows a message and keeps the current report when it cannot.
    bool openFile(const QString &path);
    const Report &report() const { return m_report; }
    QTreeView *outlineView() const { return m_outlineView; }
    QPlainTextEdit *reader() const { return m_reader; }
    OutlineModel *outlineModel() const { return m_outlineModel; }

private:
    void createActions();
    void showReport();
    void goToBlock(int blockOrdinal);
    void chooseFile();

    Report m_report;
    OutlineModel *m_outlineModel = nullptr;
    QTreeView *m_outlineView = nullptr;
    QPlainTextEdit *m_reader = nullptr;
};

} // namespace pizhu
