// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"
#include "database.h"
#include "storagefixtures.h"
#include "tagstore.h"

#include <QColor>
#include <QSet>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace pizhu;

class TagStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_db = openDatabase(u":memory:"_s);
        m_tags = std::make_unique<TagStore>(*m_db);
        m_annotations = std::make_unique<AnnotationStore>(*m_db);
    }
    void cleanup()
    {
        m_annotations.reset();
        m_tags.reset();
        m_db.reset();
    }
    void starterSet();
    void create();
    void createRefuses_data();
    void createRefuses();
    void rename();
    void recolorAndDescribe();
    void removeCascades();
    void merge();
    void mergeRefuses();
    void hostileNames();
    void linksAndCheckName();
    void restoreAfterRemove();
    void restoreRefuses();
    void restoreSkipsDeletedAnnotations();
    void unlink();
    void unmergeRestoresExactly();

private:
    int usage(qint64 id) const
    {
        for (const TagUsage &t : m_tags->all())
            if (t.tag.id == id)
                return t.annotationCount;
        return -1;
    }
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TagStore> m_tags;
    std::unique_ptr<AnnotationStore> m_annotations;
};

void TagStoreTest::starterSet()
{
    const QList<TagUsage> all = m_tags->all();
    QStringList names;
    QSet<QString> colors;
    for (const TagUsage &t : all) {
        names << t.tag.name;
        colors.insert(t.tag.color.toUpper());
        QVERIFY(QColor::isValidColorName(t.tag.color));
        QVERIFY(!t.tag.description.isEmpty());
        QCOMPARE(t.annotationCount, 0);
    }
    QCOMPARE(names, (QStringList{u"承诺"_s, u"指标"_s, u"成效"_s, u"问题"_s, u"责任"_s, u"亮点"_s}));
    QCOMPARE(colors.size(), 6); // all different
}

void TagStoreTest::create()
{
    const auto id = m_tags->create(Tag{-1, u"  Open Data "_s, u"#00aa11"_s, u"开放数据"_s});
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    const auto tag = m_tags->get(id.value());
    QVERIFY(tag);
    QCOMPARE(*tag, (Tag{id.value(), u"Open Data"_s, u"#00aa11"_s, u"开放数据"_s}));
    QCOMPARE(m_tags->find(u"open data"_s), tag); // case does not matter
    QCOMPARE(m_tags->find(u"OPEN DATA "_s), tag);
    QVERIFY(!m_tags->find(u"open"_s));
    QCOMPARE(m_tags->find(u"承诺"_s)->id, 1);
    QCOMPARE(m_tags->all().size(), 7);
    QCOMPARE(m_tags->all().last().tag, *tag);

    const auto plain = m_tags->create(Tag{-1, u"无色"_s, {}, {}});
    QVERIFY(plain);
    QVERIFY(QColor::isValidColorName(m_tags->get(plain.value())->color)); // a default colour
}

void TagStoreTest::createRefuses_data()
{
    QTest::addColumn<Tag>("tag");
    QTest::newRow("empty name") << Tag{-1, u"  "_s, {}, {}};
    QTest::newRow("taken") << Tag{-1, u"承诺"_s, {}, {}};
    QTest::newRow("taken, other case") << Tag{-1, u"Test"_s, {}, {}};
    QTest::newRow("not a colour") << Tag{-1, u"新"_s, u"red"_s, {}};
    QTest::newRow("colour as SQL") << Tag{-1, u"新"_s, u"'); DROP TABLE tags;--"_s, {}};
}

void TagStoreTest::createRefuses()
{
    QFETCH(Tag, tag);
    QVERIFY(m_tags->create(Tag{-1, u"TEST"_s, {}, {}}));
    const auto created = m_tags->create(tag);
    QVERIFY(!created);
    QCOMPARE(created.error().kind, Error::Kind::BadInput);
    QCOMPARE(m_tags->all().size(), 7);
}

void TagStoreTest::rename()
{
    const qint64 id = m_tags->find(u"亮点"_s)->id;
    QVERIFY(m_tags->rename(id, u"经验做法"_s).ok());
    QCOMPARE(m_tags->get(id)->name, u"经验做法"_s);
    const auto taken = m_tags->rename(id, u"问题"_s);
    QVERIFY(!taken);
    QCOMPARE(taken.error().kind, Error::Kind::BadInput);
    QVERIFY(taken.error().message.contains(u"问题"_s));

    const auto latin = m_tags->create(Tag{-1, u"kpi"_s, {}, {}});
    QVERIFY(m_tags->rename(latin.value(), u"KPI"_s).ok()); // its own name in other case
    QCOMPARE(m_tags->get(latin.value())->name, u"KPI"_s);
    QCOMPARE(m_tags->rename(9999, u"无"_s).error().kind, Error::Kind::BadInput);
    QCOMPARE(m_tags->rename(id, u" "_s).error().kind, Error::Kind::BadInput);
    QCOMPARE(m_tags->all().size(), 7);
}

void TagStoreTest::recolorAndDescribe()
{
    QVERIFY(m_tags->recolor(2, u"#ABCDEF"_s).ok());
    QCOMPARE(m_tags->get(2)->color, u"#ABCDEF"_s);
    QCOMPARE(m_tags->recolor(2, u"#GGGGGG"_s).error().kind, Error::Kind::BadInput);
    QCOMPARE(m_tags->get(2)->color, u"#ABCDEF"_s);
    QVERIFY(m_tags->setDescription(2, u"“数字”和‘比率’"_s).ok());
    QCOMPARE(m_tags->get(2)->description, u"“数字”和‘比率’"_s);
    QVERIFY(!m_tags->recolor(9999, u"#000000"_s));
}

void TagStoreTest::removeCascades()
{
    const Annotation a = sampleAnnotation(u"w"_s, 1, {1, 4, 2});
    QVERIFY(m_annotations->add(a).ok());
    QCOMPARE(usage(4), 1);
    const auto removed = m_tags->remove(4);
    QVERIFY(removed.ok() && removed.value());
    QCOMPARE(m_annotations->get(a.id)->tagIds, (QList<qint64>{1, 2})); // the annotation stays
    QVERIFY(!m_tags->get(4));
    QCOMPARE(m_tags->all().size(), 5);
    QVERIFY(!m_tags->remove(4).value());
}

void TagStoreTest::merge()
{
    const auto from = m_tags->create(Tag{-1, u"目标"_s, {}, {}}).value();
    const qint64 into = m_tags->find(u"指标"_s)->id;
    const Annotation onlyFrom = sampleAnnotation(u"w"_s, 1, {from, 1});
    const Annotation both = sampleAnnotation(u"w"_s, 2, {into, from});
    const Annotation onlyInto = sampleAnnotation(u"w"_s, 3, {into});
    const Annotation neither = sampleAnnotation(u"w"_s, 4, {3});
    for (const Annotation &a : {onlyFrom, both, onlyInto, neither})
        QVERIFY(m_annotations->add(a).ok());
    QCOMPARE(usage(from), 2);
    QCOMPARE(usage(into), 2);

    const auto moved = m_tags->merge(from, into);
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(moved.value(), 1);
    QVERIFY(!m_tags->get(from));
    QCOMPARE(usage(into), 3);
    QCOMPARE(m_annotations->get(onlyFrom.id)->tagIds, (QList<qint64>{into, 1})); // keeps its place
    QCOMPARE(m_annotations->get(both.id)->tagIds, QList<qint64>{into}); // once
    QCOMPARE(m_annotations->get(onlyInto.id)->tagIds, QList<qint64>{into});
    QCOMPARE(m_annotations->get(neither.id)->tagIds, QList<qint64>{3});
    QCOMPARE(m_tags->all().size(), 6);
}

void TagStoreTest::mergeRefuses()
{
    QVERIFY(m_annotations->add(sampleAnnotation(u"w"_s, 1, {1})).ok());
    QCOMPARE(m_tags->merge(1, 1).error().kind, Error::Kind::BadInput);
    QCOMPARE(m_tags->merge(1, 9999).error().kind, Error::Kind::BadInput);
    QCOMPARE(m_tags->merge(9999, 1).error().kind, Error::Kind::BadInput);
    QCOMPARE(usage(1), 1);
    QCOMPARE(m_tags->all().size(), 6);
}

void TagStoreTest::hostileNames()
{
    const QStringList names = {u"'); DROP TABLE tags;--"_s, u"\"quoted\" 'single'"_s, u"a%_\\b"_s,
                               u"承诺'--"_s, u"Robert'); DELETE FROM annotations; --"_s};
    for (const QString &name : names) {
        const auto id = m_tags->create(Tag{-1, name, {}, name});
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QCOMPARE(m_tags->find(name)->id, id.value());
        QCOMPARE(m_tags->get(id.value())->description, name);
    }
    QCOMPARE(m_tags->all().size(), 6 + names.size());
    QVERIFY(!m_tags->find(u"' OR '1'='1"_s));
    QVERIFY(m_tags->rename(7, u"'; UPDATE tags SET name = 'x'; --"_s).ok());
    QCOMPARE(m_tags->find(u"承诺"_s)->id, 1);
}

void TagStoreTest::linksAndCheckName()
{
    const Annotation a = sampleAnnotation(u"w"_s, 1, {1, 4, 2});
    const Annotation b = sampleAnnotation(u"v"_s, 2, {4});
    QVERIFY(m_annotations->add(a).ok());
    QVERIFY(m_annotations->add(b).ok());
    QList<TagStore::Link> expected{{a.id, 1}, {b.id, 0}};
    std::sort(expected.begin(), expected.end(), [](const TagStore::Link &x, const TagStore::Link &y) {
        return x.annotation.toString() < y.annotation.toString();
    });
    QCOMPARE(m_tags->links(4), expected);
    QCOMPARE(m_tags->annotationsWith(4),
             (QList<QUuid>{expected.at(0).annotation, expected.at(1).annotation}));
    QVERIFY(m_tags->links(5).isEmpty());
    QVERIFY(m_tags->annotationsWith(9999).isEmpty());

    QCOMPARE(m_tags->checkName(u" 新标签 "_s).value(), u"新标签"_s);
    QCOMPARE(m_tags->checkName(u"  "_s).error().kind, Error::Kind::BadInput);
    QVERIFY(m_tags->checkName(u"承诺"_s).error().message.contains(u"承诺"_s));
    QCOMPARE(m_tags->checkName(u"承诺"_s, 1).value(), u"承诺"_s); // its own name
}

void TagStoreTest::restoreAfterRemove()
{
    const Annotation a = sampleAnnotation(u"w"_s, 1, {1, 4, 2});
    const Annotation b = sampleAnnotation(u"w"_s, 2, {4, 3});
    const Annotation c = sampleAnnotation(u"w"_s, 3, {2});
    for (const Annotation &x : {a, b, c})
        QVERIFY(m_annotations->add(x).ok());
    const Tag tag = *m_tags->get(4);
    const QList<TagStore::Link> links = m_tags->links(4);
    QVERIFY(m_tags->remove(4).value());
    // Positions renumbered since (an edit writes the list again): places still hold.
    QVERIFY(m_annotations->setTags(a.id, {1, 2}).ok());
    const auto restored = m_tags->restore(tag, links);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    QCOMPARE(*m_tags->get(4), tag);
    QCOMPARE(m_annotations->get(a.id)->tagIds, (QList<qint64>{1, 4, 2}));
    QCOMPARE(m_annotations->get(b.id)->tagIds, (QList<qint64>{4, 3}));
    QCOMPARE(m_annotations->get(c.id)->tagIds, QList<qint64>{2});
    QCOMPARE(usage(4), 2);
    QCOMPARE(m_tags->all().size(), 6);
    QCOMPARE(m_tags->all().at(3).tag, tag); // back in its place in the list too
}

void TagStoreTest::restoreRefuses()
{
    const Tag tag = *m_tags->get(4);
    QCOMPARE(m_tags->restore(tag, {}).error().kind, Error::Kind::BadInput); // still there
    QVERIFY(m_tags->remove(4).value());
    QCOMPARE(m_tags->restore(Tag{-1, u"新"_s, {}, {}}, {}).error().kind, Error::Kind::BadInput);
    QCOMPARE(m_tags->restore(Tag{4, tag.name, u"blue"_s, {}}, {}).error().kind, Error::Kind::BadInput);
    QVERIFY(m_tags->create(Tag{-1, tag.name, {}, {}}).ok()); // the name was taken meanwhile
    QCOMPARE(m_tags->restore(tag, {}).error().kind, Error::Kind::BadInput);
    QVERIFY(!m_tags->get(4));
}

void TagStoreTest::restoreSkipsDeletedAnnotations()
{
    const Annotation a = sampleAnnotation(u"w"_s, 1, {4});
    const Annotation b = sampleAnnotation(u"w"_s, 2, {1, 4});
    QVERIFY(m_annotations->add(a).ok());
    QVERIFY(m_annotations->add(b).ok());
    const Tag tag = *m_tags->get(4);
    const QList<TagStore::Link> links = m_tags->links(4);
    QVERIFY(m_tags->remove(4).value());
    QVERIFY(m_annotations->remove(a.id).value());
    QVERIFY(m_tags->restore(tag, links).ok());
    QCOMPARE(m_annotations->get(b.id)->tagIds, (QList<qint64>{1, 4}));
    QCOMPARE(usage(4), 1);
}

void TagStoreTest::unlink()
{
    const Annotation a = sampleAnnotation(u"w"_s, 1, {1, 4, 2});
    const Annotation b = sampleAnnotation(u"w"_s, 2, {4});
    QVERIFY(m_annotations->add(a).ok());
    QVERIFY(m_annotations->add(b).ok());
    QVERIFY(m_tags->unlink(4, {a.id, QUuid::createUuid()}).ok());
    QCOMPARE(m_annotations->get(a.id)->tagIds, (QList<qint64>{1, 2}));
    QCOMPARE(m_annotations->get(b.id)->tagIds, QList<qint64>{4});
    QVERIFY(m_tags->get(4)); // the tag stays
}

void TagStoreTest::unmergeRestoresExactly()
{
    const qint64 from = m_tags->create(Tag{-1, u"目标"_s, u"#123456"_s, u"说明"_s}).value();
    const qint64 into = m_tags->find(u"指标"_s)->id;
    const QList<Annotation> annotations = {
        sampleAnnotation(u"w"_s, 1, {3, from, 1}), // gains `into` in from's place
        sampleAnnotation(u"w"_s, 2, {into, from}), // has both
        sampleAnnotation(u"w"_s, 3, {from, 5, into}), // has both, from first
        sampleAnnotation(u"w"_s, 4, {into}),
        sampleAnnotation(u"v"_s, 5, {from}), // another report
        sampleAnnotation(u"w"_s, 6, {3}),
    };
    for (const Annotation &a : annotations)
        QVERIFY(m_annotations->add(a).ok());
    const Tag tag = *m_tags->get(from);
    const QList<TagStore::Link> links = m_tags->links(from);
    const QList<QUuid> had = m_tags->annotationsWith(into);
    QList<QUuid> gained;
    for (const TagStore::Link &link : links) {
        if (!had.contains(link.annotation))
            gained.append(link.annotation);
    }
    QCOMPARE(gained.size(), 2);
    QCOMPARE(m_tags->merge(from, into).value(), 2);
    QCOMPARE(m_annotations->get(annotations.at(0).id)->tagIds, (QList<qint64>{3, into, 1}));

    const auto undone = m_tags->unmerge(tag, links, into, gained);
    QVERIFY2(undone, undone ? "" : qPrintable(undone.error().message));
    QCOMPARE(*m_tags->get(from), tag);
    for (const Annotation &a : annotations)
        QCOMPARE(m_annotations->get(a.id)->tagIds, a.tagIds);
    QCOMPARE(usage(from), 4);
    QCOMPARE(usage(into), 3);

    // All or nothing: a failing restore leaves the links to `into` as they were.
    QVERIFY(m_tags->merge(from, into).ok());
    QVERIFY(m_tags->create(Tag{-1, u"目标"_s, {}, {}}).ok()); // the name is taken now
    QVERIFY(!m_tags->unmerge(tag, links, into, gained));
    QCOMPARE(usage(into), 5);
    QCOMPARE(m_annotations->get(annotations.at(0).id)->tagIds, (QList<qint64>{3, into, 1}));
}

QTEST_GUILESS_MAIN(TagStoreTest)
#include "tagstore_test.moc"
