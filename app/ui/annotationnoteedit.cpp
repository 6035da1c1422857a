// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationnoteedit.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QKeyEvent>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace pizhu {

AnnotationNoteEdit::AnnotationNoteEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    // The session's undo stack keeps the note's history; a second one inside
    // the text would undo keystrokes the file already holds.
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    m_highlighter->setDefinition(m_repository.definitionForName(u"Markdown"_s));
    applyTheme();
}

AnnotationNoteEdit::~AnnotationNoteEdit()
{
    // The highlighter's definition belongs to m_repository, which goes first.
    // Removing its formats touches the document: that is no edit to report.
    blockSignals(true);
    delete m_highlighter;
}

bool AnnotationNoteEdit::hasMarkdownDefinition() const
{
    return m_highlighter->definition().isValid();
}

void AnnotationNoteEdit::replaceText(const QString &text)
{
    const QString old = toPlainText();
    if (old == text)
        return;
    // Replace only what differs, so the cursor and the scroll position stay.
    qsizetype prefix = 0;
    const qsizetype shorter = qMin(old.size(), text.size());
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    QTextCursor c(document());
    c.setPosition(int(prefix));
    c.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    c.insertText(text.mid(prefix, text.size() - prefix - suffix));
}

bool AnnotationNoteEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && !isReadOnly()) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->accept(); // ours, not the window's Undo action: the note is saved first
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void AnnotationNoteEdit::keyPressEvent(QKeyEvent *event)
{
    if (!isReadOnly() && event->matches(QKeySequence::Undo)) {
        Q_EMIT undoRequested();
        event->accept();
        return;
    }
    if (!isReadOnly() && event->matches(QKeySequence::Redo)) {
        Q_EMIT redoRequested();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void AnnotationNoteEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    Q_EMIT focusLost();
}

void AnnotationNoteEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTheme();
}

void AnnotationNoteEdit::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    if (dark == m_dark && m_highlighter->theme().isValid())
        return;
    m_dark = dark;
    m_highlighter->setTheme(m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                            : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter->rehighlight();
}

} // namespace pizhu
