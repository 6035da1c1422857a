// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolscontroller.h"

#include "annotationcontroller.h"
#include "annotationsession.h"
#include "commitmenttracker.h"
#include "database.h"
#include "figuresdock.h"
#include "readerview.h"
#include "reportstore.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace pizhu {

ToolsController::ToolsController(QMainWindow *window, ReaderView *reader, AnnotationSession *session,
                                 AnnotationController *annotating, FileOpener openFile)
    : QObject(window)
    , m_window(window)
    , m_reader(reader)
    , m_session(session)
    , m_annotating(annotating)
    , m_openFile(std::move(openFile))
    , m_figures(new FiguresDock(window))
{
    m_figuresWidget = new QDockWidget(tr("Figures"), window);
    m_figuresWidget->setObjectName(u"figuresDock"_s);
    m_figuresWidget->setAccessibleName(tr("Figures"));
    m_figuresWidget->setWidget(m_figures);
    connect(m_figures, &FiguresDock::showRequested, m_reader, &ReaderView::showSpan);
    connect(m_figures, &FiguresDock::message, this, &ToolsController::message);
}

void ToolsController::populate(QMenu *tools, QMenu *view)
{
    QAction *tracker = tools->addAction(tr("&Commitment Tracker…"), this, &ToolsController::showTracker);
    tracker->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QAction *figures = m_figuresWidget->toggleViewAction();
    figures->setText(tr("Show &Figures"));
    figures->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    view->addAction(figures);
    tools->addAction(figures);
}

void ToolsController::setReport(const Report &report)
{
    m_figures->setReport(report);
}

void ToolsController::showTracker()
{
    if (!m_tracker) {
        m_tracker = new CommitmentTracker(m_session, m_window);
        connect(m_tracker, &CommitmentTracker::showRequested, this, &ToolsController::showAnnotation);
    }
    m_tracker->reload();
    m_tracker->show();
    m_tracker->raise();
    m_tracker->activateWindow();
}

void ToolsController::showAnnotation(const QString &workKey, const QUuid &id)
{
    const Report &current = m_session->report();
    if (current.canonicalText.isEmpty() || current.workKey() != workKey) {
        // Another report: open the file it was imported from, if it is still there.
        const auto version = m_session->database() ? ReportStore(*m_session->database()).latestVersion(workKey)
                                                   : std::nullopt;
        const QString path = version ? version->metadata.sourcePath : QString();
        if (path.isEmpty() || !(path.startsWith(u':') || QFileInfo::exists(path)) || !m_openFile(path)) {
            Q_EMIT message(tr("The report of this commitment cannot be found at %1.").arg(QDir::toNativeSeparators(path)));
            return;
        }
    }
    m_annotating->show(id);
    m_window->activateWindow();
}

} // namespace pizhu
