// SPDX-License-Identifier: GPL-3.0-or-later
// Year-over-year follow-up on pairs of consecutive reports of one issuer:
// each of last year's plans must find the measure that reports on it, and
// measures that answer no plan must stand out.
#include "followupmatcher.h"
#include "reportreader.h"
#include "textsimilarity.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

Report read(const QString &path)
{
    auto report = ReportReader::read(path);
    return report ? report.value() : Report();
}

QString data(const QString &name)
{
    return QStringLiteral(PIZHU_TEST_DATA "/followup/") + name;
}

QString label(const FollowUpMatcher::Result &result, const FollowUpMatcher::Plan &plan)
{
    return plan.matches.isEmpty() ? QString() : result.measures.at(plan.matches.front().measure).label;
}

} // namespace

class FollowUpMatcherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bestMeasurePerPlan_data();
    void bestMeasurePerPlan();
    void unmatchedMeasures_data();
    void unmatchedMeasures();
    void itemsAreUnitsToo();
    void reportsWithoutParts();
    void similarityIgnoresCommonWords();
};

void FollowUpMatcherTest::bestMeasurePerPlan_data()
{
    QTest::addColumn<QString>("oldPath");
    QTest::addColumn<QString>("newPath");
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("measure"); // empty: no measure reports on it

    const QString sample = QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt");
    const QString gongshu = data(u"gongshu-2023.txt"_s);
    // The sample's six plans for 2023, answered in another order and other words.
    QTest::newRow("gongshu 一") << sample << gongshu << u"(一)"_s << u"(四)"_s;
    QTest::newRow("gongshu 二") << sample << gongshu << u"(二)"_s << u"(二)"_s;
    QTest::newRow("gongshu 三") << sample << gongshu << u"(三)"_s << u"(三)"_s;
    QTest::newRow("gongshu 四") << sample << gongshu << u"(四)"_s << u"(六)"_s;
    QTest::newRow("gongshu 五") << sample << gongshu << u"(五)"_s << u"(一)"_s;
    QTest::newRow("gongshu 六") << sample << gongshu << u"(六)"_s << u"(五)"_s;

    const QString hexi22 = data(u"hexi-2022.txt"_s);
    const QString hexi23 = data(u"hexi-2023.txt"_s);
    QTest::newRow("hexi 一") << hexi22 << hexi23 << u"(一)"_s << u"(二)"_s;
    QTest::newRow("hexi 二, not done") << hexi22 << hexi23 << u"(二)"_s << QString();
    QTest::newRow("hexi 三") << hexi22 << hexi23 << u"(三)"_s << u"(一)"_s;
    QTest::newRow("hexi 三.1") << hexi22 << hexi23 << u"1."_s << u"1."_s;
    QTest::newRow("hexi 三.2") << hexi22 << hexi23 << u"2."_s << u"2."_s;
    QTest::newRow("hexi 四") << hexi22 << hexi23 << u"(四)"_s << u"(四)"_s;
    QTest::newRow("hexi 五") << hexi22 << hexi23 << u"(五)"_s << u"(三)"_s;
    QTest::newRow("hexi 六") << hexi22 << hexi23 << u"(六)"_s << u"(六)"_s;
}

void FollowUpMatcherTest::bestMeasurePerPlan()
{
    QFETCH(QString, oldPath);
    QFETCH(QString, newPath);
    QFETCH(QString, plan);
    QFETCH(QString, measure);
    const FollowUpMatcher::Result result = FollowUpMatcher::match(read(oldPath), read(newPath));
    QVERIFY(result.oldHasPlans);
    QVERIFY(result.newHasMeasures);
    const auto found = std::find_if(result.plans.cbegin(), result.plans.cend(), [&plan](const auto &p) {
        return p.unit.label == plan;
    });
    QVERIFY(found != result.plans.cend());
    QCOMPARE(label(result, *found), measure);
    // Best first, every score within 0–1.
    for (qsizetype i = 1; i < found->matches.size(); ++i)
        QVERIFY(found->matches.at(i - 1).score >= found->matches.at(i).score);
    for (const auto &m : found->matches)
        QVERIFY(m.score >= FollowUpMatcher::kThreshold && m.score <= 1.0001);
}

void FollowUpMatcherTest::unmatchedMeasures_data()
{
    QTest::addColumn<QString>("oldPath");
    QTest::addColumn<QString>("newPath");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("gongshu") << QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt")
                             << data(u"gongshu-2023.txt"_s)
                             << QStringList{u"(七)安全生产领域执法持续加强"_s, u"(八)基层社会治理网格更加精细"_s};
    QTest::newRow("hexi") << data(u"hexi-2022.txt"_s) << data(u"hexi-2023.txt"_s)
                          << QStringList{u"(五)政府债务管理更加规范"_s};
}

void FollowUpMatcherTest::unmatchedMeasures()
{
    QFETCH(QString, oldPath);
    QFETCH(QString, newPath);
    QFETCH(QStringList, expected);
    const FollowUpMatcher::Result result = FollowUpMatcher::match(read(oldPath), read(newPath));
    QStringList unmatched;
    for (int m : result.unmatchedMeasures)
        unmatched.append(result.measures.at(m).label + result.measures.at(m).title);
    QCOMPARE(unmatched, expected);
}

void FollowUpMatcherTest::itemsAreUnitsToo()
{
    const Report old = read(data(u"hexi-2022.txt"_s));
    const QList<FollowUpMatcher::Unit> plans = FollowUpMatcher::units(old, PartRole::Plans);
    QStringList labels;
    for (const auto &u : plans)
        labels.append(u.label);
    QCOMPARE(labels, (QStringList{u"(一)"_s, u"(二)"_s, u"(三)"_s, u"1."_s, u"2."_s, u"(四)"_s, u"(五)"_s, u"(六)"_s}));
    QCOMPARE(plans.at(3).parentLabel, u"(三)"_s);
    QCOMPARE(plans.at(3).level, 3);
    // A unit's text runs to the next unit; the last one to the end of the text.
    QVERIFY(old.canonicalText.mid(plans.at(3).start, plans.at(3).end - plans.at(3).start).contains(u"只进一扇门"_s));
    QVERIFY(!old.canonicalText.mid(plans.at(3).start, plans.at(3).end - plans.at(3).start).contains(u"复议"_s));
    QCOMPARE(plans.back().end, old.canonicalText.size());
}

void FollowUpMatcherTest::reportsWithoutParts()
{
    const Report empty;
    const FollowUpMatcher::Result result = FollowUpMatcher::match(empty, read(data(u"hexi-2023.txt"_s)));
    QVERIFY(!result.oldHasPlans);
    QVERIFY(result.plans.isEmpty());
    // Nothing was planned, so every measure section answers no plan.
    QCOMPARE(result.unmatchedMeasures.size(), 6);
}

void FollowUpMatcherTest::similarityIgnoresCommonWords()
{
    const TextSimilarity s({u"推进法治政府建设，深化行政复议改革"_s, u"推进法治政府建设，加强安全生产执法"_s,
                            u"行政复议规范化建设"_s, u"推进法治政府建设"_s});
    // Sharing the phrase every text has counts for less than sharing 行政复议.
    QVERIFY(s.score(0, 2) > s.score(0, 1));
    QVERIFY(s.score(0, 0) > 0.99);
    QCOMPARE(TextSimilarity::grams(u"復議 AB"_s), (QStringList{u"复议"_s, u"ab"_s}));
}

QTEST_MAIN(FollowUpMatcherTest)
#include "followupmatcher_test.moc"
