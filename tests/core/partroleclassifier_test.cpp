// SPDX-License-Identifier: GPL-3.0-or-later
#include "partroleclassifier.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

Q_DECLARE_METATYPE(pizhu::PartRole)

class PartRoleClassifierTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void mergedKeepsBoth();
};

void PartRoleClassifierTest::classify_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<PartRole>("role");
    QTest::newRow("measures") << u"2022年度推进法治政府建设的主要举措和成效"_s << PartRole::Measures;
    QTest::newRow("measures 2") << u"主要措施及成效"_s << PartRole::Measures;
    QTest::newRow("work") << u"2022年法治政府建设工作开展情况"_s << PartRole::Measures;
    QTest::newRow("shortcomings") << u"2022年度推进法治政府建设存在的不足和原因"_s << PartRole::Shortcomings;
    QTest::newRow("problems") << u"存在的问题和不足"_s << PartRole::Shortcomings;
    QTest::newRow("leadership") << u"2022年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"_s
                                << PartRole::Leadership;
    QTest::newRow("plans") << u"2023年度推进法治政府建设的主要安排"_s << PartRole::Plans;
    QTest::newRow("next steps") << u"下一步工作打算"_s << PartRole::Plans;
    QTest::newRow("next measures") << u"下一步工作措施"_s << PartRole::Plans;
    QTest::newRow("next year's measures") << u"2023年法治政府建设工作举措"_s << PartRole::Plans;
    QTest::newRow("traditional") << u"存在的不足和原因"_s << PartRole::Shortcomings;
    QTest::newRow("traditional leadership") << u"黨政主要負責人履行推進法治建設第一責任人職責情況"_s
                                            << PartRole::Leadership;
    QTest::newRow("traditional measures") << u"主要舉措和成效"_s << PartRole::Measures;
    QTest::newRow("traditional plans") << u"2023年度推進法治政府建設的主要安排"_s << PartRole::Plans;
    QTest::newRow("other") << u"其他需要报告的事项"_s << PartRole::Other;
    QTest::newRow("highlights") << u"特色亮点工作"_s << PartRole::Other;
}

void PartRoleClassifierTest::classify()
{
    QFETCH(QString, heading);
    QFETCH(PartRole, role);
    QCOMPARE(PartRoleClassifier::classify(heading, 2022).front(), role);
}

void PartRoleClassifierTest::mergedKeepsBoth()
{
    const auto roles = PartRoleClassifier::classify(u"存在的不足及下一步工作打算"_s, 2022);
    QCOMPARE(roles, (QList<PartRole>{PartRole::Shortcomings, PartRole::Plans}));
}

QTEST_GUILESS_MAIN(PartRoleClassifierTest)
#include "partroleclassifier_test.moc"
