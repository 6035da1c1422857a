// SPDX-License-Identifier: GPL-3.0-or-later
// Follow-up decisions in a real SQLite file: one per plan and measure,
// replaced, forgotten, refused when the file is read-only.
#include "database.h"
#include "followuplinkstore.h"
#include "storagefixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class FollowUpLinkStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setFindReplaceRemove();
    void linksOfOnePairOfReports();
    void keepsDecisionsInTheFile();
    void readOnlyFileRefusesWrites();
};

namespace {

FollowUpLink link(const QString &plan, const QString &measure, FollowUpLink::Decision decision,
                  const QString &oldWork = u"hexi-2022"_s, const QString &newWork = u"hexi-2023"_s)
{
    FollowUpLink l;
    l.planWorkKey = oldWork;
    l.planKey = plan;
    l.measureWorkKey = newWork;
    l.measureKey = measure;
    l.decision = decision;
    return l;
}

} // namespace

void FollowUpLinkStoreTest::setFindReplaceRemove()
{
    const auto db = openDatabase(u":memory:"_s);
    FollowUpLinkStore store(*db);
    const FollowUpLink confirmed = link(u"（一） 加强执法"_s, u"（二） 执法能力"_s, FollowUpLink::Decision::Confirmed);
    QVERIFY(!store.find(confirmed));
    QVERIFY(store.set(confirmed).ok());
    const auto found = store.find(confirmed);
    QVERIFY(found);
    QCOMPARE(found->decision, FollowUpLink::Decision::Confirmed);
    QVERIFY(found->modified.isValid()); // stamped when not given
    QCOMPARE(found->planWorkKey, confirmed.planWorkKey);
    QCOMPARE(found->planKey, confirmed.planKey);
    QCOMPARE(found->measureWorkKey, confirmed.measureWorkKey);
    QCOMPARE(found->measureKey, confirmed.measureKey);

    // The same pair again replaces the decision rather than adding a row.
    FollowUpLink rejected = confirmed;
    rejected.decision = FollowUpLink::Decision::Rejected;
    rejected.modified = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), QTimeZone::UTC);
    QVERIFY(store.set(rejected).ok());
    QCOMPARE(store.links(u"hexi-2022"_s, u"hexi-2023"_s), QList<FollowUpLink>{rejected});

    QCOMPARE(store.remove(confirmed).value(), true);
    QCOMPARE(store.remove(confirmed).value(), false);
    QVERIFY(store.links(u"hexi-2022"_s, u"hexi-2023"_s).isEmpty());
}

void FollowUpLinkStoreTest::linksOfOnePairOfReports()
{
    const auto db = openDatabase(u":memory:"_s);
    FollowUpLinkStore store(*db);
    QVERIFY(store.set(link(u"（二） b"_s, u"（一） x"_s, FollowUpLink::Decision::Confirmed)).ok());
    QVERIFY(store.set(link(u"（一） a"_s, u"（三） y"_s, FollowUpLink::Decision::Rejected)).ok());
    QVERIFY(store.set(link(u"（一） a"_s, u"（一） x"_s, FollowUpLink::Decision::Confirmed)).ok());
    // Another year's pair and the reverse direction are not these reports' decisions.
    QVERIFY(store.set(link(u"（一） a"_s, u"（一） x"_s, FollowUpLink::Decision::Confirmed, u"hexi-2021"_s,
                           u"hexi-2022"_s)).ok());
    QVERIFY(store.set(link(u"（一） a"_s, u"（一） x"_s, FollowUpLink::Decision::Confirmed, u"hexi-2023"_s,
                           u"hexi-2022"_s)).ok());
    const QList<FollowUpLink> links = store.links(u"hexi-2022"_s, u"hexi-2023"_s);
    QCOMPARE(links.size(), 3);
    // By plan, then measure.
    QCOMPARE(links.at(0).planKey, u"（一） a"_s);
    QCOMPARE(links.at(0).measureKey, u"（一） x"_s);
    QCOMPARE(links.at(1).measureKey, u"（三） y"_s);
    QCOMPARE(links.at(1).decision, FollowUpLink::Decision::Rejected);
    QCOMPARE(links.at(2).planKey, u"（二） b"_s);
}

void FollowUpLinkStoreTest::keepsDecisionsInTheFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"links.sqlite"_s);
    const FollowUpLink confirmed = link(u"（一）/1. 加强执法"_s, u"（二） 执法能力"_s, FollowUpLink::Decision::Confirmed);
    {
        const auto db = openDatabase(file);
        QVERIFY(FollowUpLinkStore(*db).set(confirmed).ok());
    }
    const auto db = openDatabase(file);
    const auto found = FollowUpLinkStore(*db).find(confirmed);
    QVERIFY(found);
    QCOMPARE(found->planKey, u"（一）/1. 加强执法"_s);
    QCOMPARE(found->decision, FollowUpLink::Decision::Confirmed);
}

void FollowUpLinkStoreTest::readOnlyFileRefusesWrites()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"links.sqlite"_s);
    const FollowUpLink confirmed = link(u"（一） a"_s, u"（一） x"_s, FollowUpLink::Decision::Confirmed);
    openDatabase(file);
    const auto db = openDatabase(file, Database::OpenMode::ReadOnly);
    FollowUpLinkStore store(*db);
    const auto written = store.set(confirmed);
    QVERIFY(!written.ok());
    QVERIFY(!written.error().message.isEmpty());
    QVERIFY(!store.find(confirmed));
}

QTEST_GUILESS_MAIN(FollowUpLinkStoreTest)
#include "followuplinkstore_test.moc"
