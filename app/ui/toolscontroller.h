// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QObject>
#include <QUuid>
#include <functional>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace pizhu {

class AnnotationController;
class AnnotationSession;
class CommitmentTracker;
class FiguresDock;
class ReaderView;

// The tools beside reading and annotating: the Figures dock and the
// commitment tracker (Tools menu). Keeps MainWindow to wiring.
class ToolsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolsController)

public:
    // Opens a report file and waits; false when it could not.
    using FileOpener = std::function<bool(const QString &path)>;

    ToolsController(QMainWindow *window, ReaderView *reader, AnnotationSession *session,
                    AnnotationController *annotating, FileOpener openFile);

    void populate(QMenu *tools, QMenu *view);
    void setReport(const Report &report);

    void showTracker();
    // Shows an annotation of a stored report, opening the report when it is another.
    void showAnnotation(const QString &workKey, const QUuid &id);

    CommitmentTracker *tracker() const { return m_tracker; }
    FiguresDock *figures() const { return m_figures; }
    QDockWidget *figuresDockWidget() const { return m_figuresWidget; }

Q_SIGNALS:
    void message(const QString &text);

private:
    QMainWindow *m_window = nullptr;
    ReaderView *m_reader = nullptr;
    AnnotationSession *m_session = nullptr;
    AnnotationController *m_annotating = nullptr;
    FileOpener m_openFile;
    FiguresDock *m_figures = nullptr;
    QDockWidget *m_figuresWidget = nullptr;
    CommitmentTracker *m_tracker = nullptr; // made when first shown
};

} // namespace pizhu
