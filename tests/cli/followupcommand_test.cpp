// SPDX-License-Identifier: GPL-3.0-or-later
// `pizhu followup OLD NEW` as scripts run it: the real executable, no display.
#include "clirunner.h"
#include "database.h"
#include "followuplinkstore.h"
#include "followupmatcher.h"
#include "reportreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kOld = QStringLiteral(PIZHU_TEST_DATA "/followup/hexi-2022.txt");
const QString kNew = QStringLiteral(PIZHU_TEST_DATA "/followup/hexi-2023.txt");

} // namespace

class FollowUpCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json();
    void text();
    void storedDecisionsApply();
    void badInput_data();
    void badInput();
};

void FollowUpCommandTest::json()
{
    const auto run = pizhu::testing::runPizhu({u"followup"_s, kOld, kNew, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray plans = o.value(u"plans"_s).toArray();
    QCOMPARE(plans.size(), 8); // six sections and two items
    const QJsonObject first = plans.at(0).toObject();
    QCOMPARE(first.value(u"label"_s).toString(), u"(一)"_s);
    QCOMPARE(first.value(u"title"_s).toString(), u"加强乡镇综合执法能力建设"_s);
    const QJsonArray matches = first.value(u"matches"_s).toArray();
    QVERIFY(!matches.isEmpty());
    QCOMPARE(matches.at(0).toObject().value(u"label"_s).toString(), u"(二)"_s);
    QCOMPARE(matches.at(0).toObject().value(u"title"_s).toString(), u"基层执法能力明显增强"_s);
    QVERIFY(matches.at(0).toObject().value(u"score"_s).toDouble() > 0);
    QVERIFY(plans.at(1).toObject().value(u"matches"_s).toArray().isEmpty()); // not carried out
    const QJsonArray unmatched = o.value(u"unmatched_measures"_s).toArray();
    QCOMPARE(unmatched.size(), 1);
    QCOMPARE(unmatched.at(0).toObject().value(u"title"_s).toString(), u"政府债务管理更加规范"_s);
}

void FollowUpCommandTest::storedDecisionsApply()
{
    // The user rejected plan (一)'s best measure and linked plan 2 to (五) in the window.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"notes.sqlite"_s);
    const pizhu::Report oldReport = pizhu::ReportReader::read(kOld).value();
    const pizhu::Report newReport = pizhu::ReportReader::read(kNew).value();
    const auto plans = pizhu::FollowUpMatcher::units(oldReport, pizhu::PartRole::Plans);
    const auto measures = pizhu::FollowUpMatcher::units(newReport, pizhu::PartRole::Measures);
    const auto measure = [&](const QString &label) {
        for (const auto &m : measures) {
            if (m.label == label && m.level == 2)
                return m.key();
        }
        return QString();
    };
    {
        auto db = pizhu::Database::open(file);
        QVERIFY(db);
        pizhu::FollowUpLinkStore store(*db.value());
        pizhu::FollowUpLink link;
        link.planWorkKey = oldReport.workKey();
        link.measureWorkKey = newReport.workKey();
        link.planKey = plans.at(0).key();
        link.measureKey = measure(u"(二)"_s);
        link.decision = pizhu::FollowUpLink::Decision::Rejected;
        QVERIFY(store.set(link).ok());
        link.planKey = plans.at(1).key();
        link.measureKey = measure(u"(五)"_s);
        link.decision = pizhu::FollowUpLink::Decision::Confirmed;
        QVERIFY(store.set(link).ok());
    }
    const auto run = pizhu::testing::runPizhu({u"followup"_s, kOld, kNew, u"--json"_s, u"--db"_s, file});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray jsonPlans = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"plans"_s).toArray();
    for (const QJsonValue m : jsonPlans.at(0).toObject().value(u"matches"_s).toArray())
        QVERIFY(m.toObject().value(u"label"_s).toString() != u"(二)"_s);
    const QJsonArray linked = jsonPlans.at(1).toObject().value(u"matches"_s).toArray();
    QCOMPARE(linked.size(), 1);
    QCOMPARE(linked.at(0).toObject().value(u"label"_s).toString(), u"(五)"_s);
    QCOMPARE(linked.at(0).toObject().value(u"confirmed"_s).toBool(), true);
    QCOMPARE(linked.at(0).toObject().value(u"score"_s).type(), QJsonValue::Double);

    // The text marks the confirmed link; through PIZHU_DB as well.
    const auto text = pizhu::testing::runPizhu({u"followup"_s, kOld, kNew}, {QString(), file});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"✓ 0."_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"(五)政府债务管理更加规范"_s));
    // (五) answers a plan now; (二), rejected for the only plan it answered, answers none.
    const QString gaps = text.out.section(u"Measures that answer no plan:"_s, 1);
    QVERIFY(!gaps.contains(u"(五)"_s));
    QVERIFY(gaps.contains(u"(二)基层执法能力明显增强"_s));

    // Without the file, the similarity alone.
    const auto plain = pizhu::testing::runPizhu({u"followup"_s, kOld, kNew, u"--json"_s, u"--db"_s,
                                                 dir.filePath(u"none.sqlite"_s)});
    QCOMPARE(plain.exitCode, 0);
    const QJsonArray similarity = QJsonDocument::fromJson(plain.out.toUtf8()).object().value(u"plans"_s).toArray();
    QCOMPARE(similarity.at(0).toObject().value(u"matches"_s).toArray().at(0).toObject().value(u"label"_s).toString(),
             u"(二)"_s);
    QVERIFY(similarity.at(1).toObject().value(u"matches"_s).toArray().isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"none.sqlite"_s))); // a comparison creates no file
}

void FollowUpCommandTest::text()
{
    const auto run = pizhu::testing::runPizhu({u"followup"_s, kOld, kNew});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"(三)深化矛盾纠纷多元化解"_s));
    QVERIFY(run.out.contains(u"(no measure reports on this plan)"_s));
    QVERIFY(run.out.contains(u"Measures that answer no plan:\n  (五)政府债务管理更加规范"_s));
    QVERIFY(run.err.isEmpty());
}

void FollowUpCommandTest::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("one file") << QStringList{u"followup"_s, kOld};
    QTest::newRow("three files") << QStringList{u"followup"_s, kOld, kNew, kNew};
    QTest::newRow("missing old") << QStringList{u"followup"_s, u"/nonexistent/a.txt"_s, kNew};
    QTest::newRow("missing new") << QStringList{u"followup"_s, kOld, u"/nonexistent/b.txt"_s};
    QTest::newRow("unknown option") << QStringList{u"followup"_s, kOld, kNew, u"--yaml"_s};
}

void FollowUpCommandTest::badInput()
{
    QFETCH(QStringList, args);
    const auto run = pizhu::testing::runPizhu(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

QTEST_MAIN(FollowUpCommandTest)
#include "followupcommand_test.moc"
