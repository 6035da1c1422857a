// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "report.h"

#include <QObject>
#include <memory>

class QUndoStack;

namespace pizhu {

class Database;

// The annotations of the open report, kept in the annotation file: loads them
// when a report opens, and applies every change as an undoable command so
// that the file and the window never disagree.
class AnnotationSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationSession)

public:
    static constexpr int kColorCount = 5;

    explicit AnnotationSession(QObject *parent = nullptr);
    ~AnnotationSession() override;

    // Opens the annotation file; on failure annotations are off and error() says why.
    bool openDatabase(const QString &path);
    QString error() const { return m_error; }
    bool isAvailable() const;

    void setReport(const Report &report);
    void clear();
    const QList<Annotation> &annotations() const { return m_annotations; }
    QUndoStack *undoStack() const { return m_undo; }

    // Highlights a span of the canonical text in one of the five colours (0–4).
    bool addHighlight(qsizetype start, qsizetype end, int color);

    // Used by the undo commands.
    bool insert(const Annotation &annotation);
    bool erase(const QUuid &id);

Q_SIGNALS:
    void annotationsChanged();
    void failed(const QString &message);

private:
    void carryOver();

    std::unique_ptr<Database> m_db;
    QUndoStack *m_undo = nullptr;
    Report m_report;
    QString m_workKey; // m_report's identities, computed once
    QString m_contentHash;
    QList<Annotation> m_annotations; // in document order
    QString m_error;
};

} // namespace pizhu
