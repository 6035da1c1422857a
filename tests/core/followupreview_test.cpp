// SPDX-License-Identifier: GPL-3.0-or-later
// The user's decisions over the similarity's suggestions: a confirmed link
// comes first even where the similarity saw none, a rejected suggestion
// leaves the matches, and the measures that answer no plan follow.
#include "followupreview.h"
#include "reportreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class FollowUpReviewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keysNameUnits();
    void noDecisionsChangeNothing();
    void confirmedComesFirst();
    void rejectedLeavesTheMatches();
    void otherReportsAndStaleKeysAreIgnored();

private:
    int measureIndex(const QString &label) const;
    FollowUpLink link(int plan, int measure, FollowUpLink::Decision decision) const;

    Report m_old;
    Report m_new;
    FollowUpMatcher::Result m_computed;
};

void FollowUpReviewTest::initTestCase()
{
    m_old = ReportReader::read(QStringLiteral(PIZHU_TEST_DATA "/followup/hexi-2022.txt")).value();
    m_new = ReportReader::read(QStringLiteral(PIZHU_TEST_DATA "/followup/hexi-2023.txt")).value();
    m_computed = FollowUpMatcher::match(m_old, m_new);
    QVERIFY(m_computed.plans.size() >= 2);
    // The premises of the cases below: plan 0 is answered, plan 1 is not, (五) answers nothing.
    QVERIFY(!m_computed.plans.at(0).matches.isEmpty());
    QVERIFY(m_computed.plans.at(1).matches.isEmpty());
    QCOMPARE(m_computed.unmatchedMeasures, QList<int>{measureIndex(u"(五)"_s)});
    QCOMPARE(m_computed.scores.size(), m_computed.plans.size());
    QCOMPARE(m_computed.scores.at(0).size(), m_computed.measures.size());
}

int FollowUpReviewTest::measureIndex(const QString &label) const
{
    for (int m = 0; m < m_computed.measures.size(); ++m) {
        if (m_computed.measures.at(m).label == label && m_computed.measures.at(m).level == 2)
            return m;
    }
    return -1;
}

FollowUpLink FollowUpReviewTest::link(int plan, int measure, FollowUpLink::Decision decision) const
{
    FollowUpLink l;
    l.planWorkKey = m_old.workKey();
    l.planKey = m_computed.plans.at(plan).unit.key();
    l.measureWorkKey = m_new.workKey();
    l.measureKey = m_computed.measures.at(measure).key();
    l.decision = decision;
    return l;
}

void FollowUpReviewTest::keysNameUnits()
{
    FollowUpMatcher::Unit section;
    section.label = u"（一）"_s;
    section.title = u"加强执法"_s;
    QCOMPARE(section.key(), u"（一） 加强执法"_s);
    FollowUpMatcher::Unit item = section;
    item.label = u"1."_s;
    item.parentLabel = u"（一）"_s;
    QCOMPARE(item.key(), u"（一）/1. 加强执法"_s);
    // Every plan and measure of a report has a key of its own.
    QSet<QString> keys;
    for (const auto &unit : std::as_const(m_computed.measures))
        keys.insert(unit.key());
    QCOMPARE(keys.size(), m_computed.measures.size());
}

void FollowUpReviewTest::noDecisionsChangeNothing()
{
    const auto reviewed = FollowUpReview::apply(m_computed, {}, m_old.workKey(), m_new.workKey());
    QCOMPARE(reviewed.plans.size(), m_computed.plans.size());
    for (int p = 0; p < reviewed.plans.size(); ++p) {
        QCOMPARE(reviewed.plans.at(p).matches.size(), m_computed.plans.at(p).matches.size());
        for (const auto &m : reviewed.plans.at(p).matches)
            QVERIFY(!m.confirmed);
    }
    QCOMPARE(reviewed.unmatchedMeasures, m_computed.unmatchedMeasures);
}

void FollowUpReviewTest::confirmedComesFirst()
{
    // Plan 1 had no follow-up; the user links it to (五), which answered nothing,
    // and confirms plan 0's weakest suggestion.
    const int five = measureIndex(u"(五)"_s);
    const auto &plan0 = m_computed.plans.at(0).matches;
    const int weakest = plan0.back().measure;
    const auto reviewed = FollowUpReview::apply(
        m_computed,
        {link(1, five, FollowUpLink::Decision::Confirmed), link(0, weakest, FollowUpLink::Decision::Confirmed)},
        m_old.workKey(), m_new.workKey());
    QCOMPARE(reviewed.plans.at(1).matches.size(), 1);
    QCOMPARE(reviewed.plans.at(1).matches.front().measure, five);
    QVERIFY(reviewed.plans.at(1).matches.front().confirmed);
    QCOMPARE(reviewed.plans.at(1).matches.front().score, m_computed.scores.at(1).at(five));
    QVERIFY(reviewed.unmatchedMeasures.isEmpty());

    const auto &matches0 = reviewed.plans.at(0).matches;
    QCOMPARE(matches0.size(), plan0.size()); // moved to the front, not listed twice
    QCOMPARE(matches0.front().measure, weakest);
    QVERIFY(matches0.front().confirmed);
    for (qsizetype i = 1; i < matches0.size(); ++i)
        QVERIFY(!matches0.at(i).confirmed);
}

void FollowUpReviewTest::rejectedLeavesTheMatches()
{
    const auto &plan0 = m_computed.plans.at(0).matches;
    QList<FollowUpLink> links;
    for (const auto &m : plan0)
        links.append(link(0, m.measure, FollowUpLink::Decision::Rejected));
    const auto reviewed = FollowUpReview::apply(m_computed, links, m_old.workKey(), m_new.workKey());
    QVERIFY(reviewed.plans.at(0).matches.isEmpty()); // now a plan without follow-up
    QCOMPARE(reviewed.plans.at(0).rejected.size(), plan0.size());
    QCOMPARE(reviewed.plans.at(0).rejected.front().measure, plan0.front().measure);
    // A measure that answered only plan 0 now answers none.
    for (const auto &m : plan0) {
        bool elsewhere = false;
        for (int p = 1; p < reviewed.plans.size(); ++p) {
            for (const auto &other : reviewed.plans.at(p).matches)
                elsewhere |= other.measure == m.measure;
        }
        if (!elsewhere && reviewed.measures.at(m.measure).level == 2)
            QVERIFY(reviewed.unmatchedMeasures.contains(m.measure));
    }
    QCOMPARE(FollowUpReview::decision(links, reviewed.plans.at(0).unit.key(),
                                      reviewed.measures.at(plan0.front().measure).key()),
             FollowUpLink::Decision::Rejected);
    QVERIFY(!FollowUpReview::decision(links, reviewed.plans.at(1).unit.key(),
                                      reviewed.measures.at(plan0.front().measure).key()));
}

void FollowUpReviewTest::otherReportsAndStaleKeysAreIgnored()
{
    const int five = measureIndex(u"(五)"_s);
    FollowUpLink otherYear = link(1, five, FollowUpLink::Decision::Confirmed);
    otherYear.planWorkKey = u"someone-else-2021"_s;
    FollowUpLink stale = link(1, five, FollowUpLink::Decision::Confirmed);
    stale.measureKey = u"(九) 已删除的一节"_s;
    const auto reviewed = FollowUpReview::apply(m_computed, {otherYear, stale}, m_old.workKey(), m_new.workKey());
    QVERIFY(reviewed.plans.at(1).matches.isEmpty());
    QCOMPARE(reviewed.unmatchedMeasures, m_computed.unmatchedMeasures);
}

QTEST_GUILESS_MAIN(FollowUpReviewTest)
#include "followupreview_test.moc"
