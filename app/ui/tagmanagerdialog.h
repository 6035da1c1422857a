// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tag.h"

#include <QColor>
#include <QDialog>
#include <QList>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace pizhu {

class AnnotationSession;
class TagListModel;

// Tools → Manage Tags: the tags with their usage; new, rename (inline, F2),
// recolour, merge into another tag, delete (Delete key). Every change is one
// step on the session's undo stack, so Edit → Undo takes it back, here
// (Ctrl+Z) or in the window.
class TagManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagManagerDialog)

public:
    // The questions the dialog asks. Replaceable so that tests answer them
    // without a modal window; by default they are the usual Qt dialogs.
    using NameQuestion = std::function<QString()>; // the new tag's name; empty = cancelled
    using ColorQuestion = std::function<QColor(const Tag &tag)>; // invalid = cancelled
    using TargetQuestion = std::function<qint64(const Tag &from, const QList<Tag> &others)>; // -1 = cancelled
    using Confirmation = std::function<bool(const QString &question, const QString &action)>;

    explicit TagManagerDialog(AnnotationSession *session, QWidget *parent = nullptr);
    ~TagManagerDialog() override;

    void setNameQuestion(NameQuestion question) { m_askName = std::move(question); }
    void setColorQuestion(ColorQuestion question) { m_askColor = std::move(question); }
    void setTargetQuestion(TargetQuestion question) { m_askTarget = std::move(question); }
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

    TagListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The selected tag, -1 when none is.
    qint64 currentTagId() const;
    void setCurrentTag(qint64 tagId);
    // Why the last change failed (a name taken, …); empty after a change that worked.
    QString errorText() const;

public Q_SLOTS:
    void newTag();
    void renameTag();
    void recolorTag();
    void mergeTag();
    void deleteTag();

private:
    void showError(const QString &message);
    void updateActions();
    std::optional<Tag> currentTag() const;
    int currentCount() const;

    AnnotationSession *m_session = nullptr;
    TagListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_colorButton = nullptr;
    QPushButton *m_mergeButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    NameQuestion m_askName;
    ColorQuestion m_askColor;
    TargetQuestion m_askTarget;
    Confirmation m_confirm;
};

} // namespace pizhu
