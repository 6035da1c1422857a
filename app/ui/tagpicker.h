// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QUuid>

class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace pizhu {

class AnnotationSession;
class TagListModel;

// The T key: a small popup to tag the current annotation. Type a name (the
// completion finds 承诺 from 承, ignoring case) and press Enter to add that
// tag, created on the spot when there is none of that name; or tick and
// untick the tags in the list. Each change is one undo step. Enter on an empty
// name or Escape closes it.
class TagPicker final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagPicker)

public:
    explicit TagPicker(AnnotationSession *session, QWidget *parent = nullptr);
    ~TagPicker() override;

    void setAnnotation(const QUuid &id);
    QUuid annotation() const { return m_annotation; }
    // Shows the picker with its top left at globalPos (kept on the screen), the cursor in the name field.
    void popup(const QPoint &globalPos);

    // Tags the annotation with the tag of that name (ignoring case), creating
    // the tag when there is none: one undo step either way. False when
    // nothing changed; then *error says why, if there is something to say.
    static bool assign(AnnotationSession *session, const QUuid &annotation, const QString &name,
                       QString *error = nullptr);

    QLineEdit *nameEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    QListWidget *list() const { return m_list; }
    QString errorText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum ItemRole { TagIdRole = Qt::UserRole + 1, ColorRole };

    void refresh();
    QString completed(const QString &typed) const;
    void assignTyped(const QString &typed);
    void toggle(QListWidgetItem *item);
    void showError(const QString &message);

    AnnotationSession *m_session = nullptr;
    TagListModel *m_model = nullptr;
    QUuid m_annotation;
    QLabel *m_title = nullptr;
    QLineEdit *m_edit = nullptr;
    QCompleter *m_completer = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_error = nullptr;
    bool m_refreshing = false; // setting check marks is not the user ticking them
};

} // namespace pizhu
