// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatedetector.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class DuplicateDetectorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondCopyAndChromeBetweenDropped();
    void truncatedFirstCopyKeepsTheRest();
    void repeatedSentenceIsNotACopy();
};

namespace {

QStringList body(const QString &tag)
{
    return {u"第一段正文内容，全区共办理行政复议案件120件。"_s + tag, u"一、主要举措和成效"_s,
            u"第二段正文内容，行政执法证件全部完成年审工作。"_s + tag, u"第三段正文内容，法律顾问覆盖率达到百分之百。"_s + tag,
            u"第四段正文内容，下一步将继续深化行政执法改革。"_s + tag};
}

} // namespace

void DuplicateDetectorTest::secondCopyAndChromeBetweenDropped()
{
    QStringList lines = body(QString());
    lines << u"行政执法公开"_s << u"工作要点"_s;
    lines << body(QString());
    QList<bool> drop(lines.size(), false);
    QCOMPARE(DuplicateDetector::removeCopies(lines, drop), 1);
    for (int i = 0; i < 5; ++i)
        QVERIFY(!drop[i]);
    for (int i = 5; i < lines.size(); ++i)
        QVERIFY(drop[i]);
}

void DuplicateDetectorTest::truncatedFirstCopyKeepsTheRest()
{
    QStringList lines = body(QString()).mid(0, 4);
    lines << body(QString()); // the second copy goes one paragraph further
    QList<bool> drop(lines.size(), false);
    QCOMPARE(DuplicateDetector::removeCopies(lines, drop), 1);
    QCOMPARE(drop.count(false), 5);
    QVERIFY(!drop.last());
}

void DuplicateDetectorTest::repeatedSentenceIsNotACopy()
{
    QStringList lines = body(u"甲"_s);
    lines << u"第一段正文内容，全区共办理行政复议案件120件。甲"_s << u"完全不同的一段文字，讲的是另一件事情。"_s;
    QList<bool> drop(lines.size(), false);
    QCOMPARE(DuplicateDetector::removeCopies(lines, drop), 0);
    QCOMPARE(drop.count(true), 0);
}

QTEST_GUILESS_MAIN(DuplicateDetectorTest)
#include "duplicatedetector_test.moc"
