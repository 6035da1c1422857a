// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportednotes.h"
#include "notesexportoptions.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

class QMenu;
class QPrinter;
class QProgressDialog;
class QWidget;

namespace pizhu {

class AnnotationSession;
class AnnotationsDock;

// File → Export Notes… (Ctrl+E) and Print Notes… (Ctrl+P): gathers the open
// report's notes (all, or the annotations list's filter), writes them in the
// background with progress and Cancel, and never leaves a partial file.
class NotesExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesExportController)

public:
    NotesExportController(QWidget *window, AnnotationSession *session, AnnotationsDock *dock);
    ~NotesExportController() override;

    void populate(QMenu *file);

    // The notes as the writers take them; onlyFiltered: the dock's filter.
    ExportedNotes collect(bool onlyFiltered) const;
    // Starts writing in the background; finished() tells how it went.
    void start(const QString &format, const NotesExportOptions &options, const ExportedNotes &notes,
               const QString &path);
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel() { m_cancel = true; }
    void waitForFinished(); // tests

    void exportNotes(); // the dialog, then start()
    void printNotes(); // the print preview dialog

    // What Print Notes lays out: the choices made last in the export dialog
    // (grouping, quotes, charts), in the window's highlight colours.
    NotesExportOptions printOptions() const;
    // Prints the notes' pages on printer (the preview's paint request).
    static void paint(QPrinter *printer, const ExportedNotes &notes, const NotesExportOptions &options);

Q_SIGNALS:
    // ok: the file is complete; else message says why (or that it was cancelled).
    void finished(bool ok, const QString &message);

private:
    NotesExportOptions withPalette(NotesExportOptions options) const;

    QWidget *m_window = nullptr;
    AnnotationSession *m_session = nullptr;
    AnnotationsDock *m_dock = nullptr;
    QFutureWatcher<QString> m_watcher; // the error, empty when written
    QProgressDialog *m_progress = nullptr;
    std::shared_ptr<std::atomic<int>> m_pages; // pages laid out so far (PDF)
    std::atomic<bool> m_cancel = false;
    QString m_path;
};

} // namespace pizhu
