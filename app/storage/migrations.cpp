// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "database.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

struct StarterTag
{
    QString name;
    QString color;
    QString description;
};

// Six hues far enough apart to tell at a glance, dark enough for white text.
const QList<StarterTag> kStarterTags = {
    {u"承诺"_s, u"#2F6FD6"_s, u"报告中作出的工作承诺和安排"_s},
    {u"指标"_s, u"#0E8C80"_s, u"数字、比率和可核对的目标"_s},
    {u"成效"_s, u"#3C9A3C"_s, u"已取得的工作成效"_s},
    {u"问题"_s, u"#D14343"_s, u"存在的不足、问题和原因"_s},
    {u"责任"_s, u"#8A55C9"_s, u"责任主体和第一责任人履职"_s},
    {u"亮点"_s, u"#D98E04"_s, u"值得推广的做法和亮点"_s},
};

} // namespace

Result<bool> Migrations::run(Database &db, int from, int to)
{
    for (int version = from + 1; version <= to; ++version) {
        Transaction transaction(db);
        if (!transaction.ok())
            return transaction.error();
        // Another instance may have upgraded the file while we waited for the lock.
        QSqlQuery current = db.prepare(u"PRAGMA user_version"_s);
        if (!db.exec(current) || !current.next())
            return db.failure(tr("Cannot upgrade %1").arg(db.path()));
        const int found = current.value(0).toInt();
        current.finish();
        if (found >= version)
            continue;
        if (!step(db, version))
            return db.failure(tr("Cannot upgrade %1 to file format %2").arg(db.path()).arg(version));
        const auto committed = transaction.commit();
        if (!committed)
            return committed.error();
    }
    return true;
}

bool Migrations::step(Database &db, int version)
{
    const QStringList sql = statements(version);
    for (const QString &statement : sql) {
        QSqlQuery query = db.prepare(statement);
        if (!db.exec(query))
            return false;
    }
    if (version == 1 && !insertStarterTags(db))
        return false;
    // PRAGMAs take no bound values; the number comes from this code, never from data.
    QSqlQuery stamp = db.prepare(u"PRAGMA user_version = %1"_s.arg(version));
    return db.exec(stamp);
}

bool Migrations::insertStarterTags(Database &db)
{
    QSqlQuery insert =
        db.prepare(u"INSERT INTO tags (name, color, description) VALUES (:name, :color, :description)"_s);
    for (const StarterTag &tag : kStarterTags) {
        insert.bindValue(u":name"_s, tag.name);
        insert.bindValue(u":color"_s, tag.color);
        insert.bindValue(u":description"_s, tag.description);
        if (!db.exec(insert))
            return false;
    }
    return true;
}

QStringList Migrations::statements(int version)
{
    switch (version) {
    case 1:
        return {
            u"PRAGMA application_id = %1"_s.arg(kApplicationId),
            // Version 1 kept one version of each report in its row.
            uR"(CREATE TABLE reports (
                id INTEGER PRIMARY KEY,
                work_key TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL DEFAULT '',
                issuer TEXT NOT NULL DEFAULT '',
                year INTEGER NOT NULL DEFAULT 0,
                content_hash TEXT,
                source_path TEXT NOT NULL DEFAULT '',
                canonical_text TEXT NOT NULL DEFAULT '',
                imported_at TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE annotations (
                uuid TEXT PRIMARY KEY NOT NULL,
                work_key TEXT NOT NULL,
                content_hash TEXT NOT NULL DEFAULT '',
                start_offset INTEGER NOT NULL DEFAULT -1,
                end_offset INTEGER NOT NULL DEFAULT -1,
                exact TEXT NOT NULL DEFAULT '',
                prefix TEXT NOT NULL DEFAULT '',
                suffix TEXT NOT NULL DEFAULT '',
                block_ordinal INTEGER NOT NULL DEFAULT -1,
                heading_path TEXT NOT NULL DEFAULT '',
                orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
                color INTEGER NOT NULL DEFAULT 0,
                note TEXT NOT NULL DEFAULT '',
                created TEXT,
                modified TEXT,
                author TEXT NOT NULL DEFAULT ''))"_s,
            u"CREATE INDEX annotations_by_work ON annotations (work_key, start_offset)"_s,
            uR"(CREATE TABLE tags (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
                color TEXT NOT NULL DEFAULT '',
                description TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE annotation_tags (
                annotation_uuid TEXT NOT NULL
                    REFERENCES annotations (uuid) ON DELETE CASCADE ON UPDATE CASCADE,
                tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
                position INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (annotation_uuid, tag_id)) WITHOUT ROWID)"_s,
            u"CREATE INDEX annotation_tags_by_tag ON annotation_tags (tag_id)"_s,
        };
    case 2:
        return {
            // Reports keep every imported version; the rows move over unchanged.
            u"ALTER TABLE reports RENAME TO reports_v1"_s,
            uR"(CREATE TABLE reports (
                id INTEGER PRIMARY KEY,
                work_key TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL DEFAULT '',
                issuer TEXT NOT NULL DEFAULT '',
                year INTEGER NOT NULL DEFAULT 0,
                created TEXT NOT NULL DEFAULT ''))"_s,
            uR"(INSERT INTO reports (id, work_key, title, issuer, year, created)
                SELECT id, work_key, title, issuer, year, imported_at FROM reports_v1)"_s,
            uR"(CREATE TABLE report_versions (
                id INTEGER PRIMARY KEY,
                report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
                content_hash TEXT NOT NULL UNIQUE,
                source_path TEXT NOT NULL DEFAULT '',
                source_format TEXT NOT NULL DEFAULT '',
                encoding TEXT NOT NULL DEFAULT '',
                publisher TEXT NOT NULL DEFAULT '',
                published TEXT,
                index_number TEXT NOT NULL DEFAULT '',
                document_number TEXT NOT NULL DEFAULT '',
                canonical_text TEXT NOT NULL,
                imported_at TEXT NOT NULL DEFAULT ''))"_s,
            u"CREATE INDEX report_versions_by_report ON report_versions (report_id)"_s,
            uR"(INSERT INTO report_versions
                (report_id, content_hash, source_path, canonical_text, imported_at)
                SELECT id, content_hash, source_path, canonical_text, imported_at FROM reports_v1
                WHERE content_hash IS NOT NULL)"_s,
            u"DROP TABLE reports_v1"_s,
            // Commitment tracking.
            u"ALTER TABLE annotations ADD COLUMN status TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE annotations ADD COLUMN responsible_unit TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE annotations ADD COLUMN due TEXT"_s,
            u"CREATE INDEX annotations_by_status ON annotations (status)"_s,
        };
    }
    return {};
}

} // namespace pizhu
