// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolscontroller.h"

#include "annotationcontroller.h"
#include "annotationsession.h"
#include "commitmenttracker.h"
#include "dashboarddata.h"
#include "dashboarddialog.h"
#include "database.h"
#include "figuremodel.h"
#include "figuresdock.h"
#include "filecontroller.h"
#include "followupdialog.h"
#include "librarydock.h"
#include "parsedversions.h"
#include "readerview.h"
#include "reportstore.h"
#include "searchpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace pizhu {

ToolsController::ToolsController(QMainWindow *window, ReaderView *reader, AnnotationSession *session,
                                 AnnotationController *annotating, FileController *files)
    : QObject(window)
    , m_window(window)
    , m_reader(reader)
    , m_session(session)
    , m_annotating(annotating)
    , m_files(files)
    , m_figures(new FiguresDock(window))
    , m_library(new LibraryDock(window))
    , m_search(new SearchPanel(window))
{
    m_figuresWidget = new QDockWidget(tr("Figures"), window);
    m_figuresWidget->setObjectName(u"figuresDock"_s);
    m_figuresWidget->setAccessibleName(tr("Figures"));
    m_figuresWidget->setWidget(m_figures);
    connect(m_figures, &FiguresDock::showRequested, m_reader, &ReaderView::showSpan);
    connect(m_figures, &FiguresDock::message, this, &ToolsController::message);

    m_libraryWidget = new QDockWidget(tr("Library"), window);
    m_libraryWidget->setObjectName(u"libraryDock"_s);
    m_libraryWidget->setAccessibleName(tr("Library"));
    m_libraryWidget->setWidget(m_library);
    connect(m_library, &LibraryDock::openRequested, this,
            [this](qint64, const QString &contentHash) { openVersion(contentHash); });

    m_searchWidget = new QDockWidget(tr("Search"), window);
    m_searchWidget->setObjectName(u"searchDock"_s);
    m_searchWidget->setAccessibleName(tr("Search"));
    m_searchWidget->setWidget(m_search);
    connect(m_search, &SearchPanel::reportActivated, this,
            [this](qint64, const QString &contentHash) { openVersion(contentHash); });
    connect(m_search, &SearchPanel::hitActivated, this,
            [this](qint64, const QString &contentHash, qsizetype start, qsizetype end, const QUuid &annotation) {
                if (!openVersion(contentHash))
                    return;
                if (!annotation.isNull() && m_session->annotation(annotation))
                    m_annotating->show(annotation);
                else
                    m_reader->showSpan(start, end);
            });
    // A report opened is a report stored: the library lists it.
    connect(m_session, &AnnotationSession::annotationsReset, m_library, &LibraryDock::reload);
    connect(m_session, &AnnotationSession::reportStored, m_library, &LibraryDock::reload);
}

void ToolsController::setDatabase(Database *db)
{
    m_library->setDatabase(db);
    m_search->setDatabase(db);
}

bool ToolsController::openVersion(const QString &contentHash)
{
    if (m_session->contentHash() == contentHash)
        return true;
    Database *db = m_session->database();
    const auto version = db ? ReportStore(*db).version(contentHash) : std::nullopt;
    if (!version) {
        Q_EMIT message(tr("This report is no longer in the annotation file."));
        return false;
    }
    const QString path = version->metadata.sourcePath;
    if (!path.isEmpty() && (path.startsWith(u':') || QFileInfo::exists(path)) && m_files->openNow(path)
        && m_session->contentHash() == contentHash)
        return true;
    // The file is gone or says something else now: the text as it was stored.
    m_files->showStored(ParsedVersions::reportOf(version.value()));
    return m_session->contentHash() == contentHash;
}

void ToolsController::populate(QMenu *tools, QMenu *view)
{
    QAction *tracker = tools->addAction(tr("&Commitment Tracker…"), this, &ToolsController::showTracker);
    tracker->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    // Tools bring a dock to the front; View shows or hides it.
    auto bringForward = [this](QDockWidget *dock, const QString &text, const QKeySequence &key) {
        QAction *a = new QAction(text, this);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, [dock] {
            dock->show();
            dock->raise();
            dock->widget()->setFocus(Qt::ShortcutFocusReason);
        });
        return a;
    };
    tools->addAction(bringForward(m_figuresWidget, tr("&Figures"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)));
    tools->addAction(bringForward(m_libraryWidget, tr("&Library"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)));
    QAction *figures = m_figuresWidget->toggleViewAction();
    figures->setText(tr("Show &Figures"));
    view->addAction(figures);
    QAction *library = m_libraryWidget->toggleViewAction();
    library->setText(tr("Show &Library"));
    view->addAction(library);
    QAction *followUp = tools->addAction(tr("Follow-&up of Last Year's Plans…"), this, &ToolsController::showFollowUp);
    followUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QAction *dashboard = tools->addAction(tr("&Dashboard…"), this, &ToolsController::showDashboard);
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *search = tools->addAction(tr("&Search All Reports…"), this, [this] {
        m_searchWidget->show();
        m_searchWidget->raise();
        m_search->focusQuery();
    });
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    view->addAction(m_searchWidget->toggleViewAction());
}

void ToolsController::setReport(const Report &report)
{
    m_figures->setReport(report);
}

void ToolsController::showFollowUp()
{
    if (m_session->report().canonicalText.isEmpty()) {
        Q_EMIT message(tr("Open this year's report first."));
        return;
    }
    auto *dialog = new FollowUpDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FollowUpDialog::showRequested, m_reader, &ReaderView::showSpan);
    dialog->show();
}

void ToolsController::showDashboard()
{
    if (m_session->report().canonicalText.isEmpty()) {
        Q_EMIT message(tr("Open a report first."));
        return;
    }
    m_figures->waitForFigures();
    const NotesStatistics data = DashboardData::build(m_session->report(), m_session->annotations(),
                                                      m_session->tags(), m_figures->model()->figures());
    auto *dialog = new DashboardDialog(data, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    m_dashboard = dialog;
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
    if (m_session->workKey().isEmpty() || m_session->workKey() != workKey) {
        // Another report: its latest version, from its file or else from the stored text.
        const auto version = m_session->database() ? ReportStore(*m_session->database()).latestVersion(workKey)
                                                   : std::nullopt;
        if (!version) {
            Q_EMIT message(tr("The report of this commitment is no longer in the annotation file."));
            return;
        }
        if (!openVersion(version->contentHash))
            return;
    }
    m_annotating->show(id);
    m_window->activateWindow();
}

} // namespace pizhu
