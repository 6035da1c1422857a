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

Result<qint64> TagStore::create(const Tag &tag)
{
    const auto color = checkedColor(tag.color);
    if (!color)
        return color.error();
    Transaction transaction(m_db); // before the name check: another instance may be creating it too
    if (!transaction.ok())
        return transaction.error();
    const auto name = checkedName(tag.name, -1);
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
    const auto checked = checkedName(name, id);
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

Result<QString> TagStore::checkedName(const QString &name, qint64 exceptId) const
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
