// SPDX-License-Identifier: GPL-3.0-or-later
// Exact and approximate quote search: spans, folding, and the edit bound.
#include "quoteindex.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class QuoteIndexTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findAll();
    void approximate_data();
    void approximate();
    void longQuote();
};

void QuoteIndexTest::findAll()
{
    const QString text = u"审结复议案件164件,复议纠错7件,纠错率4.27%。复议纠错"_s;
    const QuoteIndex index(text);
    QCOMPARE(index.findAll(QuoteIndex::fold(u"复议纠错"_s)), (QList<qsizetype> { 11, 27 }));
    QCOMPARE(index.findAll(QuoteIndex::fold(u"纠错率4.27％"_s)), QList<qsizetype> { 18 }); // full-width %
    QCOMPARE(index.findAll(QuoteIndex::fold(u"件"_s)), (QList<qsizetype> { 5, 9, 16 }));
    QCOMPARE(text.mid(27, 4), u"复议纠错"_s);
    QVERIFY(index.findAll(QuoteIndex::fold(u"纠错率5"_s)).isEmpty());
    QVERIFY(index.findAll(QString()).isEmpty());
}

void QuoteIndexTest::approximate_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("maxEdits");
    QTest::addColumn<QString>("found"); // empty: nothing within maxEdits
    QTest::addColumn<int>("edits");
    QTest::newRow("substitution") << u"责任清单事项96个和区行政执法"_s << 3
                                  << u"责任清单事项98个和区行政执法"_s << 1;
    QTest::newRow("insertion") << u"科学编制亚运环境保障方案"_s << 3 << u"科学编制亚运会环境保障方案"_s << 1;
    QTest::newRow("deletion") << u"开展区长专项调研督查活动"_s << 3 << u"开展专项调研督查活动"_s << 2;
    QTest::newRow("changed at the end") << u"调解成功率78.25"_s << 3 << u"调解成功率79.05"_s << 2;
    QTest::newRow("too far") << u"责任清单事项96个和区行政执法"_s << 0 << QString() << 0;
}

void QuoteIndexTest::approximate()
{
    QFETCH(QString, quote);
    QFETCH(int, maxEdits);
    QFETCH(QString, found);
    QFETCH(int, edits);
    const QString text
        = u"梳理公布区“属地管理”责任清单事项98个和区行政执法事项清单。科学编制亚运会环境保障方案。"
          "开展专项调研督查活动50余次。调解成功率79.05%,涉案金额4568万元。"_s;
    const QuoteIndex index(text);
    const QList<QuoteIndex::Match> matches = index.findApproximate(QuoteIndex::fold(quote), maxEdits);
    if (found.isEmpty()) {
        QVERIFY(matches.isEmpty());
        return;
    }
    QVERIFY(!matches.isEmpty());
    QCOMPARE(text.mid(matches[0].start, matches[0].end - matches[0].start), found);
    QCOMPARE(matches[0].edits, edits);
}

void QuoteIndexTest::longQuote()
{
    // A paragraph with a figure changed and a clause written in, inside a
    // text ten times as long: found whole, with its edits counted.
    QString paragraph;
    for (int i = 0; i < 10; ++i)
        paragraph += u"第%1项工作全面推进,完成率达%2%。"_s.arg(i).arg(90 + i);
    QString text;
    for (int i = 0; i < 10; ++i)
        text += u"其他段落%1:内容与上文不同,用于填充。\n"_s.arg(i);
    QString edited = paragraph;
    edited.replace(u"完成率达95%"_s, u"完成率达97%"_s);
    edited.insert(edited.indexOf(u"第7项"_s), u"经研究决定,"_s);
    text += edited + u"\n结尾。"_s;
    const QuoteIndex index(text);
    const QList<QuoteIndex::Match> matches = index.findApproximate(paragraph, int(paragraph.size() / 4));
    QVERIFY(!matches.isEmpty());
    QCOMPARE(matches[0].start, text.indexOf(edited));
    QCOMPARE(matches[0].end, text.indexOf(edited) + edited.size());
    QCOMPARE(matches[0].edits, 1 + 6);
}

QTEST_GUILESS_MAIN(QuoteIndexTest)
#include "quoteindex_test.moc"
