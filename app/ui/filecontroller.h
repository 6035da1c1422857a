// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importoptions.h"
#include "report.h"
#include "reportopener.h"
#include "result.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QFileSystemWatcher;
class QProgressDialog;
class QWidget;

namespace pizhu {

class RecentFilesMenu;
class Settings;

// Everything about the report file behind the window: opening (in the
// background, with progress and cancel, asking for a PDF's password),
// reopening with another encoding, reloading when the file changes on disk,
// the recent-files list. It reports what to show; the window shows it.
class FileController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileController)

public:
    FileController(Settings &settings, QWidget *window);
    ~FileController() override;

    // Opens and waits: start-up and tests. Shows a message when it cannot.
    bool openNow(const QString &path, qsizetype restorePosition = -1);
    // Opens in the background; the window stays responsive.
    void open(const QString &path, const ImportOptions &options = {}, qsizetype restorePosition = -1);
    void reload();
    void reopenWithEncoding(const QString &encoding);
    // Shows a report kept in the annotation file (its stored text), with no
    // file behind it: nothing to reload or watch, not a recent file.
    void showStored(const Report &report);
    void close();

    QString path() const { return m_path; }
    bool isBusy() const;
    RecentFilesMenu *recentMenu() const { return m_recent; }
    // Where the reader is, so that a reload keeps the place.
    void setPositionProvider(std::function<qsizetype()> provider) { m_position = std::move(provider); }
    // Gives, at each background open, a builder of the reader's document to run in the worker.
    void setDocumentBuilderFactory(std::function<DocumentBuilder()> factory) { m_builders = std::move(factory); }

Q_SIGNALS:
    // restorePosition: a canonical offset to scroll to, or -1 for the top. The
    // receiver owns document, the reader's document built ahead (or null).
    void opened(const QString &path, const pizhu::Report &report, qsizetype restorePosition, QTextDocument *document);
    void closed();
    void message(const QString &text);

private:
    void adopt(const QString &path, const Report &report, qsizetype restorePosition, QTextDocument *document);
    void handleFailure(const QString &path, const Error &error, const ImportOptions &options);
    void fileChangedOnDisk(const QString &path);
    qsizetype currentPosition() const { return m_position ? m_position() : -1; }

    Settings &m_settings;
    QWidget *m_window = nullptr;
    ReportOpener *m_opener = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    RecentFilesMenu *m_recent = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::function<qsizetype()> m_position;
    std::function<DocumentBuilder()> m_builders;
    QString m_path;
    qsizetype m_pendingPosition = -1;
    bool m_askingReload = false;
};

} // namespace pizhu
