// SPDX-License-Identifier: GPL-3.0-or-later
// The T key's picker as a user drives it: type part of a name, take the
// completion, Enter; a new name creates the tag and tags the annotation in one
// undo step; ticking and unticking in the list adds and removes; Escape closes.
#include "tagfixture.h"
#include "tagpicker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class TagPickerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void completionFindsPartOfName();
    void enterAssignsCompletion();
    void enterTakesTheOnlyCompletion();
    void newNameIsOneUndoStep();
    void nameIgnoresCase();
    void refusedName();
    void toggling();
    void closing();
    void withoutAnnotation();

private:
    // Chinese arrives through the input method, committed text.
    static void type(QLineEdit *edit, const QString &text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(edit, &event);
    }
    QStringList completions() const
    {
        QStringList names;
        QCompleter *c = m_picker->completer();
        for (int row = 0; row < c->completionModel()->rowCount(); ++row)
            names << c->completionModel()->index(row, 0).data().toString();
        return names;
    }
    QListWidgetItem *item(const QString &name) const
    {
        const auto found = m_picker->list()->findItems(name, Qt::MatchExactly);
        return found.isEmpty() ? nullptr : found.front();
    }
    void popUp()
    {
        m_picker->popup(QPoint(40, 40));
        QVERIFY(QTest::qWaitForWindowExposed(m_picker.get()));
        QTRY_COMPARE(QApplication::focusWidget(), m_picker->nameEdit());
    }

    std::unique_ptr<TagFixture> m_f;
    std::unique_ptr<TagPicker> m_picker;
    QUuid m_annotation;
};

void TagPickerTest::init()
{
    m_f = std::make_unique<TagFixture>();
    m_annotation = m_f->annotate(u"政府机构职能高效协同"_s, {2});
    m_picker = std::make_unique<TagPicker>(m_f->session.get());
    m_picker->setAnnotation(m_annotation);
}

void TagPickerTest::cleanup()
{
    m_picker.reset();
    m_f.reset();
}

void TagPickerTest::completionFindsPartOfName()
{
    popUp();
    QVERIFY(!m_picker->accessibleName().isEmpty());
    QVERIFY(!m_picker->nameEdit()->accessibleName().isEmpty());
    type(m_picker->nameEdit(), u"承"_s);
    QCOMPARE(m_picker->nameEdit()->text(), u"承"_s);
    QTRY_VERIFY(m_picker->completer()->popup()->isVisible());
    QCOMPARE(completions(), QStringList{u"承诺"_s});
    // Inside the name, not only at its start.
    m_picker->nameEdit()->clear();
    type(m_picker->nameEdit(), u"标"_s);
    QCOMPARE(completions(), QStringList{u"指标"_s});
}

void TagPickerTest::enterAssignsCompletion()
{
    popUp();
    type(m_picker->nameEdit(), u"承"_s);
    QTRY_VERIFY(m_picker->completer()->popup()->isVisible());
    QTest::keyClick(m_picker->completer()->popup(), Qt::Key_Down); // the first completion
    QCOMPARE(m_picker->nameEdit()->text(), u"承诺"_s);
    QTest::keyClick(m_picker->completer()->popup(), Qt::Key_Return);
    QTRY_COMPARE(m_f->shown(m_annotation), (QList<qint64>{2, 1}));
    QCOMPARE(m_f->stored(m_annotation), (QList<qint64>{2, 1}));
    QCOMPARE(m_f->stack()->count(), 1);
    QCOMPARE(m_picker->nameEdit()->text(), QString()); // ready for the next one
    QVERIFY(m_picker->isVisible());
    QCOMPARE(item(u"承诺"_s)->checkState(), Qt::Checked);
    // A tag it has already: nothing happens.
    type(m_picker->nameEdit(), u"承诺"_s);
    QTest::keyClick(m_picker->nameEdit(), Qt::Key_Return);
    QCOMPARE(m_f->stack()->count(), 1);
}

void TagPickerTest::enterTakesTheOnlyCompletion()
{
    popUp();
    type(m_picker->nameEdit(), u"承"_s); // no completion chosen in the popup
    QTest::keyClick(m_picker->nameEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_f->shown(m_annotation), (QList<qint64>{2, 1}));
    QCOMPARE(m_f->session->tags().size(), 6); // no tag "承"
}

void TagPickerTest::newNameIsOneUndoStep()
{
    popUp();
    const int tags = int(m_f->session->tags().size());
    type(m_picker->nameEdit(), u"开放数据"_s);
    QTest::keyClick(m_picker->nameEdit(), Qt::Key_Return);
    const qint64 id = m_f->id(u"开放数据"_s);
    QVERIFY(id > 0);
    QCOMPARE(m_f->session->tags().size(), tags + 1);
    QCOMPARE(m_f->shown(m_annotation), (QList<qint64>{2, id}));
    QCOMPARE(m_f->stack()->count(), 1);
    QVERIFY(m_f->stack()->undoText().contains(u"开放数据"_s));
    QCOMPARE(item(u"开放数据"_s)->checkState(), Qt::Checked);

    m_f->stack()->undo(); // one step takes both back
    QVERIFY(!m_f->tags().get(id));
    QCOMPARE(m_f->shown(m_annotation), QList<qint64>{2});
    QCOMPARE(m_f->stored(m_annotation), QList<qint64>{2});
    QVERIFY(!item(u"开放数据"_s));
    m_f->stack()->redo();
    QCOMPARE(m_f->tags().get(id)->name, u"开放数据"_s);
    QCOMPARE(m_f->shown(m_annotation), (QList<qint64>{2, id}));
}

void TagPickerTest::nameIgnoresCase()
{
    QVERIFY(TagStore(*m_f->session->database()).create(Tag{-1, u"KPI"_s, {}, {}}).ok());
    m_f->session->reloadTags();
    popUp();
    type(m_picker->nameEdit(), u"kp"_s);
    QCOMPARE(completions(), QStringList{u"KPI"_s});
    type(m_picker->nameEdit(), u"i"_s);
    QTest::keyClick(m_picker->nameEdit(), Qt::Key_Return);
    QCOMPARE(m_f->shown(m_annotation), (QList<qint64>{2, m_f->id(u"KPI"_s)}));
    QCOMPARE(m_f->session->tags().size(), 7); // no second KPI
}

void TagPickerTest::refusedName()
{
    QString why;
    QVERIFY(!TagPicker::assign(m_f->session.get(), m_annotation, u"   "_s, &why));
    QVERIFY(!TagPicker::assign(m_f->session.get(), QUuid::createUuid(), u"新"_s, &why));
    QCOMPARE(m_f->stack()->count(), 0);
    QCOMPARE(m_f->session->tags().size(), 6);
}

void TagPickerTest::toggling()
{
    popUp();
    QCOMPARE(m_picker->list()->count(), 6);
    QCOMPARE(item(u"指标"_s)->checkState(), Qt::Checked);
    QCOMPARE(item(u"问题"_s)->checkState(), Qt::Unchecked);
    item(u"问题"_s)->setCheckState(Qt::Checked);
    QCOMPARE(m_f->shown(m_annotation), (QList<qint64>{2, 4}));
    item(u"指标"_s)->setCheckState(Qt::Unchecked);
    QCOMPARE(m_f->shown(m_annotation), QList<qint64>{4});
    QCOMPARE(m_f->stored(m_annotation), QList<qint64>{4});
    QCOMPARE(m_f->stack()->count(), 2);
    m_f->stack()->undo();
    QCOMPARE(item(u"指标"_s)->checkState(), Qt::Checked); // the list follows undo
    QCOMPARE(m_f->shown(m_annotation), (QList<qint64>{2, 4}));

    // The keyboard: Tab to the list, Space ticks.
    m_picker->list()->setFocus();
    m_picker->list()->setCurrentItem(item(u"责任"_s));
    QTest::keyClick(m_picker->list(), Qt::Key_Space);
    QCOMPARE(m_f->shown(m_annotation), (QList<qint64>{2, 4, 5}));
}

void TagPickerTest::closing()
{
    popUp();
    QTest::keyClick(m_picker->nameEdit(), Qt::Key_Escape);
    QVERIFY(!m_picker->isVisible());
    popUp();
    QTest::keyClick(m_picker->nameEdit(), Qt::Key_Return); // Enter on an empty name
    QVERIFY(!m_picker->isVisible());
    QCOMPARE(m_f->stack()->count(), 0);
}

void TagPickerTest::withoutAnnotation()
{
    m_picker->setAnnotation(QUuid());
    QVERIFY(!m_picker->nameEdit()->isEnabled());
    QVERIFY(!m_picker->list()->isEnabled());
    m_picker->setAnnotation(m_annotation);
    QVERIFY(m_picker->nameEdit()->isEnabled());
    m_f->session->remove({m_annotation});
    QVERIFY(!m_picker->nameEdit()->isEnabled()); // it went
}

QTEST_MAIN(TagPickerTest)
#include "tagpicker_test.moc"
