// SPDX-License-Identifier: GPL-3.0-or-later
// Notes from another annotation file merged into a real one.
#include "annotationstore.h"
#include "database.h"
#include "notesfixtures.h"
#include "notesmerger.h"
#include "reportstore.h"
#include "storagefixtures.h"
#include "tagstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

qsizetype at(const QString &passage)
{
    const qsizetype found = sampleReport().canonicalText.indexOf(passage);
    if (found < 0)
        qFatal("passage not in the sample: %s", qPrintable(passage));
    return found;
}

// Three passages of the sample, one with two tags.
QList<ExchangedAnnotation> threeNotes()
{
    const QString a = u"“一网通办”率达97.1%"_s;
    const QString b = u"但存在以下不足"_s;
    const QString c = u"深化街道法治化综合改革"_s;
    return {exchangedAt(sampleReport(), at(a), at(a) + a.size(), 1, {u"指标"_s, u"跟踪事项"_s}),
            exchangedAt(sampleReport(), at(b), at(b) + b.size(), 2),
            exchangedAt(sampleReport(), at(c), at(c) + c.size(), 3, {u"承诺"_s})};
}

QStringList tagNames(Database &db)
{
    QStringList names;
    for (const TagUsage &usage : TagStore(db).all())
        names << usage.tag.name;
    return names;
}

} // namespace

class NotesMergerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addsThenFindsUnchanged();
    void updatesNewerAndKeepsOlder();
    void tagsByName();
    void placesByQuoteAndFillsPositionOnly();
    void sourceAsWorkKeyAndUnknownVersions();
    void unknownReportIsCountedAndTheRestImported();
    void unplaceableQuoteIsAnOrphan();
    void unusableEntriesAreSkippedWithReasons();
    void failureMidwayLeavesNothing();
    void readOnlyFileLeavesNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void NotesMergerTest::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = openDatabase(m_dir->filePath(u"notes.sqlite"_s));
    QVERIFY(ReportStore(*m_db).store(sampleReport()).ok());
}

void NotesMergerTest::addsThenFindsUnchanged()
{
    const auto first = NotesMerger(*m_db).merge(threeNotes());
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QCOMPARE(first->added, 3);
    QCOMPARE(first->updated, 0);
    QCOMPARE(first->unchanged, 0);
    QCOMPARE(first->orphaned, 0);
    QCOMPARE(first->skipped, 0);
    AnnotationStore store(*m_db);
    const QList<Annotation> stored = store.forWork(sampleReport().workKey());
    QCOMPARE(stored.size(), 3);
    const Annotation &a = stored.first();
    const QList<ExchangedAnnotation> sentList = threeNotes();
    const Annotation &sent = sentList.first().annotation;
    QCOMPARE(a.id, sent.id);
    QCOMPARE(a.anchor, sent.anchor);
    QCOMPARE(a.note, sent.note);
    QCOMPARE(a.contentHash, sampleReport().contentHash());
    QCOMPARE(a.tagIds.size(), 2);
    QVERIFY(!a.orphaned);

    // Again: nothing new, nothing duplicated.
    const auto again = NotesMerger(*m_db).merge(threeNotes());
    QVERIFY(again.ok());
    QCOMPARE(again->added, 0);
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->unchanged, 3);
    QCOMPARE(store.count(), 3);
    QCOMPARE(store.forWork(sampleReport().workKey()), stored);

    // The same annotation twice in one file: stored once.
    QList<ExchangedAnnotation> twice = threeNotes();
    twice << twice.first();
    const QString freshPath = m_dir->filePath(u"fresh.sqlite"_s);
    const auto fresh = openDatabase(freshPath);
    QVERIFY(ReportStore(*fresh).store(sampleReport()).ok());
    const auto counts = NotesMerger(*fresh).merge(twice);
    QVERIFY(counts.ok());
    QCOMPARE(counts->added, 3);
    QCOMPARE(counts->unchanged, 1);
    QCOMPARE(AnnotationStore(*fresh).count(), 3);
}

void NotesMergerTest::updatesNewerAndKeepsOlder()
{
    QVERIFY(NotesMerger(*m_db).merge(threeNotes()).ok());
    QList<ExchangedAnnotation> changed = threeNotes();
    changed[0].annotation.note = u"**改过的批注**"_s;
    changed[0].annotation.modified = changed[0].annotation.modified.addSecs(3600);
    changed[0].annotation.status = CommitmentStatus::Done;
    changed[1].annotation.note = u"旧的批注"_s;
    changed[1].annotation.modified = changed[1].annotation.modified.addSecs(-3600); // older than stored
    const auto counts = NotesMerger(*m_db).merge(changed);
    QVERIFY(counts.ok());
    QCOMPARE(counts->added, 0);
    QCOMPARE(counts->updated, 1);
    QCOMPARE(counts->unchanged, 2);
    AnnotationStore store(*m_db);
    const auto updated = store.get(changed[0].annotation.id);
    QCOMPARE(updated->note, u"**改过的批注**"_s);
    QCOMPARE(updated->status, CommitmentStatus::Done);
    QCOMPARE(store.get(changed[1].annotation.id)->note, threeNotes()[1].annotation.note); // kept
    QCOMPARE(store.count(), 3);
}

void NotesMergerTest::tagsByName()
{
    const int before = int(TagStore(*m_db).all().size());
    QList<ExchangedAnnotation> notes = threeNotes();
    notes[1].tags << Tag{-1, u"跟踪事项"_s, {}, {}} << Tag{-1, u"Review"_s, u"#123ABC"_s, {}};
    notes[2].tags << Tag{-1, u"REVIEW"_s, {}, {}} << Tag{-1, u"  "_s, {}, {}} << Tag{-1, u"坏颜色"_s, u"red"_s, {}};
    const auto counts = NotesMerger(*m_db).merge(notes);
    QVERIFY2(counts.ok(), counts.ok() ? "" : qPrintable(counts.error().message));
    TagStore tags(*m_db);
    // 指标 and 承诺 are in the starter set; 跟踪事项, Review and 坏颜色 are new, each once.
    QCOMPARE(tags.all().size(), before + 3);
    QCOMPARE(tags.find(u"review"_s)->color, u"#123ABC"_s);
    QCOMPARE(tags.find(u"坏颜色"_s)->color, u"#7A7A7A"_s); // a colour that is none: the default
    const auto third = AnnotationStore(*m_db).get(notes[2].annotation.id);
    QCOMPARE(third->tagIds, (QList<qint64>{tags.find(u"承诺"_s)->id, tags.find(u"Review"_s)->id,
                                           tags.find(u"坏颜色"_s)->id}));
}

void NotesMergerTest::placesByQuoteAndFillsPositionOnly()
{
    QList<ExchangedAnnotation> notes = threeNotes();
    const Anchor right = notes[0].annotation.anchor;
    // Wrong offsets, right quote: the quote wins.
    notes[0].annotation.anchor.start += 500;
    notes[0].annotation.anchor.end += 500;
    // Only a position: the quote and its context come from the text.
    const Anchor whole = notes[1].annotation.anchor;
    notes[1].annotation.anchor = Anchor{whole.start, whole.end, {}, {}, {}, -1, {}};
    // Only a quote.
    notes[2].annotation.anchor.start = notes[2].annotation.anchor.end = -1;
    const Anchor third = threeNotes()[2].annotation.anchor;
    const auto counts = NotesMerger(*m_db).merge(notes);
    QVERIFY(counts.ok());
    QCOMPARE(counts->added, 3);
    QCOMPARE(counts->orphaned, 0);
    AnnotationStore store(*m_db);
    QCOMPARE(store.get(notes[0].annotation.id)->anchor, right);
    QCOMPARE(store.get(notes[1].annotation.id)->anchor, whole);
    QCOMPARE(store.get(notes[2].annotation.id)->anchor, third);
    // A position past the end of the text marks nothing.
    ExchangedAnnotation beyond = threeNotes()[0];
    beyond.annotation.id = QUuid::createUuid();
    beyond.annotation.anchor = Anchor{1000000, 1000010, {}, {}, {}, -1, {}};
    const auto skipped = NotesMerger(*m_db).merge({beyond});
    QVERIFY(skipped.ok());
    QCOMPARE(skipped->skipped, 1);
    QVERIFY2(skipped->reasons.value(0).contains(u"beyond the end"_s), qPrintable(skipped->reasons.value(0)));
}

void NotesMergerTest::sourceAsWorkKeyAndUnknownVersions()
{
    // An edited version of the report stored after the sample: the latest.
    Report edited = sampleReport();
    const QString inserted = u"本稿根据审议意见作了修改。\n"_s;
    edited.canonicalText.insert(edited.canonicalText.indexOf(u'\n') + 1, inserted); // after the title
    QVERIFY(ReportStore(*m_db).store(edited).ok());
    QList<ExchangedAnnotation> notes = threeNotes();
    notes[0].source = sampleReport().workKey(); // the work: its latest version
    notes[1].source = u"urn:sha256:"_s + QString(64, u'e'); // a version this file lacks …
    notes[1].annotation.contentHash = QString(64, u'e'); // … of a work it has
    const auto counts = NotesMerger(*m_db).merge(notes);
    QVERIFY(counts.ok());
    QCOMPARE(counts->added, 3);
    AnnotationStore store(*m_db);
    for (int i : {0, 1}) {
        const auto a = store.get(notes[i].annotation.id);
        QCOMPARE(a->contentHash, edited.contentHash());
        QCOMPARE(a->anchor.start, notes[i].annotation.anchor.start + inserted.size());
        QCOMPARE(a->anchor.exact, notes[i].annotation.anchor.exact);
    }
    QCOMPARE(store.get(notes[2].annotation.id)->contentHash, sampleReport().contentHash());
}

void NotesMergerTest::unknownReportIsCountedAndTheRestImported()
{
    QList<ExchangedAnnotation> notes = threeNotes();
    notes[1].source = u"https://www.example.org/another-report.html"_s;
    notes[1].annotation.workKey.clear();
    notes[1].annotation.contentHash.clear();
    const auto counts = NotesMerger(*m_db).merge(notes);
    QVERIFY(counts.ok());
    QCOMPARE(counts->added, 2);
    QCOMPARE(counts->skipped, 1);
    QCOMPARE(counts->reasons.size(), 1);
    QVERIFY2(counts->reasons.first().startsWith(u"entry 2: "_s), qPrintable(counts->reasons.first()));
    QVERIFY(counts->reasons.first().contains(u"https://www.example.org/another-report.html"_s));
    QCOMPARE(AnnotationStore(*m_db).count(), 2);
}

void NotesMergerTest::unplaceableQuoteIsAnOrphan()
{
    QList<ExchangedAnnotation> notes = threeNotes();
    notes[2].annotation.anchor.exact = u"这段话在报告里根本没有出现过，无论怎么找都找不到"_s;
    const auto counts = NotesMerger(*m_db).merge(notes);
    QVERIFY(counts.ok());
    QCOMPARE(counts->added, 3);
    QCOMPARE(counts->orphaned, 1);
    const auto orphan = AnnotationStore(*m_db).get(notes[2].annotation.id);
    QVERIFY(orphan);
    QVERIFY(orphan->orphaned);
    QCOMPARE(orphan->anchor.exact, notes[2].annotation.anchor.exact); // kept to show and to try again
    QCOMPARE(orphan->note, notes[2].annotation.note);
}

void NotesMergerTest::unusableEntriesAreSkippedWithReasons()
{
    QList<ExchangedAnnotation> notes = threeNotes();
    ExchangedAnnotation bad;
    bad.problem = u"it has no target"_s;
    notes.insert(1, bad);
    const auto counts = NotesMerger(*m_db).merge(notes);
    QVERIFY(counts.ok());
    QCOMPARE(counts->added, 3);
    QCOMPARE(counts->skipped, 1);
    QCOMPARE(counts->reasons, QStringList{u"entry 2: it has no target"_s});
}

void NotesMergerTest::failureMidwayLeavesNothing()
{
    // The file refuses the third annotation (as a full disk or a broken
    // constraint would), after a new tag and two annotations went in.
    QSqlQuery trigger(m_db->connection());
    QVERIFY(trigger.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON annotations WHEN NEW.note = 'boom' "
                         "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));
    const int tagsBefore = int(TagStore(*m_db).all().size());
    QList<ExchangedAnnotation> notes = threeNotes(); // the first brings a new tag
    notes[2].annotation.note = u"boom"_s;
    const auto counts = NotesMerger(*m_db).merge(notes);
    QVERIFY(!counts);
    QVERIFY2(counts.error().message.contains(u"refused by the test"_s), qPrintable(counts.error().message));
    QCOMPARE(AnnotationStore(*m_db).count(), 0);
    QCOMPARE(TagStore(*m_db).all().size(), tagsBefore);
    QVERIFY(!tagNames(*m_db).contains(u"跟踪事项"_s));
    QVERIFY(!m_db->isInTransaction());
    // The file still works: without the refused one, all goes in.
    notes.removeLast();
    QVERIFY(NotesMerger(*m_db).merge(notes).ok());
    QCOMPARE(AnnotationStore(*m_db).count(), 2);
}

void NotesMergerTest::readOnlyFileLeavesNothing()
{
    const QString path = m_dir->filePath(u"notes.sqlite"_s);
    m_db.reset();
    const auto db = openDatabase(path, Database::OpenMode::ReadOnly);
    const QByteArray before = fileBytes(path);
    const auto counts = NotesMerger(*db).merge(threeNotes());
    QVERIFY(!counts);
    QCOMPARE(counts.error().kind, Error::Kind::Failure);
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(AnnotationStore(*db).count(), 0);
}

QTEST_GUILESS_MAIN(NotesMergerTest)
#include "notesmerger_test.moc"
