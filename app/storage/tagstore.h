// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "tag.h"
#include "tagusage.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>
#include <optional>

namespace pizhu {

class Database;

// The tags of an annotation file. Names are unique ignoring case (ASCII
// case: SQLite's NOCASE; Chinese has none) and trimmed; colours are "#RRGGBB".
// Writes return the error; reads return plain values and leave a failure in
// Database::lastError().
class TagStore
{
    Q_DECLARE_TR_FUNCTIONS(TagStore)

public:
    // An annotation that carries a tag, and the tag's place in its list: what
    // undoing a delete or a merge needs to put the tag back exactly.
    struct Link
    {
        QUuid annotation;
        int index = 0; // 0 = the annotation's first tag

        friend bool operator==(const Link &, const Link &) = default;
    };

    explicit TagStore(Database &db)
        : m_db(db)
    {
    }

    // Every tag, oldest first (the starter set in its order), with usage counts.
    QList<TagUsage> all() const;
    std::optional<Tag> get(qint64 id) const;
    std::optional<Tag> find(const QString &name) const; // ignoring case
    // The annotations (of every report) that carry the tag, ordered by UUID.
    QList<QUuid> annotationsWith(qint64 tagId) const;
    QList<Link> links(qint64 tagId) const;
    // The trimmed name, or why it cannot name a tag (empty, taken by another
    // tag than exceptId): for dialogs that ask before they change anything.
    Result<QString> checkName(const QString &name, qint64 exceptId = -1) const;
    // Returns the new tag's id. tag.id is ignored.
    Result<qint64> create(const Tag &tag);
    Result<bool> rename(qint64 id, const QString &name);
    Result<bool> recolor(qint64 id, const QString &color);
    Result<bool> setDescription(qint64 id, const QString &description);
    // Removes the tag from every annotation too. False when there was no such tag.
    Result<bool> remove(qint64 id);
    // Moves every annotation of `from` to `into` (once: an annotation that had
    // both keeps one) and deletes `from`, in one transaction. Returns the
    // number of annotations that gained `into`.
    Result<int> merge(qint64 from, qint64 into);

    // For undo. Re-creates a deleted tag with its id, name, colour and
    // description and puts it back on the annotations at its old place in
    // their lists, in one transaction. Links to annotations that are gone
    // (deleted in another window) are skipped.
    Result<bool> restore(const Tag &tag, const QList<Link> &links);
    // Takes the tag off those annotations (the tag stays).
    Result<bool> unlink(qint64 tagId, const QList<QUuid> &annotationIds);
    // Undoes merge(from.id, into): takes `into` off the annotations that only
    // gained it through the merge and restores `from` with its links.
    Result<bool> unmerge(const Tag &from, const QList<Link> &links, qint64 into, const QList<QUuid> &gained);

private:
    Result<bool> checkedColor(const QString &color) const;
    Result<bool> updateColumn(qint64 id, const QString &sql, const QVariant &value, const QString &what);

    Database &m_db;
};

} // namespace pizhu
