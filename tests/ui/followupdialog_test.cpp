// SPDX-License-Identifier: GPL-3.0-or-later
// The follow-up view: last year's plans with the measures of this year's
// report that answer them, the gaps marked, a measure shown on request.
#include "followupdialog.h"
#include "mainwindow.h"
#include "reportreader.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace pizhu;

class FollowUpDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsPlansAndGaps();
};

void FollowUpDialogTest::listsPlansAndGaps()
{
    const Report current = ReportReader::read(QStringLiteral(PIZHU_TEST_DATA "/followup/hexi-2023.txt")).value();
    FollowUpDialog dialog(current, nullptr);
    QVERIFY(dialog.compareWithFile(QStringLiteral(PIZHU_TEST_DATA "/followup/hexi-2022.txt")));
    QTreeWidget *tree = dialog.tree();
    // Eight plans (six sections, two items) and the section of unanswered measures.
    QCOMPARE(tree->topLevelItemCount(), 9);
    QVERIFY(tree->topLevelItem(0)->text(0).contains(u"加强乡镇综合执法能力建设"_s));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), u"(二)基层执法能力明显增强"_s);
    // The plan nobody followed up says so.
    QCOMPARE(tree->topLevelItem(1)->childCount(), 0);
    QVERIFY(!tree->topLevelItem(1)->text(1).isEmpty());
    QTreeWidgetItem *gaps = tree->topLevelItem(8);
    QCOMPARE(gaps->childCount(), 1);
    QCOMPARE(gaps->child(0)->text(0), u"(五)政府债务管理更加规范"_s);

    QSignalSpy show(&dialog, &FollowUpDialog::showRequested);
    Q_EMIT tree->itemActivated(tree->topLevelItem(0)->child(0), 0);
    QCOMPARE(show.size(), 1);
    const qsizetype start = show.at(0).at(0).toLongLong();
    const qsizetype end = show.at(0).at(1).toLongLong();
    QCOMPARE(current.canonicalText.mid(start, end - start), u"(二)基层执法能力明显增强"_s);
}

QTEST_MAIN(FollowUpDialogTest)
#include "followupdialog_test.moc"
