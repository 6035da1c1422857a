// SPDX-License-Identifier: GPL-3.0-or-later
// `pizhu followup OLD NEW` as scripts run it: the real executable, no display.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
