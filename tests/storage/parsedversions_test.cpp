// SPDX-License-Identifier: GPL-3.0-or-later
// Stored versions parse back to the report they were stored from.
#include "database.h"
#include "notesfixtures.h"
#include "parsedversions.h"
#include "reportstore.h"
#include "storagefixtures.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class ParsedVersionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reparsesToTheSameReport_data();
    void reparsesToTheSameReport();
    void cachesAndMisses();
    void storedTextWinsOverTheParser();
};

void ParsedVersionsTest::reparsesToTheSameReport_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("sample") << kSampleReport;
    const QDir reports(QStringLiteral(PIZHU_TEST_DATA "/reports"));
    for (const QString &name : reports.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << reports.filePath(name);
}

void ParsedVersionsTest::reparsesToTheSameReport()
{
    QFETCH(QString, path);
    const Report original = readReport(path);
    const auto db = openDatabase(u":memory:"_s);
    QVERIFY(ReportStore(*db).store(original).ok());
    ParsedVersions versions(*db);
    const ParsedVersions::Version *v = versions.byHash(original.contentHash());
    QVERIFY(v);
    QCOMPARE(v->workKey, original.workKey());
    QCOMPARE(v->report.canonicalText, original.canonicalText);
    QCOMPARE(v->report.blocks.size(), original.blocks.size());
    for (qsizetype i = 0; i < original.blocks.size(); ++i) {
        QCOMPARE(v->report.blocks[i].start, original.blocks[i].start);
        QCOMPARE(v->report.blocks[i].end, original.blocks[i].end);
        QCOMPARE(v->report.blocks[i].headingPath, original.blocks[i].headingPath);
    }
    QCOMPARE(v->report.parts().size(), original.parts().size());
    for (size_t i = 0; i < original.parts().size(); ++i)
        QCOMPARE(v->report.parts()[i].role, original.parts()[i].role);
}

void ParsedVersionsTest::cachesAndMisses()
{
    const auto db = openDatabase(u":memory:"_s);
    QVERIFY(ReportStore(*db).store(sampleReport()).ok());
    ParsedVersions versions(*db);
    const auto *byHash = versions.byHash(sampleReport().contentHash());
    QVERIFY(byHash);
    QCOMPARE(versions.latest(sampleReport().workKey()), byHash); // parsed once
    QVERIFY(!versions.byHash(u"0000"_s));
    QVERIFY(!versions.latest(u"no such work"_s));
    QVERIFY(!versions.byHash(QString()));
}

void ParsedVersionsTest::storedTextWinsOverTheParser()
{
    // A text the parser would change (blank and untrimmed lines): kept as stored.
    ReportVersion stored;
    stored.canonicalText = u"  标题\n\n第一段。\n第二段。"_s;
    const Report report = ParsedVersions::reportOf(stored);
    QCOMPARE(report.canonicalText, stored.canonicalText);
    QCOMPARE(report.blocks.size(), 4);
    QCOMPARE(report.blocks[3].start, 11);
    QCOMPARE(report.blocks[3].end, 15);
    QCOMPARE(report.blockAt(12), 3);
}

QTEST_GUILESS_MAIN(ParsedVersionsTest)
#include "parsedversions_test.moc"
