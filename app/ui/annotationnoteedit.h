// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Repository>
#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace pizhu {

// The note of an annotation: plain Markdown, highlighted with
// KSyntaxHighlighting's Markdown definition in the light or dark theme that
// matches the palette. Undo and Redo keys are handed to the window's one undo
// stack (undoRequested/redoRequested) rather than undoing inside the text, so
// that a note's typing is undone as the one step it is stored as.
class AnnotationNoteEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationNoteEdit)

public:
    explicit AnnotationNoteEdit(QWidget *parent = nullptr);
    ~AnnotationNoteEdit() override;

    bool hasMarkdownDefinition() const;
    // Shows text without losing the cursor: only the part that differs is replaced.
    void replaceText(const QString &text);

Q_SIGNALS:
    void focusLost();
    void undoRequested();
    void redoRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    // The repository owns the definitions the highlighter uses: it must outlive it.
    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    bool m_dark = false;
};

} // namespace pizhu
