// SPDX-License-Identifier: GPL-3.0-or-later
#include "notescollector.h"

#include "annotationstore.h"
#include "database.h"
#include "parsedversions.h"
#include "tagstore.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace pizhu {

Result<QList<ExchangedAnnotation>> NotesCollector::collect(const QString &workKey, const Filter &filter) const
{
    // Reads report failures only through Database::lastError().
    const Error before = m_db.lastError();
    auto readFailed = [&] {
        const Error now = m_db.lastError();
        return now.kind != before.kind || now.message != before.message;
    };
    const QList<Annotation> annotations = AnnotationStore(m_db).forWork(workKey);
    QHash<qint64, Tag> tags;
    for (const TagUsage &usage : TagStore(m_db).all())
        tags.insert(usage.tag.id, usage.tag);
    if (readFailed())
        return m_db.lastError();

    ParsedVersions versions(m_db);
    QList<ExchangedAnnotation> chosen;
    chosen.reserve(annotations.size());
    for (const Annotation &a : annotations) {
        if (filter.status && a.status != *filter.status)
            continue;
        QList<Tag> tagsOfA;
        for (qint64 id : a.tagIds) {
            if (const auto tag = tags.constFind(id); tag != tags.cend())
                tagsOfA.append(*tag);
        }
        if (!filter.tag.isEmpty()) {
            const QString wanted = filter.tag.trimmed();
            if (std::none_of(tagsOfA.cbegin(), tagsOfA.cend(),
                             [&](const Tag &t) { return t.name.compare(wanted, Qt::CaseInsensitive) == 0; }))
                continue;
        }
        if (filter.part != PartRole::None) {
            // An orphan's offsets say nothing about where it is.
            const ParsedVersions::Version *version = a.orphaned ? nullptr : versions.byHash(a.contentHash);
            if (!version || !version->report.rolesAt(a.anchor.start).contains(filter.part))
                continue;
        }
        const ExchangedAnnotation e = ExchangedAnnotation::fromStored(a, tagsOfA);
        chosen.append(e);
    }
    if (readFailed())
        return m_db.lastError();
    return chosen;
}

} // namespace pizhu
