// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecontroller.h"

#include "recentfilesmenu.h"
#include "reportopener.h"
#include "reportreader.h"
#include "settings.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {
bool isResource(const QString &path)
{
    return path.startsWith(u':');
}
} // namespace

FileController::FileController(Settings &settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
    , m_opener(new ReportOpener(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_recent(new RecentFilesMenu(settings, window))
{
    connect(m_recent, &RecentFilesMenu::fileChosen, this, [this](const QString &path) { open(path); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FileController::fileChangedOnDisk);
    connect(m_opener, &ReportOpener::progress, this, [this](int percent) {
        if (m_progress)
            m_progress->setValue(percent);
    });
    connect(m_opener, &ReportOpener::opened, this,
            [this](const QString &path, const Report &report, QTextDocument *document) {
                delete m_progress;
                adopt(path, report, m_pendingPosition, document);
            });
    connect(m_opener, &ReportOpener::failed, this, [this](const QString &path, const Error &error,
                                                          const ImportOptions &options) {
        delete m_progress;
        handleFailure(path, error, options);
    });
}

FileController::~FileController() = default;

bool FileController::isBusy() const
{
    return m_opener->isBusy();
}

bool FileController::openNow(const QString &path, qsizetype restorePosition)
{
    auto result = ReportReader::read(path);
    if (!result) {
        handleFailure(path, result.error(), {});
        return false;
    }
    adopt(path, result.value(), restorePosition, nullptr);
    return true;
}

void FileController::open(const QString &path, const ImportOptions &options, qsizetype restorePosition)
{
    m_pendingPosition = restorePosition;
    delete m_progress;
    // The dialog appears only if opening takes long enough to notice.
    m_progress = new QProgressDialog(tr("Opening “%1”…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100,
                                     m_window);
    m_progress->setWindowTitle(tr("Opening Report"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_opener->cancel();
        delete m_progress;
        Q_EMIT message(tr("Opening cancelled."));
    });
    m_opener->open(path, options, m_builders ? m_builders() : DocumentBuilder());
}

void FileController::reload()
{
    if (!m_path.isEmpty())
        open(m_path, {}, currentPosition());
}

void FileController::reopenWithEncoding(const QString &encoding)
{
    if (m_path.isEmpty())
        return;
    ImportOptions options;
    options.encoding = encoding;
    open(m_path, options, currentPosition());
}

void FileController::close()
{
    m_opener->cancel();
    if (!m_path.isEmpty() && !isResource(m_path))
        m_watcher->removePath(m_path);
    m_path.clear();
    Q_EMIT closed();
}

void FileController::showStored(const Report &report)
{
    m_opener->cancel();
    if (!m_path.isEmpty() && !isResource(m_path))
        m_watcher->removePath(m_path);
    m_path.clear();
    Q_EMIT opened(QString(), report, -1, nullptr);
}

void FileController::adopt(const QString &path, const Report &report, qsizetype restorePosition,
                           QTextDocument *document)
{
    if (!m_path.isEmpty() && !isResource(m_path))
        m_watcher->removePath(m_path);
    m_path = path;
    if (!isResource(path))
        m_watcher->addPath(path);
    m_recent->add(path);
    m_settings.setLastFile(path);
    m_settings.setLastPosition(qMax<qsizetype>(0, restorePosition));
    Q_EMIT opened(path, report, restorePosition, document);
}

void FileController::handleFailure(const QString &path, const Error &error, const ImportOptions &options)
{
    switch (error.kind) {
    case Error::Kind::Cancelled:
        Q_EMIT message(tr("Opening cancelled."));
        return;
    case Error::Kind::PasswordRequired: {
        bool ok = false;
        const QString password = QInputDialog::getText(m_window, tr("Password Required"), error.message + u"\n\n"_s
                                                           + tr("Password:"),
                                                       QLineEdit::Password, QString(), &ok);
        if (ok && !password.isEmpty()) {
            ImportOptions retry = options;
            retry.password = password;
            open(path, retry, m_pendingPosition);
        }
        return;
    }
    case Error::Kind::BadInput:
    case Error::Kind::Failure:
        break;
    }
    QMessageBox::warning(m_window, tr("Cannot Open Report"), error.message);
    if (!QFileInfo::exists(path))
        m_recent->remove(path);
}

void FileController::fileChangedOnDisk(const QString &path)
{
    if (path != m_path || m_askingReload)
        return;
    // Editors save by replacing the file, which drops it from the watcher.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    m_askingReload = true;
    const auto answer = QMessageBox::question(
        m_window, tr("Report Changed"), tr("“%1” was changed on disk. Reload it?").arg(QFileInfo(path).fileName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    m_askingReload = false;
    if (answer == QMessageBox::Yes)
        reload();
}

} // namespace pizhu
