// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followuplink.h"
#include "followupmatcher.h"
#include "report.h"

#include <QDialog>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace pizhu {

class AnnotationSession;

// Tools → Follow-up: last year's plans beside this year's measures. Pick last
// year's report (from the library or a file); each plan lists the measures
// that report on it, best first; plans nobody followed up and measures that
// answer no plan stand out. The user confirms a suggested link, rejects it,
// or links a measure the similarity missed; the decisions are kept in the
// annotation file (one undoable step each) and override the similarity.
// Double click a measure to read it.
class FollowUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpDialog)

public:
    // session: this year's report, open in the window, and the annotation
    // file (decisions are read-only when annotations are off).
    explicit FollowUpDialog(AnnotationSession *session, QWidget *parent = nullptr);

    // Compares with last year's report.
    void compareWith(const Report &lastYear);
    bool compareWithFile(const QString &path);
    QTreeWidget *tree() const { return m_tree; }
    // The comparison with the user's decisions applied.
    const FollowUpMatcher::Result &result() const { return m_result; }

    // Each is one undoable step; false when it changed nothing (or cannot).
    bool decide(int plan, int measure, std::optional<FollowUpLink::Decision> decision);

    QAction *confirmAction() const { return m_confirm; }
    QAction *rejectAction() const { return m_reject; }
    QAction *clearAction() const { return m_clear; }
    QAction *linkAction() const { return m_link; }

Q_SIGNALS:
    // A measure of the current report: [start, end) of its heading.
    void showRequested(qsizetype start, qsizetype end);

private:
    void createActions();
    void chooseFile();
    void review();
    void currentReportChanged();
    void fillTree();
    void updateActions();
    void decideSelected(std::optional<FollowUpLink::Decision> decision);
    void linkMeasure();
    // The selected row's plan and measure (measure -1 on a plan's row).
    std::optional<std::pair<int, int>> selectedPair() const;
    QTreeWidgetItem *itemFor(int plan, int measure) const;

    AnnotationSession *m_session = nullptr;
    std::optional<Report> m_lastYear;
    QString m_lastYearKey;
    QString m_currentKey; // this year's report as the comparison saw it
    FollowUpMatcher::Result m_computed; // the similarity's suggestions
    FollowUpMatcher::Result m_result; // with the decisions applied
    QList<FollowUpLink> m_links;
    QComboBox *m_library = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_confirm = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_link = nullptr;
};

} // namespace pizhu
