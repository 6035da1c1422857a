// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace pizhu {

class Database;

// Puts report text into the search tables (docs/schema.md, "Search"): each
// version's canonical text as blocks, one per line, with their offsets, and
// their entries in the full-text tables. Done here rather than by triggers
// because offsets are UTF-16 units (SQLite counts characters) and because
// FTS5 flushes its pending data for each row a trigger writes. Removing
// blocks goes through triggers; the notes' tables are kept by triggers on
// annotations.
class SearchIndex
{
public:
    // Longer lines are split (at the end of a sentence where there is one):
    // the character tables index the first 4096 characters of a row.
    static constexpr qsizetype kMaxBlockLength = 2000;
    // The schema version that added the search tables.
    static constexpr int kSinceSchema = 3;

    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0;

        friend bool operator==(const Span &, const Span &) = default;
    };

    // The non-blank lines of text, long ones split.
    static QList<Span> blocks(QStringView text);
    // A block's characters as tokens of the character tables, exactly as
    // the triggers' SQL writes them: each character's UTF-8 bytes in
    // upper-case hex, separated by spaces (法治 → "E6B395 E6B2BB").
    static QString characterTokens(QStringView text);
    // The text as stored in search_blocks: U+0000 and unpaired surrogates
    // become U+FFFD, so that SQLite and Qt read the same characters (the
    // offsets stay the same).
    static QString storedText(QStringView text);
    // Call inside the transaction that adds the version. False on failure
    // (Database::lastError() says why).
    static bool addVersion(Database &db, qint64 versionId, const QString &text);
    // Every stored version: for the migration that created the tables.
    static bool addAllVersions(Database &db);
};

} // namespace pizhu
