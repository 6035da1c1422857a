// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationsession.h"

#include "addannotationcommand.h"
#include "anchorfactory.h"
#include "annotationstore.h"
#include "database.h"
#include "reanchorer.h"
#include "reportstore.h"

#include <QUndoStack>
#include <algorithm>
#include <optional>

namespace pizhu {

AnnotationSession::AnnotationSession(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
}

AnnotationSession::~AnnotationSession() = default;

bool AnnotationSession::openDatabase(const QString &path)
{
    auto db = Database::open(path);
    if (!db) {
        m_error = db.error().message;
        m_db.reset();
        return false;
    }
    m_db = std::move(db).value();
    m_error = m_db->isReadOnly() ? m_db->readOnlyReason() : QString();
    return true;
}

bool AnnotationSession::isAvailable() const
{
    return m_db && !m_db->isReadOnly();
}

void AnnotationSession::setReport(const Report &report)
{
    m_report = report;
    // Hashing the whole text once per report, not on every highlight.
    m_workKey = report.canonicalText.isEmpty() ? QString() : report.workKey();
    m_contentHash = report.canonicalText.isEmpty() ? QString() : report.contentHash();
    m_undo->clear();
    m_annotations.clear();
    if (m_db && !report.canonicalText.isEmpty()) {
        if (!m_db->isReadOnly()) {
            // The library knows every report that was opened (and the text an
            // annotation was anchored on).
            if (auto stored = ReportStore(*m_db).store(report); !stored)
                Q_EMIT failed(stored.error().message);
        }
        m_annotations = AnnotationStore(*m_db).forWork(m_workKey);
        carryOver();
    }
    Q_EMIT annotationsChanged();
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

bool AnnotationSession::addHighlight(qsizetype start, qsizetype end, int color)
{
    if (!isAvailable() || start < 0 || end <= start || end > m_report.canonicalText.size())
        return false;
    Annotation a;
    a.id = QUuid::createUuid();
    a.workKey = m_workKey;
    a.contentHash = m_contentHash;
    a.anchor = AnchorFactory::create(m_report, start, end);
    a.color = qBound(0, color, kColorCount - 1);
    a.created = QDateTime::currentDateTimeUtc();
    a.modified = a.created;
    m_undo->push(new AddAnnotationCommand(this, a));
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
    m_annotations.insert(at, annotation);
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
    m_annotations.removeIf([&id](const Annotation &a) { return a.id == id; });
    Q_EMIT annotationsChanged();
    return true;
}

} // namespace pizhu
