// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followupmatcher.h"
#include "report.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace pizhu {

class Database;

// Tools → Follow-up: last year's plans beside this year's measures. Pick last
// year's report (from the library or a file); each plan lists the measures
// that report on it, best first; plans nobody followed up and measures that
// answer no plan stand out. Double click a measure to read it.
class FollowUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpDialog)

public:
    // current: this year's report, open in the window; db: the library (may be null).
    FollowUpDialog(const Report &current, Database *db, QWidget *parent = nullptr);

    // Compares with last year's report.
    void compareWith(const Report &lastYear);
    bool compareWithFile(const QString &path);
    QTreeWidget *tree() const { return m_tree; }
    const FollowUpMatcher::Result &result() const { return m_result; }

Q_SIGNALS:
    // A measure of the current report: [start, end) of its heading.
    void showRequested(qsizetype start, qsizetype end);

private:
    void chooseFile();
    void fillTree();

    Report m_current;
    Database *m_db = nullptr;
    QComboBox *m_library = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    FollowUpMatcher::Result m_result;
};

} // namespace pizhu
