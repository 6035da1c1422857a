// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "tag.h"
#include "tagusage.h"

#include <QCoreApplication>
#include <QList>
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
    explicit TagStore(Database &db)
        : m_db(db)
    {
    }

    // Every tag, oldest first (the starter set in its order), with usage counts.
    QList<TagUsage> all() const;
    std::optional<Tag> get(qint64 id) const;
    std::optional<Tag> find(const QString &name) const; // ignoring case
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

private:
    Result<QString> checkedName(const QString &name, qint64 exceptId) const;
    Result<bool> checkedColor(const QString &color) const;
    Result<bool> updateColumn(qint64 id, const QString &sql, const QVariant &value, const QString &what);

    Database &m_db;
};

} // namespace pizhu
