// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "backups.h"
#include "migrations.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <atomic>

using namespace Qt::StringLiterals;

namespace pizhu {

Q_LOGGING_CATEGORY(lcStorage, "pizhu.storage", QtWarningMsg)

namespace {

const QString kMemory = u":memory:"_s;

// SQLite's primary result codes (the driver reports extended codes; the low byte is the primary one).
enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, Full = 13, Constraint = 19, Corrupt = 11, NotADb = 26 };

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

Error badInput(const QString &message)
{
    return Error{Error::Kind::BadInput, message};
}

Error failed(const QString &message)
{
    return Error{Error::Kind::Failure, message};
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    return open(path, mode, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode, const Options &options)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return failed(tr("The SQLite driver of Qt (QSQLITE) is not installed."));
    std::unique_ptr<Database> db(new Database);
    const auto prepared = db->checkAndPrepare(path, mode, options);
    if (!prepared)
        return prepared.error();
    return db;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/annotations.sqlite"_s;
}

QString Database::sqliteVersion()
{
    QString version;
    {
        // A private in-memory connection: asks the driver's SQLite, touches no file.
        const QString name = u"pizhu-version-probe"_s;
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT sqlite_version()"_s) && q.next())
                version = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"pizhu-version-probe"_s);
    return version;
}

QString Database::resolvePath(const QString &cliPath, const QString &settingPath)
{
    if (!cliPath.isEmpty())
        return cliPath;
    const QString env = qEnvironmentVariable("PIZHU_DB");
    if (!env.isEmpty())
        return env;
    if (!settingPath.isEmpty())
        return settingPath;
    return defaultPath();
}

Database::~Database()
{
    closeConnection();
}

Result<bool> Database::checkAndPrepare(const QString &path, OpenMode mode, const Options &options)
{
    m_thread = QThread::currentThread();
    m_path = path;
    if (path.isEmpty())
        return badInput(tr("No annotation file was given."));
    const bool memory = path == kMemory;
    bool readOnly = mode == OpenMode::ReadOnly;
    bool immutable = false;
    if (!memory) {
        // Everything here only reads: a file we refuse stays exactly as it was.
        const QFileInfo info(path);
        if (info.exists()) {
            if (!info.isFile())
                return badInput(tr("%1 is not a file.").arg(path));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return badInput(tr("%1 cannot be read: %2").arg(path, file.errorString()));
            const QByteArray header = file.read(100);
            if (!header.isEmpty() && !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
                return badInput(tr("%1 is not an annotation file: it is not an SQLite database.").arg(path));
            m_existed = !header.isEmpty();
        } else if (mode == OpenMode::ReadOnly) {
            return badInput(tr("%1: no such file").arg(path));
        } else if (!QDir().mkpath(info.absolutePath())) {
            const QString folder = QDir::toNativeSeparators(info.absolutePath());
            return failed(tr("Cannot create the folder %1.").arg(folder));
        }
        const bool dirWritable = QFileInfo(info.absolutePath()).isWritable();
        if (!readOnly && info.exists() && !info.isWritable()) {
            readOnly = true;
            m_readOnlyReason =
                tr("The annotation file %1 is read-only: notes can be read but not changed.").arg(path);
        } else if (!readOnly && !dirWritable) {
            if (!info.exists())
                return failed(tr("Cannot create %1: its folder is read-only.").arg(path));
            readOnly = true;
            m_readOnlyReason =
                tr("The folder of the annotation file %1 is read-only: notes can be read but not changed.")
                    .arg(path);
        }
        // A WAL file needs its -shm beside it; in a folder nobody can write
        // to, nobody can change the file either, so SQLite may treat it as immutable.
        immutable = readOnly && !dirWritable && !QFileInfo::exists(path + u"-wal"_s);
    }

    auto opened = openConnection(path, readOnly, immutable);
    if (opened)
        opened = inspect();
    if (!opened) {
        closeConnection();
        return opened.error();
    }
    if (m_schemaVersion > kSchemaVersion) {
        if (mode == OpenMode::ReadWrite) {
            closeConnection();
            return failed(tr("%1 was written by a newer version of Pizhu (file format %2; this version knows "
                             "up to %3). Update Pizhu to change these notes; the file was left as it is.")
                              .arg(path)
                              .arg(m_schemaVersion)
                              .arg(kSchemaVersion));
        }
        m_readOnlyReason = tr("%1 was written by a newer version of Pizhu.").arg(path);
    }

    if (!readOnly) {
        const auto ready = setUpForWriting();
        if (!ready && m_lastCode != ReadOnly) {
            closeConnection();
            return ready.error();
        }
        if (!ready) {
            // Writing is refused below the permissions we can see (a read-only
            // mount, an ACL): read instead of failing.
            closeConnection();
            readOnly = true;
            m_readOnlyReason =
                tr("The annotation file %1 cannot be written: notes can be read but not changed.").arg(path);
            opened = openConnection(path, true, false);
            if (opened)
                opened = inspect();
            if (!opened) {
                closeConnection();
                return opened.error();
            }
        }
    }
    m_readOnly = readOnly;

    const int target = qBound(0, options.schemaVersion, kSchemaVersion);
    if (m_schemaVersion < target) {
        if (m_readOnly) {
            closeConnection();
            if (!m_existed)
                return badInput(tr("%1 is empty: it holds no notes yet.").arg(path));
            return failed(tr("%1 was written by an older version of Pizhu and must be upgraded, which needs "
                             "permission to change it.")
                              .arg(path));
        }
        if (m_schemaVersion > 0) {
            // Never migrate without a copy of what was there.
            const auto backup = Backups::beforeMigration(*this, m_schemaVersion);
            if (!backup) {
                closeConnection();
                return backup.error();
            }
            m_migrationBackup = backup.value();
        }
        const auto migrated = Migrations::run(*this, m_schemaVersion, target);
        if (!migrated) {
            closeConnection();
            return migrated.error();
        }
        m_schemaVersion = target;
    }

    if (!m_readOnly && m_existed && !memory && options.dailyBackup) {
        const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
        const auto daily = Backups::daily(*this, today, kDailyBackups);
        if (!daily) // a missing backup must not keep the user from their notes
            qCWarning(lcStorage) << "daily backup failed:" << daily.error().message;
    }
    return true;
}

Result<bool> Database::openConnection(const QString &path, bool readOnly, bool immutable)
{
    static std::atomic<quint64> counter = 0;
    m_connectionName = u"pizhu-storage-%1"_s.arg(++counter);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    QStringList options;
    QString name = path;
    if (readOnly)
        options << u"QSQLITE_OPEN_READONLY"_s;
    if (immutable) {
        options << u"QSQLITE_OPEN_URI"_s;
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + u"?immutable=1"_s;
    }
    options << u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs);
    m_db.setConnectOptions(options.join(u';'));
    m_db.setDatabaseName(name);
    if (!m_db.open())
        return failed(tr("Cannot open %1: %2").arg(path, m_db.lastError().text()));
    if (!execSql(u"PRAGMA busy_timeout = %1"_s.arg(kBusyTimeoutMs))
        || !execSql(u"PRAGMA foreign_keys = ON"_s))
        return failed(tr("Cannot open %1: %2").arg(path, m_lastError.message));
    return true;
}

Result<bool> Database::inspect()
{
    // quick_check reads every page: it finds a truncated or overwritten file
    // before we write anything into it.
    QSqlQuery check = prepare(u"PRAGMA quick_check"_s);
    QStringList problems;
    if (exec(check)) {
        while (check.next())
            problems << check.value(0).toString();
        if (problems == QStringList{u"ok"_s})
            problems.clear();
    } else {
        problems << m_lastSqliteText;
    }
    check.finish();
    if (!problems.isEmpty()) {
        // The first finding is enough to tell; quick_check may list hundreds.
        QStringList lines = problems.first().split(u'\n', Qt::SkipEmptyParts);
        lines.removeIf([](const QString &line) { return line.startsWith(u"***"_s); });
        const bool more = lines.size() > 1 || problems.size() > 1;
        const QString first = lines.value(0) + (more ? u" …"_s : QString());
        return badInput(tr("%1 is damaged (SQLite reports: %2). It was left as it is; use one of the backups "
                           "beside it (%3.daily-…) or a copy.")
                            .arg(m_path, first, QFileInfo(m_path).fileName()));
    }
    const auto appId = pragmaValue(u"application_id"_s);
    const auto version = pragmaValue(u"user_version"_s);
    QSqlQuery tables = prepare(u"SELECT count(*) FROM sqlite_schema"_s);
    const bool counted = exec(tables) && tables.next();
    const qint64 tableCount = counted ? tables.value(0).toLongLong() : -1;
    tables.finish();
    if (!appId || !version || !counted)
        return failed(tr("Cannot read %1: %2").arg(m_path, m_lastError.message));
    // Another program's database must never receive our tables.
    const bool ours = *appId == Migrations::kApplicationId;
    if (!ours && (*appId != 0 || *version != 0 || tableCount > 0))
        return badInput(
            tr("%1 is an SQLite database of another program, not a Pizhu annotation file.").arg(m_path));
    m_schemaVersion = int(*version);
    if (m_schemaVersion == 0)
        m_existed = false; // an empty SQLite file: nothing to back up
    return true;
}

Result<bool> Database::setUpForWriting()
{
    // Claiming the write lock once tells whether the file can really be
    // written (a read-only mount, an ACL) before anything depends on it.
    // Without waiting: another instance holding the lock proves it writable.
    if (!execSql(u"PRAGMA busy_timeout = 0"_s))
        return failure(tr("Cannot prepare %1 for writing").arg(m_path));
    std::optional<Error> refused;
    {
        Transaction probe(*this);
        if (!probe.ok() && !lastFailureWasBusy())
            refused = probe.error();
    }
    if (!execSql(u"PRAGMA busy_timeout = %1"_s.arg(kBusyTimeoutMs)))
        return failure(tr("Cannot prepare %1 for writing").arg(m_path));
    if (refused)
        return *refused;
    QSqlQuery wal = prepare(u"PRAGMA journal_mode = WAL"_s);
    if (!exec(wal))
        return failure(tr("Cannot prepare %1 for writing").arg(m_path));
    if (wal.next() && wal.value(0).toString() != u"wal"_s && m_path != kMemory)
        qCWarning(lcStorage) << m_path << "stays in journal mode" << wal.value(0).toString();
    wal.finish();
    if (!execSql(u"PRAGMA synchronous = NORMAL"_s))
        return failure(tr("Cannot prepare %1 for writing").arg(m_path));
    return true;
}

void Database::closeConnection()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

qint64 Database::dataVersion() const
{
    return pragmaValue(u"data_version"_s).value_or(-1);
}

Result<QString> Database::backupTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        return failed(tr("Cannot back up to %1: the file exists.").arg(target));
    QSqlQuery vacuum = prepare(u"VACUUM INTO :target"_s);
    vacuum.bindValue(u":target"_s, target);
    if (!exec(vacuum))
        return failure(tr("Cannot back up %1 to %2").arg(m_path, target));
    return target;
}

QSqlQuery Database::prepare(const QString &sql) const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database", "used from a thread that did not open it");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) // exec() reports it (a damaged file fails here already)
        qCDebug(lcStorage) << "cannot prepare" << sql << query.lastError().text();
    return query;
}

bool Database::exec(QSqlQuery &query) const
{
    const QSqlError before = query.lastError();
    if (query.exec()) {
        m_lastBusy = false;
        return true;
    }
    QSqlError error = query.lastError();
    if (error.nativeErrorCode().isEmpty() && before.isValid())
        error = before; // prepare() failed: its error is the one that says why
    const int code = primaryCode(error);
    m_lastCode = code;
    m_lastBusy = code == Busy || code == Locked;
    QString message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    m_lastSqliteText = message;
    if (m_lastBusy)
        message = tr("the annotation file is in use by another program (waited %1 seconds)")
                      .arg(kBusyTimeoutMs / 1000);
    else if (code == ReadOnly)
        message = tr("the annotation file cannot be written");
    else if (code == Full)
        message = tr("the disk is full");
    else if (code == Corrupt || code == NotADb)
        message = tr("the annotation file is damaged (%1)").arg(message);
    const auto kind = code == Constraint ? Error::Kind::BadInput : Error::Kind::Failure;
    m_lastError = Error{kind, message};
    qCDebug(lcStorage) << "SQL failed:" << query.lastQuery() << error.nativeErrorCode() << error.text();
    return false;
}

Error Database::failure(const QString &what) const
{
    return Error{m_lastError.kind, tr("%1: %2").arg(what, m_lastError.message)};
}

void Database::setLastError(const Error &error) const
{
    m_lastError = error;
    qCWarning(lcStorage) << error.message;
}

bool Database::execSql(const QString &sql) const
{
    QSqlQuery query = prepare(sql);
    return exec(query);
}

std::optional<qint64> Database::pragmaValue(const QString &pragma) const
{
    QSqlQuery query = prepare(u"PRAGMA "_s + pragma);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace pizhu
