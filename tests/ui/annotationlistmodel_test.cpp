// SPDX-License-Identifier: GPL-3.0-or-later
// The annotations dock's models over a real session and annotation file,
// watched by QAbstractItemModelTester through every kind of change.
#include "annotationfiltermodel.h"
#include "annotationlistmodel.h"
#include "annotationsdock.h"
#include "annotationsession.h"
#include "mainwindow.h"
#include "notelabels.h"
#include "reportreader.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace pizhu;

class AnnotationListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void followsEveryChange();
    void filters_data();
    void filters();
    void orphansAreSeparate();
    void dockDeletesSelected();

private:
    QUuid highlight(const QString &quote, int color);
    qsizetype offsetOf(const QString &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AnnotationSession> m_session;
    Report m_report;
};

void AnnotationListModelTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<AnnotationSession>();
    QVERIFY(m_session->openDatabase(m_dir->filePath(u"a.sqlite"_s)));
    m_report = ReportReader::read(QString::fromLatin1(MainWindow::kSamplePath)).value();
    m_session->setReport(m_report);
}

void AnnotationListModelTest::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

qsizetype AnnotationListModelTest::offsetOf(const QString &text) const
{
    return m_report.canonicalText.indexOf(text);
}

QUuid AnnotationListModelTest::highlight(const QString &quote, int color)
{
    const qsizetype at = offsetOf(quote);
    return at < 0 ? QUuid() : m_session->addHighlight(at, at + quote.size(), color);
}

void AnnotationListModelTest::followsEveryChange()
{
    AnnotationListModel model(m_session.get());
    AnnotationFilterModel placed(&model, AnnotationFilterModel::Placement::Placed);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&placed, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AnnotationFilter onlyYellow;
    onlyYellow.color = 0;
    placed.setFilter(onlyYellow);

    const QUuid a = highlight(u"“一网通办”率达97.1%"_s, 0);
    const QUuid b = highlight(u"行政执法证"_s, 1);
    QVERIFY(!a.isNull() && !b.isNull());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(placed.rowCount(), 1);
    QCOMPARE(model.index(0).data(AnnotationListModel::IdRole).toUuid(),
             offsetOf(u"“一网通办”率达97.1%"_s) < offsetOf(u"行政执法证"_s) ? a : b);

    // An edit that moves an annotation into the filter.
    Annotation changed = *m_session->annotation(b);
    changed.color = 0;
    changed.status = CommitmentStatus::Done;
    changed.tagIds = {m_session->tags().at(1).tag.id};
    QVERIFY(m_session->edit(changed, EditAnnotationCommand::Kind::Color));
    QCOMPARE(placed.rowCount(), 2);
    const QModelIndex bi = model.indexOf(b);
    QCOMPARE(bi.data(AnnotationListModel::StatusTextRole).toString(), NoteLabels::statusText(CommitmentStatus::Done));
    QCOMPARE(bi.data(AnnotationListModel::TagsRole).value<QList<Tag>>().front().name, u"指标"_s);

    m_session->undoStack()->undo();
    QCOMPARE(placed.rowCount(), 1);
    QVERIFY(m_session->remove({a}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(placed.rowCount(), 0);
    m_session->undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
    m_session->reload();
    QCOMPARE(model.rowCount(), 2);
    m_session->clear();
    QCOMPARE(model.rowCount(), 0);
}

void AnnotationListModelTest::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tag"); // index into the session's tags, -1 none
    QTest::addColumn<int>("color");
    QTest::addColumn<int>("status"); // -1 any
    QTest::addColumn<int>("part"); // PartRole
    QTest::addColumn<QStringList>("expected");

    const QStringList all{u"“一网通办”率达97.1%"_s, u"行政执法证"_s, u"推进普法依法治理"_s, u"全方位开展合法性审查"_s};
    QTest::newRow("none") << QString() << -1 << -1 << -1 << int(PartRole::None) << all;
    QTest::newRow("quote text") << u"执法"_s << -1 << -1 << -1 << int(PartRole::None) << QStringList{u"行政执法证"_s};
    QTest::newRow("note text") << u"跟踪"_s << -1 << -1 << -1 << int(PartRole::None)
                               << QStringList{u"“一网通办”率达97.1%"_s};
    QTest::newRow("unit text") << u"司法局"_s << -1 << -1 << -1 << int(PartRole::None)
                               << QStringList{u"推进普法依法治理"_s};
    QTest::newRow("tag name as text") << u"问题"_s << -1 << -1 << -1 << int(PartRole::None)
                                      << QStringList{u"全方位开展合法性审查"_s};
    QTest::newRow("tag") << QString() << 0 << -1 << -1 << int(PartRole::None)
                         << QStringList{u"“一网通办”率达97.1%"_s, u"推进普法依法治理"_s};
    QTest::newRow("colour") << QString() << -1 << 2 << -1 << int(PartRole::None) << QStringList{u"推进普法依法治理"_s};
    QTest::newRow("status") << QString() << -1 << -1 << int(CommitmentStatus::InProgress) << int(PartRole::None)
                            << QStringList{u"推进普法依法治理"_s};
    QTest::newRow("not a commitment") << QString() << -1 << -1 << int(CommitmentStatus::None) << int(PartRole::None)
                                      << QStringList{u"“一网通办”率达97.1%"_s, u"行政执法证"_s, u"全方位开展合法性审查"_s};
    QTest::newRow("tag and colour") << QString() << 0 << 0 << -1 << int(PartRole::None)
                                    << QStringList{u"“一网通办”率达97.1%"_s};
}

void AnnotationListModelTest::filters()
{
    QFETCH(QString, text);
    QFETCH(int, tag);
    QFETCH(int, color);
    QFETCH(int, status);
    QFETCH(int, part);
    QFETCH(QStringList, expected);

    const QStringList quotes{u"“一网通办”率达97.1%"_s, u"行政执法证"_s, u"推进普法依法治理"_s, u"全方位开展合法性审查"_s};
    const qint64 commitment = m_session->tags().at(0).tag.id;
    const qint64 problem = m_session->tags().at(3).tag.id;
    QList<QUuid> ids;
    for (int i = 0; i < quotes.size(); ++i)
        ids.append(highlight(quotes.at(i), i == 2 ? 2 : 0));
    Annotation a = *m_session->annotation(ids[0]);
    a.note = u"持续跟踪"_s;
    a.tagIds = {commitment};
    QVERIFY(m_session->edit(a, EditAnnotationCommand::Kind::Note));
    Annotation c = *m_session->annotation(ids[2]);
    c.responsibleUnit = u"区司法局"_s;
    c.status = CommitmentStatus::InProgress;
    c.tagIds = {commitment};
    QVERIFY(m_session->edit(c, EditAnnotationCommand::Kind::Commitment));
    Annotation d = *m_session->annotation(ids[3]);
    d.tagIds = {problem};
    QVERIFY(m_session->edit(d, EditAnnotationCommand::Kind::Tags));

    AnnotationListModel model(m_session.get());
    AnnotationFilterModel placed(&model, AnnotationFilterModel::Placement::Placed);
    QAbstractItemModelTester tester(&placed, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AnnotationFilter f;
    f.text = text;
    f.tagId = tag >= 0 ? m_session->tags().at(tag).tag.id : -1;
    f.color = color;
    if (status >= 0)
        f.status = CommitmentStatus(status);
    f.part = PartRole(part);
    placed.setFilter(f);
    QStringList shown;
    for (int row = 0; row < placed.rowCount(); ++row)
        shown.append(placed.index(row, 0).data(AnnotationListModel::QuoteRole).toString());
    shown.sort();
    expected.sort();
    QCOMPARE(shown, expected);
}

void AnnotationListModelTest::orphansAreSeparate()
{
    // One highlight in the measures part, one in the plans part; the plans one
    // is then made an orphan by another version of the report.
    const QString measures = m_report.canonicalText.mid(m_report.blocks.at(m_report.parts().at(0).blockOrdinal).end + 1, 12);
    const OutlineNode &plansPart = m_report.parts().back();
    QVERIFY(m_report.rolesAt(m_report.blocks.at(plansPart.blockOrdinal).start).contains(PartRole::Plans));
    const qsizetype plansAt = m_report.blocks.at(plansPart.blockOrdinal).end + 1;
    const QString plans = m_report.canonicalText.mid(plansAt, 15);
    QVERIFY(!highlight(measures, 0).isNull());
    QVERIFY(!m_session->addHighlight(plansAt, plansAt + plans.size(), 1).isNull());

    AnnotationListModel model(m_session.get());
    AnnotationFilterModel placed(&model, AnnotationFilterModel::Placement::Placed);
    AnnotationFilterModel orphans(&model, AnnotationFilterModel::Placement::Orphaned);
    QAbstractItemModelTester t1(&placed, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&orphans, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AnnotationFilter byPart;
    byPart.part = PartRole::Plans;
    placed.setFilter(byPart);
    QCOMPARE(placed.rowCount(), 1);
    QCOMPARE(placed.index(0, 0).data(AnnotationListModel::QuoteRole).toString(), plans);
    placed.setFilter({});

    QFile sample(QString::fromLatin1(MainWindow::kSamplePath));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QString raw = QString::fromUtf8(sample.readAll());
    QVERIFY(raw.contains(plans));
    raw.replace(plans, u"另行安排"_s); // the passage is gone (from the duplicate copy too)
    QFile edited(m_dir->filePath(u"edited.txt"_s));
    QVERIFY(edited.open(QIODevice::WriteOnly));
    edited.write(raw.toUtf8());
    edited.close();
    const auto report = ReportReader::read(edited.fileName());
    QVERIFY(report);
    QCOMPARE(report->workKey(), m_report.workKey());
    m_session->setReport(report.value());
    QCOMPARE(placed.rowCount(), 1);
    QCOMPARE(orphans.rowCount(), 1);
    QCOMPARE(orphans.index(0, 0).data(AnnotationListModel::QuoteRole).toString(), plans);
    QVERIFY(orphans.index(0, 0).data(AnnotationListModel::OrphanedRole).toBool());
}

void AnnotationListModelTest::dockDeletesSelected()
{
    highlight(u"行政执法证"_s, 1);
    highlight(u"全方位开展合法性审查"_s, 2);
    AnnotationsDock dock(m_session.get());
    dock.resize(320, 600);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QCOMPARE(dock.list()->model()->rowCount(), 2);
    dock.list()->setFocus();
    dock.list()->setCurrentIndex(dock.list()->model()->index(0, 0));
    QTest::keyClick(dock.list(), Qt::Key_Delete);
    QCOMPARE(m_session->annotations().size(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(dock.list()->model()->rowCount(), 2);

    // Typing in the filter narrows the list at once.
    dock.findChild<QLineEdit *>(u"annotationFilter"_s)->setText(u"合法性"_s); // QTest types ASCII only
    QCOMPARE(dock.list()->model()->rowCount(), 1);
    QCOMPARE(dock.visibleIds(), QList<QUuid>{m_session->annotations().at(m_session->annotations().front().anchor.exact == u"全方位开展合法性审查"_s ? 0 : 1).id});
}

QTEST_MAIN(AnnotationListModelTest)
#include "annotationlistmodel_test.moc"
