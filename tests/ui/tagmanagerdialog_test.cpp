// SPDX-License-Identifier: GPL-3.0-or-later
// The tag manager driven as a user drives it: select a row, press a button
// or a key, answer the question; every change is undoable. The questions
// (name, colour, target, confirmation) are answered through the dialog's
// hooks instead of modal windows; the tags live in a real annotation file.
#include "tagfixture.h"
#include "taglistmodel.h"
#include "tagmanagerdialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {
const char *const kButtons[] = {"newTagButton", "renameTagButton", "recolorTagButton", "mergeTagButton",
                                "deleteTagButton"};
} // namespace

class TagManagerDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTagsWithCounts();
    void newTag();
    void newTagRefused();
    void renameInline();
    void renameRefused();
    void recolor();
    void mergeWithConfirmation();
    void deleteKey();
    void deleteUsedAsksFirst();
    void annotationsOff();

private:
    QPushButton *button(const char *name) const
    {
        return m_dialog->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    void select(const QString &name) { m_dialog->setCurrentTag(m_f->id(name)); }
    void showDialog()
    {
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        m_dialog->view()->setFocus();
    }

    std::unique_ptr<TagFixture> m_f;
    std::unique_ptr<TagManagerDialog> m_dialog;
    // What the dialog asked, and what the test answers.
    QString m_name;
    QColor m_color;
    qint64 m_target = -1;
    bool m_yes = false;
    QStringList m_questions;
    QList<Tag> m_offered;
};

void TagManagerDialogTest::init()
{
    m_f = std::make_unique<TagFixture>();
    m_dialog = std::make_unique<TagManagerDialog>(m_f->session.get());
    m_questions.clear();
    m_offered.clear();
    m_dialog->setNameQuestion([this] { return m_name; });
    m_dialog->setColorQuestion([this](const Tag &tag) {
        m_questions << tag.name;
        return m_color;
    });
    m_dialog->setTargetQuestion([this](const Tag &from, const QList<Tag> &others) {
        m_questions << from.name;
        m_offered = others;
        return m_target;
    });
    m_dialog->setConfirmation([this](const QString &question, const QString &) {
        m_questions << question;
        return m_yes;
    });
}

void TagManagerDialogTest::cleanup()
{
    m_dialog.reset();
    m_f.reset();
}

void TagManagerDialogTest::listsTagsWithCounts()
{
    m_f->annotate(u"政府机构职能高效协同"_s, {1, 2});
    m_f->annotate(u"行政执法规范化建设向严向细"_s, {1});
    QTableView *view = m_dialog->view();
    QCOMPARE(view->model()->rowCount(), 6);
    QCOMPARE(view->model()->index(0, TagListModel::NameColumn).data().toString(), u"承诺"_s);
    QCOMPARE(view->model()->index(0, TagListModel::CountColumn).data().toInt(), 2);
    QCOMPARE(view->model()->index(1, TagListModel::CountColumn).data().toInt(), 1);
    QCOMPARE(m_dialog->currentTagId(), 1); // the first is selected
    QVERIFY(!view->accessibleName().isEmpty());
    for (const char *name : kButtons)
        QVERIFY2(button(name) && button(name)->isEnabled(), name);
}

void TagManagerDialogTest::newTag()
{
    m_name = u" 开放数据 "_s;
    button("newTagButton")->click();
    const qint64 id = m_f->id(u"开放数据"_s);
    QVERIFY(id > 0);
    QCOMPARE(m_dialog->currentTagId(), id); // the new tag is selected
    QCOMPARE(m_dialog->model()->rowCount(), 7);
    QVERIFY(m_dialog->errorText().isEmpty());
    QCOMPARE(m_f->stack()->count(), 1);
    // Not one of the starter colours: new tags are told apart.
    QVERIFY(m_f->tags().get(id)->color.compare(m_f->tags().get(1)->color, Qt::CaseInsensitive) != 0);
    m_f->stack()->undo();
    QCOMPARE(m_dialog->model()->rowCount(), 6);

    m_name.clear(); // cancelled
    button("newTagButton")->click();
    QCOMPARE(m_dialog->model()->rowCount(), 6);
    QCOMPARE(m_f->stack()->index(), 0);
}

void TagManagerDialogTest::newTagRefused()
{
    m_name = u"承诺"_s;
    button("newTagButton")->click();
    QCOMPARE(m_dialog->model()->rowCount(), 6);
    QCOMPARE(m_f->stack()->count(), 0);
    QVERIFY(m_dialog->errorText().contains(u"承诺"_s));
    QVERIFY(m_dialog->findChild<QLabel *>(u"tagError"_s)->isVisibleTo(m_dialog.get()));
    // The next change that works clears the message.
    m_name = u"新标签"_s;
    button("newTagButton")->click();
    QVERIFY(m_dialog->errorText().isEmpty());
}

void TagManagerDialogTest::renameInline()
{
    showDialog();
    select(u"亮点"_s);
    QTest::keyClick(m_dialog->view(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), u"亮点"_s);
    editor->setText(u"经验做法"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_f->tags().get(6)->name, u"经验做法"_s); // the delegate commits after the key
    QCOMPARE(m_dialog->currentTagId(), 6);
    QCOMPARE(m_f->stack()->count(), 1);

    // The button does the same; Ctrl+Z in the dialog undoes.
    button("renameTagButton")->click();
    editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    const QPointer<QLineEdit> closing(editor);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!closing);
    QCOMPARE(m_f->stack()->count(), 1);
    m_dialog->view()->setFocus();
    QTest::keyClick(m_dialog->view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_f->tags().get(6)->name, u"亮点"_s);
}

void TagManagerDialogTest::renameRefused()
{
    showDialog();
    select(u"亮点"_s);
    QTest::keyClick(m_dialog->view(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->setText(u"问题"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(m_dialog->errorText().contains(u"问题"_s));
    QCOMPARE(m_f->tags().get(6)->name, u"亮点"_s);
    QCOMPARE(m_f->stack()->count(), 0);
}

void TagManagerDialogTest::recolor()
{
    select(u"指标"_s);
    const QString before = m_f->tags().get(2)->color;
    m_color = QColor(u"#12ab34"_s);
    button("recolorTagButton")->click();
    QCOMPARE(m_questions, QStringList{u"指标"_s});
    QCOMPARE(m_f->tags().get(2)->color, u"#12AB34"_s);
    QCOMPARE(m_dialog->currentTagId(), 2);
    m_color = QColor(); // cancelled
    button("recolorTagButton")->click();
    QCOMPARE(m_f->stack()->count(), 1);
    m_f->stack()->undo();
    QCOMPARE(m_f->tags().get(2)->color, before);
}

void TagManagerDialogTest::mergeWithConfirmation()
{
    const qint64 from = m_f->id(u"成效"_s);
    const qint64 into = m_f->id(u"亮点"_s);
    const QUuid a = m_f->annotate(u"政府机构职能高效协同"_s, {from, 1});
    const QUuid b = m_f->annotate(u"行政执法规范化建设向严向细"_s, {into, from});
    select(u"成效"_s);
    m_target = into;

    m_yes = false;
    button("mergeTagButton")->click();
    QCOMPARE(m_offered.size(), 5); // every tag but itself
    QVERIFY(std::none_of(m_offered.cbegin(), m_offered.cend(),
                         [from](const Tag &t) { return t.id == from; }));
    QCOMPARE(m_questions.size(), 2);
    QVERIFY(m_questions.at(1).contains(u"2 annotation"_s));
    QVERIFY(m_questions.at(1).contains(u"“亮点”"_s));
    QVERIFY(m_f->tags().get(from)); // not confirmed: nothing happened
    QCOMPARE(m_f->stack()->count(), 0);

    m_yes = true;
    button("mergeTagButton")->click();
    QVERIFY(!m_f->tags().get(from));
    QCOMPARE(m_f->shown(a), (QList<qint64>{into, 1}));
    QCOMPARE(m_f->shown(b), QList<qint64>{into});
    QCOMPARE(m_dialog->currentTagId(), into);
    const int intoRow = m_dialog->model()->rowOf(into);
    QCOMPARE(m_dialog->model()->index(intoRow, TagListModel::CountColumn).data().toInt(), 2);
    m_f->stack()->undo();
    QCOMPARE(m_f->shown(a), (QList<qint64>{from, 1}));
    QCOMPARE(m_f->shown(b), (QList<qint64>{into, from}));

    m_target = -1; // cancelled the choice
    m_questions.clear();
    select(u"成效"_s);
    button("mergeTagButton")->click();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_f->tags().get(from));
}

void TagManagerDialogTest::deleteKey()
{
    showDialog();
    select(u"亮点"_s);
    QTest::keyClick(m_dialog->view(), Qt::Key_Delete);
    QVERIFY(m_questions.isEmpty()); // unused: no question
    QVERIFY(!m_f->tags().get(6));
    QCOMPARE(m_dialog->model()->rowCount(), 5);
    QCOMPARE(m_f->stack()->undoText(), u"Delete Tag “亮点”"_s);
    QTest::keyClick(m_dialog->view(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_f->tags().get(6));
}

void TagManagerDialogTest::deleteUsedAsksFirst()
{
    const QUuid a = m_f->annotate(u"政府机构职能高效协同"_s, {2, 4});
    showDialog();
    select(u"问题"_s);
    m_yes = false;
    QTest::keyClick(m_dialog->view(), Qt::Key_Delete);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.at(0).contains(u"1 annotation"_s));
    QVERIFY(m_questions.at(0).contains(u"问题"_s));
    QVERIFY(m_f->tags().get(4));

    m_yes = true;
    button("deleteTagButton")->click();
    QVERIFY(!m_f->tags().get(4));
    QCOMPARE(m_f->shown(a), QList<qint64>{2});
    m_f->stack()->undo(); // Edit → Undo in the window
    QCOMPARE(m_f->shown(a), (QList<qint64>{2, 4}));
    QCOMPARE(m_dialog->model()->rowCount(), 6);
}

void TagManagerDialogTest::annotationsOff()
{
    AnnotationSession off;
    TagManagerDialog dialog(&off);
    QCOMPARE(dialog.model()->rowCount(), 0);
    for (const char *name : kButtons)
        QVERIFY2(!dialog.findChild<QPushButton *>(QString::fromLatin1(name))->isEnabled(), name);
}

QTEST_MAIN(TagManagerDialogTest)
#include "tagmanagerdialog_test.moc"
