// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"
#include "settings.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QTextDocument;
class QTreeView;

namespace pizhu {

class AnnotationController;
class AnnotationFileBanner;
class AnnotationFileWatcher;
class AnnotationSession;
class FileController;
class FindBar;
class OutlineModel;
class ReaderView;
class NotesExportController;
class ReportHighlighter;
class ToolsController;

// The main window: the outline dock beside the reader, find, files, view
// options. It wires the parts together; reading, parsing, presenting and
// remembering live in their own classes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    static constexpr const char *kSamplePath = ":/samples/gongshu-2022.txt";

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a report file and waits; shows a message and keeps the current
    // report when it cannot. The menus open in the background instead.
    bool openFile(const QString &path);
    // What a start without a file argument shows: the last report at its
    // reading position, else the bundled sample.
    void openStartupReport();
    void closeReport();
    // Opens the annotation file; when it cannot, or only read-only, the banner
    // above the reader says why and offers a way on.
    bool openAnnotationFile(const QString &path, bool readOnly);
    AnnotationFileBanner *annotationFileBanner() const { return m_fileBanner; }
    ToolsController *tools() const { return m_tools; }
    NotesExportController *exporting() const { return m_exporting; }

    const Report &report() const { return m_report; }
    QString currentPath() const;
    FileController *files() const { return m_files; }
    AnnotationSession *annotations() const { return m_session; }
    AnnotationController *annotating() const { return m_annotating; }
    QTreeView *outlineView() const { return m_outlineView; }
    ReaderView *reader() const { return m_reader; }
    OutlineModel *outlineModel() const { return m_outlineModel; }
    FindBar *findBar() const { return m_findBar; }
    ReportHighlighter *highlighter() const { return m_highlighter; }
    QDockWidget *outlineDock() const { return m_outlineDock; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createOutlineDock();
    void createActions();
    void createViewMenu(QMenu *view);
    void chooseFile();
    void chooseAnnotationFile();
    void showProperties();
    void adopt(const QString &path, const Report &report, qsizetype restorePosition, QTextDocument *document);
    void showReport(QTextDocument *document = nullptr);
    void followReading(int blockOrdinal);
    void updateStatus();
    void setZoom(int steps);
    void applyTheme();
    void saveSession();

    Settings m_settings;
    Report m_report;
    bool m_open = false;
    OutlineModel *m_outlineModel = nullptr;
    QTreeView *m_outlineView = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    ReaderView *m_reader = nullptr;
    FindBar *m_findBar = nullptr;
    ReportHighlighter *m_highlighter = nullptr;
    FileController *m_files = nullptr;
    AnnotationSession *m_session = nullptr;
    AnnotationController *m_annotating = nullptr;
    AnnotationFileWatcher *m_fileWatcher = nullptr;
    AnnotationFileBanner *m_fileBanner = nullptr;
    ToolsController *m_tools = nullptr;
    NotesExportController *m_exporting = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_positionLabel = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QList<QAction *> m_reportActions; // enabled only while a report is open
    bool m_followingReader = false; // the outline moves because the reader did
    QPalette m_systemPalette; // to return to when the user follows the system again
    bool m_ownPalette = false; // the application palette is ours, from a chosen theme
};

} // namespace pizhu
