// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"
#include "database.h"
#include "storagefixtures.h"
#include "tagstore.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace pizhu;

class AnnotationStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_db = openDatabase(u":memory:"_s);
        m_store = std::make_unique<AnnotationStore>(*m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }
    void roundTrip_data();
    void roundTrip();
    void roundTripInAFile();
    void documentOrder();
    void update();
    void refusesBadAnnotations();
    void unknownTagSavesNothing();
    void removeCascadesToTags();
    void setTags();
    void upsertMergesByUuid();
    void hostileText();
    void responsibleUnits();

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AnnotationStore> m_store;
};

void AnnotationStoreTest::roundTrip_data()
{
    QTest::addColumn<Annotation>("annotation");
    QTest::newRow("every field") << sampleAnnotation(u"work"_s, 4, {3, 1, 5});
    Annotation minimal;
    minimal.id = QUuid::createUuid();
    minimal.workKey = u"w"_s;
    QTest::newRow("nothing but an id") << minimal;
    Annotation local = sampleAnnotation(u"work"_s, 5);
    // A local time with milliseconds comes back as the same instant.
    const QTimeZone beijing = QTimeZone::fromSecondsAheadOfUtc(8 * 3600);
    local.created = QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59, 999), beijing);
    const QTimeZone brasilia = QTimeZone::fromSecondsAheadOfUtc(-3 * 3600);
    local.modified = QDateTime(QDate(2025, 1, 1), QTime(0, 0, 0, 1), brasilia);
    local.anchor.exact = u"𠀀𪚥 surrogates, emoji 📌 and a\ttab\nand a newline"_s;
    local.note = QString(20000, u'批'); // a long note
    local.status = CommitmentStatus::Unverifiable;
    QTest::newRow("time zones, long and odd text") << local;
}

void AnnotationStoreTest::roundTrip()
{
    QFETCH(Annotation, annotation);
    const auto added = m_store->add(annotation);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    const auto stored = m_store->get(annotation.id);
    QVERIFY(stored);
    QCOMPARE(stored->created, annotation.created);
    QCOMPARE(stored->modified, annotation.modified);
    QCOMPARE(stored->tagIds, annotation.tagIds);
    QCOMPARE(stored->anchor, annotation.anchor);
    QVERIFY(*stored == annotation);
    QCOMPARE(stored->created.timeSpec(), annotation.created.isValid() ? Qt::UTC : Qt::LocalTime);
    QCOMPARE(m_store->forWork(annotation.workKey), QList<Annotation>{annotation});
    QVERIFY(!m_store->get(QUuid::createUuid()));
}

void AnnotationStoreTest::roundTripInAFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"a.sqlite"_s);
    const Annotation a = sampleAnnotation(u"work"_s, 7, {6, 2});
    QVERIFY(AnnotationStore(*openDatabase(file)).add(a).ok());
    const auto again = openDatabase(file);
    QCOMPARE(AnnotationStore(*again).get(a.id), std::optional(a));
}

void AnnotationStoreTest::documentOrder()
{
    QList<Annotation> added;
    for (int i = 0; i < 50; ++i)
        added << sampleAnnotation(u"work"_s, i, {qint64(1 + i % 6)});
    added.last().anchor.start = added.first().anchor.start; // same start: the shorter first
    added.last().anchor.end = added.first().anchor.end + 5;
    QList<Annotation> shuffled = added;
    std::shuffle(shuffled.begin(), shuffled.end(), *QRandomGenerator::global());
    for (const Annotation &a : std::as_const(shuffled))
        QVERIFY(m_store->add(a).ok());
    QVERIFY(m_store->add(sampleAnnotation(u"another work"_s, 0)).ok());

    const QList<Annotation> loaded = m_store->forWork(u"work"_s);
    QCOMPARE(loaded.size(), 50);
    QVERIFY(std::is_sorted(loaded.cbegin(), loaded.cend(), [](const Annotation &x, const Annotation &y) {
        return std::pair(x.anchor.start, x.anchor.end) < std::pair(y.anchor.start, y.anchor.end);
    }));
    QCOMPARE(loaded.at(0).id, added.first().id);
    QCOMPARE(loaded.at(1).id, added.last().id);
    for (const Annotation &a : loaded) {
        const auto same = [&](const Annotation &x) { return x.id == a.id; };
        QCOMPARE(a, *std::find_if(added.cbegin(), added.cend(), same));
    }
    QCOMPARE(m_store->count(), 51);
    QCOMPARE(m_store->count(u"work"_s), 50);
    QCOMPARE(m_store->count(u"nothing"_s), 0);
    QVERIFY(m_store->forWork(u"nothing"_s).isEmpty());
}

void AnnotationStoreTest::update()
{
    Annotation a = sampleAnnotation(u"work"_s, 1, {1, 2});
    QVERIFY(m_store->add(a).ok());
    a.note = u"改过的批注"_s;
    a.status = CommitmentStatus::Done;
    a.due = QDate(2026, 1, 1);
    a.orphaned = true;
    a.anchor.start = 5;
    a.tagIds = {4};
    a.modified = a.modified.addDays(1);
    QVERIFY(m_store->update(a).ok());
    QCOMPARE(m_store->get(a.id), std::optional(a));
    QCOMPARE(m_store->count(), 1);

    const auto missing = m_store->update(sampleAnnotation(u"work"_s, 2));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::BadInput);
    QCOMPARE(m_store->count(), 1);
}

void AnnotationStoreTest::refusesBadAnnotations()
{
    const Annotation a = sampleAnnotation(u"work"_s, 1);
    QVERIFY(m_store->add(a).ok());
    const auto twice = m_store->add(a);
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, Error::Kind::BadInput);
    QVERIFY(twice.error().message.contains(a.id.toString(QUuid::WithoutBraces)));

    Annotation noId = sampleAnnotation(u"work"_s, 2);
    noId.id = QUuid();
    QCOMPARE(m_store->add(noId).error().kind, Error::Kind::BadInput);
    Annotation noWork = sampleAnnotation(QString(), 3);
    QCOMPARE(m_store->add(noWork).error().kind, Error::Kind::BadInput);
    QCOMPARE(m_store->upsert({sampleAnnotation(u"w"_s, 4), noWork}).error().kind, Error::Kind::BadInput);
    QCOMPARE(m_store->count(), 1);
}

void AnnotationStoreTest::unknownTagSavesNothing()
{
    const auto added = m_store->add(sampleAnnotation(u"work"_s, 1, {1, 999}));
    QVERIFY(!added);
    qInfo() << added.error().message;
    QCOMPARE(m_store->count(), 0); // the annotation went with its tags
    const auto imported =
        m_store->upsert({sampleAnnotation(u"work"_s, 2), sampleAnnotation(u"work"_s, 3, {999})});
    QVERIFY(!imported);
    QCOMPARE(m_store->count(), 0); // all or nothing
}

void AnnotationStoreTest::removeCascadesToTags()
{
    const Annotation a = sampleAnnotation(u"work"_s, 1, {1, 2});
    const Annotation b = sampleAnnotation(u"work"_s, 2, {2});
    QVERIFY(m_store->add(a).ok());
    QVERIFY(m_store->add(b).ok());
    TagStore tags(*m_db);
    QCOMPARE(tags.all().at(1).annotationCount, 2);
    const auto removed = m_store->remove(a.id);
    QVERIFY(removed.ok() && removed.value());
    QCOMPARE(tags.all().at(0).annotationCount, 0);
    QCOMPARE(tags.all().at(1).annotationCount, 1);
    QVERIFY(!m_store->get(a.id));
    const auto again = m_store->remove(a.id);
    QVERIFY(again.ok() && !again.value());
    QCOMPARE(m_store->count(), 1);
}

void AnnotationStoreTest::setTags()
{
    const Annotation a = sampleAnnotation(u"work"_s, 1, {1});
    QVERIFY(m_store->add(a).ok());
    QVERIFY(m_store->setTags(a.id, {6, 3, 4}).ok());
    QCOMPARE(m_store->get(a.id)->tagIds, (QList<qint64>{6, 3, 4}));
    QVERIFY(m_store->setTags(a.id, {2, 2, 5}).ok()); // a tag listed twice is kept once
    QCOMPARE(m_store->get(a.id)->tagIds, (QList<qint64>{2, 5}));
    QVERIFY(m_store->setTags(a.id, {}).ok());
    QVERIFY(m_store->get(a.id)->tagIds.isEmpty());
    QCOMPARE(m_store->setTags(QUuid::createUuid(), {1}).error().kind, Error::Kind::BadInput);
}

void AnnotationStoreTest::upsertMergesByUuid()
{
    QList<Annotation> first;
    for (int i = 0; i < 3; ++i)
        first << sampleAnnotation(u"work"_s, i, {1});
    const auto added = m_store->upsert(first);
    QVERIFY(added);
    QCOMPARE(added.value(), (AnnotationStore::UpsertCounts{3, 0, 0}));

    Annotation newer = first.at(0);
    newer.note = u"导入的新版本"_s;
    newer.tagIds = {2, 3};
    newer.modified = newer.modified.addSecs(60);
    Annotation older = first.at(1);
    older.note = u"更旧的导出"_s;
    older.modified = older.modified.addSecs(-60);
    const Annotation fresh = sampleAnnotation(u"work"_s, 9);
    const auto merged = m_store->upsert({newer, older, fresh, first.at(2)});
    QVERIFY(merged);
    QCOMPARE(merged.value(), (AnnotationStore::UpsertCounts{1, 2, 1})); // same time: updated
    QCOMPARE(m_store->count(), 4);
    QCOMPARE(m_store->get(newer.id), std::optional(newer));
    QCOMPARE(m_store->get(older.id), std::optional(first.at(1))); // the stored one was newer
    QCOMPARE(m_store->get(fresh.id), std::optional(fresh));
    QCOMPARE(m_store->upsert({}).value(), AnnotationStore::UpsertCounts{});
}

void AnnotationStoreTest::hostileText()
{
    Annotation a = sampleAnnotation(u"work'); DROP TABLE annotations;--"_s, 1, {1});
    a.note = u"'); DROP TABLE tags;--"_s;
    a.author = u"Robert'); DELETE FROM annotation_tags; --"_s;
    a.anchor.exact = u"\"; UPDATE annotations SET note = 'x' WHERE 1=1; --"_s;
    a.responsibleUnit = u"区司法局' OR '1'='1"_s;
    a.anchor.headingPath = u"%_\\ LIKE wildcards and a NUL-free \u0001 control"_s;
    QVERIFY(m_store->add(a).ok());
    QVERIFY(m_store->add(sampleAnnotation(u"work"_s, 2, {1})).ok());
    QCOMPARE(m_store->get(a.id), std::optional(a));
    QCOMPARE(m_store->forWork(a.workKey), QList<Annotation>{a});
    QCOMPARE(m_store->count(), 2);
    QCOMPARE(TagStore(*m_db).all().size(), 6);
    QCOMPARE(TagStore(*m_db).all().first().annotationCount, 2);
    QVERIFY(m_store->forWork(u"work' OR '1'='1"_s).isEmpty());
}

void AnnotationStoreTest::responsibleUnits()
{
    QVERIFY(m_store->responsibleUnits().isEmpty());
    const QList<std::pair<QString, int>> units = {
        {u"区司法局"_s, 1}, {u"区市场监管局"_s, 3}, {QString(), 4}, {u"区城管局"_s, 2}, {u"区教育局"_s, 1},
    };
    int n = 0;
    for (const auto &[unit, times] : units) {
        for (int i = 0; i < times; ++i) {
            Annotation a = sampleAnnotation(n % 2 ? u"work"_s : u"another work"_s, n);
            a.responsibleUnit = unit;
            a.modified = QDateTime(QDate(2025, 1, 1), QTime(8, 0), QTimeZone::UTC).addSecs(n);
            QVERIFY(m_store->add(a).ok());
            ++n;
        }
    }
    // Most used first; equally used: the one changed last first. Every work, no empty unit.
    QCOMPARE(m_store->responsibleUnits(),
             (QStringList{u"区市场监管局"_s, u"区城管局"_s, u"区教育局"_s, u"区司法局"_s}));
    // A hostile unit is a value like any other.
    Annotation odd = sampleAnnotation(u"work"_s, 99);
    odd.responsibleUnit = u"x' OR '1'='1"_s;
    QVERIFY(m_store->add(odd).ok());
    QCOMPARE(m_store->responsibleUnits().size(), 5);
    QVERIFY(m_store->responsibleUnits().contains(odd.responsibleUnit));
}

QTEST_GUILESS_MAIN(AnnotationStoreTest)
#include "annotationstore_test.moc"
