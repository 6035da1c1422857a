// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagpicker.h"

#include "annotationsession.h"
#include "createtagcommand.h"
#include "database.h"
#include "taglistmodel.h"
#include "tagstore.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QScreen>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color.isValid() ? color : QColor(Qt::gray));
    return QIcon(pixmap);
}

} // namespace

TagPicker::TagPicker(AnnotationSession *session, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_session(session)
    , m_model(new TagListModel(session, this))
    , m_title(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_completer(new QCompleter(m_model, this))
    , m_list(new QListWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"tagPicker"_s);
    setAccessibleName(tr("Tag Annotation"));
    setFrameStyle(QFrame::StyledPanel | QFrame::Raised);

    m_title->setObjectName(u"tagPickerTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_edit->setObjectName(u"tagNameEdit"_s);
    m_edit->setAccessibleName(tr("Tag name"));
    m_edit->setPlaceholderText(tr("Tag name, then Enter"));
    m_edit->setClearButtonEnabled(true);
    m_completer->setCompletionColumn(TagListModel::NameColumn);
    m_completer->setCompletionRole(Qt::DisplayRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains); // 承 finds 承诺, 标 finds 指标
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_edit->setCompleter(m_completer);
    m_list->setObjectName(u"tagList"_s);
    m_list->setAccessibleName(tr("Tags of the annotation"));
    m_list->setUniformItemSizes(true);
    m_error->setObjectName(u"tagPickerError"_s);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    resize(260, 300);

    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        // A completion chosen in the popup arrives through activated(), just after this.
        const QAbstractItemView *completions = m_completer->popup();
        if (completions->isVisible() && completions->currentIndex().isValid())
            return;
        assignTyped(completed(m_edit->text()));
    });
    // Queued: the line edit connects to activated() on focus, after us, and its
    // setText() would put back the name we clear.
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TagPicker::assignTyped,
            Qt::QueuedConnection);
    connect(m_list, &QListWidget::itemChanged, this, &TagPicker::toggle);
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(m_session, &AnnotationSession::tagsChanged, this, &TagPicker::refresh);
    connect(m_session, &AnnotationSession::annotationUpdated, this, &TagPicker::refresh);
    connect(m_session, &AnnotationSession::annotationRemoved, this, &TagPicker::refresh);
    connect(m_session, &AnnotationSession::annotationInserted, this, &TagPicker::refresh);
    connect(m_session, &AnnotationSession::annotationsReset, this, &TagPicker::refresh);
    connect(m_session, &AnnotationSession::failed, this, [this](const QString &message) {
        if (isVisible())
            showError(message);
    });
    refresh();
}

TagPicker::~TagPicker() = default;

void TagPicker::setAnnotation(const QUuid &id)
{
    m_annotation = id;
    showError(QString());
    refresh();
}

void TagPicker::popup(const QPoint &globalPos)
{
    refresh();
    m_edit->clear();
    showError(QString());
    const QScreen *screen = QGuiApplication::screenAt(globalPos);
    const QRect available = (screen ? screen : this->screen())->availableGeometry();
    QPoint at = globalPos;
    at.setX(qMax(available.left(), qMin(at.x(), available.right() - width())));
    at.setY(qMax(available.top(), qMin(at.y(), available.bottom() - height())));
    move(at);
    show();
    raise();
    activateWindow();
    m_edit->setFocus(Qt::PopupFocusReason);
}

QString TagPicker::errorText() const
{
    return m_error->text();
}

bool TagPicker::assign(AnnotationSession *session, const QUuid &annotation, const QString &name,
                       QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString trimmed = name.trimmed();
    const Annotation *current = session->annotation(annotation);
    if (!current || trimmed.isEmpty())
        return refuse(QString());
    if (!session->isAvailable())
        return refuse(tr("Annotations are off: %1").arg(session->error()));
    TagStore tags(*session->database());
    if (const auto existing = tags.find(trimmed)) {
        if (current->tagIds.contains(existing->id))
            return refuse(QString()); // has it already
        Annotation changed = *current;
        changed.tagIds.append(existing->id);
        return session->edit(changed, EditAnnotationCommand::Kind::Tags);
    }
    // Asked before the step begins: a refused name must not leave an empty step behind.
    const auto checked = tags.checkName(trimmed);
    if (!checked)
        return refuse(checked.error().message);
    QUndoStack *stack = session->undoStack();
    const QString quote = current->anchor.exact.left(12);
    stack->beginMacro(tr("Tag “%1” as New “%2”").arg(quote, checked.value()));
    stack->push(new CreateTagCommand(
        session, Tag{-1, checked.value(), CreateTagCommand::suggestedColor(session->tags()), QString()}));
    const auto created = tags.find(checked.value());
    if (created) {
        Annotation changed = *session->annotation(annotation);
        changed.tagIds.append(created->id);
        session->edit(changed, EditAnnotationCommand::Kind::Tags);
    }
    stack->endMacro();
    if (!created) {
        // The file refused it (the failure is reported): take the empty step off the stack again.
        const_cast<QUndoCommand *>(stack->command(stack->index() - 1))->setObsolete(true);
        stack->undo();
        return false;
    }
    return true;
}

QString TagPicker::completed(const QString &typed) const
{
    // Enter on 承 means 承诺 when that is the only tag it can mean; a name
    // that is a tag's, or part of several, stays as typed (a new tag).
    const QString name = typed.trimmed();
    if (name.isEmpty())
        return typed;
    QString only;
    for (const TagUsage &t : m_session->tags()) {
        if (t.tag.name.compare(name, Qt::CaseInsensitive) == 0)
            return typed;
        if (t.tag.name.contains(name, Qt::CaseInsensitive)) {
            if (!only.isEmpty())
                return typed;
            only = t.tag.name;
        }
    }
    return only.isEmpty() ? typed : only;
}

void TagPicker::assignTyped(const QString &typed)
{
    const QString name = typed.trimmed();
    if (name.isEmpty()) {
        close();
        return;
    }
    showError(QString());
    QString why;
    if (assign(m_session, m_annotation, name, &why) || why.isEmpty())
        m_edit->clear();
    else
        showError(why);
}

void TagPicker::toggle(QListWidgetItem *item)
{
    const Annotation *current = m_session->annotation(m_annotation);
    if (m_refreshing || !current)
        return;
    const qint64 id = item->data(TagIdRole).toLongLong();
    Annotation changed = *current;
    if (item->checkState() == Qt::Checked) {
        if (!changed.tagIds.contains(id))
            changed.tagIds.append(id);
    } else {
        changed.tagIds.removeAll(id);
    }
    showError(QString());
    if (changed.tagIds != current->tagIds)
        m_session->edit(changed, EditAnnotationCommand::Kind::Tags);
    refresh(); // a refused change ticks the box back
}

void TagPicker::refresh()
{
    const Annotation *current = m_session->annotation(m_annotation);
    const bool usable = current && m_session->isAvailable();
    m_edit->setEnabled(usable);
    m_list->setEnabled(usable);
    if (current) {
        const QString quote = current->anchor.exact;
        m_title->setText(tr("Tags of “%1”").arg(quote.size() > 16 ? quote.left(15) + u'…' : quote));
    } else {
        m_title->setText(tr("Select an annotation to tag it."));
    }

    const QList<TagUsage> &tags = m_session->tags();
    m_refreshing = true;
    bool same = m_list->count() == tags.size();
    for (int i = 0; same && i < tags.size(); ++i)
        same = m_list->item(i)->data(TagIdRole).toLongLong() == tags.at(i).tag.id;
    if (!same) {
        // Rebuilt only when tags came or went; ticking changes items in place.
        m_list->clear();
        for (const TagUsage &t : tags) {
            auto *item = new QListWidgetItem(m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setData(TagIdRole, t.tag.id);
        }
    }
    for (int i = 0; i < tags.size(); ++i) {
        const Tag &tag = tags.at(i).tag;
        QListWidgetItem *item = m_list->item(i);
        item->setText(tag.name);
        if (item->data(ColorRole).toString() != tag.color) {
            item->setData(ColorRole, tag.color);
            item->setIcon(swatch(QColor::fromString(tag.color)));
        }
        item->setCheckState(current && current->tagIds.contains(tag.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_refreshing = false;
}

void TagPicker::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TagPicker::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Cancel)) {
        close();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace pizhu
