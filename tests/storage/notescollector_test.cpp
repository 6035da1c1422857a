// SPDX-License-Identifier: GPL-3.0-or-later
// A report's annotations chosen for an export, from a real annotation file.
#include "annotationstore.h"
#include "database.h"
#include "notescollector.h"
#include "notesfixtures.h"
#include "reportstore.h"
#include "storagefixtures.h"
#include "tagstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

Q_DECLARE_METATYPE(pizhu::PartRole)

namespace {

qsizetype at(const Report &report, const QString &passage)
{
    const qsizetype found = report.canonicalText.indexOf(passage);
    if (found < 0)
        qFatal("passage not in the report: %s", qPrintable(passage));
    return found;
}

QStringList notesOf(const QList<ExchangedAnnotation> &list)
{
    QStringList notes;
    for (const ExchangedAnnotation &e : list)
        notes << e.annotation.note;
    return notes;
}

} // namespace

class NotesCollectorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everythingInDocumentOrder();
    void byTag();
    void byStatus();
    void byPart_data();
    void byPart();
    void rolesOfADemotedPart();

private:
    NotesCollector::Filter none() const { return {}; }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_promise = -1; // 承诺
    qint64 m_figure = -1; // 指标
};

void NotesCollectorTest::initTestCase()
{
    m_db = openDatabase(m_dir.filePath(u"collect.sqlite"_s));
    QVERIFY(ReportStore(*m_db).store(sampleReport()).ok());
    TagStore tags(*m_db);
    m_promise = tags.find(u"承诺"_s)->id;
    m_figure = tags.find(u"指标"_s)->id;
    const Report &r = sampleReport();
    // Stored out of document order, on purpose.
    struct Passage
    {
        QString text;
        QString note;
        CommitmentStatus status;
        QList<qint64> tags;
    };
    const QList<Passage> passages = {
        {u"深化街道法治化综合改革"_s, u"plans"_s, CommitmentStatus::NotStarted, {m_promise}},
        {u"“一网通办”率达97.1%"_s, u"measures"_s, CommitmentStatus::Done, {m_figure, m_promise}},
        {u"但存在以下不足"_s, u"shortcomings"_s, CommitmentStatus::None, {}},
        {u"法治督察与巡察衔接联动常态化"_s, u"leadership"_s, CommitmentStatus::InProgress, {m_figure}},
    };
    AnnotationStore store(*m_db);
    for (const Passage &p : passages) {
        Annotation a = exchangedAt(r, at(r, p.text), at(r, p.text) + p.text.size(), int(p.note.size())).annotation;
        a.id = QUuid::createUuid();
        a.note = p.note;
        a.status = p.status;
        a.tagIds = p.tags;
        QVERIFY(store.add(a).ok());
    }
    // An orphan: its offsets mean nothing, so no part claims it.
    const qsizetype end = r.canonicalText.size();
    Annotation orphan = exchangedAt(r, end - 6, end, 9).annotation;
    orphan.note = u"orphan"_s;
    orphan.orphaned = true;
    orphan.status = CommitmentStatus::None;
    QVERIFY(store.add(orphan).ok());
    // Another report's annotation never comes along.
    Annotation other = orphan;
    other.id = QUuid::createUuid();
    other.workKey = u"another work"_s;
    QVERIFY(store.add(other).ok());
}

void NotesCollectorTest::everythingInDocumentOrder()
{
    const auto all = NotesCollector(*m_db).collect(sampleReport().workKey(), none());
    QVERIFY(all.ok());
    QCOMPARE(notesOf(all.value()),
             (QStringList{u"measures"_s, u"shortcomings"_s, u"leadership"_s, u"plans"_s, u"orphan"_s}));
    const ExchangedAnnotation &first = all->first();
    QCOMPARE(first.source, u"urn:sha256:"_s + sampleReport().contentHash());
    QVERIFY(first.annotation.tagIds.isEmpty());
    QCOMPARE(first.tags.size(), 2);
    QCOMPARE(first.tags.at(0).name, u"指标"_s);
    QCOMPARE(first.tags.at(0).id, -1);
    QCOMPARE(first.tags.at(0).color, u"#0E8C80"_s);
    QCOMPARE(first.tags.at(1).name, u"承诺"_s);
    QVERIFY(NotesCollector(*m_db).collect(u"no such work"_s, none())->isEmpty());
}

void NotesCollectorTest::byTag()
{
    NotesCollector::Filter filter;
    filter.tag = u"承诺"_s;
    QCOMPARE(notesOf(NotesCollector(*m_db).collect(sampleReport().workKey(), filter).value()),
             (QStringList{u"measures"_s, u"plans"_s}));
    filter.tag = u"没有这个标签"_s;
    QVERIFY(NotesCollector(*m_db).collect(sampleReport().workKey(), filter)->isEmpty());
}

void NotesCollectorTest::byStatus()
{
    NotesCollector::Filter filter;
    filter.status = CommitmentStatus::InProgress;
    QCOMPARE(notesOf(NotesCollector(*m_db).collect(sampleReport().workKey(), filter).value()),
             QStringList{u"leadership"_s});
    filter.status = CommitmentStatus::None;
    QCOMPARE(notesOf(NotesCollector(*m_db).collect(sampleReport().workKey(), filter).value()),
             (QStringList{u"shortcomings"_s, u"orphan"_s}));
    filter.tag = u"指标"_s; // both at once
    filter.status = CommitmentStatus::Done;
    QCOMPARE(notesOf(NotesCollector(*m_db).collect(sampleReport().workKey(), filter).value()),
             QStringList{u"measures"_s});
}

void NotesCollectorTest::byPart_data()
{
    QTest::addColumn<PartRole>("role");
    QTest::addColumn<QStringList>("notes");
    QTest::newRow("measures") << PartRole::Measures << QStringList{u"measures"_s};
    QTest::newRow("shortcomings") << PartRole::Shortcomings << QStringList{u"shortcomings"_s};
    QTest::newRow("leadership") << PartRole::Leadership << QStringList{u"leadership"_s};
    QTest::newRow("plans") << PartRole::Plans << QStringList{u"plans"_s};
    QTest::newRow("other") << PartRole::Other << QStringList{};
}

void NotesCollectorTest::byPart()
{
    QFETCH(PartRole, role);
    QFETCH(QStringList, notes);
    NotesCollector::Filter filter;
    filter.part = role;
    QCOMPARE(notesOf(NotesCollector(*m_db).collect(sampleReport().workKey(), filter).value()), notes);
}

void NotesCollectorTest::rolesOfADemotedPart()
{
    const Report r = readReport(QStringLiteral(PIZHU_TEST_DATA "/reports/04-nested-leadership.txt"));
    using Roles = QList<PartRole>;
    QCOMPARE(r.rolesAt(0), Roles{}); // the title, before any part
    QCOMPARE(r.rolesAt(at(r, u"全程网办率达92.4%"_s)), Roles{PartRole::Measures});
    QCOMPARE(r.rolesAt(at(r, u"坚持统筹谋划"_s)), (Roles{PartRole::Measures, PartRole::Leadership}));
}

QTEST_GUILESS_MAIN(NotesCollectorTest)
#include "notescollector_test.moc"
