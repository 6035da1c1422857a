// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUuid>
#include <QVariant>
#include <optional>

namespace pizhu {

class Database;

// The annotations of an annotation file, keyed by their UUID. An Annotation
// comes back exactly as it was stored (times to the millisecond, in UTC),
// except that a tag listed twice is kept once.
// Writes return the error; reads return plain values and leave a failure in
// Database::lastError().
class AnnotationStore
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationStore)

public:
    struct UpsertCounts
    {
        int added = 0;
        int updated = 0;
        int kept = 0; // the stored annotation was modified later than the incoming one

        friend bool operator==(const UpsertCounts &, const UpsertCounts &) = default;
    };

    explicit AnnotationStore(Database &db)
        : m_db(db)
    {
    }

    // Fails (BadInput) when the UUID is null or taken, the workKey is empty
    // or a tag does not exist.
    Result<bool> add(const Annotation &annotation);
    // Replaces every field and the tags. Fails (BadInput) when there is no such annotation.
    Result<bool> update(const Annotation &annotation);
    // False when there was no such annotation.
    Result<bool> remove(const QUuid &id);
    Result<bool> setTags(const QUuid &id, const QList<qint64> &tagIds);
    // Imports: adds new annotations and updates known ones (by UUID) in one
    // transaction; an incoming annotation older (modified) than the stored one is skipped.
    Result<UpsertCounts> upsert(const QList<Annotation> &annotations);

    std::optional<Annotation> get(const QUuid &id) const;
    // The annotations of a report, in document order (start, then end offset).
    QList<Annotation> forWork(const QString &workKey) const;
    // Every tracked commitment (status set) of every report: soonest due first.
    QList<Annotation> commitments() const;
    int count() const;
    int count(const QString &workKey) const;
    // Every responsible unit (责任单位) entered in the file, most used first
    // (then most recently changed): what the editor offers as completion.
    QStringList responsibleUnits() const;

private:
    // whereAndOrder filters the annotations table, tagWhere the same rows as
    // "a" in the tag query; both may use the one bound :value.
    QList<Annotation> select(const QString &whereAndOrder, const QString &tagWhere, const QVariant &value) const;
    Result<bool> write(const Annotation &annotation, bool isNew);
    std::optional<Error> invalid(const Annotation &annotation) const;
    Error tagFailure() const;

    Database &m_db;
};

} // namespace pizhu
