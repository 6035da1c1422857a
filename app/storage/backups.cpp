// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pizhu {

Result<QString> Backups::beforeMigration(const Database &db, int fromVersion, const QDateTime &now)
{
    const QString stamp = now.toString(u"yyyyMMdd-HHmmss"_s);
    const QString base = db.path() + u".backup-v%1-%2"_s.arg(fromVersion).arg(stamp);
    for (int n = 1;; ++n) { // two upgrades within one second get -2, -3 …
        const QString target = base + (n == 1 ? QString() : u"-%1"_s.arg(n)) + u".sqlite"_s;
        if (QFileInfo::exists(target))
            continue;
        const auto written = writeCopy(db, target);
        if (!written) {
            return Error{Error::Kind::Failure,
                         tr("%1 was not upgraded because no backup could be written first: %2")
                             .arg(db.path(), written.error().message)};
        }
        if (written.value())
            return target;
    }
}

Result<bool> Backups::writeCopy(const Database &db, const QString &target)
{
    const QString temporary = u"%1.tmp-%2-%3"_s.arg(target)
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    const auto written = db.backupTo(temporary);
    if (!written) {
        QFile::remove(temporary);
        return written.error();
    }
    if (QFile::rename(temporary, target))
        return true;
    QFile::remove(temporary);
    if (QFileInfo::exists(target))
        return false;
    return Error{Error::Kind::Failure, tr("Cannot write the backup %1.").arg(target)};
}

Result<QString> Backups::daily(const Database &db, QDate today, int keep)
{
    const QString target = db.path() + u".daily-%1.sqlite"_s.arg(today.toString(Qt::ISODate));
    QString written;
    if (!QFileInfo::exists(target)) {
        const auto result = writeCopy(db, target);
        if (!result)
            return result.error();
        if (result.value()) // else another instance wrote today's a moment ago
            written = target;
    }
    const QStringList backups = dailyBackups(db.path());
    for (qsizetype i = keep; i < backups.size(); ++i) {
        if (!QFile::remove(backups.at(i)) && QFileInfo::exists(backups.at(i)))
            return Error{Error::Kind::Failure, tr("Cannot delete the old backup %1.").arg(backups.at(i))};
    }
    return written;
}

QStringList Backups::dailyBackups(const QString &path)
{
    const QFileInfo info(path);
    // A pattern, not a QDir wildcard: the file's own name may contain * or [.
    const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(info.fileName())
                                     + uR"(\.daily-(\d{4}-\d{2}-\d{2})\.sqlite$)"_s);
    QList<std::pair<QString, QString>> found; // date, path
    const QDir dir = info.absoluteDir();
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            found.append({match.captured(1), dir.filePath(name)});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList paths;
    for (const auto &entry : std::as_const(found))
        paths << entry.second;
    return paths;
}

} // namespace pizhu
