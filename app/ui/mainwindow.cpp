// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotationcontroller.h"
#include "annotationeditor.h"
#include "annotationfilebanner.h"
#include "annotationfilewatcher.h"
#include "annotationsession.h"
#include "database.h"
#include "encodingdetector.h"
#include "filecontroller.h"
#include "findbar.h"
#include "helpmenu.h"
#include "notesexportcontroller.h"
#include "outlinedelegate.h"
#include "outlinemodel.h"
#include "readerdocument.h"
#include "readerview.h"
#include "recentfilesmenu.h"
#include "reportpropertiesdialog.h"
#include "reporthighlighter.h"
#include "themepalette.h"
#include "toolscontroller.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pizhu {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_outlineModel(new OutlineModel(this))
    , m_reader(new ReaderView(this))
    , m_findBar(new FindBar(this))
    , m_highlighter(new ReportHighlighter(this))
    , m_files(new FileController(m_settings, this))
    , m_session(new AnnotationSession(this))
    , m_fileWatcher(new AnnotationFileWatcher(m_session, this))
    , m_fileBanner(new AnnotationFileBanner(this))
    , m_positionLabel(new QLabel(this))
    , m_encodingLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    m_systemPalette = QApplication::palette();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_fileBanner);
    layout->addWidget(m_reader, 1);
    layout->addWidget(m_findBar);
    m_findBar->hide();
    setCentralWidget(central);

    createOutlineDock();
    m_annotating = new AnnotationController(this, m_reader, m_session);
    connect(m_annotating, &AnnotationController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    m_exporting = new NotesExportController(this, m_session, m_annotating->dock());
    connect(m_exporting, &NotesExportController::finished, this, [this](bool ok, const QString &text) {
        statusBar()->showMessage(text, 8000);
        if (!ok && isVisible())
            QMessageBox::warning(this, tr("Export Notes"), text);
    });
    m_tools = new ToolsController(this, m_reader, m_session, m_annotating, m_files);
    // Outline, Figures, Library and Search share the left side as tabs.
    addDockWidget(Qt::LeftDockWidgetArea, m_tools->figuresDockWidget());
    tabifyDockWidget(m_outlineDock, m_tools->figuresDockWidget());
    tabifyDockWidget(m_outlineDock, m_tools->libraryDockWidget());
    tabifyDockWidget(m_outlineDock, m_tools->searchDockWidget());
    m_outlineDock->raise();
    connect(m_tools, &ToolsController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    createActions();

    m_positionLabel->setObjectName(u"positionLabel"_s);
    m_positionLabel->setAccessibleName(tr("Reading position"));
    m_encodingLabel->setAccessibleName(tr("Text encoding"));
    statusBar()->addWidget(m_positionLabel, 1);
    statusBar()->addPermanentWidget(m_encodingLabel);

    connect(m_reader, &ReaderView::topBlockChanged, this, &MainWindow::followReading);
    connect(m_reader, &ReaderView::progressChanged, this, &MainWindow::updateStatus);
    connect(m_findBar, &FindBar::hitsChanged, m_reader, &ReaderView::setFindHits);
    connect(m_highlighter, &ReportHighlighter::changed, this, &MainWindow::applyTheme);
    connect(m_files, &FileController::opened, this, &MainWindow::adopt);
    connect(m_files, &FileController::closed, this, [this] {
        m_report = {};
        m_open = false;
        showReport();
        m_session->clear();
    });
    connect(m_files, &FileController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    m_files->setPositionProvider([this] { return m_reader->topOffset(); });
    // The annotation file: PIZHU_DB, else the one chosen in the window, else the user's data folder.
    connect(m_fileBanner, &AnnotationFileBanner::openReadOnlyRequested, this,
            [this] { openAnnotationFile(m_session->databasePath(), true); });
    connect(m_fileBanner, &AnnotationFileBanner::otherFileRequested, this, &MainWindow::chooseAnnotationFile);
    connect(m_fileWatcher, &AnnotationFileWatcher::reloaded, this,
            [this] { statusBar()->showMessage(tr("Annotations changed in another window were loaded."), 4000); });
    openAnnotationFile(Database::resolvePath(QString(), m_settings.annotationFile()), false);
    connect(m_session, &AnnotationSession::annotationsChanged, this,
            [this] { m_reader->setAnnotations(m_session->annotations()); });
    connect(m_session, &AnnotationSession::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    // Large reports: the reader's document is built in the background too.
    m_files->setDocumentBuilderFactory([this] {
        return [formats = m_reader->formats(), zoom = m_reader->zoomSteps()](const Report &report) {
            return ReaderDocument::build(&report, formats, zoom);
        };
    });

    m_highlighter->setEnabled(m_settings.highlightFigures());
    m_highlighter->setThemeName(m_settings.theme());
    m_reader->setHighlighter(m_highlighter);
    m_reader->setZoomSteps(m_settings.zoomSteps());

    resize(1280, 860);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    showReport();
}

MainWindow::~MainWindow()
{
    // Children outlive our members: a reader that relayouts while the
    // highlighter detaches must not call back into a half-destroyed window.
    disconnect(m_reader, nullptr, this, nullptr);
    disconnect(m_highlighter, nullptr, this, nullptr);
    disconnect(m_session, nullptr, this, nullptr);
}

void MainWindow::createOutlineDock()
{
    m_outlineView = new QTreeView(this);
    m_outlineView->setObjectName(u"outlineView"_s);
    m_outlineView->setAccessibleName(tr("Outline"));
    m_outlineView->setModel(m_outlineModel);
    m_outlineView->setItemDelegate(new OutlineDelegate(m_outlineView));
    m_outlineView->setHeaderHidden(true);
    m_outlineView->setUniformRowHeights(true);
    m_outlineView->setTextElideMode(Qt::ElideRight);
    m_outlineView->setWordWrap(false);
    m_outlineDock = new QDockWidget(tr("Outline"), this);
    m_outlineDock->setObjectName(u"outlineDock"_s);
    m_outlineDock->setAccessibleName(tr("Outline"));
    m_outlineDock->setWidget(m_outlineView);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);
    resizeDocks({m_outlineDock}, {300}, Qt::Horizontal);

    // Clicking, Enter, or moving with the arrow keys takes the reader there;
    // a change made to follow the reader does not.
    connect(m_outlineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_followingReader && current.isValid())
                    m_reader->scrollToBlock(current.data(OutlineModel::BlockRole).toInt());
            });
    connect(m_outlineView, &QTreeView::clicked, this,
            [this](const QModelIndex &index) { m_reader->scrollToBlock(index.data(OutlineModel::BlockRole).toInt()); });
    connect(m_outlineView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        m_reader->scrollToBlock(index.data(OutlineModel::BlockRole).toInt());
        m_reader->setFocus(Qt::OtherFocusReason);
    });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addMenu(m_files->recentMenu());
    file->addAction(tr("Open &Sample Report"), this, [this] { m_files->open(QString::fromLatin1(kSamplePath)); });
    QAction *reloadAction = file->addAction(tr("Re&load"), m_files, &FileController::reload);
    reloadAction->setShortcut(QKeySequence::Refresh);
    QMenu *encodings = file->addMenu(tr("Reopen with &Encoding"));
    for (const QString &encoding : EncodingDetector::choices())
        encodings->addAction(encoding, this, [this, encoding] { m_files->reopenWithEncoding(encoding); });
    QAction *properties = file->addAction(tr("&Properties"), this, &MainWindow::showProperties);
    properties->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    QAction *close = file->addAction(tr("&Close"), this, &MainWindow::closeReport);
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    m_exporting->populate(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Our own undo/redo actions, not QUndoStack's: a note still being typed
    // is saved first, so that undo takes back the typing, not the step before it.
    QUndoStack *stack = m_session->undoStack();
    QAction *undo = edit->addAction(tr("&Undo"), this, [this, stack] {
        m_annotating->editor()->flush();
        stack->undo();
    });
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = edit->addAction(tr("&Redo"), this, [this, stack] {
        m_annotating->editor()->flush();
        stack->redo();
    });
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    auto follow = [stack, undo, redo] {
        undo->setEnabled(stack->canUndo());
        redo->setEnabled(stack->canRedo());
        undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, follow);
    connect(stack, &QUndoStack::cleanChanged, this, follow);
    follow();
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), m_reader, &QTextEdit::copy);
    copy->setShortcut(QKeySequence::Copy);
    QAction *selectAll = edit->addAction(tr("Select &All"), m_reader, &QTextEdit::selectAll);
    selectAll->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), m_findBar, &FindBar::activate);
    find->setShortcut(QKeySequence::Find);
    QAction *next = edit->addAction(tr("Find &Next"), m_findBar, &FindBar::findNext);
    next->setShortcut(QKeySequence::FindNext);
    QAction *previous = edit->addAction(tr("Find Pre&vious"), m_findBar, &FindBar::findPrevious);
    previous->setShortcut(QKeySequence::FindPrevious);
    m_reportActions = {reloadAction, encodings->menuAction(), properties, close, copy, selectAll, find, next, previous};

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    createViewMenu(m_viewMenu);
    // The toolbar as DESIGN.md §7 draws it: open and find, then annotating.
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    open->setIcon(QIcon::fromTheme(u"document-open"_s));
    find->setIcon(QIcon::fromTheme(u"edit-find"_s));
    // Without an icon theme the buttons show text: without the menus' mnemonics and ellipses.
    open->setIconText(tr("Open"));
    find->setIconText(tr("Find"));
    toolBar->addAction(open);
    toolBar->addAction(find);
    toolBar->addSeparator();
    m_annotating->populate(menuBar()->addMenu(tr("&Annotate")), toolBar);
    m_reportActions += m_annotating->reportActions();
    m_tools->populate(menuBar()->addMenu(tr("&Tools")), m_viewMenu);
    menuBar()->addMenu(new HelpMenu(menuBar()));
}

void MainWindow::createViewMenu(QMenu *view)
{
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] { setZoom(m_reader->zoomSteps() + 1); });
    // Ctrl+= works without Shift on every keyboard; the platform's own keys too,
    // each once (a key bound twice to one action counts as ambiguous).
    auto withPlatform = [](QKeySequence own, QKeySequence::StandardKey standard) {
        QList<QKeySequence> keys{own};
        for (const QKeySequence &k : QKeySequence::keyBindings(standard)) {
            if (!keys.contains(k))
                keys.append(k);
        }
        return keys;
    };
    zoomIn->setShortcuts(withPlatform(QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn));
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, [this] { setZoom(m_reader->zoomSteps() - 1); });
    zoomOut->setShortcuts(withPlatform(QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut));
    QAction *zoomReset = view->addAction(tr("&Reset Zoom"), this, [this] { setZoom(0); });
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();

    QAction *figures = view->addAction(tr("Highlight &Figures"));
    figures->setCheckable(true);
    figures->setChecked(m_settings.highlightFigures());
    figures->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(figures, &QAction::toggled, this, [this](bool on) {
        m_highlighter->setEnabled(on);
        m_settings.setHighlightFigures(on);
    });

    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(themes);
    auto addTheme = [&](const QString &label, const QString &name) {
        QAction *a = themes->addAction(label);
        a->setCheckable(true);
        a->setChecked(m_settings.theme() == name);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] {
            m_settings.setTheme(name);
            m_highlighter->setThemeName(name);
        });
    };
    addTheme(tr("Follow System"), QString());
    themes->addSeparator();
    for (const QString &name : m_highlighter->themeNames())
        addTheme(name, name);
    view->addSeparator();

    QMenu *languages = view->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(languages);
    // Language names in their own language, so that anyone finds theirs.
    const QList<QPair<QString, QString>> choices = {{tr("Follow System"), QString()},
                                                    {u"中文（简体）"_s, u"zh_CN"_s},
                                                    {u"English"_s, u"en"_s}};
    for (const auto &[label, code] : choices) {
        QAction *a = languages->addAction(label);
        a->setCheckable(true);
        a->setChecked(m_settings.language() == code);
        languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            m_settings.setLanguage(code);
            QMessageBox::information(this, tr("Language"), tr("The new language is used from the next start of Pizhu."));
        });
    }
    view->addSeparator();

    QAction *outline = m_outlineDock->toggleViewAction();
    outline->setText(tr("Show &Outline"));
    outline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    view->addAction(outline);
    QAction *fullScreen = view->addAction(tr("F&ull Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
}

QString MainWindow::currentPath() const
{
    return m_files->path();
}

bool MainWindow::openAnnotationFile(const QString &path, bool readOnly)
{
    const bool opened = m_session->openDatabase(path, readOnly);
    if (!opened) {
        // The file stays as it is; reading goes on without annotations.
        m_fileBanner->showProblem(m_session->error(), !readOnly);
    } else if (m_session->database()->isReadOnly()) {
        m_fileBanner->showReadOnly(m_session->error());
    } else {
        m_fileBanner->hide();
    }
    if (opened)
        m_fileWatcher->watch(path);
    if (m_tools)
        m_tools->setDatabase(m_session->database());
    if (m_open)
        m_session->setReport(m_report);
    return opened;
}

void MainWindow::chooseAnnotationFile()
{
    const QString current = m_session->databasePath();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Annotation File"), current.isEmpty() ? Database::defaultPath() : current,
        tr("Annotation files (*.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (openAnnotationFile(path, false))
        m_settings.setAnnotationFile(path);
}

void MainWindow::chooseFile()
{
    const QString current = m_files->path();
    const QString dir = current.startsWith(u':') || current.isEmpty() ? QString() : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Report"), dir,
        tr("Reports (*.txt *.text *.html *.htm *.shtml *.docx *.pdf *.doc *.wps);;Text (*.txt *.text);;"
           "Web pages (*.html *.htm *.shtml);;Word (*.docx *.doc *.wps);;PDF (*.pdf);;All files (*)"));
    if (!path.isEmpty())
        m_files->open(path);
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->openNow(path);
}

void MainWindow::openStartupReport()
{
    const QString last = m_settings.lastFile();
    const qsizetype position = m_settings.lastPosition();
    if (!last.isEmpty() && (last.startsWith(u':') || QFileInfo::exists(last)) && m_files->openNow(last, position))
        return;
    m_files->openNow(QString::fromLatin1(kSamplePath));
}

void MainWindow::closeReport()
{
    m_files->close();
}

void MainWindow::adopt(const QString &path, const Report &report, qsizetype restorePosition,
                       QTextDocument *document)
{
    Q_UNUSED(path)
    m_report = report;
    m_open = true;
    showReport(document);
    m_session->setReport(m_report);
    m_tools->setReport(m_report);
    if (restorePosition > 0) {
        // After layout, when the reader knows its size.
        m_reader->scrollToOffset(restorePosition);
        QTimer::singleShot(0, this, [this, restorePosition] { m_reader->scrollToOffset(restorePosition); });
    }
}

void MainWindow::showProperties()
{
    if (m_open)
        ReportPropertiesDialog(m_report, this).exec();
}

void MainWindow::showReport(QTextDocument *document)
{
    const bool open = m_open;
    m_reader->setReport(m_report, document);
    m_outlineModel->setReport(m_report);
    if (!open)
        m_outlineModel->clear();
    m_outlineView->expandToDepth(1);
    m_findBar->setText(m_report.canonicalText);
    for (QAction *a : std::as_const(m_reportActions))
        a->setEnabled(open);
    const QString title = m_report.metadata.title.isEmpty() ? QFileInfo(m_files->path()).fileName()
                                                            : m_report.metadata.title;
    // The application's display name follows, added by Qt where the platform shows it.
    setWindowTitle(open ? title : QString());
    m_encodingLabel->setText(open ? m_report.metadata.encoding : QString());
    if (open && !m_report.warnings.isEmpty())
        statusBar()->showMessage(m_report.warnings.join(u' '), 8000);
    updateStatus();
}

void MainWindow::followReading(int blockOrdinal)
{
    if (blockOrdinal < 0)
        return;
    const QModelIndex index = m_outlineModel->indexForBlock(blockOrdinal);
    if (index.isValid() && index != m_outlineView->currentIndex()) {
        m_followingReader = true;
        m_outlineView->setCurrentIndex(index);
        m_outlineView->scrollTo(index);
        m_followingReader = false;
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_open) {
        m_positionLabel->setText(tr("No report open. Open one with Ctrl+O or drop a file here."));
        return;
    }
    const int block = m_reader->topBlock();
    QString where;
    if (block >= 0 && block < m_report.blocks.size())
        where = m_report.blocks[block].headingPath;
    if (where.isEmpty())
        where = m_report.metadata.title;
    m_positionLabel->setText(tr("%1 · %2%").arg(where).arg(m_reader->progressPercent()));
}

void MainWindow::setZoom(int steps)
{
    m_reader->setZoomSteps(steps);
    m_settings.setZoomSteps(m_reader->zoomSteps());
}

void MainWindow::applyTheme()
{
    // The reader's page takes the theme's background and text colours so that
    // highlighted figures stay legible in light and dark themes alike. A theme
    // the user picked dresses the whole window; "Follow System" gives the
    // window back to the system palette.
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    if (!theme.isValid())
        return;
    const QColor background = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const QColor text = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    const QColor selection = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection));
    if (m_settings.theme().isEmpty()) {
        if (m_ownPalette) {
            m_ownPalette = false;
            QApplication::setPalette(m_systemPalette);
        }
    } else {
        m_ownPalette = true;
        QApplication::setPalette(ThemePalette::make(background, text, selection));
    }
    QPalette page = m_reader->palette();
    page.setColor(QPalette::Base, background);
    page.setColor(QPalette::Text, text);
    page.setColor(QPalette::Highlight, selection);
    page.setColor(QPalette::HighlightedText, text);
    m_reader->setPalette(page);
}

void MainWindow::changeEvent(QEvent *event)
{
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ThemeChange) && !m_ownPalette
        && m_settings.theme().isEmpty()) {
        m_systemPalette = QApplication::palette();
        m_highlighter->setThemeName(QString()); // follow the system's light/dark switch
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::saveSession()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    if (m_open) {
        m_settings.setLastFile(m_files->path());
        m_settings.setLastPosition(m_reader->topOffset());
    }
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_annotating->editor()->flush();
    saveSession();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile()) {
        event->acceptProposedAction();
        // In the background: a drop handler must return to the source application at once.
        m_files->open(urls.constFirst().toLocalFile());
    }
}

} // namespace pizhu
