// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <optional>

class QThread;

namespace pizhu {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

// One open annotation file (SQLite through QSQLITE, see docs/schema.md).
//
// Opening checks the file before anything is written to it: a file that is
// not SQLite, a damaged one, one from a newer Pizhu or one that cannot be
// written is refused or opened read-only, never changed. An older schema is
// backed up next to the file and migrated; an existing file gets one rolling
// backup a day (the last kDailyBackups are kept).
//
// A Database owns its own uniquely named connection, so it belongs to the
// thread that opened it; a worker thread opens its own Database on the same
// path. Stores (ReportStore, AnnotationStore, TagStore) work over a Database&
// and must not outlive it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    static constexpr int kSchemaVersion = 4;
    static constexpr int kBusyTimeoutMs = 5000;
    static constexpr int kDailyBackups = 7;

    enum class OpenMode { ReadWrite, ReadOnly };

    struct Options
    {
        // Stop migrating at this version: tests build files of an older schema.
        int schemaVersion = kSchemaVersion;
        // The day the daily backup is named after; invalid = today. For tests.
        QDate today;
        // Take the day's backup while opening. The window opens without it and
        // has another connection take it on a worker thread: copying a large
        // library takes seconds.
        bool dailyBackup = true;
    };

    // path may be ":memory:" (no backups, no WAL). In ReadWrite mode a missing
    // file and its folder are created; a file or folder that cannot be written
    // is opened read-only instead (isReadOnly(), readOnlyReason()).
    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode, const Options &options);
    // QStandardPaths::AppDataLocation + "/annotations.sqlite".
    static QString defaultPath();
    // The SQLite library the driver uses, for About and bug reports.
    static QString sqliteVersion();
    // Which file to use: --db PATH, else $PIZHU_DB, else the setting, else defaultPath().
    static QString resolvePath(const QString &cliPath, const QString &settingPath);

    ~Database();

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; } // for the window's banner
    int schemaVersion() const { return m_schemaVersion; }
    // The migration backup written while opening, if any (empty otherwise).
    QString migrationBackupPath() const { return m_migrationBackup; }

    // PRAGMA data_version: changes whenever ANOTHER connection (this process
    // or another instance of the app) commits to the file; our own commits do
    // not change it. Poll it on window activation or when a QFileSystemWatcher
    // sees the -wal file change, and reload when it differs. -1 on failure.
    qint64 dataVersion() const;

    // Writes a consistent copy of the file (VACUUM INTO); target must not exist.
    Result<QString> backupTo(const QString &target) const;

    // For the stores: a prepared, forward-only query on this connection.
    QSqlQuery prepare(const QString &sql) const;
    // Executes a prepared query; on failure remembers the error (lastError()).
    bool exec(QSqlQuery &query) const;
    // An Error for the last failed exec(), "what: SQLite's message".
    Error failure(const QString &what) const;
    // Read functions return plain values; when they fail they log and leave the reason here.
    Error lastError() const { return m_lastError; }
    void setLastError(const Error &error) const;
    // Whether the last failed exec() failed because another connection held a lock.
    bool lastFailureWasBusy() const { return m_lastBusy; }
    bool isInTransaction() const { return m_transactionDepth > 0; }
    QSqlDatabase connection() const { return m_db; }

private:
    friend class Transaction;
    Database() = default;
    Result<bool> checkAndPrepare(const QString &path, OpenMode mode, const Options &options);
    Result<bool> openConnection(const QString &path, bool readOnly, bool immutable);
    Result<bool> inspect();
    Result<bool> setUpForWriting();
    void closeConnection();
    bool execSql(const QString &sql) const; // fixed statements: PRAGMAs, BEGIN, COMMIT
    std::optional<qint64> pragmaValue(const QString &pragma) const;

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_readOnlyReason;
    QString m_migrationBackup;
    QThread *m_thread = nullptr;
    bool m_readOnly = false;
    bool m_existed = false; // the file held a schema before we opened it
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false; // an inner Transaction was abandoned
    mutable Error m_lastError;
    mutable QString m_lastSqliteText; // SQLite's own words for the last failure
    mutable bool m_lastBusy = false;
    mutable int m_lastCode = 0; // SQLite's primary result code of the last failure
};

} // namespace pizhu
