// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

// The columns in the order annotationFrom() reads them.
const QStringList kColumns = {
    u"uuid"_s, u"work_key"_s, u"content_hash"_s, u"start_offset"_s, u"end_offset"_s, u"exact"_s, u"prefix"_s,
    u"suffix"_s, u"block_ordinal"_s, u"heading_path"_s, u"orphaned"_s, u"color"_s, u"note"_s, u"status"_s,
    u"responsible_unit"_s, u"due"_s, u"created"_s, u"modified"_s, u"author"_s,
};

QString columnList()
{
    return kColumns.join(u", "_s);
}

QString selectSql(const QString &where)
{
    return u"SELECT %1 FROM annotations WHERE %2"_s.arg(columnList(), where);
}

// INSERT … ON CONFLICT DO UPDATE: one statement for new and known annotations.
QString upsertSql()
{
    QStringList placeholders, updates;
    for (const QString &column : kColumns) {
        placeholders << u":"_s + column;
        if (column != u"uuid"_s)
            updates << u"%1 = excluded.%1"_s.arg(column);
    }
    return u"INSERT INTO annotations (%1) VALUES (%2) ON CONFLICT (uuid) DO UPDATE SET %3"_s.arg(
        columnList(), placeholders.join(u", "_s), updates.join(u", "_s));
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

void bind(QSqlQuery &query, const Annotation &a)
{
    query.bindValue(u":uuid"_s, uuidText(a.id));
    query.bindValue(u":work_key"_s, SqlValues::text(a.workKey));
    query.bindValue(u":content_hash"_s, SqlValues::text(a.contentHash));
    query.bindValue(u":start_offset"_s, qint64(a.anchor.start));
    query.bindValue(u":end_offset"_s, qint64(a.anchor.end));
    query.bindValue(u":exact"_s, SqlValues::text(a.anchor.exact));
    query.bindValue(u":prefix"_s, SqlValues::text(a.anchor.prefix));
    query.bindValue(u":suffix"_s, SqlValues::text(a.anchor.suffix));
    query.bindValue(u":block_ordinal"_s, a.anchor.blockOrdinal);
    query.bindValue(u":heading_path"_s, SqlValues::text(a.anchor.headingPath));
    query.bindValue(u":orphaned"_s, a.orphaned ? 1 : 0);
    query.bindValue(u":color"_s, a.color);
    query.bindValue(u":note"_s, SqlValues::text(a.note));
    query.bindValue(u":status"_s, SqlValues::text(commitmentStatusId(a.status)));
    query.bindValue(u":responsible_unit"_s, SqlValues::text(a.responsibleUnit));
    query.bindValue(u":due"_s, SqlValues::date(a.due));
    query.bindValue(u":created"_s, SqlValues::time(a.created));
    query.bindValue(u":modified"_s, SqlValues::time(a.modified));
    query.bindValue(u":author"_s, SqlValues::text(a.author));
}

Annotation annotationFrom(const QSqlQuery &q)
{
    Annotation a;
    a.id = QUuid::fromString(q.value(0).toString());
    a.workKey = q.value(1).toString();
    a.contentHash = q.value(2).toString();
    a.anchor.start = q.value(3).toLongLong();
    a.anchor.end = q.value(4).toLongLong();
    a.anchor.exact = q.value(5).toString();
    a.anchor.prefix = q.value(6).toString();
    a.anchor.suffix = q.value(7).toString();
    a.anchor.blockOrdinal = q.value(8).toInt();
    a.anchor.headingPath = q.value(9).toString();
    a.orphaned = q.value(10).toInt() != 0;
    a.color = q.value(11).toInt();
    a.note = q.value(12).toString();
    a.status = commitmentStatusFromId(q.value(13).toString());
    a.responsibleUnit = q.value(14).toString();
    a.due = SqlValues::toDate(q.value(15));
    a.created = SqlValues::toTime(q.value(16));
    a.modified = SqlValues::toTime(q.value(17));
    a.author = q.value(18).toString();
    return a;
}

// The tag links of one transaction, prepared once: an import writes thousands.
class TagLinks
{
public:
    explicit TagLinks(const Database &db)
        : m_db(db)
        , m_delete(db.prepare(u"DELETE FROM annotation_tags WHERE annotation_uuid = :uuid"_s))
        , m_insert(db.prepare(u"INSERT OR IGNORE INTO annotation_tags (annotation_uuid, tag_id, position) "
                              "VALUES (:uuid, :tag, :position)"_s))
    {
    }

    bool write(const QString &uuid, const QList<qint64> &tagIds, bool replace)
    {
        if (replace) {
            m_delete.bindValue(u":uuid"_s, uuid);
            if (!m_db.exec(m_delete))
                return false;
        }
        for (qsizetype i = 0; i < tagIds.size(); ++i) {
            m_insert.bindValue(u":uuid"_s, uuid);
            m_insert.bindValue(u":tag"_s, tagIds.at(i));
            m_insert.bindValue(u":position"_s, qint64(i));
            if (!m_db.exec(m_insert))
                return false;
        }
        return true;
    }

private:
    const Database &m_db;
    QSqlQuery m_delete;
    QSqlQuery m_insert;
};

} // namespace

std::optional<Error> AnnotationStore::invalid(const Annotation &annotation) const
{
    if (annotation.id.isNull())
        return Error{Error::Kind::BadInput, tr("An annotation needs an identifier (UUID).")};
    if (annotation.workKey.isEmpty())
        return Error{Error::Kind::BadInput,
                     tr("The annotation %1 belongs to no report.").arg(uuidText(annotation.id))};
    return std::nullopt;
}

Error AnnotationStore::tagFailure() const
{
    // The only constraint a tag link can break is its foreign key.
    if (m_db.lastError().kind == Error::Kind::BadInput)
        return Error{Error::Kind::BadInput, tr("The annotation has a tag that does not exist (any more).")};
    return m_db.failure(tr("Cannot save the tags of the annotation"));
}

Result<bool> AnnotationStore::add(const Annotation &annotation)
{
    return write(annotation, true);
}

Result<bool> AnnotationStore::update(const Annotation &annotation)
{
    return write(annotation, false);
}

Result<bool> AnnotationStore::write(const Annotation &annotation, bool isNew)
{
    if (const auto error = invalid(annotation))
        return *error;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const bool exists = get(annotation.id).has_value();
    if (exists == isNew) {
        const QString uuid = uuidText(annotation.id);
        return Error{Error::Kind::BadInput, isNew ? tr("The annotation %1 exists already.").arg(uuid)
                                                  : tr("There is no annotation %1.").arg(uuid)};
    }
    QSqlQuery query = m_db.prepare(upsertSql());
    bind(query, annotation);
    if (!m_db.exec(query))
        return m_db.failure(tr("Cannot save the annotation"));
    TagLinks links(m_db);
    if (!links.write(uuidText(annotation.id), annotation.tagIds, !isNew))
        return tagFailure();
    return transaction.commit();
}

Result<bool> AnnotationStore::remove(const QUuid &id)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    QSqlQuery query = m_db.prepare(u"DELETE FROM annotations WHERE uuid = :uuid"_s); // links cascade
    query.bindValue(u":uuid"_s, uuidText(id));
    if (!m_db.exec(query))
        return m_db.failure(tr("Cannot delete the annotation"));
    const bool removed = query.numRowsAffected() > 0;
    const auto committed = transaction.commit();
    if (!committed)
        return committed.error();
    return removed;
}

Result<bool> AnnotationStore::setTags(const QUuid &id, const QList<qint64> &tagIds)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (!get(id))
        return Error{Error::Kind::BadInput, tr("There is no annotation %1.").arg(uuidText(id))};
    TagLinks links(m_db);
    if (!links.write(uuidText(id), tagIds, true))
        return tagFailure();
    return transaction.commit();
}

Result<AnnotationStore::UpsertCounts> AnnotationStore::upsert(const QList<Annotation> &annotations)
{
    for (const Annotation &annotation : annotations) {
        if (const auto error = invalid(annotation))
            return *error;
    }
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    QSqlQuery stored = m_db.prepare(u"SELECT modified FROM annotations WHERE uuid = :uuid"_s);
    QSqlQuery upsert = m_db.prepare(upsertSql());
    TagLinks links(m_db);
    UpsertCounts counts;
    for (const Annotation &annotation : annotations) {
        const QString uuid = uuidText(annotation.id);
        stored.bindValue(u":uuid"_s, uuid);
        if (!m_db.exec(stored))
            return m_db.failure(tr("Cannot import the annotations"));
        const bool exists = stored.next();
        const QDateTime storedModified = exists ? SqlValues::toTime(stored.value(0)) : QDateTime();
        stored.finish();
        if (exists && storedModified.isValid() && annotation.modified.isValid()
            && storedModified > annotation.modified) {
            ++counts.kept;
            continue;
        }
        bind(upsert, annotation);
        if (!m_db.exec(upsert))
            return m_db.failure(tr("Cannot import the annotation %1").arg(uuid));
        if (!links.write(uuid, annotation.tagIds, exists))
            return tagFailure();
        ++(exists ? counts.updated : counts.added);
    }
    const auto committed = transaction.commit();
    if (!committed)
        return committed.error();
    return counts;
}

std::optional<Annotation> AnnotationStore::get(const QUuid &id) const
{
    QSqlQuery query = m_db.prepare(selectSql(u"uuid = :uuid"_s));
    query.bindValue(u":uuid"_s, uuidText(id));
    if (!m_db.exec(query)) {
        m_db.setLastError(m_db.failure(tr("Cannot read the annotation")));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Annotation annotation = annotationFrom(query);
    query.finish();
    QSqlQuery tags =
        m_db.prepare(u"SELECT tag_id FROM annotation_tags WHERE annotation_uuid = :uuid ORDER BY position"_s);
    tags.bindValue(u":uuid"_s, uuidText(id));
    if (!m_db.exec(tags)) {
        m_db.setLastError(m_db.failure(tr("Cannot read the annotation")));
        return std::nullopt;
    }
    while (tags.next())
        annotation.tagIds.append(tags.value(0).toLongLong());
    return annotation;
}

QList<Annotation> AnnotationStore::forWork(const QString &workKey) const
{
    return select(u"work_key = :value ORDER BY start_offset, end_offset, created, uuid"_s, u"a.work_key = :value"_s,
                  SqlValues::text(workKey));
}

QList<Annotation> AnnotationStore::commitments() const
{
    // Soonest due first; those without a due date after them.
    return select(u"status <> '' ORDER BY due IS NULL, due, work_key, start_offset, uuid"_s, u"a.status <> ''"_s, {});
}

QList<Annotation> AnnotationStore::select(const QString &whereAndOrder, const QString &tagWhere,
                                          const QVariant &value) const
{
    QList<Annotation> annotations;
    QSqlQuery query = m_db.prepare(selectSql(whereAndOrder));
    if (value.isValid())
        query.bindValue(u":value"_s, value);
    if (!m_db.exec(query)) {
        m_db.setLastError(m_db.failure(tr("Cannot read the annotations")));
        return annotations;
    }
    QHash<QString, qsizetype> indexByUuid;
    while (query.next()) {
        indexByUuid.insert(query.value(0).toString(), annotations.size());
        annotations.append(annotationFrom(query));
    }
    query.finish();
    QSqlQuery tags = m_db.prepare(uR"(SELECT t.annotation_uuid, t.tag_id FROM annotation_tags t
        JOIN annotations a ON a.uuid = t.annotation_uuid WHERE %1
        ORDER BY t.annotation_uuid, t.position)"_s.arg(tagWhere));
    if (value.isValid())
        tags.bindValue(u":value"_s, value);
    if (!m_db.exec(tags)) {
        m_db.setLastError(m_db.failure(tr("Cannot read the annotations")));
        return {};
    }
    while (tags.next()) {
        const auto index = indexByUuid.value(tags.value(0).toString(), -1);
        if (index >= 0)
            annotations[index].tagIds.append(tags.value(1).toLongLong());
    }
    return annotations;
}

int AnnotationStore::count() const
{
    QSqlQuery query = m_db.prepare(u"SELECT count(*) FROM annotations"_s);
    if (!m_db.exec(query) || !query.next()) {
        m_db.setLastError(m_db.failure(tr("Cannot count the annotations")));
        return 0;
    }
    return query.value(0).toInt();
}

int AnnotationStore::count(const QString &workKey) const
{
    QSqlQuery query = m_db.prepare(u"SELECT count(*) FROM annotations WHERE work_key = :work_key"_s);
    query.bindValue(u":work_key"_s, SqlValues::text(workKey));
    if (!m_db.exec(query) || !query.next()) {
        m_db.setLastError(m_db.failure(tr("Cannot count the annotations")));
        return 0;
    }
    return query.value(0).toInt();
}

QStringList AnnotationStore::responsibleUnits() const
{
    QStringList units;
    QSqlQuery query = m_db.prepare(uR"(SELECT responsible_unit FROM annotations WHERE responsible_unit <> ''
        GROUP BY responsible_unit ORDER BY count(*) DESC, max(modified) DESC, responsible_unit)"_s);
    if (!m_db.exec(query)) {
        m_db.setLastError(m_db.failure(tr("Cannot read the responsible units")));
        return units;
    }
    while (query.next())
        units.append(query.value(0).toString());
    return units;
}

} // namespace pizhu
