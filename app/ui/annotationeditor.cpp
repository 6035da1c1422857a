// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationeditor.h"

#include "annotationnoteedit.h"
#include "annotationsession.h"
#include "annotationstore.h"
#include "database.h"
#include "highlightpalette.h"
#include "notelabels.h"
#include "tagchips.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStringListModel>
#include <QTextLayout>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

// The text as it fits in `lines` lines of `width` pixels, with “…” where it is cut.
QString elideToLines(const QString &text, const QFont &font, int width, int lines)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QString shown;
    for (int n = 1;; ++n) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (n == lines) {
            shown += QFontMetrics(font).elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        shown += text.mid(line.textStart(), line.textLength());
    }
    layout.endLayout();
    return shown;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

AnnotationEditor::AnnotationEditor(AnnotationSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_hint(new QLabel(this))
    , m_fields(new QWidget(this))
    , m_quoteBar(new QFrame(m_fields))
    , m_quote(new QLabel(m_fields))
    , m_tags(new QLabel(m_fields))
    , m_tagsButton(new QPushButton(tr("Tags…"), m_fields))
    , m_colors(new QButtonGroup(this))
    , m_note(new AnnotationNoteEdit(m_fields))
    , m_status(new QComboBox(m_fields))
    , m_unit(new QLineEdit(m_fields))
    , m_unitModel(new QStringListModel(this))
    , m_unitCompleter(new QCompleter(m_unitModel, this))
    , m_hasDue(new QCheckBox(m_fields))
    , m_due(new QDateEdit(m_fields))
{
    setObjectName(u"annotationEditor"_s);
    setAccessibleName(tr("Annotation editor"));

    m_hint->setObjectName(u"annotationHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_quoteBar->setFixedWidth(4);
    m_quoteBar->setAutoFillBackground(true);
    m_quote->setObjectName(u"annotationQuote"_s);
    m_quote->setAccessibleName(tr("Highlighted passage"));
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_quote->installEventFilter(this);
    auto *quoteRow = new QHBoxLayout;
    quoteRow->setSpacing(6);
    quoteRow->addWidget(m_quoteBar);
    quoteRow->addWidget(m_quote, 1);

    m_tags->setObjectName(u"annotationTags"_s);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_tags->installEventFilter(this);
    m_tagsButton->setObjectName(u"annotationTagsButton"_s);
    m_tagsButton->setAccessibleName(tr("Choose tags"));
    m_tagsButton->setToolTip(tr("Choose the tags of this annotation (T)"));
    auto *tagsRow = new QHBoxLayout;
    tagsRow->addWidget(m_tags, 1);
    tagsRow->addWidget(m_tagsButton);

    auto *colorRow = new QWidget(m_fields);
    buildColorButtons(colorRow);

    m_note->setObjectName(u"annotationNote"_s);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(
        tr("Write a note. Markdown works: **bold**, *italic*, # heading, - list item, [link](https://…)."));
    auto *noteLabel = new QLabel(tr("Note (Markdown):"), m_fields);
    noteLabel->setBuddy(m_note);

    m_status->setObjectName(u"annotationStatus"_s);
    m_status->setAccessibleName(tr("Commitment status"));
    m_status->addItem(NoteLabels::statusGroupText(CommitmentStatus::None), int(CommitmentStatus::None));
    for (CommitmentStatus status : kCommitmentStatuses)
        m_status->addItem(NoteLabels::statusGroupText(status), int(status));

    m_unit->setObjectName(u"annotationUnit"_s);
    //: 责任单位
    m_unit->setAccessibleName(tr("Responsible unit"));
    m_unit->setPlaceholderText(tr("Department in charge"));
    m_unit->setClearButtonEnabled(true);
    m_unit->installEventFilter(this);
    // Chinese unit names are found by any part: “司法” finds 区司法局.
    m_unitCompleter->setFilterMode(Qt::MatchContains);
    m_unitCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_unitCompleter->setModelSorting(QCompleter::UnsortedModel); // most used first, as stored
    m_unit->setCompleter(m_unitCompleter);

    auto *dueRow = new QWidget(m_fields);
    buildDueRow(dueRow);

    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(quoteRow);
    form->addRow(tr("Tags:"), tagsRow);
    form->addRow(tr("Colour:"), colorRow);
    form->addRow(noteLabel);
    form->addRow(m_note);
    form->addRow(tr("Status:"), m_status);
    //: 责任单位
    form->addRow(tr("Responsible unit:"), m_unit);
    form->addRow(tr("Due:"), dueRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_hint);
    layout->addWidget(m_fields, 1);
    // The keyboard goes through the fields as they are shown, not as they were made.
    QWidget *previous = m_tagsButton;
    for (QAbstractButton *button : m_colors->buttons()) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder({previous, m_note, m_status, m_unit, m_hasDue, m_due});

    m_noteTimer.setSingleShot(true);
    m_noteTimer.setInterval(kNoteSaveDelayMs);
    connect(&m_noteTimer, &QTimer::timeout, this, &AnnotationEditor::saveNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && !m_id.isNull())
            m_noteTimer.start();
    });
    connect(m_note, &AnnotationNoteEdit::focusLost, this, &AnnotationEditor::flush);
    connect(m_note, &AnnotationNoteEdit::undoRequested, this, [this] {
        flush(); // the typing so far is the step to undo
        if (m_session)
            m_session->undoStack()->undo();
    });
    connect(m_note, &AnnotationNoteEdit::redoRequested, this, [this] {
        flush();
        if (m_session)
            m_session->undoStack()->redo();
    });
    connect(m_tagsButton, &QPushButton::clicked, this, [this] {
        flush(); // the note first, so the steps keep their order
        Q_EMIT tagRequested();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_loading || index < 0)
            return;
        const auto status = CommitmentStatus(m_status->itemData(index).toInt());
        save([status](Annotation &a) { a.status = status; }, EditAnnotationCommand::Kind::Commitment);
    });
    connect(m_unit, &QLineEdit::editingFinished, this, &AnnotationEditor::saveUnit);

    if (m_session) {
        connect(m_session, &AnnotationSession::annotationUpdated, this, [this](int row) {
            const auto &all = m_session->annotations();
            if (!m_id.isNull() && row >= 0 && row < all.size() && all.at(row).id == m_id)
                onSessionChanged();
        });
        connect(m_session, &AnnotationSession::annotationRemoved, this, &AnnotationEditor::onSessionChanged);
        connect(m_session, &AnnotationSession::annotationsReset, this, &AnnotationEditor::onSessionChanged);
        connect(m_session, &AnnotationSession::annotationsChanged, this, [this] { m_unitsStale = true; });
        connect(m_session, &AnnotationSession::tagsChanged, this, &AnnotationEditor::showTags);
    }
    load(false);
}

AnnotationEditor::~AnnotationEditor()
{
    if (m_session) {
        // Saving the last keystrokes must not redraw a panel that is going away.
        disconnect(m_session, nullptr, this, nullptr);
        flush();
    }
    // The children outlive this object's members (the timer): they must not call back.
    disconnect(m_note, nullptr, this, nullptr);
    disconnect(m_unit, nullptr, this, nullptr);
    disconnect(m_status, nullptr, this, nullptr);
}

void AnnotationEditor::buildColorButtons(QWidget *row)
{
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (int color = 0; color < HighlightPalette::kCount; ++color) {
        auto *button = new QToolButton(row);
        button->setObjectName(u"annotationColor%1"_s.arg(color));
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_colors->addButton(button, color);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    m_colors->setExclusive(true);
    showColors();
    connect(m_colors, &QButtonGroup::idClicked, this, [this](int color) {
        if (!m_loading)
            save([color](Annotation &a) { a.color = color; }, EditAnnotationCommand::Kind::Color);
    });
    // Staff may rename and recolour the five colours (承诺, 问题 …).
    connect(&HighlightPalette::instance(), &HighlightPalette::changed, this, [this] {
        showColors();
        showQuote();
    });
}

void AnnotationEditor::showColors()
{
    const HighlightPalette &colors = HighlightPalette::instance();
    for (QAbstractButton *button : m_colors->buttons()) {
        const int color = m_colors->id(button);
        button->setIcon(colors.swatch(color));
        button->setToolTip(tr("Colour %1: %2").arg(color + 1).arg(colors.name(color)));
        button->setAccessibleName(tr("Highlight colour %1").arg(colors.name(color)));
    }
}

void AnnotationEditor::buildDueRow(QWidget *row)
{
    m_hasDue->setObjectName(u"annotationHasDue"_s);
    m_hasDue->setAccessibleName(tr("Has a due date"));
    m_hasDue->setToolTip(tr("Give this commitment a due date"));
    m_due->setObjectName(u"annotationDue"_s);
    m_due->setAccessibleName(tr("Due date"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(u"yyyy-MM-dd"_s);
    // Typing a date is one change when it is done, not one per digit.
    m_due->setKeyboardTracking(false);
    m_due->setDate(QDate::currentDate());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hasDue);
    layout->addWidget(m_due, 1);

    connect(m_hasDue, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        const QDate due = on ? m_due->date() : QDate();
        save([due](Annotation &a) { a.due = due; }, EditAnnotationCommand::Kind::Commitment);
    });
    connect(m_due, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_loading || !m_hasDue->isChecked())
            return;
        save([date](Annotation &a) { a.due = date; }, EditAnnotationCommand::Kind::Commitment);
    });
}

void AnnotationEditor::setAnnotation(const QUuid &id)
{
    if (id == m_id && !id.isNull()) {
        load(true);
        return;
    }
    flush();
    m_id = m_session && m_session->annotation(id) ? id : QUuid();
    if (m_unitsStale)
        refreshUnits();
    load(false);
}

void AnnotationEditor::focusNote()
{
    if (!m_id.isNull())
        m_note->setFocus(Qt::ShortcutFocusReason);
}

void AnnotationEditor::flush()
{
    if (m_noteTimer.isActive())
        saveNote();
    saveUnit();
}

void AnnotationEditor::onSessionChanged()
{
    if (m_id.isNull())
        return;
    if (!m_session || !m_session->annotation(m_id)) {
        // Removed (or another report): what was being typed has nowhere to go.
        m_noteTimer.stop();
        m_id = QUuid();
        load(false);
        return;
    }
    load(true);
}

void AnnotationEditor::load(bool sameAnnotation)
{
    QScopedValueRollback loading(m_loading, true);
    const Annotation *a = m_session && !m_id.isNull() ? m_session->annotation(m_id) : nullptr;
    const bool editable = a && m_session->isAvailable();
    setFieldsEnabled(a != nullptr, editable);
    if (!a) {
        m_noteTimer.stop();
        m_storedNote.clear();
        m_note->setPlainText(QString());
        m_status->setCurrentIndex(0);
        m_unit->clear();
        m_hasDue->setChecked(false);
        m_due->setDate(QDate::currentDate());
        if (QAbstractButton *checked = m_colors->checkedButton()) {
            m_colors->setExclusive(false); // an exclusive group cannot be left with none checked
            checked->setChecked(false);
            m_colors->setExclusive(true);
        }
        showQuote();
        showTags();
        showOverdue();
        return;
    }

    showQuote();
    showTags();
    if (QAbstractButton *button = m_colors->button(a->color))
        button->setChecked(true);

    if (!sameAnnotation) {
        m_noteTimer.stop();
        m_note->setPlainText(a->note);
        m_note->moveCursor(QTextCursor::End); // ready to go on writing
    } else if (a->note != m_storedNote) {
        // Changed elsewhere (undo, redo, another window): that wins over unsaved typing.
        m_noteTimer.stop();
        m_note->replaceText(a->note);
    } // else: our own save, or another field changed; the text being typed stays
    m_storedNote = a->note;

    m_status->setCurrentIndex(qMax(0, m_status->findData(int(a->status))));
    if (!sameAnnotation || !m_unit->isModified())
        m_unit->setText(a->responsibleUnit);
    m_hasDue->setChecked(a->due.isValid());
    m_due->setEnabled(editable && a->due.isValid());
    m_due->setDate(a->due.isValid() ? a->due : QDate::currentDate());
    showOverdue();
}

void AnnotationEditor::setFieldsEnabled(bool hasAnnotation, bool editable)
{
    if (!hasAnnotation)
        m_hint->setText(tr("Select a highlight to write its note and track its commitment."));
    else if (!editable)
        m_hint->setText(tr("The annotation file is read-only: annotations can be read, not changed."));
    m_hint->setVisible(!hasAnnotation || !editable);
    m_fields->setEnabled(hasAnnotation);
    // Read-only, not disabled: the note can still be selected and copied.
    m_note->setReadOnly(!editable);
    m_unit->setReadOnly(!editable);
    m_status->setEnabled(editable);
    m_tagsButton->setEnabled(editable);
    m_hasDue->setEnabled(editable);
    m_due->setEnabled(editable && m_hasDue->isChecked());
    for (QAbstractButton *button : m_colors->buttons())
        button->setEnabled(editable);
}

bool AnnotationEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (watched == m_quote)
            showQuote();
        else if (watched == m_tags)
            showTags();
    } else if (event->type() == QEvent::FocusIn && watched == m_unit && m_unitsStale) {
        refreshUnits();
    }
    return QWidget::eventFilter(watched, event);
}

void AnnotationEditor::showQuote()
{
    const Annotation *a = m_session && !m_id.isNull() ? m_session->annotation(m_id) : nullptr;
    m_quoteBar->setVisible(a != nullptr);
    m_quote->setVisible(a != nullptr);
    if (!a) {
        m_quote->clear();
        m_quote->setToolTip(QString());
        return;
    }
    QPalette bar = m_quoteBar->palette();
    bar.setColor(QPalette::Window, HighlightPalette::instance().solidColor(a->color));
    m_quoteBar->setPalette(bar);
    // A passage over several paragraphs reads as one line of quotation.
    const QString quote = u"“"_s + a->anchor.exact.simplified() + u"”"_s;
    const int width = m_quote->contentsRect().width();
    m_quote->setText(elideToLines(quote, m_quote->font(), width > 20 ? width : 280, kQuoteLines));
    m_quote->setToolTip(a->anchor.headingPath.isEmpty() ? QString() : a->anchor.headingPath);
    m_quote->setAccessibleDescription(quote);
}

void AnnotationEditor::showTags()
{
    const Annotation *a = m_session && !m_id.isNull() ? m_session->annotation(m_id) : nullptr;
    const QList<Tag> tags = a ? m_session->tagsOf(*a) : QList<Tag>();
    QStringList names;
    for (const Tag &t : std::as_const(tags))
        names << t.name;
    const QString list = QLocale().createSeparatedList(names);
    m_tags->setToolTip(list);
    m_tags->setAccessibleDescription(list);
    if (tags.isEmpty()) {
        m_tags->setForegroundRole(QPalette::PlaceholderText);
        m_tags->setText(a ? tr("No tags") : QString());
        return;
    }
    m_tags->setForegroundRole(QPalette::WindowText);
    // Chips that do not fit are left out; the tooltip names them all.
    const QSize needed = TagChips::size(tags, font());
    const int width = qMax(1, qMin(needed.width(), m_tags->contentsRect().width()));
    const qreal ratio = devicePixelRatioF();
    QPixmap chips(QSize(width, needed.height()) * ratio);
    chips.setDevicePixelRatio(ratio);
    chips.fill(Qt::transparent);
    QPainter painter(&chips);
    TagChips::paint(&painter, QRect(0, 0, width, needed.height()), tags, font());
    painter.end();
    m_tags->setMinimumHeight(needed.height());
    m_tags->setPixmap(chips);
}

void AnnotationEditor::showOverdue()
{
    const Annotation *a = m_session && !m_id.isNull() ? m_session->annotation(m_id) : nullptr;
    const bool overdue
        = a && a->due.isValid() && a->due < QDate::currentDate() && a->status != CommitmentStatus::Done;
    m_due->setProperty("overdue", overdue);
    if (overdue) {
        QPalette warning = m_due->palette();
        const QColor red = isDark(palette()) ? QColor(0xEF, 0x9A, 0x9A) : QColor(0xC6, 0x28, 0x28);
        warning.setColor(QPalette::Text, red);
        m_due->setPalette(warning);
        m_due->setToolTip(tr("Overdue: the due date has passed and the commitment is not done."));
    } else {
        m_due->setPalette(QPalette()); // back to the panel's colours
        m_due->setToolTip(QString());
    }
}

void AnnotationEditor::refreshUnits()
{
    Database *db = m_session ? m_session->database() : nullptr;
    m_unitModel->setStringList(db ? AnnotationStore(*db).responsibleUnits() : QStringList());
    m_unitsStale = false;
}

void AnnotationEditor::saveNote()
{
    m_noteTimer.stop();
    if (m_loading || !m_session || m_id.isNull())
        return;
    const Annotation *a = m_session->annotation(m_id);
    if (!a)
        return;
    Annotation changed = *a;
    changed.note = m_note->toPlainText();
    // Set first: the session tells us about the change before edit() returns.
    m_storedNote = changed.note;
    if (!m_session->edit(changed, EditAnnotationCommand::Kind::Note))
        m_storedNote = a->note;
}

void AnnotationEditor::saveUnit()
{
    if (m_loading || !m_session || m_id.isNull())
        return;
    const Annotation *a = m_session->annotation(m_id);
    const QString unit = m_unit->text().trimmed();
    m_unit->setModified(false);
    if (!a || unit == a->responsibleUnit)
        return;
    save([unit](Annotation &changed) { changed.responsibleUnit = unit; },
         EditAnnotationCommand::Kind::Commitment);
}

void AnnotationEditor::save(const std::function<void(Annotation &)> &change, EditAnnotationCommand::Kind kind)
{
    if (m_loading || !m_session || m_id.isNull())
        return;
    // Pending typing is its own, earlier step.
    if (kind != EditAnnotationCommand::Kind::Note && m_noteTimer.isActive())
        saveNote();
    const Annotation *a = m_session->annotation(m_id);
    if (!a)
        return;
    Annotation changed = *a;
    change(changed);
    if (!m_session->edit(changed, kind))
        load(true); // refused (read-only) or no change: show what is stored
}

} // namespace pizhu
