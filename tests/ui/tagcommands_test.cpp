// SPDX-License-Identifier: GPL-3.0-or-later
// The tag commands against a real annotation file: redo, undo, redo again,
// checked in the file and in the window's annotations; a refused change
// leaves no step and says why.
#include "createtagcommand.h"
#include "deletetagcommand.h"
#include "mergetagscommand.h"
#include "recolortagcommand.h"
#include "renametagcommand.h"
#include "tagfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {
const QString kFirst = u"政府机构职能高效协同"_s;
const QString kSecond = u"行政执法规范化建设向严向细"_s;
const QString kThird = u"全面清理区级行政规范性文件152个"_s;
} // namespace

class TagCommandsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_f = std::make_unique<TagFixture>(); }
    void cleanup() { m_f.reset(); }
    void create();
    void createKeepsItsIdForLaterSteps();
    void createRefused();
    void rename();
    void renameRefused();
    void recolor();
    void deleteRestoresExactLinks();
    void deleteUnused();
    void mergeRestoresExactLinks();
    void mergeRefused();
    void annotationsOff();

private:
    std::unique_ptr<TagFixture> m_f;
};

void TagCommandsTest::create()
{
    QSignalSpy changed(m_f->session.get(), &AnnotationSession::tagsChanged);
    const int before = int(m_f->session->tags().size());
    const Tag tag{-1, u" 开放数据 "_s, u"#123456"_s, u"说明"_s};
    m_f->stack()->push(new CreateTagCommand(m_f->session.get(), tag));
    QCOMPARE(m_f->stack()->count(), 1);
    QCOMPARE(m_f->stack()->undoText(), u"New Tag “开放数据”"_s);
    const qint64 id = m_f->id(u"开放数据"_s);
    QVERIFY(id > 0);
    QCOMPARE(*m_f->tags().get(id), (Tag{id, u"开放数据"_s, u"#123456"_s, u"说明"_s}));
    QCOMPARE(m_f->session->tags().size(), before + 1);
    QCOMPARE(m_f->session->tag(id)->name, u"开放数据"_s);
    QVERIFY(changed.size() >= 1);

    m_f->stack()->undo();
    QVERIFY(!m_f->tags().get(id));
    QVERIFY(!m_f->session->tag(id));
    QCOMPARE(m_f->session->tags().size(), before);

    m_f->stack()->redo();
    QCOMPARE(*m_f->tags().get(id), (Tag{id, u"开放数据"_s, u"#123456"_s, u"说明"_s})); // the same id
    QCOMPARE(m_f->session->tags().size(), before + 1);
}

void TagCommandsTest::createKeepsItsIdForLaterSteps()
{
    const QUuid a = m_f->annotate(kFirst, {1});
    m_f->stack()->push(new CreateTagCommand(m_f->session.get(), Tag{-1, u"开放数据"_s, {}, {}}));
    const qint64 id = m_f->id(u"开放数据"_s);
    Annotation tagged = *m_f->session->annotation(a);
    tagged.tagIds.append(id);
    QVERIFY(m_f->session->edit(tagged, EditAnnotationCommand::Kind::Tags));
    QCOMPARE(m_f->stored(a), (QList<qint64>{1, id}));

    m_f->stack()->undo();
    m_f->stack()->undo();
    QVERIFY(!m_f->tags().get(id));
    QCOMPARE(m_f->shown(a), QList<qint64>{1});
    m_f->stack()->redo();
    m_f->stack()->redo(); // the edit finds its tag again
    QCOMPARE(m_f->stack()->index(), 2);
    QCOMPARE(m_f->shown(a), (QList<qint64>{1, id}));
    QCOMPARE(m_f->stored(a), (QList<qint64>{1, id}));
    QCOMPARE(m_f->session->tags().last().annotationCount, 1);
}

void TagCommandsTest::createRefused()
{
    QSignalSpy failed(m_f->session.get(), &AnnotationSession::failed);
    m_f->stack()->push(new CreateTagCommand(m_f->session.get(), Tag{-1, u"承诺"_s, {}, {}}));
    m_f->stack()->push(new CreateTagCommand(m_f->session.get(), Tag{-1, u"  "_s, {}, {}}));
    QCOMPARE(m_f->stack()->count(), 0);
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.at(0).at(0).toString().contains(u"承诺"_s));
    QCOMPARE(m_f->session->tags().size(), 6);
}

void TagCommandsTest::rename()
{
    const qint64 id = m_f->id(u"亮点"_s);
    const QUuid a = m_f->annotate(kFirst, {id});
    m_f->stack()->push(new RenameTagCommand(m_f->session.get(), id, u"经验做法 "_s));
    QCOMPARE(m_f->stack()->undoText(), u"Rename Tag “亮点” to “经验做法”"_s);
    QCOMPARE(m_f->tags().get(id)->name, u"经验做法"_s);
    QCOMPARE(m_f->session->tag(id)->name, u"经验做法"_s);
    QCOMPARE(m_f->shown(a), QList<qint64>{id}); // annotations carry the id
    m_f->stack()->undo();
    QCOMPARE(m_f->tags().get(id)->name, u"亮点"_s);
    QCOMPARE(m_f->session->tag(id)->name, u"亮点"_s);
    m_f->stack()->redo();
    QCOMPARE(m_f->session->tag(id)->name, u"经验做法"_s);
}

void TagCommandsTest::renameRefused()
{
    QSignalSpy failed(m_f->session.get(), &AnnotationSession::failed);
    const qint64 id = m_f->id(u"亮点"_s);
    m_f->stack()->push(new RenameTagCommand(m_f->session.get(), id, u"问题"_s));
    m_f->stack()->push(new RenameTagCommand(m_f->session.get(), id, u""_s));
    // No change: no step, no message.
    m_f->stack()->push(new RenameTagCommand(m_f->session.get(), id, u"亮点"_s));
    QCOMPARE(m_f->stack()->count(), 0);
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.at(0).at(0).toString().contains(u"问题"_s));
    QCOMPARE(m_f->tags().get(id)->name, u"亮点"_s);
}

void TagCommandsTest::recolor()
{
    const qint64 id = m_f->id(u"指标"_s);
    const QString before = m_f->tags().get(id)->color;
    m_f->stack()->push(new RecolorTagCommand(m_f->session.get(), id, u"#ABCDEF"_s));
    QCOMPARE(m_f->tags().get(id)->color, u"#ABCDEF"_s);
    QCOMPARE(m_f->session->tag(id)->color, u"#ABCDEF"_s);
    m_f->stack()->undo();
    QCOMPARE(m_f->session->tag(id)->color, before);
    m_f->stack()->redo();
    QCOMPARE(m_f->session->tag(id)->color, u"#ABCDEF"_s);

    QSignalSpy failed(m_f->session.get(), &AnnotationSession::failed);
    m_f->stack()->push(new RecolorTagCommand(m_f->session.get(), id, u"red"_s));
    QCOMPARE(m_f->stack()->count(), 1);
    QCOMPARE(failed.size(), 1);
}

void TagCommandsTest::deleteRestoresExactLinks()
{
    const qint64 id = m_f->id(u"问题"_s);
    const QUuid a = m_f->annotate(kFirst, {1, id, 2});
    const QUuid b = m_f->annotate(kSecond, {id});
    const QUuid c = m_f->annotate(kThird, {3});
    const QUuid elsewhere = m_f->annotateElsewhere({id, 5});
    const Tag tag = *m_f->tags().get(id);

    QSignalSpy reset(m_f->session.get(), &AnnotationSession::annotationsReset);
    m_f->stack()->push(new DeleteTagCommand(m_f->session.get(), id));
    QCOMPARE(m_f->stack()->undoText(), u"Delete Tag “问题”"_s);
    QVERIFY(!m_f->tags().get(id));
    QVERIFY(!m_f->session->tag(id));
    QCOMPARE(m_f->shown(a), (QList<qint64>{1, 2}));
    QCOMPARE(m_f->stored(a), (QList<qint64>{1, 2}));
    QCOMPARE(m_f->shown(b), QList<qint64>{});
    QCOMPARE(m_f->stored(elsewhere), QList<qint64>{5});
    QCOMPARE(reset.size(), 1); // the window's annotations followed

    for (int round = 0; round < 2; ++round) {
        m_f->stack()->undo();
        QCOMPARE(*m_f->tags().get(id), tag);
        QCOMPARE(m_f->session->tag(id), tag);
        QCOMPARE(m_f->shown(a), (QList<qint64>{1, id, 2}));
        QCOMPARE(m_f->stored(a), (QList<qint64>{1, id, 2}));
        QCOMPARE(m_f->shown(b), QList<qint64>{id});
        QCOMPARE(m_f->shown(c), QList<qint64>{3});
        QCOMPARE(m_f->stored(elsewhere), (QList<qint64>{id, 5}));
        QCOMPARE(m_f->session->tags().at(3).annotationCount, 3);
        m_f->stack()->redo();
        QVERIFY(!m_f->session->tag(id));
        QCOMPARE(m_f->shown(a), (QList<qint64>{1, 2}));
        QCOMPARE(m_f->stored(elsewhere), QList<qint64>{5});
    }
}

void TagCommandsTest::deleteUnused()
{
    QSignalSpy reset(m_f->session.get(), &AnnotationSession::annotationsReset);
    m_f->stack()->push(new DeleteTagCommand(m_f->session.get(), 6));
    QVERIFY(!m_f->session->tag(6));
    QCOMPARE(m_f->session->tags().size(), 5);
    m_f->stack()->undo();
    QCOMPARE(m_f->session->tags().size(), 6);
    QCOMPARE(m_f->session->tags().last().tag.name, u"亮点"_s);
    QCOMPARE(reset.size(), 0); // no annotation changed: the list is left alone

    m_f->stack()->redo();
    QSignalSpy failed(m_f->session.get(), &AnnotationSession::failed);
    m_f->stack()->push(new DeleteTagCommand(m_f->session.get(), 9999));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_f->stack()->count(), 1); // the one before; the refused step is not added
}

void TagCommandsTest::mergeRestoresExactLinks()
{
    const Tag created{-1, u"目标"_s, u"#123456"_s, u"说明"_s};
    m_f->stack()->push(new CreateTagCommand(m_f->session.get(), created));
    m_f->stack()->clear();
    const qint64 from = m_f->id(u"目标"_s);
    const qint64 into = m_f->id(u"指标"_s);
    const QUuid gains = m_f->annotate(kFirst, {3, from, 1}); // only `from`: gains `into` in its place
    const QUuid both = m_f->annotate(kSecond, {from, 5, into});
    const QUuid onlyInto = m_f->annotate(kThird, {into});
    const QUuid elsewhere = m_f->annotateElsewhere({from});
    const Tag tag = *m_f->tags().get(from);

    m_f->stack()->push(new MergeTagsCommand(m_f->session.get(), from, into));
    QCOMPARE(m_f->stack()->undoText(), u"Merge Tag “目标” into “指标”"_s);
    auto merged = [&] {
        QVERIFY(!m_f->tags().get(from));
        QVERIFY(!m_f->session->tag(from));
        QCOMPARE(m_f->shown(gains), (QList<qint64>{3, into, 1}));
        QCOMPARE(m_f->stored(gains), (QList<qint64>{3, into, 1}));
        QCOMPARE(m_f->shown(both), (QList<qint64>{5, into}));
        QCOMPARE(m_f->shown(onlyInto), QList<qint64>{into});
        QCOMPARE(m_f->stored(elsewhere), QList<qint64>{into});
        QCOMPARE(m_f->session->tag(into)->name, u"指标"_s);
    };
    merged();
    if (QTest::currentTestFailed())
        return;
    for (int round = 0; round < 2; ++round) {
        m_f->stack()->undo();
        QCOMPARE(*m_f->tags().get(from), tag);
        QCOMPARE(m_f->shown(gains), (QList<qint64>{3, from, 1}));
        QCOMPARE(m_f->stored(gains), (QList<qint64>{3, from, 1}));
        QCOMPARE(m_f->shown(both), (QList<qint64>{from, 5, into}));
        QCOMPARE(m_f->stored(both), (QList<qint64>{from, 5, into}));
        QCOMPARE(m_f->shown(onlyInto), QList<qint64>{into});
        QCOMPARE(m_f->stored(elsewhere), QList<qint64>{from});
        m_f->stack()->redo();
        merged();
        if (QTest::currentTestFailed())
            return;
    }
}

void TagCommandsTest::mergeRefused()
{
    QSignalSpy failed(m_f->session.get(), &AnnotationSession::failed);
    m_f->stack()->push(new MergeTagsCommand(m_f->session.get(), 1, 1));
    m_f->stack()->push(new MergeTagsCommand(m_f->session.get(), 1, 9999));
    m_f->stack()->push(new MergeTagsCommand(m_f->session.get(), 9999, 1));
    QCOMPARE(m_f->stack()->count(), 0);
    QCOMPARE(failed.size(), 3);
    QCOMPARE(m_f->session->tags().size(), 6);
}

void TagCommandsTest::annotationsOff()
{
    AnnotationSession off; // no annotation file
    QSignalSpy failed(&off, &AnnotationSession::failed);
    off.undoStack()->push(new CreateTagCommand(&off, Tag{-1, u"新"_s, {}, {}}));
    off.undoStack()->push(new DeleteTagCommand(&off, 1));
    QCOMPARE(off.undoStack()->count(), 0);
    QCOMPARE(failed.size(), 2);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
}

QTEST_MAIN(TagCommandsTest)
#include "tagcommands_test.moc"
