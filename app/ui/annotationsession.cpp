// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationsession.h"

#include "addannotationcommand.h"
#include "anchorfactory.h"
#include "annotationstore.h"
#include "dailybackup.h"
#include "database.h"
#include "reanchorer.h"
#include "removeannotationscommand.h"
#include "reportstore.h"
#include "reportstorer.h"
#include "tagstore.h"

#include <QFileInfo>
#include <QUndoStack>
#include <algorithm>
#include <optional>

namespace pizhu {

AnnotationSession::AnnotationSession(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_storer(new ReportStorer(this))
    , m_dailyBackup(std::make_unique<DailyBackup>())
{
    connect(m_storer, &ReportStorer::stored, this, &AnnotationSession::reportStored);
    connect(m_storer, &ReportStorer::failed, this, &AnnotationSession::failed);
}

AnnotationSession::~AnnotationSession() = default;

bool AnnotationSession::openDatabase(const QString &path, bool readOnly)
{
    if (m_flushPending)
        m_flushPending();
    m_path = path;
    // What was shown and undoable belongs to the previous file.
    m_undo->clear();
    m_annotations.clear();
    m_db.reset();
    // A new file has nothing worth a backup (as Database::open judges it).
    const bool existed = QFileInfo(path).size() > 0;
    Database::Options options;
    options.dailyBackup = false; // taken in the background below
    auto db = Database::open(path, readOnly ? Database::OpenMode::ReadOnly : Database::OpenMode::ReadWrite, options);
    if (!db) {
        m_error = db.error().message;
        reloadTags();
        Q_EMIT annotationsReset();
        Q_EMIT annotationsChanged();
        return false;
    }
    m_db = std::move(db).value();
    m_error = m_db->isReadOnly() ? m_db->readOnlyReason() : QString();
    if (!m_db->isReadOnly() && existed)
        m_dailyBackup->start(path);
    reloadTags();
    m_dataVersion = m_db->dataVersion();
    return true;
}

bool AnnotationSession::reloadIfChangedOutside()
{
    if (!m_db)
        return false;
    const qint64 version = m_db->dataVersion();
    if (version == m_dataVersion)
        return false;
    m_dataVersion = version;
    reload();
    return true;
}

bool AnnotationSession::isAvailable() const
{
    return m_db && !m_db->isReadOnly();
}

void AnnotationSession::setReport(const Report &report)
{
    if (m_flushPending)
        m_flushPending();
    m_report = report;
    // Hashing the whole text once per report (not at all when the background
    // opener did): not on every highlight, nor in the copies the exports, the
    // dashboard and the library's worker get.
    m_report.rememberContentHash();
    m_workKey = report.canonicalText.isEmpty() ? QString() : report.workKey();
    m_contentHash = report.canonicalText.isEmpty() ? QString() : m_report.contentHash();
    m_undo->clear();
    m_annotations.clear();
    if (m_db && !report.canonicalText.isEmpty()) {
        // The library knows every report that was opened (and the text an
        // annotation was anchored on); a large one is written in the background.
        m_storer->store(*m_db, m_report);
        m_annotations = AnnotationStore(*m_db).forWork(m_workKey);
        carryOver();
    }
    Q_EMIT annotationsReset();
    Q_EMIT annotationsChanged();
}

void AnnotationSession::reload()
{
    if (m_flushPending)
        m_flushPending();
    reloadTags();
    Q_EMIT followUpLinksChanged();
    if (!m_db || m_workKey.isEmpty())
        return;
    m_annotations = AnnotationStore(*m_db).forWork(m_workKey);
    // Another instance may have added annotations on another version: place them here too.
    carryOver();
    Q_EMIT annotationsReset();
    Q_EMIT annotationsChanged();
}

int AnnotationSession::indexOf(const QUuid &id) const
{
    for (int i = 0; i < m_annotations.size(); ++i) {
        if (m_annotations.at(i).id == id)
            return i;
    }
    return -1;
}

const Annotation *AnnotationSession::annotation(const QUuid &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_annotations.at(i);
}

std::optional<Tag> AnnotationSession::tag(qint64 id) const
{
    const auto it = m_tagIndex.constFind(id);
    if (it == m_tagIndex.cend())
        return std::nullopt;
    return m_tags.at(*it).tag;
}

QList<Tag> AnnotationSession::tagsOf(const Annotation &annotation) const
{
    QList<Tag> tags;
    for (qint64 id : annotation.tagIds) {
        if (const auto it = m_tagIndex.constFind(id); it != m_tagIndex.cend())
            tags.append(m_tags.at(*it).tag);
    }
    return tags;
}

void AnnotationSession::reloadTags()
{
    m_tags = m_db ? TagStore(*m_db).all() : QList<TagUsage>();
    m_tagIndex.clear();
    for (qsizetype i = 0; i < m_tags.size(); ++i)
        m_tagIndex.insert(m_tags.at(i).tag.id, i);
    Q_EMIT tagsChanged();
}

void AnnotationSession::carryOver()
{
    // Annotations made on another version of this report (same work, other
    // text) find their passage again, or become orphans: shown, never dropped.
    const QString &hash = m_contentHash;
    QList<Annotation> moved;
    std::optional<Reanchorer> reanchorer;
    for (Annotation &a : m_annotations) {
        if (a.contentHash == hash)
            continue;
        if (!reanchorer) {
            const auto old = ReportStore(*m_db).version(a.contentHash);
            reanchorer.emplace(m_report, old ? old->canonicalText.size() : -1);
        }
        const Reanchorer::Placement placement = reanchorer->place(a.anchor);
        if (placement.isOrphan()) {
            a.orphaned = true; // the anchor keeps the old quote, to show and to try again later
        } else {
            a.anchor = reanchorer->anchorFor(placement);
            a.orphaned = false;
        }
        a.contentHash = hash;
        moved.append(a);
    }
    if (moved.isEmpty())
        return;
    std::sort(m_annotations.begin(), m_annotations.end(),
              [](const Annotation &x, const Annotation &y) { return x.anchor.start < y.anchor.start; });
    if (!m_db->isReadOnly()) {
        if (auto saved = AnnotationStore(*m_db).upsert(moved); !saved)
            Q_EMIT failed(saved.error().message);
    }
}

void AnnotationSession::clear()
{
    setReport(Report());
}

QUuid AnnotationSession::addHighlight(qsizetype start, qsizetype end, int color)
{
    if (!isAvailable() || start < 0 || end <= start || end > m_report.canonicalText.size())
        return {};
    Annotation a;
    a.id = QUuid::createUuid();
    a.workKey = m_workKey;
    a.contentHash = m_contentHash;
    a.anchor = AnchorFactory::create(m_report, start, end);
    a.color = qBound(0, color, kColorCount - 1);
    a.created = QDateTime::currentDateTimeUtc();
    a.modified = a.created;
    m_undo->push(new AddAnnotationCommand(this, a));
    return indexOf(a.id) >= 0 ? a.id : QUuid();
}

bool AnnotationSession::edit(const Annotation &changed, EditAnnotationCommand::Kind kind)
{
    const Annotation *current = annotation(changed.id);
    if (!isAvailable() || !current || *current == changed)
        return false;
    Annotation after = changed;
    after.modified = QDateTime::currentDateTimeUtc();
    m_undo->push(new EditAnnotationCommand(this, *current, after, kind));
    return true;
}

bool AnnotationSession::remove(const QList<QUuid> &ids)
{
    if (!isAvailable())
        return false;
    QList<Annotation> doomed;
    for (const QUuid &id : ids) {
        if (const Annotation *a = annotation(id))
            doomed.append(*a);
    }
    if (doomed.isEmpty())
        return false;
    m_undo->push(new RemoveAnnotationsCommand(this, doomed));
    return true;
}

bool AnnotationSession::insert(const Annotation &annotation)
{
    if (!m_db)
        return false;
    if (auto added = AnnotationStore(*m_db).add(annotation); !added) {
        Q_EMIT failed(added.error().message);
        return false;
    }
    const auto at = std::upper_bound(m_annotations.begin(), m_annotations.end(), annotation.anchor.start,
                                     [](qsizetype start, const Annotation &a) { return start < a.anchor.start; });
    const int row = int(at - m_annotations.begin());
    m_annotations.insert(row, annotation);
    if (!annotation.tagIds.isEmpty())
        reloadTags(); // usage counts
    Q_EMIT annotationInserted(row);
    Q_EMIT annotationsChanged();
    return true;
}

bool AnnotationSession::erase(const QUuid &id)
{
    if (!m_db)
        return false;
    if (auto removed = AnnotationStore(*m_db).remove(id); !removed) {
        Q_EMIT failed(removed.error().message);
        return false;
    }
    const int row = indexOf(id);
    if (row < 0)
        return true;
    const bool tagged = !m_annotations.at(row).tagIds.isEmpty();
    m_annotations.removeAt(row);
    if (tagged)
        reloadTags();
    Q_EMIT annotationRemoved(row);
    Q_EMIT annotationsChanged();
    return true;
}

bool AnnotationSession::replace(const Annotation &annotation)
{
    const int row = indexOf(annotation.id);
    if (!m_db || row < 0)
        return false;
    if (auto updated = AnnotationStore(*m_db).update(annotation); !updated) {
        Q_EMIT failed(updated.error().message);
        return false;
    }
    const bool retagged = m_annotations.at(row).tagIds != annotation.tagIds;
    // Edits never move an annotation, so document order holds.
    m_annotations[row] = annotation;
    if (retagged)
        reloadTags();
    Q_EMIT annotationUpdated(row);
    Q_EMIT annotationsChanged();
    return true;
}

} // namespace pizhu
