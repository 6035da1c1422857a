// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinemodel.h"
#include "reportreader.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class OutlineModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tree();
    void blockLookup();
};

void OutlineModelTest::tree()
{
    OutlineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const auto report = ReportReader::read(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"));
    QVERIFY(report.ok());
    model.setReport(report.value());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex title = model.index(0, 0);
    QCOMPARE(title.data(OutlineModel::TitleRole).toString(), report->metadata.title);
    QCOMPARE(model.rowCount(title), 4);
    const QModelIndex measures = model.index(0, 0, title);
    QCOMPARE(measures.data(OutlineModel::PartRoleRole).toString(), u"measures"_s);
    QVERIFY(measures.data().toString().startsWith(u"一、2022年度推进法治政府建设的主要举措和成效"_s));
    QCOMPARE(model.rowCount(measures), 6);
    QCOMPARE(measures.data(OutlineModel::BadgeRole).toString(), u"Measures"_s);
    QVERIFY(measures.data(Qt::AccessibleTextRole).toString().endsWith(u"Measures"_s));
    QCOMPARE(model.index(2, 0, title).data(OutlineModel::BadgeRole).toString(), u"Leaders' duty"_s);
    const QModelIndex item = model.index(0, 0, model.index(0, 0, measures));
    QCOMPARE(item.data(OutlineModel::TitleRole).toString(), u"政府机构职能高效协同"_s);
    QCOMPARE(item.parent().parent(), measures);
    QVERIFY(item.data(OutlineModel::BadgeRole).toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void OutlineModelTest::blockLookup()
{
    OutlineModel model;
    const auto report = ReportReader::read(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"));
    QVERIFY(report.ok());
    model.setReport(report.value());
    // Every heading maps to its own node; a paragraph to the heading above it.
    for (const Block &b : report->blocks) {
        const QModelIndex idx = model.indexForBlock(b.ordinal);
        QVERIFY(idx.isValid());
        if (b.isHeading())
            QCOMPARE(idx.data(OutlineModel::BlockRole).toInt(), b.ordinal);
        else
            QVERIFY(idx.data(OutlineModel::BlockRole).toInt() <= b.ordinal);
    }
}

QTEST_MAIN(OutlineModelTest)
#include "outlinemodel_test.moc"
