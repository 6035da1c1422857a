// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagstore.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

const QString kDefaultColor = u"#7A7A7A"_s;

Tag tagFrom(const QSqlQuery &query)
{
    return Tag{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
               query.value(3).toString()};
}

Error badInput(const QString &message)
{
    return Error{Error::Kind::BadInput, message};
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces); // as AnnotationStore keeps them
}

// Puts a tag into annotations' lists at a given place, renumbering the
// positions of the others; the statements are prepared once per restore.
class LinkInserter
{
public:
    explicit LinkInserter(const Database &db)
        : m_db(db)
        , m_exists(db.prepare(u"SELECT 1 FROM annotations WHERE uuid = :uuid"_s))
        , m_current(db.prepare(
              u"SELECT tag_id FROM annotation_tags WHERE annotation_uuid = :uuid ORDER BY position"_s))
        , m_move(db.prepare(u"UPDATE annotation_tags SET position = :position "
                            "WHERE annotation_uuid = :uuid AND tag_id = :tag"_s))
        , m_insert(db.prepare(u"INSERT INTO annotation_tags (annotation_uuid, tag_id, position) "
                              "VALUES (:uuid, :tag, :position)"_s))
    {
    }

    bool insert(const QUuid &annotation, qint64 tagId, int index)
    {
        const QString uuid = uuidText(annotation);
        m_exists.bindValue(u":uuid"_s, uuid);
        if (!m_db.exec(m_exists))
            return false;
        const bool exists = m_exists.next();
        m_exists.finish();
        if (!exists)
            return true; // deleted meanwhile (another window): nothing to put back
        m_current.bindValue(u":uuid"_s, uuid);
        if (!m_db.exec(m_current))
            return false;
        QList<qint64> order;
        while (m_current.next())
            order.append(m_current.value(0).toLongLong());
        m_current.finish();
        if (order.contains(tagId))
            return true;
        order.insert(qBound(0, index, int(order.size())), tagId);
        for (qsizetype position = 0; position < order.size(); ++position) {
            QSqlQuery &query = order.at(position) == tagId ? m_insert : m_move;
            query.bindValue(u":uuid"_s, uuid);
            query.bindValue(u":tag"_s, order.at(position));
            query.bindValue(u":position"_s, qint64(position));
            if (!m_db.exec(query))
                return false;
        }
        return true;
    }

private:
    const Database &m_db;
    QSqlQuery m_exists;
    QSqlQuery m_current;
    QSqlQuery m_move;
    QSqlQuery m_insert;
};

} // namespace

QList<TagUsage> TagStore::all() const
{
    QSqlQuery query = m_db.prepare(uR"(SELECT t.id, t.name, t.color, t.description,
        (SELECT count(*) FROM annotation_tags a WHERE a.tag_id = t.id) FROM tags t ORDER BY t.id)"_s);
    QList<TagUsage> tags;
    if (!m_db.exec(query)) {
        m_db.setLastError(m_db.failure(tr("Cannot read the tags")));
        return tags;
    }
    while (query.next())
        tags.append(TagUsage{tagFrom(query), query.value(4).toInt()});
    return tags;
}

std::optional<Tag> TagStore::get(qint64 id) const
{
    QSqlQuery query = m_db.prepare(u"SELECT id, name, color, description FROM tags WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!m_db.exec(query)) {
        m_db.setLastError(m_db.failure(tr("Cannot read the tags")));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return tagFrom(query);
}

std::optional<Tag> TagStore::find(const QString &name) const
{
    QSqlQuery query = m_db.prepare(u"SELECT id, name, color, description FROM tags WHERE name = :name"_s);
    query.bindValue(u":name"_s, SqlValues::text(name.trimmed()));
    if (!m_db.exec(query)) {
        m_db.setLastError(m_db.failure(tr("Cannot read the tags")));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return tagFrom(query);
}

QList<QUuid> TagStore::annotationsWith(qint64 tagId) const
{
    QList<QUuid> ids;
    for (const Link &link : links(tagId))
        ids.append(link.annotation);
    return ids;
}

QList<TagStore::Link> TagStore::links(qint64 tagId) const
{
    // A tag's place is the number of the annotation's tags before it: positions
    // may have gaps (a deleted tag leaves one), places do not.
    QSqlQuery query = m_db.prepare(uR"(SELECT a.annotation_uuid, (SELECT count(*) FROM annotation_tags b
        WHERE b.annotation_uuid = a.annotation_uuid AND b.position < a.position)
        FROM annotation_tags a WHERE a.tag_id = :id ORDER BY a.annotation_uuid)"_s);
    query.bindValue(u":id"_s, tagId);
    QList<Link> links;
    if (!m_db.exec(query)) {
        m_db.setLastError(m_db.failure(tr("Cannot read the annotations of the tag")));
        return links;
    }
    while (query.next())
        links.append(Link{QUuid::fromString(query.value(0).toString()), query.value(1).toInt()});
    return links;
}

Result<qint64> TagStore::create(const Tag &tag)
{
    const auto color = checkedColor(tag.color);
    if (!color)
        return color.error();
    Transaction transaction(m_db); // before the name check: another instance may be creating it too
    if (!transaction.ok())
        return transaction.error();
    const auto name = checkName(tag.name, -1);
    if (!name)
        return name.error();
    QSqlQuery insert =
        m_db.prepare(u"INSERT INTO tags (name, color, description) VALUES (:name, :color, :description)"_s);
    insert.bindValue(u":name"_s, name.value());
    insert.bindValue(u":color"_s, tag.color.isEmpty() ? kDefaultColor : tag.color);
    insert.bindValue(u":description"_s, SqlValues::text(tag.description));
    if (!m_db.exec(insert))
        return m_db.failure(tr("Cannot create the tag “%1”").arg(name.value()));
    const qint64 id = insert.lastInsertId().toLongLong();
    const auto committed = transaction.commit();
    if (!committed)
        return committed.error();
    return id;
}

Result<bool> TagStore::rename(qint64 id, const QString &name)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const auto checked = checkName(name, id);
    if (!checked)
        return checked.error();
    const auto renamed = updateColumn(id, u"UPDATE tags SET name = :value WHERE id = :id"_s, checked.value(),
                                      tr("Cannot rename the tag"));
    if (!renamed)
        return renamed;
    return transaction.commit();
}

Result<bool> TagStore::recolor(qint64 id, const QString &color)
{
    const auto checked = checkedColor(color);
    if (!checked)
        return checked.error();
    return updateColumn(id, u"UPDATE tags SET color = :value WHERE id = :id"_s,
                        color.isEmpty() ? kDefaultColor : color, tr("Cannot change the colour of the tag"));
}

Result<bool> TagStore::setDescription(qint64 id, const QString &description)
{
    return updateColumn(id, u"UPDATE tags SET description = :value WHERE id = :id"_s,
                        SqlValues::text(description), tr("Cannot change the description of the tag"));
}

Result<bool> TagStore::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    QSqlQuery remove = m_db.prepare(u"DELETE FROM tags WHERE id = :id"_s); // links go with ON DELETE CASCADE
    remove.bindValue(u":id"_s, id);
    if (!m_db.exec(remove))
        return m_db.failure(tr("Cannot delete the tag"));
    const bool removed = remove.numRowsAffected() > 0;
    const auto committed = transaction.commit();
    if (!committed)
        return committed.error();
    return removed;
}

Result<int> TagStore::merge(qint64 from, qint64 into)
{
    if (from == into)
        return badInput(tr("A tag cannot be merged into itself."));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const auto source = get(from);
    const auto target = get(into);
    if (!source || !target)
        return badInput(tr("The tags to merge no longer exist."));
    // OR IGNORE: an annotation that has both tags keeps its link to `into`;
    // its link to `from` goes when `from` is deleted.
    QSqlQuery move =
        m_db.prepare(u"UPDATE OR IGNORE annotation_tags SET tag_id = :into WHERE tag_id = :from"_s);
    move.bindValue(u":into"_s, into);
    move.bindValue(u":from"_s, from);
    if (!m_db.exec(move))
        return m_db.failure(tr("Cannot merge the tag “%1” into “%2”").arg(source->name, target->name));
    const int moved = move.numRowsAffected();
    QSqlQuery remove = m_db.prepare(u"DELETE FROM tags WHERE id = :id"_s);
    remove.bindValue(u":id"_s, from);
    if (!m_db.exec(remove))
        return m_db.failure(tr("Cannot merge the tag “%1” into “%2”").arg(source->name, target->name));
    const auto committed = transaction.commit();
    if (!committed)
        return committed.error();
    return moved;
}

Result<bool> TagStore::restore(const Tag &tag, const QList<Link> &links)
{
    if (tag.id <= 0)
        return badInput(tr("Cannot restore a tag that was never stored."));
    const auto color = checkedColor(tag.color);
    if (!color)
        return color.error();
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (const auto existing = get(tag.id))
        return badInput(
            tr("Cannot restore the tag “%1”: its place is taken by “%2”.").arg(tag.name, existing->name));
    const auto name = checkName(tag.name, -1);
    if (!name)
        return name.error();
    QSqlQuery insert = m_db.prepare(
        u"INSERT INTO tags (id, name, color, description) VALUES (:id, :name, :color, :description)"_s);
    insert.bindValue(u":id"_s, tag.id);
    insert.bindValue(u":name"_s, name.value());
    insert.bindValue(u":color"_s, tag.color.isEmpty() ? kDefaultColor : tag.color);
    insert.bindValue(u":description"_s, SqlValues::text(tag.description));
    if (!m_db.exec(insert))
        return m_db.failure(tr("Cannot restore the tag “%1”").arg(name.value()));
    LinkInserter inserter(m_db);
    for (const Link &link : links) {
        if (!inserter.insert(link.annotation, tag.id, link.index))
            return m_db.failure(tr("Cannot restore the tag “%1”").arg(name.value()));
    }
    return transaction.commit();
}

Result<bool> TagStore::unlink(qint64 tagId, const QList<QUuid> &annotationIds)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    QSqlQuery remove =
        m_db.prepare(u"DELETE FROM annotation_tags WHERE tag_id = :tag AND annotation_uuid = :uuid"_s);
    for (const QUuid &id : annotationIds) {
        remove.bindValue(u":tag"_s, tagId);
        remove.bindValue(u":uuid"_s, uuidText(id));
        if (!m_db.exec(remove))
            return m_db.failure(tr("Cannot take the tag off the annotations"));
    }
    return transaction.commit();
}

Result<bool> TagStore::unmerge(const Tag &from, const QList<Link> &links, qint64 into,
                               const QList<QUuid> &gained)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    // First off, then back: an annotation that gained `into` gets `from` at the same place again.
    if (const auto unlinked = unlink(into, gained); !unlinked)
        return unlinked;
    if (const auto restored = restore(from, links); !restored)
        return restored;
    return transaction.commit();
}

Result<QString> TagStore::checkName(const QString &name, qint64 exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return badInput(tr("A tag needs a name."));
    const auto existing = find(trimmed);
    if (existing && existing->id != exceptId)
        return badInput(tr("There is already a tag named “%1”.").arg(existing->name));
    return trimmed;
}

Result<bool> TagStore::checkedColor(const QString &color) const
{
    static const QRegularExpression rgb(u"^#[0-9A-Fa-f]{6}$"_s);
    if (!color.isEmpty() && !rgb.match(color).hasMatch())
        return badInput(tr("“%1” is not a colour of the form #RRGGBB.").arg(color));
    return true;
}

Result<bool> TagStore::updateColumn(qint64 id, const QString &sql, const QVariant &value, const QString &what)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    QSqlQuery update = m_db.prepare(sql);
    update.bindValue(u":value"_s, value);
    update.bindValue(u":id"_s, id);
    if (!m_db.exec(update))
        return m_db.failure(what);
    if (update.numRowsAffected() == 0)
        return badInput(tr("%1: there is no such tag.").arg(what));
    return transaction.commit();
}

} // namespace pizhu
