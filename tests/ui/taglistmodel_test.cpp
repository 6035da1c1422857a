// SPDX-License-Identifier: GPL-3.0-or-later
// The tag list for views follows every change to the tags, undo included,
// with inserts and removals (views keep their selection), and renames
// through the undo stack.
#include "createtagcommand.h"
#include "deletetagcommand.h"
#include "mergetagscommand.h"
#include "recolortagcommand.h"
#include "tagfixture.h"
#include "taglistmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class TagListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_f = std::make_unique<TagFixture>(); }
    void cleanup() { m_f.reset(); }
    void starterSet();
    void followsEveryChange();
    void renameThroughTheStack();
    void keepsSelection();

private:
    // The model's rows as they should be: the session's tags.
    static void matchesSession(const TagListModel &model, const AnnotationSession &session);
    std::unique_ptr<TagFixture> m_f;
};

void TagListModelTest::matchesSession(const TagListModel &model, const AnnotationSession &session)
{
    QCOMPARE(model.rowCount(), session.tags().size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const TagUsage &t = session.tags().at(row);
        QCOMPARE(model.index(row, TagListModel::NameColumn).data().toString(), t.tag.name);
        QCOMPARE(model.index(row, TagListModel::CountColumn).data().toInt(), t.annotationCount);
        QCOMPARE(model.index(row, 0).data(TagListModel::IdRole).toLongLong(), t.tag.id);
        QCOMPARE(model.index(row, 1).data(TagListModel::CountRole).toInt(), t.annotationCount);
        QCOMPARE(model.index(row, 0).data(TagListModel::ColorRole).value<QColor>(),
                 QColor::fromString(t.tag.color));
    }
}

void TagListModelTest::starterSet()
{
    TagListModel model(m_f->session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), u"承诺"_s);
    QCOMPARE(model.index(0, 0).data(Qt::DecorationRole).value<QColor>(), QColor(u"#2F6FD6"_s));
    QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).toString().isEmpty()); // the description
    QCOMPARE(model.index(5, 0).data(TagListModel::NameRole).toString(), u"亮点"_s);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Tag"_s);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Annotations"_s);
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
    QCOMPARE(model.rowOf(4), 3);
    QCOMPARE(model.rowOf(9999), -1);
    QCOMPARE(model.idAt(3), 4);
    QCOMPARE(model.idAt(6), -1);
    QVERIFY(model.roleNames().contains(TagListModel::ColorRole));
}

void TagListModelTest::followsEveryChange()
{
    TagListModel model(m_f->session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    AnnotationSession *s = m_f->session.get();

    s->undoStack()->push(new CreateTagCommand(s, Tag{-1, u"目标"_s, {}, {}}));
    const qint64 from = m_f->id(u"目标"_s);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 6);
    matchesSession(model, *s);

    m_f->annotate(u"政府机构职能高效协同"_s, {from, 2});
    m_f->annotate(u"行政执法规范化建设向严向细"_s, {from});
    matchesSession(model, *s);
    QCOMPARE(model.index(6, TagListModel::CountColumn).data().toInt(), 2);

    QVERIFY(model.setData(model.index(6, 0), u"工作目标"_s));
    QCOMPARE(model.index(6, 0).data().toString(), u"工作目标"_s);
    s->undoStack()->push(new RecolorTagCommand(s, from, u"#112233"_s));
    matchesSession(model, *s);

    s->undoStack()->push(new MergeTagsCommand(s, from, 2));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 6);
    QCOMPARE(model.index(1, TagListModel::CountColumn).data().toInt(), 2);
    matchesSession(model, *s);

    s->undoStack()->push(new DeleteTagCommand(s, 1));
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(1).at(1).toInt(), 0);
    matchesSession(model, *s);

    // Undo all of it (back to tagging, which cleared the stack): the tags come back where they were.
    while (s->undoStack()->canUndo()) {
        s->undoStack()->undo();
        matchesSession(model, *s);
    }
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(inserted.size(), 3); // 承诺 back at the top, 目标 at the end
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(inserted.at(2).at(1).toInt(), 6);
    QCOMPARE(model.index(6, 0).data().toString(), u"目标"_s);
    QCOMPARE(model.index(6, TagListModel::CountColumn).data().toInt(), 2);
    while (s->undoStack()->canRedo()) {
        s->undoStack()->redo();
        matchesSession(model, *s);
    }
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(reset.size(), 0);

    // Another window changed the file: a reload is followed as well.
    QVERIFY(TagStore(*s->database()).create(Tag{-1, u"新"_s, {}, {}}).ok());
    QVERIFY(TagStore(*s->database()).remove(3).ok());
    s->reloadTags();
    matchesSession(model, *s);
}

void TagListModelTest::renameThroughTheStack()
{
    TagListModel model(m_f->session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy failed(m_f->session.get(), &AnnotationSession::failed);
    const QModelIndex highlight = model.index(5, 0);
    QVERIFY(model.setData(highlight, u" 经验做法 "_s));
    QCOMPARE(highlight.data().toString(), u"经验做法"_s);
    QCOMPARE(m_f->stack()->count(), 1);
    QVERIFY(model.setData(highlight, u"经验做法"_s)); // unchanged: no step
    QCOMPARE(m_f->stack()->count(), 1);
    QVERIFY(!model.setData(highlight, u"问题"_s)); // taken
    QVERIFY(!model.setData(highlight, u" "_s));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(m_f->stack()->count(), 1);
    QVERIFY(!model.setData(model.index(5, 1), u"x"_s)); // the count is not editable
    m_f->stack()->undo();
    QCOMPARE(highlight.data().toString(), u"亮点"_s);
}

void TagListModelTest::keepsSelection()
{
    TagListModel model(m_f->session.get());
    QPersistentModelIndex problem = model.index(3, 0);
    m_f->stack()->push(new DeleteTagCommand(m_f->session.get(), 1));
    QVERIFY(problem.isValid());
    QCOMPARE(problem.row(), 2);
    m_f->stack()->undo();
    QCOMPARE(problem.row(), 3);
    QCOMPARE(problem.data().toString(), u"问题"_s);
}

QTEST_MAIN(TagListModelTest)
#include "taglistmodel_test.moc"
