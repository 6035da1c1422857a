// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagmanagerdialog.h"

#include "annotationsession.h"
#include "createtagcommand.h"
#include "database.h"
#include "deletetagcommand.h"
#include "mergetagscommand.h"
#include "recolortagcommand.h"
#include "taglistmodel.h"
#include "tagstore.h"

#include <QAction>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pizhu {

TagManagerDialog::TagManagerDialog(AnnotationSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new TagListModel(session, this))
    , m_view(new QTableView(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"tagManagerDialog"_s);
    setWindowTitle(tr("Manage Tags"));
    setAccessibleName(tr("Manage Tags"));

    m_view->setObjectName(u"tagTable"_s);
    m_view->setAccessibleName(tr("Tags"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(TagListModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(TagListModel::CountColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);

    auto button = [this](const QString &text, const QString &name, const QString &tip,
                         void (TagManagerDialog::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false); // Enter in the table edits, it does not delete or merge
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_newButton = button(tr("&New…"), u"newTagButton"_s, tr("Create a tag"), &TagManagerDialog::newTag);
    m_renameButton = button(tr("&Rename"), u"renameTagButton"_s, tr("Rename the selected tag (F2)"),
                            &TagManagerDialog::renameTag);
    m_colorButton = button(tr("&Colour…"), u"recolorTagButton"_s,
                           tr("Choose the colour of the selected tag"), &TagManagerDialog::recolorTag);
    m_mergeButton = button(
        tr("&Merge Into…"), u"mergeTagButton"_s,
        tr("Give the annotations of the selected tag another tag instead, and delete this one"),
        &TagManagerDialog::mergeTag);
    m_deleteButton = button(tr("&Delete"), u"deleteTagButton"_s, tr("Delete the selected tag (Delete)"),
                            &TagManagerDialog::deleteTag);

    // Keys on the table only: in the name editor, Delete deletes a character.
    m_renameAction = new QAction(tr("Rename Tag"), m_view);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_renameAction, &QAction::triggered, this, &TagManagerDialog::renameTag);
    m_view->addAction(m_renameAction);
    m_deleteAction = new QAction(tr("Delete Tag"), m_view);
    m_deleteAction->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &TagManagerDialog::deleteTag);
    m_view->addAction(m_deleteAction);

    // A modal dialog keeps the window's Edit menu away: undo here too.
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(redo);

    m_error->setObjectName(u"tagError"_s);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_newButton, m_renameButton, m_colorButton, m_mergeButton, m_deleteButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    layout->addWidget(close);

    m_askName = [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New Tag"), tr("Name of the new tag:"),
                                                   QLineEdit::Normal, QString(), &ok);
        return ok ? name : QString();
    };
    m_askColor = [this](const Tag &tag) {
        return QColorDialog::getColor(QColor::fromString(tag.color), this,
                                      tr("Colour of “%1”").arg(tag.name));
    };
    m_askTarget = [this](const Tag &from, const QList<Tag> &others) -> qint64 {
        QStringList names;
        for (const Tag &t : others)
            names << t.name;
        bool ok = false;
        const QString label = tr("Merge “%1” into:").arg(from.name);
        const QString chosen = QInputDialog::getItem(this, tr("Merge Tag"), label, names, 0, false, &ok);
        const qsizetype at = names.indexOf(chosen);
        return ok && at >= 0 ? others.at(at).id : -1;
    };
    m_confirm = [this](const QString &question, const QString &action) {
        QMessageBox box(QMessageBox::Question, windowTitle(), question, QMessageBox::Cancel, this);
        QPushButton *yes = box.addButton(action, QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == yes;
    };

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TagManagerDialog::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &TagManagerDialog::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TagManagerDialog::updateActions);
    // A change that worked clears the last failure; commands report after reloading.
    connect(m_session, &AnnotationSession::tagsChanged, this, [this] { showError(QString()); });
    connect(m_session, &AnnotationSession::failed, this, &TagManagerDialog::showError);

    if (m_model->rowCount() > 0)
        setCurrentTag(m_model->idAt(0));
    updateActions();
    resize(460, 420);
}

TagManagerDialog::~TagManagerDialog() = default;

qint64 TagManagerDialog::currentTagId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : -1;
}

void TagManagerDialog::setCurrentTag(qint64 tagId)
{
    const int row = m_model->rowOf(tagId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, TagListModel::NameColumn));
}

QString TagManagerDialog::errorText() const
{
    return m_error->text();
}

std::optional<Tag> TagManagerDialog::currentTag() const
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    if (row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->tags().at(row).tag;
}

int TagManagerDialog::currentCount() const
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    return row >= 0 && row < m_model->rowCount() ? m_model->tags().at(row).annotationCount : 0;
}

void TagManagerDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TagManagerDialog::updateActions()
{
    const bool writable = m_session->isAvailable();
    const bool selected = writable && currentTag().has_value();
    m_newButton->setEnabled(writable);
    m_renameButton->setEnabled(selected);
    m_renameAction->setEnabled(selected);
    m_colorButton->setEnabled(selected);
    m_mergeButton->setEnabled(selected && m_model->rowCount() > 1);
    m_deleteButton->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
}

void TagManagerDialog::newTag()
{
    if (!m_session->isAvailable())
        return;
    const QString name = m_askName().trimmed();
    if (name.isEmpty())
        return;
    showError(QString());
    const Tag tag{-1, name, CreateTagCommand::suggestedColor(m_session->tags()), QString()};
    m_session->undoStack()->push(new CreateTagCommand(m_session, tag));
    if (const auto created = TagStore(*m_session->database()).find(name))
        setCurrentTag(created->id);
    m_view->setFocus(Qt::OtherFocusReason);
}

void TagManagerDialog::renameTag()
{
    const auto tag = currentTag();
    if (!tag || !m_session->isAvailable())
        return;
    showError(QString());
    const QModelIndex name = m_model->index(m_model->rowOf(tag->id), TagListModel::NameColumn);
    m_view->setCurrentIndex(name);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(name); // the model renames through the undo stack
}

void TagManagerDialog::recolorTag()
{
    const auto tag = currentTag();
    if (!tag || !m_session->isAvailable())
        return;
    const QColor color = m_askColor(*tag);
    if (!color.isValid())
        return;
    showError(QString());
    m_session->undoStack()->push(
        new RecolorTagCommand(m_session, tag->id, color.name(QColor::HexRgb).toUpper()));
}

void TagManagerDialog::mergeTag()
{
    const auto tag = currentTag();
    if (!tag || !m_session->isAvailable())
        return;
    QList<Tag> others;
    for (const TagUsage &t : m_model->tags()) {
        if (t.tag.id != tag->id)
            others.append(t.tag);
    }
    if (others.isEmpty())
        return;
    const qint64 into = m_askTarget(*tag, others);
    const auto target = m_session->tag(into);
    if (!target || into == tag->id)
        return;
    const int count = currentCount();
    const QString question = tr("Merge “%1” into “%2”? %n annotation(s) tagged “%1” will be tagged “%2” "
                                "instead, and “%1” is deleted.",
                                nullptr, count)
                                 .arg(tag->name, target->name);
    if (!m_confirm(question, tr("Merge")))
        return;
    showError(QString());
    m_session->undoStack()->push(new MergeTagsCommand(m_session, tag->id, into));
    setCurrentTag(into);
}

void TagManagerDialog::deleteTag()
{
    const auto tag = currentTag();
    if (!tag || !m_session->isAvailable())
        return;
    // An unused tag goes without asking: undo brings it back anyway.
    const int count = currentCount();
    const QString question =
        tr("Delete the tag “%1”? It is taken off %n annotation(s).", nullptr, count).arg(tag->name);
    if (count > 0 && !m_confirm(question, tr("Delete")))
        return;
    showError(QString());
    m_session->undoStack()->push(new DeleteTagCommand(m_session, tag->id));
}

} // namespace pizhu
