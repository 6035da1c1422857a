// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QUuid>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace pizhu {

class AnnotationController;
class AnnotationSession;
class CommitmentTracker;
class Database;
class FileController;
class FiguresDock;
class LibraryDock;
class ReaderView;
class SearchPanel;

// The tools beside reading and annotating: the Figures, Library and Search
// docks and the commitment tracker (Tools menu). Keeps MainWindow to wiring.
class ToolsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolsController)

public:
    ToolsController(QMainWindow *window, ReaderView *reader, AnnotationSession *session,
                    AnnotationController *annotating, FileController *files);

    void populate(QMenu *tools, QMenu *view);
    void setReport(const Report &report);

    // After the annotation file changed (opened, another chosen).
    void setDatabase(Database *db);
    void showTracker();
    // Last year's plans beside this year's measures (the open report).
    void showFollowUp();
    // Charts of the open report's notes, commitments and figures.
    void showDashboard();
    QDialog *dashboard() const { return m_dashboard; }
    // Opens a stored version of a report: the file it came from while that
    // still has this text, else the text kept in the annotation file.
    bool openVersion(const QString &contentHash);
    // Shows an annotation of a stored report, opening the report when it is another.
    void showAnnotation(const QString &workKey, const QUuid &id);

    CommitmentTracker *tracker() const { return m_tracker; }
    FiguresDock *figures() const { return m_figures; }
    QDockWidget *figuresDockWidget() const { return m_figuresWidget; }
    LibraryDock *library() const { return m_library; }
    QDockWidget *libraryDockWidget() const { return m_libraryWidget; }
    SearchPanel *search() const { return m_search; }
    QDockWidget *searchDockWidget() const { return m_searchWidget; }

Q_SIGNALS:
    void message(const QString &text);

private:
    QMainWindow *m_window = nullptr;
    ReaderView *m_reader = nullptr;
    AnnotationSession *m_session = nullptr;
    AnnotationController *m_annotating = nullptr;
    FileController *m_files = nullptr;
    FiguresDock *m_figures = nullptr;
    QDockWidget *m_figuresWidget = nullptr;
    LibraryDock *m_library = nullptr;
    QDockWidget *m_libraryWidget = nullptr;
    SearchPanel *m_search = nullptr;
    QDockWidget *m_searchWidget = nullptr;
    CommitmentTracker *m_tracker = nullptr; // made when first shown
    QPointer<QDialog> m_dashboard;
};

} // namespace pizhu
