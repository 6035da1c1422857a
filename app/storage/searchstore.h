// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchresults.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>
#include <utility>

class QSqlQuery;

namespace pizhu {

class Database;
class SearchQuery;

// Full-text search over the text of every stored report (its latest
// version) and every annotation's note and quote (docs/schema.md, "Search").
// Queries of three characters and more use the trigram tables; shorter ones
// the character tables. Reads only; a failure leaves the reason in
// Database::lastError() and returns what was found before it.
class SearchStore
{
    Q_DECLARE_TR_FUNCTIONS(SearchStore)

public:
    static constexpr int kDefaultLimit = 200;

    // How queries of one or two characters are answered. Like scans every
    // row and is there to compare with (search_bench).
    enum class ShortQueries { CharacterIndex, Like };

    explicit SearchStore(Database &db)
        : m_db(db)
    { }

    void setShortQueries(ShortQueries method) { m_shortQueries = method; }

    // At most `limit` hits in all: notes (newest first) and text (the latest
    // imports first) share it, and no report gets more than `perReport` text
    // hits (default: limit / 8, at least 10) so that one report cannot hide
    // the others. An empty query finds nothing.
    SearchResults search(const QString &words, int limit = kDefaultLimit, int perReport = 0) const;

private:
    struct VersionInfo
    {
        qint64 reportId = -1;
        QString contentHash;
        bool latest = false;
    };
    struct ReportHit
    {
        qint64 reportId = -1;
        SearchHit hit;
    };

    // Text hits, at most `budget`; `more` gets the reports with hits left out.
    QList<ReportHit> textHits(
        const SearchQuery &query, int budget, int perReport, QSet<qint64> &more, bool &truncated) const;
    // The words' occurrences in the block of one result row as hits, at most
    // `max`; true when the block holds more.
    static bool appendHits(QList<ReportHit> &hits, const SearchQuery &query, const VersionInfo &info,
        const QSqlQuery &row, int max);
    // The first `count` hits of one version, in document order.
    QList<ReportHit> firstHits(const SearchQuery &query, qint64 versionId, int count) const;
    QList<ReportHit> noteHits(const SearchQuery &query, int limit) const;
    QString textSql(const SearchQuery &query, bool withinVersion) const;
    QString textMatch(const SearchQuery &query) const;
    QString notesSql(const SearchQuery &query) const;
    std::optional<VersionInfo> versionInfo(qint64 versionId) const;
    // The first and last search_blocks id of a version (its blocks are added together).
    std::optional<std::pair<qint64, qint64>> blockRange(qint64 versionId) const;
    bool fillReport(SearchReport &report) const;

    Database &m_db;
    ShortQueries m_shortQueries = ShortQueries::CharacterIndex;
    mutable QHash<qint64, VersionInfo> m_versions; // for one search
};

} // namespace pizhu
