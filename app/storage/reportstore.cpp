// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstore.h"

#include "database.h"
#include "parsedversions.h"
#include "searchindex.h"
#include "sqlvalues.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace pizhu {

Result<qint64> ReportStore::store(const Report &report)
{
    if (report.canonicalText.isEmpty())
        return Error{Error::Kind::BadInput, tr("An empty report cannot be stored.")};
    const QString contentHash = report.contentHash();
    const QString workKey = report.workKey();
    const ReportMetadata &meta = report.metadata;
    const QString now = SqlValues::time(QDateTime::currentDateTimeUtc()).toString();

    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const QString what = tr("Cannot store the report “%1”").arg(meta.title);
    // The same text may come back under other metadata (another web page of
    // it): it stays with the work it was first stored under.
    QSqlQuery known = m_db.prepare(u"SELECT report_id FROM report_versions WHERE content_hash = :hash"_s);
    known.bindValue(u":hash"_s, contentHash);
    if (!m_db.exec(known))
        return m_db.failure(what);
    if (known.next()) {
        const qint64 id = known.value(0).toLongLong();
        known.finish();
        const auto committed = transaction.commit();
        if (!committed)
            return committed.error();
        return id;
    }
    known.finish();

    QSqlQuery work = m_db.prepare(u"SELECT id FROM reports WHERE work_key = :work_key"_s);
    work.bindValue(u":work_key"_s, workKey);
    if (!m_db.exec(work))
        return m_db.failure(what);
    qint64 reportId = work.next() ? work.value(0).toLongLong() : -1;
    work.finish();
    if (reportId < 0) {
        QSqlQuery insert = m_db.prepare(u"INSERT INTO reports (work_key, title, issuer, year, created) "
                                        "VALUES (:work_key, :title, :issuer, :year, :created)"_s);
        insert.bindValue(u":work_key"_s, workKey);
        insert.bindValue(u":title"_s, SqlValues::text(meta.title));
        insert.bindValue(u":issuer"_s, SqlValues::text(meta.issuer));
        insert.bindValue(u":year"_s, meta.year);
        insert.bindValue(u":created"_s, now);
        if (!m_db.exec(insert))
            return m_db.failure(what);
        reportId = insert.lastInsertId().toLongLong();
    }

    QSqlQuery version = m_db.prepare(uR"(INSERT INTO report_versions (report_id, content_hash, source_path,
        source_format, encoding, publisher, published, index_number, document_number, canonical_text,
        imported_at)
        VALUES (:report_id, :hash, :source_path, :source_format, :encoding, :publisher, :published,
        :index_number, :document_number, :text, :imported_at))"_s);
    version.bindValue(u":report_id"_s, reportId);
    version.bindValue(u":hash"_s, contentHash);
    version.bindValue(u":source_path"_s, SqlValues::text(meta.sourcePath));
    version.bindValue(u":source_format"_s, SqlValues::text(meta.sourceFormat));
    version.bindValue(u":encoding"_s, SqlValues::text(meta.encoding));
    version.bindValue(u":publisher"_s, SqlValues::text(meta.publisher));
    version.bindValue(u":published"_s, SqlValues::date(meta.published));
    version.bindValue(u":index_number"_s, SqlValues::text(meta.indexNumber));
    version.bindValue(u":document_number"_s, SqlValues::text(meta.documentNumber));
    version.bindValue(u":text"_s, report.canonicalText);
    version.bindValue(u":imported_at"_s, now);
    if (!m_db.exec(version))
        return m_db.failure(what);
    // A file held at an older schema (tests and benchmarks build them) has no search tables.
    if (m_db.schemaVersion() >= SearchIndex::kSinceSchema
        && !SearchIndex::addVersion(m_db, version.lastInsertId().toLongLong(), report.canonicalText))
        return m_db.failure(what);
    const auto committed = transaction.commit();
    if (!committed)
        return committed.error();
    return reportId;
}

std::optional<ReportSummary> ReportStore::find(qint64 id) const
{
    const auto found = summaries(u"r.id = :id"_s, u":id"_s, id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<ReportSummary> ReportStore::findByWorkKey(const QString &workKey) const
{
    const auto found = summaries(u"r.work_key = :key"_s, u":key"_s, SqlValues::text(workKey));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<ReportSummary> ReportStore::findByContentHash(const QString &contentHash) const
{
    const auto found =
        summaries(u"r.id = (SELECT report_id FROM report_versions WHERE content_hash = :hash)"_s, u":hash"_s,
                  SqlValues::text(contentHash));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<ReportSummary> ReportStore::reports() const
{
    return summaries({}, {}, {});
}

QList<ReportSummary> ReportStore::summaries(const QString &where, const QString &placeholder,
                                            const QVariant &value) const
{
    QSqlQuery query = m_db.prepare(uR"(SELECT r.id, r.work_key, r.title, r.issuer, r.year,
        (SELECT count(*) FROM annotations a WHERE a.work_key = r.work_key),
        (SELECT count(*) FROM annotations a WHERE a.work_key = r.work_key AND a.status <> ''),
        (SELECT count(*) FROM report_versions v WHERE v.report_id = r.id),
        (SELECT v.content_hash FROM report_versions v WHERE v.report_id = r.id ORDER BY v.id DESC LIMIT 1)
        FROM reports r %1 ORDER BY r.year DESC, r.issuer, r.title, r.id)"_s
                                       .arg(where.isEmpty() ? QString() : u"WHERE "_s + where));
    if (!placeholder.isEmpty())
        query.bindValue(placeholder, value);
    QList<ReportSummary> found;
    if (!m_db.exec(query)) {
        m_db.setLastError(m_db.failure(tr("Cannot read the list of reports")));
        return found;
    }
    while (query.next()) {
        ReportSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.workKey = query.value(1).toString();
        summary.title = query.value(2).toString();
        summary.issuer = query.value(3).toString();
        summary.year = query.value(4).toInt();
        summary.annotationCount = query.value(5).toInt();
        summary.commitmentCount = query.value(6).toInt();
        summary.versionCount = query.value(7).toInt();
        summary.latestContentHash = query.value(8).toString();
        found.append(summary);
    }
    return found;
}

std::optional<ReportVersion> ReportStore::version(const QString &contentHash) const
{
    return versionWhere(u"v.content_hash = :hash"_s, u":hash"_s, SqlValues::text(contentHash));
}

std::optional<Report> ReportStore::report(const QString &contentHash) const
{
    const auto stored = version(contentHash);
    if (!stored)
        return std::nullopt;
    return ParsedVersions::reportOf(*stored);
}

std::optional<ReportVersion> ReportStore::latestVersion(const QString &workKey) const
{
    return versionWhere(u"r.work_key = :key ORDER BY v.id DESC LIMIT 1"_s, u":key"_s,
                        SqlValues::text(workKey));
}

std::optional<ReportVersion> ReportStore::versionWhere(const QString &where, const QString &placeholder,
                                                       const QVariant &value) const
{
    QSqlQuery query = m_db.prepare(uR"(SELECT v.id, v.report_id, r.work_key, v.content_hash, r.title,
        r.issuer, r.year, v.publisher, v.index_number, v.document_number, v.published, v.source_path,
        v.source_format, v.encoding, v.canonical_text, v.imported_at
        FROM report_versions v JOIN reports r ON r.id = v.report_id WHERE %1)"_s.arg(where));
    query.bindValue(placeholder, value);
    if (!m_db.exec(query)) {
        m_db.setLastError(m_db.failure(tr("Cannot read the report")));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    ReportVersion v;
    v.id = query.value(0).toLongLong();
    v.reportId = query.value(1).toLongLong();
    v.workKey = query.value(2).toString();
    v.contentHash = query.value(3).toString();
    v.metadata.title = query.value(4).toString();
    v.metadata.issuer = query.value(5).toString();
    v.metadata.year = query.value(6).toInt();
    v.metadata.publisher = query.value(7).toString();
    v.metadata.indexNumber = query.value(8).toString();
    v.metadata.documentNumber = query.value(9).toString();
    v.metadata.published = SqlValues::toDate(query.value(10));
    v.metadata.sourcePath = query.value(11).toString();
    v.metadata.sourceFormat = query.value(12).toString();
    v.metadata.encoding = query.value(13).toString();
    v.canonicalText = query.value(14).toString();
    v.importedAt = SqlValues::toTime(query.value(15));
    return v;
}

} // namespace pizhu
