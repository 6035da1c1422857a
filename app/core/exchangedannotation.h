// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "tag.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <utility>

namespace pizhu {

// One annotation as it travels between annotation files (notes JSON, later
// other formats): tags go by name, since tag ids mean nothing in another
// file, and the report by the source it names.
struct ExchangedAnnotation
{
    static constexpr QLatin1StringView kVersionPrefix{"urn:sha256:"};

    // annotation.tagIds is empty: the tags are in `tags`. workKey and
    // contentHash are what the entry said; the importer resolves them.
    Annotation annotation;
    QList<Tag> tags; // name, and colour when known; ids are -1
    QString source; // target.source as written: "urn:sha256:<contentHash>" or a workKey
    // Why this entry cannot be imported (set by a reader); empty when it can.
    QString problem;

    bool isUsable() const { return problem.isEmpty(); }

    // A stored annotation as it leaves its file: its tags (looked up by the
    // caller) by name and colour only — ids and descriptions mean nothing in
    // another file — and the version it is anchored on as its source.
    static ExchangedAnnotation fromStored(const Annotation &stored, QList<Tag> tags)
    {
        ExchangedAnnotation e;
        e.annotation = stored;
        e.annotation.tagIds.clear();
        for (Tag &tag : tags) {
            tag.id = -1;
            tag.description.clear();
        }
        e.tags = std::move(tags);
        e.source = stored.contentHash.isEmpty() ? stored.workKey : versionSource(stored.contentHash);
        return e;
    }

    // "urn:sha256:<contentHash>": how a source names one version of a report.
    static QString versionSource(const QString &contentHash)
    {
        return QString(kVersionPrefix) + contentHash;
    }
    // The content hash such a source names (lower case); empty for any other source.
    static QString contentHashOf(const QString &source)
    {
        return source.startsWith(kVersionPrefix, Qt::CaseInsensitive) ? source.sliced(kVersionPrefix.size()).toLower()
                                                                      : QString();
    }

    friend bool operator==(const ExchangedAnnotation &, const ExchangedAnnotation &) = default;
};

} // namespace pizhu
