// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "database.h"
#include "searchindex.h"
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

// SQL for the characters of a text as tokens of the character tables:
// "E6B395 E6B2BB" for 法治. Triggers cannot use WITH, hence search_positions.
QString characterTokens(const QString &column)
{
    return uR"((SELECT group_concat(hex(substr(%1, i, 1)), ' ') FROM search_positions
        WHERE i <= length(%1)))"_s.arg(column);
}

// The full-text tables and the triggers that fill them (docs/schema.md, "Search").
// For each source (report blocks, notes): a trigram FTS5 table over its
// text (queries of three characters and more) and a table of single
// characters for shorter queries, which the trigram tokenizer cannot answer
// and LIKE answers too slowly over a large library.
QStringList searchStatements()
{
    const QString blockTokens = characterTokens(u"%1.body"_s);
    const QString noteTokens = characterTokens(u"%1.note"_s);
    const QString quoteTokens = characterTokens(u"%1.quote"_s);
    return {
        u"CREATE TABLE search_positions (i INTEGER PRIMARY KEY)"_s,
        uR"(WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4096)
            INSERT INTO search_positions (i) SELECT i FROM n)"_s,
        // Report text: each version's canonical text, line by line.
        uR"(CREATE TABLE search_blocks (
            id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES report_versions (id) ON DELETE CASCADE,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            body TEXT NOT NULL))"_s,
        u"CREATE INDEX search_blocks_by_version ON search_blocks (version_id)"_s,
        uR"(CREATE VIRTUAL TABLE search_text USING fts5 (body, content = 'search_blocks',
            content_rowid = 'id', tokenize = 'trigram'))"_s,
        uR"(CREATE VIRTUAL TABLE search_text_chars USING fts5 (body, content = '', columnsize = 0,
            tokenize = 'ascii'))"_s,
        // SearchIndex writes a new block's entries itself: a trigger costs
        // FTS5 a flush of its pending data per row, twenty times slower for a
        // large report. Removing and changing blocks goes through the triggers.
        uR"(CREATE TRIGGER search_blocks_delete AFTER DELETE ON search_blocks BEGIN
            INSERT INTO search_text (search_text, rowid, body) VALUES ('delete', old.id, old.body);
            INSERT INTO search_text_chars (search_text_chars, rowid, body) VALUES ('delete', old.id, %1);
            END)"_s.arg(blockTokens.arg(u"old"_s)),
        uR"(CREATE TRIGGER search_blocks_update AFTER UPDATE ON search_blocks BEGIN
            INSERT INTO search_text (search_text, rowid, body) VALUES ('delete', old.id, old.body);
            INSERT INTO search_text_chars (search_text_chars, rowid, body) VALUES ('delete', old.id, %1);
            INSERT INTO search_text (rowid, body) VALUES (new.id, new.body);
            INSERT INTO search_text_chars (rowid, body) VALUES (new.id, %2);
            END)"_s.arg(blockTokens.arg(u"old"_s), blockTokens.arg(u"new"_s)),
        // Notes: the note and the quoted passage of every annotation. Its own
        // integer key: the rowid of annotations (keyed by uuid) may change in a VACUUM.
        uR"(CREATE TABLE search_note_docs (
            id INTEGER PRIMARY KEY,
            annotation_uuid TEXT NOT NULL UNIQUE,
            note TEXT NOT NULL,
            quote TEXT NOT NULL))"_s,
        uR"(CREATE VIRTUAL TABLE search_notes USING fts5 (note, quote, content = 'search_note_docs',
            content_rowid = 'id', tokenize = 'trigram'))"_s,
        uR"(CREATE VIRTUAL TABLE search_notes_chars USING fts5 (note, quote, content = '', columnsize = 0,
            tokenize = 'ascii'))"_s,
        // The notes there are, in bulk (before the triggers: FTS5 flushes per trigger row).
        u"INSERT INTO search_note_docs (annotation_uuid, note, quote) SELECT uuid, note, exact FROM annotations"_s,
        u"INSERT INTO search_notes (search_notes) VALUES ('rebuild')"_s,
        uR"(INSERT INTO search_notes_chars (rowid, note, quote) SELECT id, %1, %2 FROM search_note_docs)"_s.arg(
            noteTokens.arg(u"search_note_docs"_s), quoteTokens.arg(u"search_note_docs"_s)),
        uR"(CREATE TRIGGER search_note_docs_insert AFTER INSERT ON search_note_docs BEGIN
            INSERT INTO search_notes (rowid, note, quote) VALUES (new.id, new.note, new.quote);
            INSERT INTO search_notes_chars (rowid, note, quote) VALUES (new.id, %1, %2);
            END)"_s.arg(noteTokens.arg(u"new"_s), quoteTokens.arg(u"new"_s)),
        uR"(CREATE TRIGGER search_note_docs_delete AFTER DELETE ON search_note_docs BEGIN
            INSERT INTO search_notes (search_notes, rowid, note, quote)
                VALUES ('delete', old.id, old.note, old.quote);
            INSERT INTO search_notes_chars (search_notes_chars, rowid, note, quote)
                VALUES ('delete', old.id, %1, %2);
            END)"_s.arg(noteTokens.arg(u"old"_s), quoteTokens.arg(u"old"_s)),
        uR"(CREATE TRIGGER search_note_docs_update AFTER UPDATE ON search_note_docs BEGIN
            INSERT INTO search_notes (search_notes, rowid, note, quote)
                VALUES ('delete', old.id, old.note, old.quote);
            INSERT INTO search_notes_chars (search_notes_chars, rowid, note, quote)
                VALUES ('delete', old.id, %1, %2);
            INSERT INTO search_notes (rowid, note, quote) VALUES (new.id, new.note, new.quote);
            INSERT INTO search_notes_chars (rowid, note, quote) VALUES (new.id, %3, %4);
            END)"_s.arg(noteTokens.arg(u"old"_s), quoteTokens.arg(u"old"_s), noteTokens.arg(u"new"_s),
                        quoteTokens.arg(u"new"_s)),
        // Whatever writes annotations, the notes' tables follow.
        uR"(CREATE TRIGGER annotations_search_insert AFTER INSERT ON annotations BEGIN
            DELETE FROM search_note_docs WHERE annotation_uuid = new.uuid;
            INSERT INTO search_note_docs (annotation_uuid, note, quote) VALUES (new.uuid, new.note, new.exact);
            END)"_s,
        uR"(CREATE TRIGGER annotations_search_update AFTER UPDATE OF uuid, note, exact ON annotations
            WHEN old.uuid IS NOT new.uuid OR old.note IS NOT new.note OR old.exact IS NOT new.exact BEGIN
            UPDATE search_note_docs SET annotation_uuid = new.uuid, note = new.note, quote = new.exact
                WHERE annotation_uuid = old.uuid;
            END)"_s,
        uR"(CREATE TRIGGER annotations_search_delete AFTER DELETE ON annotations BEGIN
            DELETE FROM search_note_docs WHERE annotation_uuid = old.uuid;
            END)"_s,
        // The library counts each report's commitments.
        u"CREATE INDEX annotations_commitments ON annotations (work_key) WHERE status <> ''"_s,
    };
}

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
    if (version == 3 && !SearchIndex::addAllVersions(db))
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
    case 3:
        return searchStatements();
    case 4:
        return {
            // The user's decisions on the follow-up of last year's plans (FollowUpLink).
            uR"(CREATE TABLE followup_links (
                plan_work_key TEXT NOT NULL,
                plan_key TEXT NOT NULL,
                measure_work_key TEXT NOT NULL,
                measure_key TEXT NOT NULL,
                decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'rejected')),
                modified TEXT,
                PRIMARY KEY (plan_work_key, measure_work_key, plan_key, measure_key)) WITHOUT ROWID)"_s,
        };
    }
    return {};
}

} // namespace pizhu
