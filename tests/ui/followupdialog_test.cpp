// SPDX-License-Identifier: GPL-3.0-or-later
// The follow-up view: last year's plans with the measures of this year's
// report that answer them, the gaps marked, a measure shown on request; the
// user's decisions kept in the annotation file, each one undoable.
#include "annotationsession.h"
#include "database.h"
#include "followupdialog.h"
#include "followuplinkstore.h"
#include "reportreader.h"
#include "reportstore.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace pizhu;

class FollowUpDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsPlansAndGaps();
    void picksLastYearFromTheLibrary();
    void confirmRejectAndUndo();
    void decisionsAreKeptInTheFile();
    void actionsFollowTheSelection();
    void readOnlyFileTakesNoDecisions();
    void followsTheReportOpenInTheWindow();

private:
    static Report read(const QString &name)
    {
        return ReportReader::read(QStringLiteral(PIZHU_TEST_DATA "/followup/") + name).value();
    }
    std::unique_ptr<FollowUpDialog> openDialog(AnnotationSession &session);

    QTemporaryDir m_dir;
    std::unique_ptr<AnnotationSession> m_session;
};

void FollowUpDialogTest::init()
{
    m_session = std::make_unique<AnnotationSession>();
    QVERIFY(m_session->openDatabase(m_dir.filePath(u"notes.sqlite"_s)));
    m_session->setReport(read(u"hexi-2023.txt"_s));
}

void FollowUpDialogTest::cleanup()
{
    m_session.reset();
    QFile::remove(m_dir.filePath(u"notes.sqlite"_s));
}

std::unique_ptr<FollowUpDialog> FollowUpDialogTest::openDialog(AnnotationSession &session)
{
    auto dialog = std::make_unique<FollowUpDialog>(&session);
    if (!dialog->compareWithFile(QStringLiteral(PIZHU_TEST_DATA "/followup/hexi-2022.txt")))
        return {};
    return dialog;
}

void FollowUpDialogTest::listsPlansAndGaps()
{
    const auto dialog = openDialog(*m_session);
    QVERIFY(dialog);
    QTreeWidget *tree = dialog->tree();
    // Eight plans (six sections, two items) and the section of unanswered measures.
    QCOMPARE(tree->topLevelItemCount(), 9);
    QVERIFY(tree->topLevelItem(0)->text(0).contains(u"加强乡镇综合执法能力建设"_s));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), u"(二)基层执法能力明显增强"_s);
    QVERIFY(!tree->topLevelItem(0)->child(0)->text(2).isEmpty()); // "suggested"
    // The plan nobody followed up says so.
    QCOMPARE(tree->topLevelItem(1)->childCount(), 0);
    QVERIFY(!tree->topLevelItem(1)->text(2).isEmpty());
    QTreeWidgetItem *gaps = tree->topLevelItem(8);
    QCOMPARE(gaps->childCount(), 1);
    QCOMPARE(gaps->child(0)->text(0), u"(五)政府债务管理更加规范"_s);

    QSignalSpy show(dialog.get(), &FollowUpDialog::showRequested);
    Q_EMIT tree->itemActivated(tree->topLevelItem(0)->child(0), 0);
    QCOMPARE(show.size(), 1);
    const qsizetype start = show.at(0).at(0).toLongLong();
    const qsizetype end = show.at(0).at(1).toLongLong();
    QCOMPARE(m_session->report().canonicalText.mid(start, end - start), u"(二)基层执法能力明显增强"_s);
}

void FollowUpDialogTest::picksLastYearFromTheLibrary()
{
    {
        FollowUpDialog empty(m_session.get()); // nothing in the library yet
        QVERIFY(empty.result().plans.isEmpty());
        QCOMPARE(empty.tree()->topLevelItemCount(), 0);
    }
    // 2022's report of the same issuer is stored (opened once): the view compares with it at once.
    QVERIFY(ReportStore(*m_session->database()).store(read(u"hexi-2022.txt"_s)).ok());
    FollowUpDialog dialog(m_session.get());
    QCOMPARE(dialog.result().plans.size(), 8);
    QCOMPARE(dialog.tree()->topLevelItemCount(), 9);
}

void FollowUpDialogTest::confirmRejectAndUndo()
{
    const auto dialog = openDialog(*m_session);
    QVERIFY(dialog);
    QTreeWidget *tree = dialog->tree();
    const auto &measures = dialog->result().measures;
    int five = -1;
    for (int m = 0; m < measures.size(); ++m) {
        if (measures.at(m).label == u"(五)"_s)
            five = m;
    }
    QVERIFY(five >= 0);
    QUndoStack *undo = m_session->undoStack();
    const int steps = undo->count();

    // Plan 1 had no follow-up: link (五) to it. The gap closes, the link is confirmed.
    QVERIFY(dialog->decide(1, five, FollowUpLink::Decision::Confirmed));
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(tree->topLevelItem(1)->childCount(), 1);
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), u"(五)政府债务管理更加规范"_s);
    QVERIFY(tree->topLevelItem(1)->child(0)->text(2).contains(u"✓"_s));
    QCOMPARE(tree->topLevelItemCount(), 8); // no measure answers no plan any more
    // The same decision again is no step.
    QVERIFY(!dialog->decide(1, five, FollowUpLink::Decision::Confirmed));
    QCOMPARE(undo->count(), steps + 1);

    // Reject plan 0's best suggestion through the action on the selected row.
    QTreeWidgetItem *best = tree->topLevelItem(0)->child(0);
    const QString bestText = best->text(0);
    const int before = tree->topLevelItem(0)->childCount();
    tree->setCurrentItem(best);
    QVERIFY(dialog->rejectAction()->isEnabled());
    dialog->rejectAction()->trigger();
    QCOMPARE(undo->count(), steps + 2);
    QTreeWidgetItem *plan0 = tree->topLevelItem(0);
    QCOMPARE(plan0->childCount(), before); // still listed, as rejected, last
    QCOMPARE(plan0->child(before - 1)->text(0), bestText);
    QVERIFY(plan0->child(before - 1)->font(0).strikeOut());
    if (before == 1) // its only suggestion gone, the plan has no follow-up
        QVERIFY(!plan0->text(2).isEmpty());
    QCOMPARE(dialog->result().plans.at(0).rejected.size(), 1);
    // The selection stays on the row that moved.
    QCOMPARE(tree->currentItem()->text(0), bestText);
    QVERIFY(dialog->clearAction()->isEnabled());

    // Undo takes back the rejection, then the link.
    undo->undo();
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), bestText);
    QVERIFY(dialog->result().plans.at(0).rejected.isEmpty());
    undo->undo();
    QCOMPARE(tree->topLevelItem(1)->childCount(), 0);
    QCOMPARE(tree->topLevelItemCount(), 9);
    QVERIFY(FollowUpLinkStore(*m_session->database())
                .links(read(u"hexi-2022.txt"_s).workKey(), m_session->workKey())
                .isEmpty());
    // And redo does it again.
    undo->redo();
    QCOMPARE(tree->topLevelItem(1)->childCount(), 1);
}

void FollowUpDialogTest::decisionsAreKeptInTheFile()
{
    {
        const auto dialog = openDialog(*m_session);
        QVERIFY(dialog);
        QVERIFY(dialog->decide(0, dialog->result().plans.at(0).matches.front().measure,
                               FollowUpLink::Decision::Rejected));
        QVERIFY(dialog->decide(0, dialog->result().plans.at(0).rejected.front().measure,
                               FollowUpLink::Decision::Confirmed));
    }
    const QList<FollowUpLink> stored =
        FollowUpLinkStore(*m_session->database()).links(read(u"hexi-2022.txt"_s).workKey(), m_session->workKey());
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.front().decision, FollowUpLink::Decision::Confirmed);
    QCOMPARE(stored.front().measureKey, u"(二) 基层执法能力明显增强"_s);

    // Another session on the same file (another window) sees the decision.
    AnnotationSession other;
    QVERIFY(other.openDatabase(m_dir.filePath(u"notes.sqlite"_s)));
    other.setReport(read(u"hexi-2023.txt"_s));
    const auto again = openDialog(other);
    QVERIFY(again);
    QVERIFY(again->result().plans.at(0).matches.front().confirmed);
    QVERIFY(again->tree()->topLevelItem(0)->child(0)->text(2).contains(u"✓"_s));
}

void FollowUpDialogTest::actionsFollowTheSelection()
{
    const auto dialog = openDialog(*m_session);
    QVERIFY(dialog);
    QTreeWidget *tree = dialog->tree();
    tree->setCurrentItem(tree->topLevelItem(0));
    QVERIFY(!dialog->confirmAction()->isEnabled()); // a plan's row: nothing to confirm
    QVERIFY(dialog->linkAction()->isEnabled());
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    QVERIFY(dialog->confirmAction()->isEnabled());
    QVERIFY(!dialog->clearAction()->isEnabled()); // no decision yet
    dialog->confirmAction()->trigger();
    QVERIFY(dialog->clearAction()->isEnabled());
    dialog->clearAction()->trigger();
    QVERIFY(!dialog->result().plans.at(0).matches.front().confirmed);
    tree->setCurrentItem(tree->topLevelItem(8)->child(0)); // an unanswered measure: no plan to decide on
    QVERIFY(!dialog->confirmAction()->isEnabled());
    QVERIFY(!dialog->linkAction()->isEnabled());
}

void FollowUpDialogTest::readOnlyFileTakesNoDecisions()
{
    AnnotationSession readOnly;
    QVERIFY(readOnly.openDatabase(m_dir.filePath(u"notes.sqlite"_s), true));
    readOnly.setReport(read(u"hexi-2023.txt"_s));
    const auto dialog = openDialog(readOnly);
    QVERIFY(dialog);
    dialog->tree()->setCurrentItem(dialog->tree()->topLevelItem(0)->child(0));
    QVERIFY(!dialog->confirmAction()->isEnabled());
    QVERIFY(!dialog->linkAction()->isEnabled());
    QSignalSpy failed(&readOnly, &AnnotationSession::failed);
    QVERIFY(!dialog->decide(0, dialog->result().plans.at(0).matches.front().measure,
                            FollowUpLink::Decision::Confirmed));
    QCOMPARE(failed.size(), 1);
}

void FollowUpDialogTest::followsTheReportOpenInTheWindow()
{
    const auto dialog = openDialog(*m_session);
    QVERIFY(dialog);
    QCOMPARE(dialog->result().plans.size(), 8);
    // The window opens the gongshu 2023 report: hexi 2022's plans against its measures now.
    m_session->setReport(read(u"gongshu-2023.txt"_s));
    QVERIFY(dialog->result().measures.front().title != u"基层执法能力明显增强"_s);
    bool gongshu = false;
    for (const auto &m : dialog->result().measures)
        gongshu |= m.title == u"安全生产领域执法持续加强"_s;
    QVERIFY(gongshu);
    QSignalSpy show(dialog.get(), &FollowUpDialog::showRequested);
    QTreeWidgetItem *measure = dialog->tree()->topLevelItem(dialog->tree()->topLevelItemCount() - 1)->child(0);
    Q_EMIT dialog->tree()->itemActivated(measure, 0);
    QCOMPARE(show.size(), 1);
    const qsizetype start = show.at(0).at(0).toLongLong();
    const qsizetype end = show.at(0).at(1).toLongLong();
    QCOMPARE(m_session->report().canonicalText.mid(start, end - start), measure->text(0));
}

QTEST_MAIN(FollowUpDialogTest)
#include "followupdialog_test.moc"
