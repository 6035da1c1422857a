// SPDX-License-Identifier: GPL-3.0-or-later
// Anchors made on the sample: quote, context clipped at the ends of the text,
// block and heading path.
#include "anchorfactory.h"
#include "reportparser.h"
#include "textloader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

const Report &sample()
{
    static const Report r = [] {
        auto loaded
            = TextLoader::load(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"));
        if (!loaded)
            qFatal("cannot read the sample");
        return ReportParser::parse(loaded->text);
    }();
    return r;
}

} // namespace

class AnchorFactoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void context_data();
    void context();
    void blockAndHeadingPath();
    void spansBlocks();
    void clampsAndRejectsEmpty();
};

void AnchorFactoryTest::context_data()
{
    const qsizetype n = sample().canonicalText.size();
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<qsizetype>("prefixLength");
    QTest::addColumn<qsizetype>("suffixLength");
    QTest::newRow("text start") << qsizetype(0) << qsizetype(5) << qsizetype(0) << qsizetype(32);
    QTest::newRow("near start") << qsizetype(10) << qsizetype(15) << qsizetype(10) << qsizetype(32);
    QTest::newRow("middle") << qsizetype(1000) << qsizetype(1010) << qsizetype(32) << qsizetype(32);
    QTest::newRow("near end") << n - 20 << n - 10 << qsizetype(32) << qsizetype(10);
    QTest::newRow("text end") << n - 5 << n << qsizetype(32) << qsizetype(0);
    QTest::newRow("whole text") << qsizetype(0) << n << qsizetype(0) << qsizetype(0);
}

void AnchorFactoryTest::context()
{
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(qsizetype, prefixLength);
    QFETCH(qsizetype, suffixLength);
    const QString &text = sample().canonicalText;
    const Anchor a = AnchorFactory::create(sample(), start, end);
    QVERIFY(a.isValid());
    QCOMPARE(a.start, start);
    QCOMPARE(a.end, end);
    QCOMPARE(a.exact, text.mid(start, end - start));
    QCOMPARE(a.prefix.size(), prefixLength);
    QCOMPARE(a.suffix.size(), suffixLength);
    QCOMPARE(a.prefix, text.mid(start - prefixLength, prefixLength));
    QCOMPARE(a.suffix, text.mid(end, suffixLength));
}

void AnchorFactoryTest::blockAndHeadingPath()
{
    const QString &text = sample().canonicalText;
    const qsizetype at = text.indexOf(u"监管事项认领率"_s);
    const Anchor a = AnchorFactory::create(sample(), at, at + 7);
    QCOMPARE(a.blockOrdinal, 4);
    QCOMPARE(a.headingPath,
        u"一、2022年度推进法治政府建设的主要举措和成效 › (一)激发新活力,依法全面履行政府职能 › 1.政府机构职能高效协同"_s);
    // The intro sits under no heading; a heading's own path ends with itself.
    QCOMPARE(AnchorFactory::create(sample(), 40, 50).headingPath, QString());
    const qsizetype heading = text.indexOf(u"(二)推出新举措"_s);
    const Anchor h = AnchorFactory::create(sample(), heading, heading + 8);
    QCOMPARE(h.blockOrdinal, sample().blockAt(heading));
    QVERIFY(h.headingPath.endsWith(u"(二)推出新举措,有效推进行政争议化解"_s));
}

void AnchorFactoryTest::spansBlocks()
{
    const QString &text = sample().canonicalText;
    const qsizetype at = text.indexOf(u"二等奖。\n(二)推出新举措"_s);
    const Anchor a = AnchorFactory::create(sample(), at, at + 13);
    QCOMPARE(a.exact, u"二等奖。\n(二)推出新举措"_s);
    QCOMPARE(a.blockOrdinal, sample().blockAt(at)); // the block it starts in
    QVERIFY(a.headingPath.endsWith(u"5.依法治网举措深入推进"_s));
}

void AnchorFactoryTest::clampsAndRejectsEmpty()
{
    const qsizetype n = sample().canonicalText.size();
    const Anchor a = AnchorFactory::create(sample(), -5, 3);
    QCOMPARE(a.start, 0);
    QCOMPARE(a.end, 3);
    QCOMPARE(AnchorFactory::create(sample(), n - 2, n + 10).end, n);
    QVERIFY(!AnchorFactory::create(sample(), 10, 10).isValid());
    QVERIFY(!AnchorFactory::create(sample(), 20, 10).isValid());
    QVERIFY(!AnchorFactory::create(Report {}, 0, 5).isValid());
}

QTEST_GUILESS_MAIN(AnchorFactoryTest)
#include "anchorfactory_test.moc"
