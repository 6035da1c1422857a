// SPDX-License-Identifier: GPL-3.0-or-later
// The annotation editor against a real annotation file: typing, pausing,
// switching and closing all end up in the file, as one undo step per change.
#include "annotationeditor.h"
#include "annotationnoteedit.h"
#include "annotationsession.h"
#include "annotationstore.h"
#include "database.h"
#include "reportreader.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {
const QString kFirstQuote = u"“一网通办”率达97.1%"_s;
const QString kSecondQuote = u"全面清理区级行政规范性文件152个"_s;
// Long enough for the editor's debounce to fire.
constexpr int kPastDebounce = AnnotationEditor::kNoteSaveDelayMs + 250;

// QTest::keyClicks types Latin-1 only: this types Chinese too, one key press a character.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(widget, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}
} // namespace

class AnnotationEditorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void nothingSelected();
    void showsTheAnnotation();
    void typingIsSavedAfterAPause();
    void typingIsOneUndoStep();
    void undoKeyInTheNote();
    void switchingSavesPendingNote();
    void focusOutAndClosingSavePendingNote();
    void commitmentFieldsAreUndoable();
    void colourIsUndoable();
    void unitCompletionOffersEarlierUnits();
    void removedAnnotationClearsEditor();
    void changesElsewhereAreShownNotSaved();
    void markdownIsHighlighted();
    void overdueIsWarned();
    void tagsShownAndRequested();
    void readOnlyFile();

private:
    QString dbPath() const { return m_dir->filePath(u"annotations.sqlite"_s); }
    // What the file holds, through a connection of its own.
    Annotation stored(const QUuid &id) const;
    QUuid highlight(const QString &quote, int color = 0);
    template<typename T>
    T *part(const char *name) const
    {
        return m_editor->findChild<T *>(QString::fromLatin1(name));
    }
    AnnotationNoteEdit *note() const { return part<AnnotationNoteEdit>("annotationNote"); }
    QUndoStack *undo() const { return m_session->undoStack(); }

    Report m_report;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AnnotationSession> m_session;
    std::unique_ptr<AnnotationEditor> m_editor;
    QUuid m_first;
    QUuid m_second;
};

void AnnotationEditorTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto report
        = ReportReader::read(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"));
    QVERIFY(report);
    m_report = report.value();
}

void AnnotationEditorTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<AnnotationSession>();
    QVERIFY(m_session->openDatabase(dbPath()));
    m_session->setReport(m_report);
    QVERIFY(m_session->isAvailable());
    m_first = highlight(kFirstQuote);
    m_second = highlight(kSecondQuote, 2);
    QVERIFY(!m_first.isNull() && !m_second.isNull());
    undo()->clear();
    m_editor = std::make_unique<AnnotationEditor>(m_session.get());
    m_editor->resize(320, 640);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void AnnotationEditorTest::cleanup()
{
    m_editor.reset();
    m_session.reset();
    m_dir.reset();
}

Annotation AnnotationEditorTest::stored(const QUuid &id) const
{
    auto db = Database::open(dbPath(), Database::OpenMode::ReadOnly);
    if (!db)
        return {};
    return AnnotationStore(*db.value()).get(id).value_or(Annotation());
}

QUuid AnnotationEditorTest::highlight(const QString &quote, int color)
{
    const qsizetype at = m_report.canonicalText.indexOf(quote);
    return at < 0 ? QUuid() : m_session->addHighlight(at, at + quote.size(), color);
}

void AnnotationEditorTest::nothingSelected()
{
    QVERIFY(m_editor->annotationId().isNull());
    QVERIFY(part<QLabel>("annotationHint")->isVisible());
    QVERIFY(!note()->isEnabled());
    QVERIFY(!part<QComboBox>("annotationStatus")->isEnabled());
    QVERIFY(!part<QPushButton>("annotationTagsButton")->isEnabled());
    m_editor->setAnnotation(QUuid::createUuid()); // not in the session
    QVERIFY(m_editor->annotationId().isNull());
    QVERIFY(!note()->isEnabled());
    m_editor->setAnnotation(m_first);
    QCOMPARE(m_editor->annotationId(), m_first);
    QVERIFY(!part<QLabel>("annotationHint")->isVisible());
    QVERIFY(note()->isEnabled() && !note()->isReadOnly());
    m_editor->setAnnotation(QUuid());
    QVERIFY(m_editor->annotationId().isNull());
    QVERIFY(!note()->isEnabled());
    QVERIFY(part<QLabel>("annotationHint")->isVisible());
    QCOMPARE(undo()->count(), 0);
}

void AnnotationEditorTest::showsTheAnnotation()
{
    Annotation a = *m_session->annotation(m_second);
    a.note = u"**持续跟踪**"_s;
    a.status = CommitmentStatus::Unfulfilled;
    a.responsibleUnit = u"区司法局"_s;
    a.due = QDate(2030, 12, 31);
    QVERIFY(m_session->edit(a, EditAnnotationCommand::Kind::Commitment));
    m_editor->setAnnotation(m_second);
    QVERIFY(part<QLabel>("annotationQuote")->text().contains(kSecondQuote));
    QVERIFY(part<QToolButton>("annotationColor2")->isChecked());
    QVERIFY(!part<QToolButton>("annotationColor0")->isChecked());
    QCOMPARE(note()->toPlainText(), a.note);
    auto *status = part<QComboBox>("annotationStatus");
    QCOMPARE(status->count(), 6);
    QCOMPARE(CommitmentStatus(status->currentData().toInt()), CommitmentStatus::Unfulfilled);
    QCOMPARE(part<QLineEdit>("annotationUnit")->text(), a.responsibleUnit);
    QVERIFY(part<QCheckBox>("annotationHasDue")->isChecked());
    QCOMPARE(part<QDateEdit>("annotationDue")->date(), a.due);
    QVERIFY(!part<QDateEdit>("annotationDue")->property("overdue").toBool());
    // A long quote is cut to a few lines.
    const QString para = m_report.canonicalText.mid(m_report.canonicalText.indexOf(kSecondQuote) - 200, 600);
    const QUuid longOne = highlight(para);
    QVERIFY(!longOne.isNull());
    m_editor->setAnnotation(longOne);
    const QString shown = part<QLabel>("annotationQuote")->text();
    QVERIFY2(shown.size() < 300 && shown.endsWith(u"…"_s), qPrintable(shown));
}

void AnnotationEditorTest::typingIsSavedAfterAPause()
{
    m_editor->setAnnotation(m_first);
    const QString text = u"持续跟踪 follow-up"_s;
    typeText(note(), text);
    QCOMPARE(note()->toPlainText(), text);
    QVERIFY(stored(m_first).note.isEmpty()); // not yet: saving waits for a pause
    QCOMPARE(undo()->count(), 0);
    QTRY_COMPARE(stored(m_first).note, text);
    QCOMPARE(m_session->annotation(m_first)->note, text);
    QCOMPARE(undo()->count(), 1);
    QCOMPARE(note()->toPlainText(), text); // the save did not disturb the editor
    QCOMPARE(note()->textCursor().position(), int(text.size()));
}

void AnnotationEditorTest::typingIsOneUndoStep()
{
    m_editor->setAnnotation(m_first);
    // Three bursts with pauses: three saves, one step.
    typeText(note(), u"承诺"_s);
    QTest::qWait(kPastDebounce);
    QCOMPARE(stored(m_first).note, u"承诺"_s);
    typeText(note(), u"已部分兑现"_s);
    QTest::qWait(kPastDebounce);
    QTest::keyClick(note(), Qt::Key_Return);
    typeText(note(), u"- 待核实"_s);
    QTest::keyClick(note(), Qt::Key_Backspace);
    typeText(note(), u"实!"_s);
    const QString text = u"承诺已部分兑现\n- 待核实!"_s;
    QTRY_COMPARE(stored(m_first).note, text);
    QCOMPARE(undo()->count(), 1);

    undo()->undo();
    QCOMPARE(stored(m_first).note, QString());
    QCOMPARE(note()->toPlainText(), QString());
    undo()->redo();
    QCOMPARE(stored(m_first).note, text);
    QCOMPARE(note()->toPlainText(), text);
    QTest::qWait(kPastDebounce);
    QCOMPARE(undo()->count(), 1); // showing undo and redo made no edits
    QCOMPARE(undo()->index(), 1);
}

void AnnotationEditorTest::undoKeyInTheNote()
{
    m_editor->setAnnotation(m_first);
    QTest::keyClicks(note(), u"abc"_s);
    // Undo before the pause: the typing is saved, then undone as a whole.
    QTest::keyClick(note(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(note()->toPlainText(), QString());
    QCOMPARE(stored(m_first).note, QString());
    QVERIFY(undo()->canRedo());
    QTest::keyClick(note(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(note()->toPlainText(), u"abc"_s);
    QCOMPARE(stored(m_first).note, u"abc"_s);
    QCOMPARE(undo()->count(), 1);
}

void AnnotationEditorTest::switchingSavesPendingNote()
{
    m_editor->setAnnotation(m_first);
    typeText(note(), u"未写完"_s);
    m_editor->setAnnotation(m_second); // no pause
    QCOMPARE(stored(m_first).note, u"未写完"_s);
    QCOMPARE(m_editor->annotationId(), m_second);
    QCOMPARE(note()->toPlainText(), QString());
    QTest::qWait(kPastDebounce);
    QCOMPARE(stored(m_second).note, QString()); // the first note did not leak into the second
    QCOMPARE(undo()->count(), 1);
    m_editor->setAnnotation(m_first);
    QCOMPARE(note()->toPlainText(), u"未写完"_s);

    // flush() saves at once too.
    typeText(note(), u"。"_s);
    m_editor->flush();
    QCOMPARE(stored(m_first).note, u"未写完。"_s);
    QCOMPARE(undo()->count(), 1); // merged with the typing before
}

void AnnotationEditorTest::focusOutAndClosingSavePendingNote()
{
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    m_editor->setAnnotation(m_first);
    m_editor->focusNote();
    QVERIFY(note()->hasFocus());
    typeText(note(), u"离开时保存"_s);
    part<QLineEdit>("annotationUnit")->setFocus();
    QCOMPARE(stored(m_first).note, u"离开时保存"_s);

    m_editor->setAnnotation(m_second);
    typeText(note(), u"关闭时保存"_s);
    m_editor.reset();
    QCOMPARE(stored(m_second).note, u"关闭时保存"_s);
    QCOMPARE(undo()->count(), 2);
}

void AnnotationEditorTest::commitmentFieldsAreUndoable()
{
    m_editor->setAnnotation(m_first);
    auto *status = part<QComboBox>("annotationStatus");
    auto *unit = part<QLineEdit>("annotationUnit");
    auto *hasDue = part<QCheckBox>("annotationHasDue");
    auto *due = part<QDateEdit>("annotationDue");
    QVERIFY(!due->isEnabled());

    status->setCurrentIndex(status->findData(int(CommitmentStatus::InProgress)));
    QCOMPARE(stored(m_first).status, CommitmentStatus::InProgress);
    QCOMPARE(undo()->count(), 1);

    typeText(unit, u" 区司法局 "_s);
    QTest::keyClick(unit, Qt::Key_Return);
    QCOMPARE(stored(m_first).responsibleUnit, u"区司法局"_s);
    QCOMPARE(undo()->count(), 2);

    hasDue->click();
    QVERIFY(due->isEnabled());
    QCOMPARE(stored(m_first).due, QDate::currentDate());
    QCOMPARE(undo()->count(), 3);
    due->setDate(QDate(2025, 6, 30));
    QCOMPARE(stored(m_first).due, QDate(2025, 6, 30));
    QCOMPARE(undo()->count(), 4);
    QVERIFY(due->property("overdue").toBool() || QDate::currentDate() <= QDate(2025, 6, 30));

    undo()->undo();
    QCOMPARE(stored(m_first).due, QDate::currentDate());
    QCOMPARE(due->date(), QDate::currentDate());
    undo()->undo();
    QVERIFY(!stored(m_first).due.isValid());
    QVERIFY(!hasDue->isChecked());
    QVERIFY(!due->isEnabled());
    undo()->undo();
    QCOMPARE(stored(m_first).responsibleUnit, QString());
    QCOMPARE(unit->text(), QString());
    undo()->undo();
    QCOMPARE(stored(m_first).status, CommitmentStatus::None);
    QCOMPARE(CommitmentStatus(status->currentData().toInt()), CommitmentStatus::None);
    QCOMPARE(undo()->count(), 4); // showing the undone values made no edits
    undo()->redo();
    QCOMPARE(CommitmentStatus(status->currentData().toInt()), CommitmentStatus::InProgress);

    // A change in a field saves the note being typed first, as its own step.
    typeText(note(), u"先记下"_s);
    status->setCurrentIndex(status->findData(int(CommitmentStatus::Done)));
    QCOMPARE(undo()->count(), 3); // the redo stack went; note, then status
    QCOMPARE(stored(m_first).note, u"先记下"_s);
    QCOMPARE(stored(m_first).status, CommitmentStatus::Done);
    undo()->undo();
    QCOMPARE(stored(m_first).note, u"先记下"_s);
    QCOMPARE(stored(m_first).status, CommitmentStatus::InProgress);
}

void AnnotationEditorTest::colourIsUndoable()
{
    m_editor->setAnnotation(m_first);
    QVERIFY(part<QToolButton>("annotationColor0")->isChecked());
    part<QToolButton>("annotationColor3")->click();
    QCOMPARE(stored(m_first).color, 3);
    QCOMPARE(m_session->annotation(m_first)->color, 3);
    QVERIFY(part<QToolButton>("annotationColor3")->isChecked());
    undo()->undo();
    QCOMPARE(stored(m_first).color, 0);
    QVERIFY(part<QToolButton>("annotationColor0")->isChecked());
    QVERIFY(!part<QToolButton>("annotationColor3")->isChecked());
    QCOMPARE(undo()->count(), 1);
}

void AnnotationEditorTest::unitCompletionOffersEarlierUnits()
{
    const QUuid third = highlight(u"政府机构职能高效协同"_s);
    QVERIFY(!third.isNull());
    auto *unit = part<QLineEdit>("annotationUnit");
    const auto enter = [&](const QUuid &id, const QString &name) {
        m_editor->setAnnotation(id);
        unit->clear();
        typeText(unit, name);
        unit->completer()->popup()->hide(); // Return goes to the popup while it shows
        QTest::keyClick(unit, Qt::Key_Return);
    };
    enter(m_first, u"区市场监管局"_s);
    enter(m_second, u"区司法局"_s);
    enter(third, u"区司法局"_s);
    QCOMPARE(stored(third).responsibleUnit, u"区司法局"_s);

    m_editor->setAnnotation(m_first);
    unit->clear();
    typeText(unit, u"区"_s);
    QCompleter *completer = unit->completer();
    QVERIFY(completer);
    QCOMPARE(completer->completionCount(), 2);
    QCOMPARE(completer->currentCompletion(), u"区司法局"_s); // the most used first
    unit->clear();
    typeText(unit, u"监管"_s); // any part of the name
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), u"区市场监管局"_s);
}

void AnnotationEditorTest::removedAnnotationClearsEditor()
{
    m_editor->setAnnotation(m_first);
    typeText(note(), u"将被删除"_s);
    QVERIFY(m_session->remove({m_first}));
    QVERIFY(m_editor->annotationId().isNull());
    QCOMPARE(note()->toPlainText(), QString());
    QVERIFY(!note()->isEnabled());
    QVERIFY(part<QLabel>("annotationHint")->isVisible());
    QTest::qWait(kPastDebounce); // the pending note has nowhere to go
    QCOMPARE(undo()->count(), 1);
    undo()->undo(); // back in the list, not in the editor
    QVERIFY(m_session->annotation(m_first));
    QVERIFY(m_editor->annotationId().isNull());

    // Another report: nothing of the old one stays.
    m_editor->setAnnotation(m_second);
    m_session->clear();
    QVERIFY(m_editor->annotationId().isNull());
    QVERIFY(part<QLabel>("annotationQuote")->text().isEmpty());
}

void AnnotationEditorTest::changesElsewhereAreShownNotSaved()
{
    Annotation a = *m_session->annotation(m_first);
    a.note = u"第一行\n第二行"_s;
    QVERIFY(m_session->edit(a, EditAnnotationCommand::Kind::Note));
    undo()->clear();
    m_editor->setAnnotation(m_first);
    QTextCursor c = note()->textCursor();
    c.setPosition(2);
    note()->setTextCursor(c);
    // Another part of the window changes the note: shown, cursor kept, no edit of ours.
    a.note = u"第一行\n第二行\n第三行"_s;
    QVERIFY(m_session->edit(a, EditAnnotationCommand::Kind::Note));
    QCOMPARE(note()->toPlainText(), a.note);
    QCOMPARE(note()->textCursor().position(), 2);
    QTest::qWait(kPastDebounce);
    QCOMPARE(undo()->count(), 1);

    // Typing is not lost when something else of the annotation changes meanwhile.
    note()->moveCursor(QTextCursor::End);
    typeText(note(), u"。"_s);
    Annotation recoloured = *m_session->annotation(m_first);
    recoloured.color = 4;
    QVERIFY(m_session->edit(recoloured, EditAnnotationCommand::Kind::Color));
    QVERIFY(part<QToolButton>("annotationColor4")->isChecked());
    QCOMPARE(note()->toPlainText(), a.note + u"。"_s);
    QTRY_COMPARE(stored(m_first).note, a.note + u"。"_s);
    QCOMPARE(stored(m_first).color, 4);
    QCOMPARE(undo()->count(), 3);

    // Another instance changed the file: reloading shows it.
    {
        auto db = Database::open(dbPath());
        QVERIFY(db);
        Annotation other = *AnnotationStore(*db.value()).get(m_first);
        other.responsibleUnit = u"区城管局"_s;
        other.note = u"另一个窗口写的"_s;
        QVERIFY(AnnotationStore(*db.value()).update(other).ok());
    }
    m_session->reload();
    QCOMPARE(m_editor->annotationId(), m_first);
    QCOMPARE(note()->toPlainText(), u"另一个窗口写的"_s);
    QCOMPARE(part<QLineEdit>("annotationUnit")->text(), u"区城管局"_s);
    QTest::qWait(kPastDebounce);
    QCOMPARE(stored(m_first).note, u"另一个窗口写的"_s);
}

void AnnotationEditorTest::markdownIsHighlighted()
{
    QVERIFY(note()->hasMarkdownDefinition());
    m_editor->setAnnotation(m_first);
    typeText(note(), u"# 标题"_s);
    QTest::keyClick(note(), Qt::Key_Return);
    typeText(note(), u"正文"_s);
    const QTextBlock heading = note()->document()->firstBlock();
    QCOMPARE(heading.text(), u"# 标题"_s);
    QTRY_VERIFY(!heading.layout()->formats().isEmpty());
    const QTextCharFormat format = heading.layout()->formats().constFirst().format;
    QVERIFY(format.foreground().style() != Qt::NoBrush || format.fontWeight() > QFont::Normal);
}

void AnnotationEditorTest::overdueIsWarned()
{
    Annotation a = *m_session->annotation(m_first);
    a.status = CommitmentStatus::InProgress;
    a.due = QDate::currentDate().addDays(-1);
    QVERIFY(m_session->edit(a, EditAnnotationCommand::Kind::Commitment));
    m_editor->setAnnotation(m_first);
    auto *due = part<QDateEdit>("annotationDue");
    const QColor normal = part<QLineEdit>("annotationUnit")->palette().color(QPalette::Text);
    QVERIFY(due->property("overdue").toBool());
    QVERIFY(due->palette().color(QPalette::Text) != normal);
    QVERIFY(!due->toolTip().isEmpty());
    auto *status = part<QComboBox>("annotationStatus");
    status->setCurrentIndex(status->findData(int(CommitmentStatus::Done)));
    QVERIFY(!due->property("overdue").toBool());
    QCOMPARE(due->palette().color(QPalette::Text), normal);
    undo()->undo();
    QVERIFY(due->property("overdue").toBool());
    due->setDate(QDate::currentDate().addDays(30));
    QVERIFY(!due->property("overdue").toBool());
}

void AnnotationEditorTest::tagsShownAndRequested()
{
    QVERIFY(m_session->tags().size() >= 2);
    const Tag one = m_session->tags().at(0).tag;
    const Tag two = m_session->tags().at(1).tag;
    m_editor->setAnnotation(m_first);
    auto *tags = part<QLabel>("annotationTags");
    QVERIFY(tags->pixmap().isNull());
    Annotation a = *m_session->annotation(m_first);
    a.tagIds = {one.id, two.id};
    QVERIFY(m_session->edit(a, EditAnnotationCommand::Kind::Tags));
    QVERIFY(!tags->pixmap().isNull());
    QVERIFY(tags->toolTip().contains(one.name));
    QVERIFY(tags->toolTip().contains(two.name));

    QSignalSpy requested(m_editor.get(), &AnnotationEditor::tagRequested);
    typeText(note(), u"先存"_s);
    part<QPushButton>("annotationTagsButton")->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(stored(m_first).note, u"先存"_s); // saved before the picker edits the tags
}

void AnnotationEditorTest::readOnlyFile()
{
    Annotation a = *m_session->annotation(m_first);
    a.note = u"只读"_s;
    QVERIFY(m_session->edit(a, EditAnnotationCommand::Kind::Note));
    m_editor.reset();
    m_session.reset();

    AnnotationSession readOnly;
    QVERIFY(readOnly.openDatabase(dbPath(), true));
    readOnly.setReport(m_report);
    QVERIFY(!readOnly.isAvailable());
    m_editor = std::make_unique<AnnotationEditor>(&readOnly);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->setAnnotation(m_first);
    QCOMPARE(m_editor->annotationId(), m_first);
    QCOMPARE(note()->toPlainText(), u"只读"_s);
    QVERIFY(note()->isReadOnly());
    QVERIFY(part<QLineEdit>("annotationUnit")->isReadOnly());
    QVERIFY(!part<QComboBox>("annotationStatus")->isEnabled());
    QVERIFY(!part<QCheckBox>("annotationHasDue")->isEnabled());
    QVERIFY(!part<QToolButton>("annotationColor1")->isEnabled());
    QVERIFY(!part<QPushButton>("annotationTagsButton")->isEnabled());
    QVERIFY(part<QLabel>("annotationHint")->isVisible());
    typeText(note(), u"改不了"_s);
    QCOMPARE(note()->toPlainText(), u"只读"_s);
    m_editor->flush();
    QCOMPARE(readOnly.undoStack()->count(), 0);
    m_editor.reset(); // before the session it shows
    QCOMPARE(stored(m_first).note, u"只读"_s);
}

QTEST_MAIN(AnnotationEditorTest)
#include "annotationeditor_test.moc"
