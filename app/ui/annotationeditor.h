// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "editannotationcommand.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>
#include <functional>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QCompleter;
class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;

namespace pizhu {

class AnnotationNoteEdit;
class AnnotationSession;

// The side panel that edits one annotation of the open session: its quote,
// tags, colour, Markdown note and commitment fields (status, 责任单位, due
// date). The note is saved as one types (debounced; consecutive note edits
// merge into one undo step), every other field at once; each change is an
// undoable command on the session's stack. Changes made elsewhere (undo,
// redo, another instance) are shown without becoming edits themselves.
class AnnotationEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationEditor)

public:
    static constexpr int kNoteSaveDelayMs = 400;
    static constexpr int kQuoteLines = 3;

    explicit AnnotationEditor(AnnotationSession *session, QWidget *parent = nullptr);
    ~AnnotationEditor() override;

    // Saves what is pending for the current annotation first. A null id (or
    // one the session does not have) shows nothing: the fields are disabled.
    void setAnnotation(const QUuid &id);
    QUuid annotationId() const { return m_id; }
    // Puts the keyboard in the note (the N key).
    void focusNote();
    // Saves a pending note (and a responsible unit being typed) now.
    void flush();

Q_SIGNALS:
    // The "Tags…" button: the window opens the tag picker for annotationId().
    void tagRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildColorButtons(QWidget *row);
    void buildDueRow(QWidget *row);
    void showColors();
    // Shows the session's state of the annotation; with keepNote the note being typed stays.
    void load(bool keepNote);
    void setFieldsEnabled(bool hasAnnotation, bool editable);
    void showQuote();
    void showTags();
    void showOverdue();
    void refreshUnits();
    void onSessionChanged();

    void saveNote();
    void saveUnit();
    void save(const std::function<void(Annotation &)> &change, EditAnnotationCommand::Kind kind);

    QPointer<AnnotationSession> m_session;
    QUuid m_id;
    QString m_storedNote; // the note as last loaded or saved, to tell our edits from others'
    bool m_loading = false; // showing the session's state: field signals are not edits
    bool m_unitsStale = true;
    QTimer m_noteTimer;

    QLabel *m_hint = nullptr;
    QWidget *m_fields = nullptr;
    QFrame *m_quoteBar = nullptr;
    QLabel *m_quote = nullptr;
    QLabel *m_tags = nullptr;
    QPushButton *m_tagsButton = nullptr;
    QButtonGroup *m_colors = nullptr;
    AnnotationNoteEdit *m_note = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_unit = nullptr;
    QStringListModel *m_unitModel = nullptr;
    QCompleter *m_unitCompleter = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
};

} // namespace pizhu
