// SPDX-License-Identifier: GPL-3.0-or-later
// Annotating in the window as a user does it: the toolbar and keys, the
// annotations dock, the note editor and the tag picker working together, and
// what the window does when the annotation file is damaged, newer, read-only
// or changed by another instance.
#include "annotationcontroller.h"
#include "annotationeditor.h"
#include "annotationfilebanner.h"
#include "annotationsdock.h"
#include "annotationsession.h"
#include "database.h"
#include "highlightpalette.h"
#include "mainwindow.h"
#include "readerview.h"
#include "tagpicker.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void select(ReaderView *reader, const QString &text)
{
    const qsizetype at = reader->toPlainText().indexOf(text);
    QVERIFY(at >= 0);
    QTextCursor c = reader->textCursor();
    c.setPosition(int(at));
    c.setPosition(int(at + text.size()), QTextCursor::KeepAnchor);
    reader->setTextCursor(c);
}

// What keys 1–5 do, without needing the window to be active.
void highlightWith(MainWindow &w, int key)
{
    for (QAction *a : w.reader()->actions()) {
        if (a->shortcut() == QKeySequence(key)) {
            a->trigger();
            return;
        }
    }
    QFAIL("no action for the key");
}

} // namespace

class AnnotatingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void highlightShowsInDockAndEditor();
    void dockJumpsAndKeysWalk();
    void tagAndNoteKeys();
    void hoverShowsNote();
    void colourNamesAreEditable();
    void damagedFileLeavesReadingOn();
    void newerFileOpensReadOnly();
    void otherInstanceChangesAppear();

private:
    QString dbPath() const { return m_dir.filePath(u"annotations.sqlite"_s); }
    QTemporaryDir m_dir;
};

void AnnotatingTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void AnnotatingTest::init()
{
    QSettings().clear();
    HighlightPalette::instance().reload();
    QFile::remove(dbPath());
    QFile::remove(dbPath() + u"-wal"_s);
    QFile::remove(dbPath() + u"-shm"_s);
    qputenv("PIZHU_DB", dbPath().toLocal8Bit());
}

void AnnotatingTest::highlightShowsInDockAndEditor()
{
    MainWindow w;
    w.openStartupReport();
    w.resize(1280, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    AnnotationController *c = w.annotating();
    select(w.reader(), u"行政执法证"_s);
    w.reader()->setFocus();
    QTest::keyClick(w.reader(), Qt::Key_3);
    QCOMPARE(w.annotations()->annotations().size(), 1);
    const Annotation a = w.annotations()->annotations().front();
    QCOMPARE(a.color, 2);
    QCOMPARE(c->currentId(), a.id);
    QCOMPARE(c->editor()->annotationId(), a.id);
    QCOMPARE(c->dock()->list()->model()->rowCount(), 1);
    QCOMPARE(c->dock()->currentId(), a.id);

    // A colour key on an existing highlight (no selection) recolours it: one more step.
    QTextCursor cursor = w.reader()->textCursor();
    cursor.setPosition(int(a.anchor.start + 1));
    w.reader()->setTextCursor(cursor);
    QTest::keyClick(w.reader(), Qt::Key_5);
    QCOMPARE(w.annotations()->annotations().size(), 1);
    QCOMPARE(w.annotations()->annotations().front().color, 4);
    w.annotations()->undoStack()->undo();
    QCOMPARE(w.annotations()->annotations().front().color, 2);

    // Delete in the reader deletes the annotation under the cursor; undo brings it back.
    QTest::keyClick(w.reader(), Qt::Key_Delete);
    QVERIFY(w.annotations()->annotations().isEmpty());
    QCOMPARE(c->dock()->list()->model()->rowCount(), 0);
    QVERIFY(c->editor()->annotationId().isNull());
    w.annotations()->undoStack()->undo();
    QCOMPARE(c->dock()->list()->model()->rowCount(), 1);
}

void AnnotatingTest::dockJumpsAndKeysWalk()
{
    MainWindow w;
    w.openStartupReport();
    w.resize(1280, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QStringList quotes{u"行政执法证"_s, u"“一网通办”率达97.1%"_s, u"推进普法依法治理"_s};
    for (const QString &q : quotes) {
        select(w.reader(), q);
        QTest::keyClick(w.reader(), Qt::Key_1);
    }
    AnnotationController *c = w.annotating();
    QListView *list = c->dock()->list();
    QCOMPARE(list->model()->rowCount(), 3);

    // Clicking the last row takes the reader to its passage, selected.
    const QModelIndex last = list->model()->index(2, 0);
    list->scrollTo(last);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(last).center());
    const Annotation &a3 = w.annotations()->annotations().at(2);
    QCOMPARE(w.reader()->textCursor().selectedText(), a3.anchor.exact);
    QCOMPARE(c->currentId(), a3.id);
    const int visible = w.reader()->cursorRect().top();
    QVERIFY(visible >= 0 && visible < w.reader()->viewport()->height());

    // Alt+↑ walks back in document order, Alt+↓ forward.
    QTest::keyClick(&w, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(c->currentId(), w.annotations()->annotations().at(1).id);
    QCOMPARE(w.reader()->textCursor().selectedText(), w.annotations()->annotations().at(1).anchor.exact);
    QTest::keyClick(&w, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(c->currentId(), w.annotations()->annotations().at(0).id);
    QTest::keyClick(&w, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(c->currentId(), w.annotations()->annotations().at(1).id);

    // A reload (a tag merged or deleted, another window's change) keeps the place in the list.
    w.annotations()->reload();
    QCOMPARE(c->dock()->currentId(), w.annotations()->annotations().at(1).id);
    QCOMPARE(c->currentId(), w.annotations()->annotations().at(1).id);

    // The walk follows the dock's filter.
    AnnotationFilter onlyFirst;
    onlyFirst.text = w.annotations()->annotations().at(0).anchor.exact;
    c->dock()->setFilter(onlyFirst);
    QTest::keyClick(&w, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(c->currentId(), w.annotations()->annotations().at(0).id);
    QTest::keyClick(&w, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(c->currentId(), w.annotations()->annotations().at(0).id); // nothing further shown
}

void AnnotatingTest::tagAndNoteKeys()
{
    MainWindow w;
    w.openStartupReport();
    w.resize(1280, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    select(w.reader(), u"行政执法证"_s);
    w.reader()->setFocus();
    QTest::keyClick(w.reader(), Qt::Key_2);
    AnnotationController *c = w.annotating();

    QTest::keyClick(w.reader(), Qt::Key_T);
    QTRY_VERIFY(c->tagPicker()->isVisible());
    QCOMPARE(c->tagPicker()->annotation(), c->currentId());
    QVERIFY(TagPicker::assign(w.annotations(), c->currentId(), u"指标"_s));
    c->tagPicker()->hide();
    QCOMPARE(w.annotations()->annotations().front().tagIds.size(), 1);

    w.reader()->setFocus();
    QTest::keyClick(w.reader(), Qt::Key_N);
    QTRY_VERIFY(c->noteDockWidget()->isVisible());
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus && c->editor()->isAncestorOf(focus));
    QTest::keyClicks(focus, u"keep track"_s);
    c->editor()->flush();
    QCOMPARE(w.annotations()->annotations().front().note, u"keep track"_s);
}

void AnnotatingTest::hoverShowsNote()
{
    MainWindow w;
    w.openStartupReport();
    w.resize(1280, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    select(w.reader(), u"2022年以来"_s);
    QTest::keyClick(w.reader(), Qt::Key_1);
    Annotation a = w.annotations()->annotations().front();
    a.note = u"**重点**跟踪"_s;
    QVERIFY(w.annotations()->edit(a, EditAnnotationCommand::Kind::Note));

    w.reader()->scrollToOffset(0);
    // The middle of the third character of the highlight.
    QTextCursor before(w.reader()->document());
    before.setPosition(int(a.anchor.start + 2));
    QTextCursor after(w.reader()->document());
    after.setPosition(int(a.anchor.start + 3));
    const QPoint at = (w.reader()->cursorRect(before).center() + w.reader()->cursorRect(after).center()) / 2;
    QHelpEvent hover(QEvent::ToolTip, at, w.reader()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(w.reader()->viewport(), &hover);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"重点"_s));
    QVERIFY(QToolTip::text().contains(u"font-weight"_s) || QToolTip::text().contains(u"<b>"_s)); // Markdown rendered
    QCOMPARE(w.reader()->offsetAt(at), a.anchor.start + 2);
}

void AnnotatingTest::colourNamesAreEditable()
{
    MainWindow w;
    QAction *first = nullptr;
    for (QAction *a : w.reader()->actions()) {
        if (a->shortcut() == QKeySequence(Qt::Key_1))
            first = a;
    }
    QVERIFY(first);
    QCOMPARE(first->text(), HighlightDefaults::name(0));
    HighlightPalette::instance().set({u"承诺"_s}, {QColor(u"#ff0000"_s)});
    QCOMPARE(first->text(), u"承诺"_s);
    QCOMPARE(ReaderView::highlightColor(0).rgb(), QColor(u"#ff0000"_s).rgb());
    // Kept in the settings for the next start.
    HighlightPalette::instance().reload();
    QCOMPARE(HighlightPalette::instance().name(0), u"承诺"_s);
    QCOMPARE(HighlightPalette::instance().name(1), HighlightDefaults::name(1));
    HighlightPalette::instance().set({}, {});
    QCOMPARE(first->text(), HighlightDefaults::name(0));
}

void AnnotatingTest::damagedFileLeavesReadingOn()
{
    {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("these are not the notes you are looking for\n").repeated(100));
    }
    const QByteArray before = fileHash(dbPath());
    MainWindow w;
    w.openStartupReport();
    QVERIFY(!w.report().canonicalText.isEmpty()); // the report still opens
    AnnotationFileBanner *banner = w.annotationFileBanner();
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->label()->text().contains(u"not an SQLite database"_s));
    QVERIFY(!w.annotations()->isAvailable());
    select(w.reader(), u"行政执法证"_s);
    highlightWith(w, Qt::Key_1);
    QVERIFY(w.annotations()->annotations().isEmpty());
    QCOMPARE(fileHash(dbPath()), before); // never touched

    // The way on: another (new) file.
    const QString other = m_dir.filePath(u"fresh.sqlite"_s);
    QVERIFY(w.openAnnotationFile(other, false));
    QVERIFY(banner->isHidden());
    QVERIFY(w.annotations()->isAvailable());
    highlightWith(w, Qt::Key_1);
    QCOMPARE(w.annotations()->annotations().size(), 1);
    QCOMPARE(fileHash(dbPath()), before);
}

void AnnotatingTest::newerFileOpensReadOnly()
{
    {
        MainWindow w;
        w.openStartupReport();
        select(w.reader(), u"行政执法证"_s);
        highlightWith(w, Qt::Key_1);
    }
    {
        // A later Pizhu wrote the file.
        auto db = Database::open(dbPath());
        QVERIFY(db);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
    }
    const QByteArray before = fileHash(dbPath());
    MainWindow w;
    w.openStartupReport();
    AnnotationFileBanner *banner = w.annotationFileBanner();
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->label()->text().contains(u"newer version"_s));
    QVERIFY(!banner->readOnlyButton()->isHidden());
    banner->readOnlyButton()->click();
    QVERIFY(!banner->isHidden()); // now saying it is read-only
    QVERIFY(banner->label()->text().contains(u"read-only"_s));
    QCOMPARE(w.annotations()->annotations().size(), 1);
    QVERIFY(!w.annotations()->isAvailable());
    QCOMPARE(fileHash(dbPath()), before);
}

void AnnotatingTest::otherInstanceChangesAppear()
{
    MainWindow first;
    first.openStartupReport();
    MainWindow second;
    second.openStartupReport();
    select(first.reader(), u"行政执法证"_s);
    highlightWith(first, Qt::Key_4);
    QCOMPARE(first.annotations()->annotations().size(), 1);
    // The second window sees it through its file watcher, with no "database is locked".
    QTRY_COMPARE_WITH_TIMEOUT(second.annotations()->annotations().size(), 1, 5000);
    QCOMPARE(second.annotating()->dock()->list()->model()->rowCount(), 1);
    // And the other way round.
    select(second.reader(), u"“一网通办”率达97.1%"_s);
    highlightWith(second, Qt::Key_2);
    QTRY_COMPARE_WITH_TIMEOUT(first.annotations()->annotations().size(), 2, 5000);
}

QTEST_MAIN(AnnotatingTest)
#include "annotating_test.moc"
