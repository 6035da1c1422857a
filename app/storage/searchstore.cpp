// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchstore.h"

#include "database.h"
#include "searchquery.h"

#include <QSet>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

bool useCharacterIndex(const SearchQuery &query, SearchStore::ShortQueries method)
{
    return query.isShort() && method == SearchStore::ShortQueries::CharacterIndex;
}

bool useLike(const SearchQuery &query, SearchStore::ShortQueries method)
{
    return query.isShort() && method == SearchStore::ShortQueries::Like;
}

// Library order: newest year first, then issuer and title.
bool reportBefore(const SearchReport &a, const SearchReport &b)
{
    if (a.year != b.year)
        return a.year > b.year;
    if (a.issuer != b.issuer)
        return a.issuer < b.issuer;
    if (a.title != b.title)
        return a.title < b.title;
    return a.reportId < b.reportId;
}

bool hitBefore(const SearchHit &a, const SearchHit &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    return a.kind < b.kind; // the text before the notes on it
}

} // namespace

SearchResults SearchStore::search(const QString &words, int limit, int perReport) const
{
    SearchResults results;
    results.query = words;
    const SearchQuery query(words);
    if (query.isEmpty() || limit <= 0)
        return results;
    if (perReport <= 0)
        perReport = qMax(10, limit / 8);
    m_versions.clear();

    // Notes and text share the limit: each gets at least half when both have plenty.
    QList<ReportHit> notes = noteHits(query, limit + 1);
    const int textBudget = limit - int(qMin(notes.size(), qsizetype(limit / 2)));
    QSet<qint64> more;
    bool truncated = false;
    const QList<ReportHit> text = textHits(query, textBudget, perReport, more, truncated);
    const qsizetype noteCount = qMin(notes.size(), qsizetype(limit) - text.size());
    if (noteCount < notes.size()) {
        truncated = true;
        notes.resize(noteCount);
    }

    QHash<qint64, SearchReport> byReport;
    for (const QList<ReportHit> *list : { &text, static_cast<const QList<ReportHit> *>(&notes) }) {
        for (const ReportHit &found : *list) {
            SearchReport &report = byReport[found.reportId];
            report.reportId = found.reportId;
            report.hits.append(found.hit);
        }
    }
    for (SearchReport &report : byReport) {
        if (!fillReport(report))
            continue;
        report.more = more.contains(report.reportId);
        std::stable_sort(report.hits.begin(), report.hits.end(), hitBefore);
        results.reports.append(report);
    }
    std::sort(results.reports.begin(), results.reports.end(), reportBefore);
    results.truncated = truncated;
    m_versions.clear();
    return results;
}

QString SearchStore::textSql(const SearchQuery &query, bool withinVersion) const
{
    // Across versions: newest rows first, straight from the index (no
    // ranking, which would read every match before the first could be
    // shown). Within one version: document order.
    if (useLike(query, m_shortQueries)) {
        return withinVersion ? uR"(SELECT b.id, b.version_id, b.start_offset, b.body FROM search_blocks b
                                  WHERE b.body LIKE :match ESCAPE '\' AND b.id BETWEEN :first AND :last
                                  ORDER BY b.id)"_s
                             : uR"(SELECT b.id, b.version_id, b.start_offset, b.body FROM search_blocks b
                                  WHERE b.body LIKE :match ESCAPE '\' AND b.id < :below ORDER BY b.id DESC)"_s;
    }
    const QString table
        = useCharacterIndex(query, m_shortQueries) ? u"search_text_chars"_s : u"search_text"_s;
    const QString where = withinVersion ? u"%1.rowid BETWEEN :first AND :last ORDER BY %1.rowid"_s
                                        : u"%1.rowid < :below ORDER BY %1.rowid DESC"_s;
    return (
        uR"(SELECT b.id, b.version_id, b.start_offset, b.body FROM %1 JOIN search_blocks b ON b.id = %1.rowid
        WHERE %1 MATCH :match AND )"_s
        + where)
        .arg(table);
}

QString SearchStore::textMatch(const SearchQuery &query) const
{
    if (useLike(query, m_shortQueries))
        return query.likePattern();
    return useCharacterIndex(query, m_shortQueries) ? query.characterMatch() : query.trigramMatch();
}

bool SearchStore::appendHits(
    QList<ReportHit> &hits, const SearchQuery &query, const VersionInfo &info, const QSqlQuery &row, int max)
{
    const QString body = row.value(3).toString();
    const qsizetype blockStart = row.value(2).toLongLong();
    const qsizetype length = query.text().size();
    const QList<qsizetype> found = query.occurrences(body, max + 1);
    for (qsizetype i = 0; i < found.size() && i < max; ++i) {
        const qsizetype at = found.at(i);
        SearchHit hit;
        hit.kind = SearchHit::Kind::Text;
        hit.contentHash = info.contentHash;
        hit.start = blockStart + at;
        hit.end = hit.start + length;
        const auto context = SearchQuery::context(body, at, at + length);
        hit.context = context.text;
        hit.markStart = context.markStart;
        hit.markEnd = context.markEnd;
        hits.append({ info.reportId, hit });
    }
    return found.size() > max;
}

QList<SearchStore::ReportHit> SearchStore::textHits(
    const SearchQuery &query, int budget, int perReport, QSet<qint64> &more, bool &truncated) const
{
    QList<ReportHit> hits;
    if (budget <= 0)
        return hits;
    QSqlQuery rows = m_db.prepare(textSql(query, false));
    QHash<qint64, int> perVersion;
    QSet<qint64> cut; // versions whose later hits were left out
    qint64 below = std::numeric_limits<qint64>::max();
    bool again = true;
    while (again && !truncated) {
        again = false;
        rows.bindValue(u":match"_s, textMatch(query));
        rows.bindValue(u":below"_s, below);
        if (!m_db.exec(rows)) {
            m_db.setLastError(m_db.failure(tr("Cannot search the reports")));
            break;
        }
        while (rows.next()) {
            const qint64 versionId = rows.value(1).toLongLong();
            const auto info = versionInfo(versionId);
            if (!info)
                continue;
            int &count = perVersion[versionId];
            if (info->latest && count < perReport && hits.size() >= budget) {
                truncated = true;
                if (count > 0)
                    cut.insert(versionId);
                break;
            }
            if (!info->latest || count >= perReport) {
                // The rest of this version is of no use: go on below its first block.
                if (info->latest) {
                    more.insert(info->reportId);
                    cut.insert(versionId);
                }
                const auto range = blockRange(versionId);
                if (!range || range->first >= below)
                    continue;
                below = range->first;
                again = true;
                break;
            }
            const int room = qMin(perReport - count, budget - int(hits.size()));
            const qsizetype before = hits.size();
            const bool left = appendHits(hits, query, *info, rows, room);
            count += int(hits.size() - before);
            if (left) {
                cut.insert(versionId);
                if (count >= perReport)
                    more.insert(info->reportId);
                else
                    truncated = true;
            }
            if (truncated)
                break;
        }
        rows.finish();
    }
    // Rows came newest first, so a version that was cut holds its last hits:
    // show its first ones instead, in document order.
    for (const qint64 versionId : std::as_const(cut)) {
        const int count = perVersion.value(versionId);
        const qint64 reportId = m_versions.value(versionId).reportId;
        hits.removeIf([reportId](const ReportHit &h) { return h.reportId == reportId; });
        hits.append(firstHits(query, versionId, count));
    }
    return hits;
}

QList<SearchStore::ReportHit> SearchStore::firstHits(
    const SearchQuery &query, qint64 versionId, int count) const
{
    QList<ReportHit> hits;
    const auto info = versionInfo(versionId);
    const auto range = blockRange(versionId);
    if (!info || !range || count <= 0)
        return hits;
    QSqlQuery rows = m_db.prepare(textSql(query, true));
    rows.bindValue(u":match"_s, textMatch(query));
    rows.bindValue(u":first"_s, range->first);
    rows.bindValue(u":last"_s, range->second);
    if (!m_db.exec(rows)) {
        m_db.setLastError(m_db.failure(tr("Cannot search the reports")));
        return hits;
    }
    while (hits.size() < count && rows.next())
        appendHits(hits, query, *info, rows, count - int(hits.size()));
    return hits;
}

QString SearchStore::notesSql(const SearchQuery &query) const
{
    static const QString columns = uR"(d.annotation_uuid, d.note, d.quote, r.id, a.start_offset, a.end_offset,
        coalesce((SELECT v.content_hash FROM report_versions v WHERE v.content_hash = a.content_hash),
                 (SELECT v.content_hash FROM report_versions v WHERE v.report_id = r.id ORDER BY v.id DESC LIMIT 1),
                 ''))"_s;
    if (useLike(query, m_shortQueries)) {
        return uR"(SELECT %1 FROM search_note_docs d JOIN annotations a ON a.uuid = d.annotation_uuid
            JOIN reports r ON r.work_key = a.work_key
            WHERE (d.note LIKE :match ESCAPE '\' OR d.quote LIKE :match2 ESCAPE '\')
            ORDER BY d.id DESC LIMIT :limit)"_s.arg(columns);
    }
    const QString table
        = useCharacterIndex(query, m_shortQueries) ? u"search_notes_chars"_s : u"search_notes"_s;
    return uR"(SELECT %1 FROM %2 JOIN search_note_docs d ON d.id = %2.rowid
        JOIN annotations a ON a.uuid = d.annotation_uuid JOIN reports r ON r.work_key = a.work_key
        WHERE %2 MATCH :match ORDER BY %2.rowid DESC LIMIT :limit)"_s.arg(columns, table);
}

QList<SearchStore::ReportHit> SearchStore::noteHits(const SearchQuery &query, int limit) const
{
    QList<ReportHit> hits;
    QSqlQuery rows = m_db.prepare(notesSql(query));
    if (useLike(query, m_shortQueries)) {
        rows.bindValue(u":match"_s, query.likePattern());
        rows.bindValue(u":match2"_s, query.likePattern());
    } else {
        rows.bindValue(u":match"_s,
            useCharacterIndex(query, m_shortQueries) ? query.characterMatch() : query.trigramMatch());
    }
    rows.bindValue(u":limit"_s, limit);
    if (!m_db.exec(rows)) {
        m_db.setLastError(m_db.failure(tr("Cannot search the notes")));
        return hits;
    }
    const qsizetype length = query.text().size();
    while (rows.next()) {
        const QString note = rows.value(1).toString();
        const QString quote = rows.value(2).toString();
        QList<qsizetype> found = query.occurrences(note, 1);
        const bool inQuote = found.isEmpty();
        if (inQuote)
            found = query.occurrences(quote, 1);
        if (found.isEmpty())
            continue;
        SearchHit hit;
        hit.kind = SearchHit::Kind::Note;
        hit.annotation = QUuid::fromString(rows.value(0).toString());
        hit.inQuote = inQuote;
        hit.start = rows.value(4).toLongLong();
        hit.end = rows.value(5).toLongLong();
        hit.contentHash = rows.value(6).toString();
        const auto context
            = SearchQuery::context(inQuote ? quote : note, found.front(), found.front() + length);
        hit.context = context.text;
        hit.markStart = context.markStart;
        hit.markEnd = context.markEnd;
        hits.append({ rows.value(3).toLongLong(), hit });
    }
    return hits;
}

std::optional<SearchStore::VersionInfo> SearchStore::versionInfo(qint64 versionId) const
{
    if (const auto known = m_versions.constFind(versionId); known != m_versions.cend())
        return *known;
    QSqlQuery query = m_db.prepare(uR"(SELECT v.report_id, v.content_hash,
        v.id = (SELECT max(w.id) FROM report_versions w WHERE w.report_id = v.report_id)
        FROM report_versions v WHERE v.id = :id)"_s);
    query.bindValue(u":id"_s, versionId);
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    const VersionInfo info { query.value(0).toLongLong(), query.value(1).toString(),
        query.value(2).toBool() };
    m_versions.insert(versionId, info);
    return info;
}

std::optional<std::pair<qint64, qint64>> SearchStore::blockRange(qint64 versionId) const
{
    QSqlQuery query = m_db.prepare(u"SELECT min(id), max(id) FROM search_blocks WHERE version_id = :id"_s);
    query.bindValue(u":id"_s, versionId);
    if (!m_db.exec(query) || !query.next() || query.isNull(0))
        return std::nullopt;
    return std::pair(query.value(0).toLongLong(), query.value(1).toLongLong());
}

bool SearchStore::fillReport(SearchReport &report) const
{
    QSqlQuery query = m_db.prepare(uR"(SELECT r.title, r.issuer, r.year,
        (SELECT v.content_hash FROM report_versions v WHERE v.report_id = r.id ORDER BY v.id DESC LIMIT 1)
        FROM reports r WHERE r.id = :id)"_s);
    query.bindValue(u":id"_s, report.reportId);
    if (!m_db.exec(query) || !query.next())
        return false;
    report.title = query.value(0).toString();
    report.issuer = query.value(1).toString();
    report.year = query.value(2).toInt();
    report.contentHash = query.value(3).toString();
    return true;
}

} // namespace pizhu
