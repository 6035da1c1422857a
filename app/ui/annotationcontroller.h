// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QUuid>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;

namespace pizhu {

class AnnotationEditor;
class AnnotationSession;
class AnnotationsDock;
class ReaderView;
class TagPicker;

// Annotating in the window: the colour, tag and note actions, the
// annotations dock and the note editor, kept on one "current" annotation —
// the one last made, clicked in the list, or under the reader's cursor.
class AnnotationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)

public:
    AnnotationController(QMainWindow *window, ReaderView *reader, AnnotationSession *session);

    // Adds the Annotate menu's entries and the toolbar buttons.
    void populate(QMenu *menu, QToolBar *toolBar);
    // Enabled while a report is open.
    QList<QAction *> reportActions() const { return m_reportActions; }

    QUuid currentId() const { return m_current; }
    void setCurrent(const QUuid &id);
    // Selects the annotation's passage in the reader and makes it current.
    void show(const QUuid &id);
    void showNext(int direction);

    AnnotationsDock *dock() const { return m_dock; }
    AnnotationEditor *editor() const { return m_editor; }
    TagPicker *tagPicker() const { return m_picker; }
    QDockWidget *annotationsDockWidget() const { return m_dockWidget; }
    QDockWidget *noteDockWidget() const { return m_noteWidget; }

Q_SIGNALS:
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void highlight(int color);
    void openTagPicker();
    void editNote();
    void deleteCurrent();
    void manageTags();
    void editColors();
    void followCursor();
    bool refuse(); // tells why annotating is off; true when it is
    int annotationAt(qsizetype offset) const; // index in the session, -1 when none
    QString toolTipFor(int index) const;

    QMainWindow *m_window = nullptr;
    ReaderView *m_reader = nullptr;
    AnnotationSession *m_session = nullptr;
    AnnotationsDock *m_dock = nullptr;
    AnnotationEditor *m_editor = nullptr;
    TagPicker *m_picker = nullptr;
    QDockWidget *m_dockWidget = nullptr;
    QDockWidget *m_noteWidget = nullptr;
    QList<QAction *> m_colorActions;
    QList<QAction *> m_reportActions;
    QAction *m_tagAction = nullptr;
    QAction *m_noteAction = nullptr;
    QUuid m_current;
};

} // namespace pizhu
