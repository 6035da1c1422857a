// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace pizhu {

class Database;

// Copies of the annotation file beside it, written with VACUUM INTO (a
// consistent snapshot even while another instance writes):
//  - before a schema migration: <file>.backup-v<old version>-<yyyyMMdd-HHmmss>.sqlite
//  - once a day: <file>.daily-YYYY-MM-DD.sqlite, the newest few kept.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static Result<QString> beforeMigration(const Database &db, int fromVersion,
                                           const QDateTime &now = QDateTime::currentDateTime());
    // Writes today's backup unless it exists, then deletes all but the newest
    // `keep`. Returns the path written, or an empty string when there was one.
    static Result<QString> daily(const Database &db, QDate today, int keep);
    // The daily backups of the file at path, newest first.
    static QStringList dailyBackups(const QString &path);

private:
    // VACUUM INTO a temporary name, then renamed: another instance writing
    // the same backup at the same moment can never share a half-written file.
    // False when the target appeared meanwhile.
    static Result<bool> writeCopy(const Database &db, const QString &target);
};

} // namespace pizhu
