// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesmerger.h"

#include "anchorfactory.h"
#include "annotationstore.h"
#include "database.h"
#include "parsedversions.h"
#include "reanchorer.h"
#include "tagstore.h"
#include "transaction.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

// What one merge keeps at hand: thousands of entries share a few reports,
// tags and works.
class MergeState
{
public:
    explicit MergeState(Database &db)
        : m_versions(db)
        , m_tags(db)
        , m_annotations(db)
    {
    }

    // The stored version the entry is about; null when this file lacks it.
    // A version named by hash that is not here falls back to the latest
    // version of its work (pizhu:workKey): the quote finds its place there.
    const ParsedVersions::Version *versionFor(const ExchangedAnnotation &entry)
    {
        const QString hash = ExchangedAnnotation::contentHashOf(entry.source);
        const ParsedVersions::Version *version =
            hash.isEmpty() ? m_versions.latest(entry.source) : m_versions.byHash(hash);
        if (!version && entry.annotation.workKey != entry.source)
            version = m_versions.latest(entry.annotation.workKey);
        return version;
    }

    const Reanchorer &reanchorerFor(const ParsedVersions::Version &version)
    {
        auto &slot = m_reanchorers[version.contentHash];
        if (!slot)
            slot = std::make_shared<Reanchorer>(version.report);
        return *slot;
    }

    Result<qint64> tagId(const Tag &tag)
    {
        static const QRegularExpression rgb(u"^#[0-9A-Fa-f]{6}$"_s);
        const QString name = tag.name.trimmed();
        if (const auto known = m_tagIds.constFind(name); known != m_tagIds.cend())
            return *known;
        qint64 id = -1;
        if (const auto found = m_tags.find(name)) {
            id = found->id;
        } else {
            // An empty colour is the store's default grey.
            const QString color = rgb.match(tag.color).hasMatch() ? tag.color : QString();
            const auto created = m_tags.create(Tag{-1, name, color, tag.description});
            if (!created)
                return created.error();
            id = created.value();
        }
        m_tagIds.insert(name, id);
        return id;
    }

    // The stored annotations of a work by UUID (loaded once per work).
    QHash<QUuid, Annotation> &storedOf(const QString &workKey)
    {
        auto it = m_stored.find(workKey);
        if (it == m_stored.end()) {
            QHash<QUuid, Annotation> byId;
            const QList<Annotation> list = m_annotations.forWork(workKey);
            byId.reserve(list.size());
            for (const Annotation &a : list)
                byId.insert(a.id, a);
            it = m_stored.insert(workKey, byId);
        }
        return *it;
    }

    AnnotationStore &annotations() { return m_annotations; }

private:
    ParsedVersions m_versions;
    TagStore m_tags;
    AnnotationStore m_annotations;
    QHash<QString, std::shared_ptr<Reanchorer>> m_reanchorers; // by content hash
    QHash<QString, qint64> m_tagIds; // by trimmed name
    QHash<QString, QHash<QUuid, Annotation>> m_stored; // by work key
};

// Puts the anchor on the version's text; false (with a reason) when there is
// nothing to place. A quote that is not found makes an orphan, never a loss.
bool place(Annotation &a, const ParsedVersions::Version &version, MergeState &state, QString &reason)
{
    const Report &report = version.report;
    if (a.anchor.exact.isEmpty()) {
        // Only a position: it means something on its own text alone.
        if (!a.contentHash.isEmpty() && a.contentHash != version.contentHash) {
            reason = NotesMerger::tr("it has only a position, on a version of the report this file does not have");
            return false;
        }
        if (a.anchor.end > report.canonicalText.size()) {
            reason = NotesMerger::tr("its position lies beyond the end of the report's text");
            return false;
        }
        a.anchor = AnchorFactory::create(report, a.anchor.start, a.anchor.end);
        a.orphaned = false;
        return true;
    }
    if (a.anchor.prefix.isEmpty() && a.anchor.suffix.isEmpty()) {
        // A bare quote (other tools may write no context): where the position
        // says, else its only occurrence; a quote found more than once is
        // not guessed at.
        const QString &text = report.canonicalText;
        const Anchor &old = a.anchor;
        qsizetype start = -1;
        if (old.start >= 0 && QStringView(text).sliced(std::min(old.start, text.size())).startsWith(old.exact))
            start = old.start;
        else if (const qsizetype first = text.indexOf(old.exact); first >= 0 && text.indexOf(old.exact, first + 1) < 0)
            start = first;
        if (start >= 0) {
            a.anchor = AnchorFactory::create(report, start, start + old.exact.size());
            a.orphaned = false;
            return true;
        }
    }
    const Reanchorer &reanchorer = state.reanchorerFor(version);
    const Reanchorer::Placement placement = reanchorer.place(a.anchor);
    if (placement.isOrphan()) {
        a.orphaned = true; // keeps the quote as written, to show and to try again later
    } else {
        a.anchor = reanchorer.anchorFor(placement);
        a.orphaned = false;
    }
    return true;
}

} // namespace

Result<NotesMerger::Counts> NotesMerger::merge(const QList<ExchangedAnnotation> &entries)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    MergeState state(m_db);
    // Reads report failures only through Database::lastError(): one that
    // changes while merging means a lookup failed, not that nothing was found.
    const Error before = m_db.lastError();
    auto readFailed = [&] {
        const Error now = m_db.lastError();
        return now.kind != before.kind || now.message != before.message;
    };
    Counts counts;
    auto skip = [&counts](qsizetype index, const QString &reason) {
        ++counts.skipped;
        if (counts.reasons.size() < kMaxReasons)
            counts.reasons << tr("entry %1: %2").arg(QString::number(index + 1), reason);
    };
    QList<Annotation> toWrite;
    int orphans = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ExchangedAnnotation &entry = entries.at(i);
        if (!entry.isUsable()) {
            skip(i, entry.problem);
            continue;
        }
        const ParsedVersions::Version *version = state.versionFor(entry);
        if (!version) {
            if (readFailed())
                return m_db.lastError();
            skip(i, tr("this annotation file has no report %1 (import the report first)").arg(entry.source));
            continue;
        }
        Annotation a = entry.annotation;
        QString reason;
        if (!place(a, *version, state, reason)) {
            skip(i, reason);
            continue;
        }
        a.workKey = version->workKey;
        a.contentHash = version->contentHash;
        a.tagIds.clear();
        for (const Tag &tag : entry.tags) {
            if (tag.name.trimmed().isEmpty())
                continue;
            const auto id = state.tagId(tag);
            if (!id)
                return id.error();
            if (!a.tagIds.contains(id.value()))
                a.tagIds.append(id.value());
        }
        QHash<QUuid, Annotation> &stored = state.storedOf(a.workKey);
        if (readFailed())
            return m_db.lastError();
        if (const auto known = stored.constFind(a.id); known != stored.cend()) {
            const bool newerStored =
                known->modified.isValid() && a.modified.isValid() && known->modified > a.modified;
            if (*known == a || newerStored) {
                ++counts.unchanged;
                continue;
            }
        }
        stored.insert(a.id, a); // the same UUID again in this file compares with this one
        orphans += a.orphaned ? 1 : 0;
        toWrite.append(a);
    }
    const auto written = state.annotations().upsert(toWrite);
    if (!written)
        return written.error();
    counts.added = written->added;
    counts.updated = written->updated;
    counts.unchanged += written->kept;
    counts.orphaned = orphans;
    const auto committed = transaction.commit();
    if (!committed)
        return committed.error();
    return counts;
}

} // namespace pizhu
