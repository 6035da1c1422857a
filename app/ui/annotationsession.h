// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "editannotationcommand.h"
#include "highlightdefaults.h"
#include "report.h"
#include "tagusage.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace pizhu {

class DailyBackup;
class Database;
class ReportStorer;

// The annotations of the open report, kept in the annotation file: loads them
// when a report opens, and applies every change as an undoable command so
// that the file and the window never disagree.
class AnnotationSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationSession)

public:
    static constexpr int kColorCount = HighlightDefaults::kCount;

    explicit AnnotationSession(QObject *parent = nullptr);
    ~AnnotationSession() override;

    // Opens the annotation file (read-only when asked); on failure annotations
    // are off and error() says why.
    bool openDatabase(const QString &path, bool readOnly = false);
    QString error() const { return m_error; }
    bool isAvailable() const;

    // The open annotation file, for the tag commands and dialogs; null when annotations are off.
    Database *database() const { return m_db.get(); }
    // The file last asked for, opened or not.
    QString databasePath() const { return m_path; }

    // Called before the session replaces what it shows (another report, a
    // reload, another file): the note editor saves what is being typed.
    void setPendingEditFlusher(std::function<void()> flush) { m_flushPending = std::move(flush); }

    void setReport(const Report &report);
    const Report &report() const { return m_report; }
    // The report's identities, hashed once when it was set; empty without a report.
    QString workKey() const { return m_workKey; }
    QString contentHash() const { return m_contentHash; }
    void clear();
    // Reads the report's annotations and the tags again, e.g. after another
    // instance of the app changed the file.
    void reload();
    // Reloads when another connection (another instance of the app) has
    // committed to the file since we last looked; true when it did.
    bool reloadIfChangedOutside();
    const QList<Annotation> &annotations() const { return m_annotations; }
    int indexOf(const QUuid &id) const; // -1 when there is none
    const Annotation *annotation(const QUuid &id) const;
    QUndoStack *undoStack() const { return m_undo; }
    // Writes the opened reports into the library; waitForFinished() in tests.
    ReportStorer *storer() const { return m_storer; }
    // The day's backup of the file, taken in the background after opening it.
    DailyBackup &dailyBackup() const { return *m_dailyBackup; }

    // Every tag of the file with its usage, oldest first.
    const QList<TagUsage> &tags() const { return m_tags; }
    std::optional<Tag> tag(qint64 id) const;
    // The tags an annotation carries, in its order (ids the file no longer has left out).
    QList<Tag> tagsOf(const Annotation &annotation) const;
    void reloadTags();

    // Highlights a span of the canonical text in one of the five colours (0–4).
    // Returns the new annotation's id (null when annotations are off).
    QUuid addHighlight(qsizetype start, qsizetype end, int color);
    // Each of these is one undoable step; false when nothing changed.
    bool edit(const Annotation &changed, EditAnnotationCommand::Kind kind);
    bool remove(const QList<QUuid> &ids);

    // Used by the undo commands.
    bool insert(const Annotation &annotation);
    bool erase(const QUuid &id);
    bool replace(const Annotation &annotation);

Q_SIGNALS:
    // Any change: the reader redraws its highlights.
    void annotationsChanged();
    // Finer signals for the models, sent after m_annotations changed.
    void annotationsReset();
    void annotationInserted(int row);
    void annotationRemoved(int row);
    void annotationUpdated(int row);
    void tagsChanged();
    // A report opened earlier was written to the library in the background
    // (ReportStorer): the library lists it now.
    void reportStored();
    // The follow-up decisions of the file changed (a FollowUpLinkCommand, or
    // a reload after another instance wrote): follow-up views read them again.
    void followUpLinksChanged();
    void failed(const QString &message);

private:
    void carryOver();

    std::unique_ptr<Database> m_db;
    QUndoStack *m_undo = nullptr;
    ReportStorer *m_storer = nullptr;
    std::unique_ptr<DailyBackup> m_dailyBackup;
    Report m_report;
    QString m_workKey; // m_report's identities, computed once
    QString m_contentHash;
    QList<Annotation> m_annotations; // in document order
    QList<TagUsage> m_tags;
    QHash<qint64, qsizetype> m_tagIndex; // tag id → position in m_tags
    QString m_error;
    QString m_path;
    std::function<void()> m_flushPending;
    qint64 m_dataVersion = -1; // the file's data_version when we last looked
};

} // namespace pizhu
