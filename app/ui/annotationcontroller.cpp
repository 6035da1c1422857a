// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcontroller.h"

#include "annotationeditor.h"
#include "annotationlistmodel.h"
#include "annotationsdock.h"
#include "annotationsession.h"
#include "highlightcolorsdialog.h"
#include "highlightpalette.h"
#include "notelabels.h"
#include "readerview.h"
#include "tagmanagerdialog.h"
#include "tagpicker.h"

#include <QDockWidget>
#include <QHelpEvent>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QTextDocument>
#include <QToolBar>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace pizhu {

AnnotationController::AnnotationController(QMainWindow *window, ReaderView *reader, AnnotationSession *session)
    : QObject(window)
    , m_window(window)
    , m_reader(reader)
    , m_session(session)
    , m_dock(new AnnotationsDock(session, window))
    , m_editor(new AnnotationEditor(session, window))
    , m_picker(new TagPicker(session, window))
{
    m_dockWidget = new QDockWidget(tr("Annotations"), window);
    m_dockWidget->setObjectName(u"annotationsDock"_s);
    m_dockWidget->setAccessibleName(tr("Annotations"));
    m_dockWidget->setWidget(m_dock);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dockWidget);
    m_noteWidget = new QDockWidget(tr("Note"), window);
    m_noteWidget->setObjectName(u"noteDock"_s);
    m_noteWidget->setAccessibleName(tr("Note"));
    m_noteWidget->setWidget(m_editor);
    window->splitDockWidget(m_dockWidget, m_noteWidget, Qt::Vertical);
    window->resizeDocks({m_dockWidget}, {340}, Qt::Horizontal);

    connect(m_dock, &AnnotationsDock::activated, this, &AnnotationController::show);
    connect(m_dock, &AnnotationsDock::currentChanged, this, &AnnotationController::setCurrent);
    connect(m_editor, &AnnotationEditor::tagRequested, this, &AnnotationController::openTagPicker);
    connect(m_reader, &QTextEdit::cursorPositionChanged, this, &AnnotationController::followCursor);
    connect(session, &AnnotationSession::annotationsReset, this, [this] {
        if (!m_session->annotation(m_current))
            setCurrent({});
        else // a reload (a tag merged, another window's change) keeps the place in the list
            m_dock->setCurrentId(m_current);
    });
    connect(session, &AnnotationSession::annotationRemoved, this, [this] {
        if (!m_session->annotation(m_current))
            setCurrent({});
    });
    session->setPendingEditFlusher([editor = QPointer<AnnotationEditor>(m_editor)] {
        if (editor)
            editor->flush();
    });
    // Hovering a highlight shows its note.
    m_reader->viewport()->installEventFilter(this);
}

void AnnotationController::populate(QMenu *menu, QToolBar *toolBar)
{
    const HighlightPalette &palette = HighlightPalette::instance();
    for (int color = 0; color < HighlightPalette::kCount; ++color) {
        auto *a = new QAction(palette.swatch(color), palette.name(color), this);
        a->setToolTip(tr("Highlight in %1 (%2)").arg(palette.name(color)).arg(color + 1));
        a->setShortcut(QKeySequence(Qt::Key_1 + color));
        // Keys 1–5 act in the reader and the list only: the find bar and the note still take digits.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_reader->addAction(a);
        m_dock->list()->addAction(a);
        connect(a, &QAction::triggered, this, [this, color] { highlight(color); });
        menu->addAction(a);
        toolBar->addAction(a);
        m_colorActions.append(a);
    }
    connect(&HighlightPalette::instance(), &HighlightPalette::changed, this, [this] {
        for (int c = 0; c < m_colorActions.size(); ++c) {
            m_colorActions.at(c)->setIcon(HighlightPalette::instance().swatch(c));
            m_colorActions.at(c)->setText(HighlightPalette::instance().name(c));
            m_colorActions.at(c)->setToolTip(
                tr("Highlight in %1 (%2)").arg(HighlightPalette::instance().name(c)).arg(c + 1));
        }
    });
    menu->addSeparator();
    toolBar->addSeparator();

    m_tagAction = menu->addAction(tr("&Tag…"), this, &AnnotationController::openTagPicker);
    m_tagAction->setShortcut(QKeySequence(Qt::Key_T));
    m_tagAction->setIconText(tr("Tag"));
    m_tagAction->setToolTip(tr("Tag the current annotation (T)"));
    m_noteAction = menu->addAction(tr("&Note"), this, &AnnotationController::editNote);
    m_noteAction->setShortcut(QKeySequence(Qt::Key_N));
    m_noteAction->setIconText(tr("Write Note"));
    m_noteAction->setToolTip(tr("Write a note on the current annotation (N)"));
    for (QAction *a : {m_tagAction, m_noteAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_reader->addAction(a);
        m_dock->list()->addAction(a);
        toolBar->addAction(a);
    }
    QAction *remove = menu->addAction(tr("&Delete Annotation"), this, &AnnotationController::deleteCurrent);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reader->addAction(remove);
    menu->addSeparator();
    QAction *next = menu->addAction(tr("N&ext Annotation"), this, [this] { showNext(+1); });
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    QAction *previous = menu->addAction(tr("&Previous Annotation"), this, [this] { showNext(-1); });
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    QAction *filter = menu->addAction(tr("&Filter Annotations…"), this, [this] {
        m_dockWidget->show();
        m_dock->focusFilter();
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    menu->addSeparator();
    menu->addAction(m_dockWidget->toggleViewAction());
    menu->addAction(m_noteWidget->toggleViewAction());
    menu->addSeparator();
    QAction *tags = menu->addAction(tr("&Manage Tags…"), this, &AnnotationController::manageTags);
    tags->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    menu->addAction(tr("Highlight &Colours…"), this, &AnnotationController::editColors);

    m_reportActions = m_colorActions;
    m_reportActions += {m_tagAction, m_noteAction, remove, next, previous, filter};
}

bool AnnotationController::refuse()
{
    if (m_session->isAvailable())
        return false;
    Q_EMIT message(m_session->error().isEmpty() ? tr("Annotations are off.")
                                                : tr("Annotations are off: %1").arg(m_session->error()));
    return true;
}

void AnnotationController::highlight(int color)
{
    if (refuse())
        return;
    const QTextCursor cursor = m_reader->textCursor();
    if (cursor.hasSelection()) {
        const QUuid id = m_session->addHighlight(cursor.selectionStart(), cursor.selectionEnd(), color);
        if (!id.isNull())
            setCurrent(id);
        return;
    }
    // No selection: recolour the annotation under the cursor, if any.
    const int at = annotationAt(cursor.position());
    if (at < 0) {
        Q_EMIT message(tr("Select the text to highlight first."));
        return;
    }
    Annotation changed = m_session->annotations().at(at);
    changed.color = color;
    m_session->edit(changed, EditAnnotationCommand::Kind::Color);
    setCurrent(changed.id);
}

void AnnotationController::openTagPicker()
{
    if (refuse())
        return;
    if (m_current.isNull()) {
        Q_EMIT message(tr("Highlight a passage or pick an annotation first, then tag it."));
        return;
    }
    m_picker->setAnnotation(m_current);
    // Next to the passage when it is in view, else by the list.
    const QRect caret = m_reader->cursorRect();
    QPoint at = m_reader->viewport()->rect().contains(caret.bottomLeft())
        ? m_reader->viewport()->mapToGlobal(caret.bottomLeft() + QPoint(0, 4))
        : m_dock->mapToGlobal(QPoint(0, 0));
    m_picker->popup(at);
}

void AnnotationController::editNote()
{
    if (refuse())
        return;
    if (m_current.isNull()) {
        Q_EMIT message(tr("Highlight a passage or pick an annotation first, then write a note."));
        return;
    }
    m_noteWidget->show();
    m_noteWidget->raise();
    m_editor->focusNote();
}

void AnnotationController::deleteCurrent()
{
    if (refuse())
        return;
    QList<QUuid> ids = m_dock->selectedIds();
    if (ids.isEmpty() && !m_current.isNull())
        ids.append(m_current);
    if (!m_session->remove(ids))
        Q_EMIT message(tr("No annotation to delete here."));
}

void AnnotationController::manageTags()
{
    TagManagerDialog dialog(m_session, m_window);
    dialog.exec();
}

void AnnotationController::editColors()
{
    HighlightColorsDialog dialog(m_window);
    dialog.exec();
}

void AnnotationController::setCurrent(const QUuid &id)
{
    if (id == m_current && m_editor->annotationId() == id)
        return;
    m_current = id;
    m_editor->setAnnotation(id);
    m_dock->setCurrentId(id);
}

void AnnotationController::show(const QUuid &id)
{
    const Annotation *a = m_session->annotation(id);
    if (!a)
        return;
    setCurrent(id);
    if (!a->orphaned)
        m_reader->showSpan(a->anchor.start, a->anchor.end);
    else
        Q_EMIT message(tr("This annotation's passage is not in this version of the report."));
}

void AnnotationController::showNext(int direction)
{
    const QList<QUuid> ids = m_dock->visibleIds();
    if (ids.isEmpty())
        return;
    // From the current annotation, else from the cursor.
    const Annotation *current = m_session->annotation(m_current);
    const qsizetype from = current && !current->orphaned ? current->anchor.start : m_reader->textCursor().position();
    const qsizetype fromEnd = current && !current->orphaned ? current->anchor.end : from;
    QUuid target;
    if (direction > 0) {
        for (const QUuid &id : ids) {
            const Annotation *a = m_session->annotation(id);
            if (a && (a->anchor.start > from || (a->anchor.start == from && a->anchor.end > fromEnd))) {
                target = id;
                break;
            }
        }
    } else {
        for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
            const Annotation *a = m_session->annotation(*it);
            if (a && (a->anchor.start < from || (a->anchor.start == from && a->anchor.end < fromEnd))) {
                target = *it;
                break;
            }
        }
    }
    if (target.isNull()) {
        Q_EMIT message(direction > 0 ? tr("No more annotations below.") : tr("No more annotations above."));
        return;
    }
    show(target);
}

int AnnotationController::annotationAt(qsizetype offset) const
{
    // The innermost (latest starting) annotation that covers the offset.
    const QList<Annotation> &all = m_session->annotations();
    int found = -1;
    for (int i = 0; i < all.size(); ++i) {
        const Annotation &a = all.at(i);
        if (a.anchor.start > offset)
            break;
        if (!a.orphaned && offset >= a.anchor.start && offset < a.anchor.end)
            found = i;
    }
    return found;
}

void AnnotationController::followCursor()
{
    const QTextCursor cursor = m_reader->textCursor();
    if (cursor.hasSelection())
        return; // selecting a new passage
    const int at = annotationAt(cursor.position());
    if (at >= 0)
        setCurrent(m_session->annotations().at(at).id);
}

QString AnnotationController::toolTipFor(int index) const
{
    const Annotation &a = m_session->annotations().at(index);
    QStringList tags;
    for (const Tag &t : m_session->tagsOf(a))
        tags.append(t.name.toHtmlEscaped());
    QStringList head;
    if (!tags.isEmpty())
        head.append(u"<b>"_s + tags.join(u" · "_s) + u"</b>"_s);
    if (a.status != CommitmentStatus::None)
        head.append(NoteLabels::statusText(a.status).toHtmlEscaped());
    if (!a.responsibleUnit.isEmpty())
        head.append(a.responsibleUnit.toHtmlEscaped());
    QString html = head.isEmpty() ? QString() : u"<p>"_s + head.join(u" · "_s) + u"</p>"_s;
    if (!a.note.isEmpty()) {
        QTextDocument note;
        note.setMarkdown(a.note);
        html += note.toHtml();
    }
    return html;
}

bool AnnotationController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reader->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype offset = m_reader->offsetAt(help->pos());
        const int at = offset >= 0 ? annotationAt(offset) : -1;
        const QString tip = at >= 0 ? toolTipFor(at) : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, m_reader->viewport());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pizhu
