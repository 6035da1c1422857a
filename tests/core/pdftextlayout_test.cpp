// SPDX-License-Identifier: GPL-3.0-or-later
// The layout rules on made-up geometry, one rule at a time (the PDF importer
// test runs them on real PDFs): lines from words, paragraphs from lines,
// spaces, page chrome (PdfPageChrome).
#include "pdfpagechrome.h"
#include "pdftextlayout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

constexpr qreal kEm = 16; // body text size
constexpr qreal kLeft = 90; // left margin
constexpr int kColumn = 25; // characters in a full line: the right margin at 490
constexpr qreal kPitch = 24; // line to line
const QSizeF kA4(595, 842);

qreal widthOf(QStringView text, qreal em)
{
    qreal w = 0;
    for (QChar c : text)
        w += c.unicode() >= 0x2000 ? em : em / 2;
    return w;
}

// One line as a PDF library reports it: a word per run between spaces, each
// followed by a space character but the last.
QList<PdfWord> words(QStringView text, qreal x, qreal y, qreal em = kEm)
{
    QList<PdfWord> out;
    const auto runs = text.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const qreal w = widthOf(runs[i], em);
        out.append(PdfWord{runs[i].toString(), QRectF(x, y, w, em * 1.4), i + 1 < runs.size()});
        x += w + em / 4;
    }
    return out;
}

// The width words() gives a piece of text: its runs and a quarter em
// between them.
qreal pieceWidth(QStringView text, qreal em)
{
    const auto runs = text.split(u' ', Qt::SkipEmptyParts);
    qreal w = 0;
    for (const QStringView run : runs)
        w += widthOf(run, em);
    return w + (runs.size() > 1 ? (runs.size() - 1) * em / 4 : 0);
}

// A paragraph set as a word processor would: the first line indented by
// `indent` characters, lines filled up to the right margin (kColumn ems).
void setParagraph(QList<PdfWord> &out, QStringView text, qreal &y, int indent = 2, qreal em = kEm,
                  qreal pitch = kPitch)
{
    const qreal right = kLeft + kColumn * em;
    qreal x = kLeft + indent * em;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start + 1;
        while (end < text.size() && x + pieceWidth(text.sliced(start, end + 1 - start), em) <= right + 0.01)
            ++end;
        out.append(words(text.sliced(start, end - start), x, y, em));
        start = end;
        y += pitch;
        x = kLeft;
    }
}

PdfPageText page(QList<PdfWord> w)
{
    return PdfPageText{kA4, std::move(w)};
}

QString text(int n, QChar fill = u'文')
{
    return QString(n, fill);
}

} // namespace

class PdfTextLayoutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsSpace_data();
    void keepsSpace();
    void lineSpaces_data();
    void lineSpaces();
    void indentedParagraphs();
    void wrapIntoLabel();
    void shortLineEndsParagraph();
    void paragraphSpacing();
    void fontSizeChange();
    void centredAndRight();
    void readingOrder();
    void fakeBoldAndSuperscript();
    void columnGaps();
    void acrossPages();
    void pageChrome();
    void isPageNumber_data();
    void isPageNumber();
    void nothing();
};

void PdfTextLayoutTest::keepsSpace_data()
{
    QTest::addColumn<QChar>("before");
    QTest::addColumn<QChar>("after");
    QTest::addColumn<bool>("keeps");
    QTest::newRow("Latin words") << QChar(u'y') << QChar(u'm') << true;
    QTest::newRow("word, figure") << QChar(u'O') << QChar(u'9') << true;
    QTest::newRow("figure, 年") << QChar(u'2') << QChar(u'年') << false;
    QTest::newRow("达, figure") << QChar(u'达') << QChar(u'9') << false;
    QTest::newRow("before %") << QChar(u'1') << QChar(u'%') << false;
    QTest::newRow("before ,") << QChar(u'a') << QChar(u',') << false;
    QTest::newRow("after (") << QChar(u'(') << QChar(u'a') << false;
    QTest::newRow("full-width comma") << QChar(u'a') << QChar(u'，') << false;
    QTest::newRow("quote") << QChar(u'”') << QChar(u'a') << false;
    QTest::newRow("radical") << QChar(u'a') << QChar(0x2F00) << false;
}

void PdfTextLayoutTest::keepsSpace()
{
    QFETCH(QChar, before);
    QFETCH(QChar, after);
    QFETCH(bool, keeps);
    QCOMPARE(PdfTextLayout::keepsSpace(before, after), keeps);
}

void PdfTextLayoutTest::lineSpaces_data()
{
    QTest::addColumn<QString>("extracted");
    QTest::addColumn<QString>("line");
    QTest::newRow("year") << u"截至 2022 年底"_s << u"截至2022年底"_s;
    QTest::newRow("percent") << u"率达 97.1 %"_s << u"率达97.1%"_s;
    QTest::newRow("Latin words") << u"引入 quality management 理念"_s << u"引入quality management理念"_s;
    QTest::newRow("word and figure") << u"通过 ISO 9001 认证"_s << u"通过ISO 9001认证"_s;
    QTest::newRow("brackets") << u"（ 一 ） 坚持"_s << u"（一）坚持"_s;
    QTest::newRow("quotes") << u"“ 一网通办 ” 改革"_s << u"“一网通办”改革"_s;
    QTest::newRow("radicals") << u"⼀⽹通办⻓效"_s << u"一网通办长效"_s;
    // Spaces typed between Chinese words separate them; letter spacing does not.
    QTest::newRow("typed") << u"发布机构 区司法局 公开范围 面向全社会"_s << u"发布机构 区司法局 公开范围 面向全社会"_s;
    QTest::newRow("breadcrumb") << u"首页 > 政务公开 › 年度报告"_s << u"首页 > 政务公开 › 年度报告"_s;
    QTest::newRow("letter-spaced") << u"报 告"_s << u"报告"_s;
    QTest::newRow("label") << u"1. 健全机制"_s << u"1.健全机制"_s;
    QTest::newRow("English") << u"Rule of law , step by step ."_s << u"Rule of law, step by step."_s;
}

void PdfTextLayoutTest::lineSpaces()
{
    QFETCH(QString, extracted);
    QFETCH(QString, line);
    const auto lines = PdfTextLayout::lines(page(words(extracted, kLeft, 100)));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].text, line);
}

void PdfTextLayoutTest::indentedParagraphs()
{
    QList<PdfWord> w;
    qreal y = 100;
    const QString first = text(60) + u"。"_s;
    const QString second = u"quality management"_s + text(40, u'法') + u"。"_s;
    const QString full = text(47, u'满') + u"。"_s; // its last line full: only the next indent tells
    setParagraph(w, first, y);
    setParagraph(w, full, y);
    setParagraph(w, second, y);
    // A continuation line that starts with a Latin word after one that ends
    // with one: the space between the words is back.
    w += words(text(19) + u" rule of"_s, kLeft + 2 * kEm, y); // "law" would not fit after it
    w += words(u"law "_s + text(10) + u"。"_s, kLeft, y + kPitch);
    y += 2 * kPitch;
    // A word broken at a soft hyphen is whole again; a hard hyphen stays.
    w += words(text(17) + u" the govern\u00AD"_s, kLeft + 2 * kEm, y);
    w += words(u"ment of the whole district in all the years of COVID-"_s, kLeft, y + kPitch);
    w += words(u"19 "_s + text(3) + u"。"_s, kLeft, y + 2 * kPitch);
    QCOMPARE(PdfTextLayout::paragraphs({page(w)}),
             QStringList({first, full, second, text(19) + u"rule of law"_s + text(10) + u"。"_s,
                          text(17) + u"the government of the whole district in all the years of COVID-19"_s
                              + text(3) + u"。"_s}));
}

void PdfTextLayoutTest::wrapIntoLabel()
{
    QList<PdfWord> w;
    qreal y = 100;
    // Full lines running on into 一、 (a wrap in the middle of 统一) and into
    // 二是 after a full stop (the next item of a run-on list) stay together;
    // （二） after a full stop starts a paragraph.
    const QString wrapped = text(20) + u"推进统一、规范的执法"_s + text(20) + u"。"_s;
    QCOMPARE(wrapped.indexOf(u"一、"_s), kColumn - 2); // the first line holds 23
    setParagraph(w, wrapped, y);
    const QString runOn = text(22) + u"。二是"_s + text(20) + u"。"_s;
    setParagraph(w, runOn, y);
    const QString heading = u"（二）深化改革"_s;
    const QString beforeHeading = text(22) + u"。"_s;
    setParagraph(w, beforeHeading, y);
    setParagraph(w, heading + text(30) + u"。"_s, y, 0);
    QCOMPARE(PdfTextLayout::paragraphs({page(w)}),
             QStringList({wrapped, runOn, beforeHeading, heading + text(30) + u"。"_s}));
}

void PdfTextLayoutTest::shortLineEndsParagraph()
{
    // No indents at all: a line that stops short after 。 ends its paragraph,
    // unless the next line's first piece would not have fitted in the room.
    QList<PdfWord> w;
    qreal y = 100;
    setParagraph(w, text(40) + u"。"_s, y, 0);
    setParagraph(w, text(30) + u"。"_s, y, 0);
    const QString figure = text(23) + u"。"_s + u"2022年"_s + text(10) + u"。"_s; // room 1 em, 2022 needs 2
    w += words(text(23) + u"。"_s, kLeft, y);
    w += words(u"2022年"_s + text(10) + u"。"_s, kLeft, y + kPitch);
    y += 2 * kPitch;
    // A heading with no punctuation, short: a paragraph of its own.
    w += words(u"二、存在的不足和原因"_s, kLeft, y);
    w += words(text(12) + u"。"_s, kLeft, y + kPitch);
    QCOMPARE(PdfTextLayout::paragraphs({page(w)}),
             QStringList({text(40) + u"。"_s, text(30) + u"。"_s, figure, u"二、存在的不足和原因"_s, text(12) + u"。"_s}));
}

void PdfTextLayoutTest::paragraphSpacing()
{
    // Full last lines, no indents: only the extra space between paragraphs tells.
    QList<PdfWord> w;
    qreal y = 100;
    for (int i = 0; i < 3; ++i) {
        setParagraph(w, text(49, QChar(u'甲' + i)) + u"，"_s, y, 0);
        y += 10;
    }
    QCOMPARE(PdfTextLayout::paragraphs({page(w)}),
             QStringList({text(49, u'甲') + u"，"_s, text(49, QChar(u'甲' + 1)) + u"，"_s,
                          text(49, QChar(u'甲' + 2)) + u"，"_s}));
}

void PdfTextLayoutTest::fontSizeChange()
{
    QList<PdfWord> w;
    qreal y = 100;
    // A heading in a larger size that fills its line.
    w += words(text(18, u'标'), kLeft, y, 22);
    y += 30;
    setParagraph(w, text(30) + u"。"_s, y, 0);
    QCOMPARE(PdfTextLayout::paragraphs({page(w)}), QStringList({text(18, u'标'), text(30) + u"。"_s}));
}

void PdfTextLayoutTest::centredAndRight()
{
    QList<PdfWord> w;
    qreal y = 100;
    w += words(u"某某区法治政府建设年度报告"_s, kLeft + 6 * kEm, y); // centred, 13 of 25
    y += kPitch;
    setParagraph(w, text(30) + u"。"_s, y, 0);
    w += words(u"某某区人民政府"_s, kLeft + 18 * kEm, y); // set right
    w += words(u"2023年1月10日"_s, kLeft + 25 * kEm - widthOf(u"2023年1月10日", kEm), y + kPitch);
    QCOMPARE(PdfTextLayout::paragraphs({page(w)}),
             QStringList({u"某某区法治政府建设年度报告"_s, text(30) + u"。"_s, u"某某区人民政府"_s, u"2023年1月10日"_s}));
}

void PdfTextLayoutTest::readingOrder()
{
    QList<PdfWord> w;
    qreal y = 100;
    const QString a = u"一、"_s + text(40, u'甲') + u"。"_s;
    const QString b = u"引入 quality management 理念。"_s;
    setParagraph(w, a, y);
    w += words(b, kLeft + 2 * kEm, y);
    const QStringList expected = PdfTextLayout::paragraphs({page(w)});
    QCOMPARE(expected, QStringList({a, u"引入quality management理念。"_s}));
    QRandomGenerator gen(5);
    for (int i = 0; i < 5; ++i) {
        std::shuffle(w.begin(), w.end(), gen);
        QCOMPARE(PdfTextLayout::paragraphs({page(w)}), expected);
    }
}

void PdfTextLayoutTest::fakeBoldAndSuperscript()
{
    QList<PdfWord> w = words(u"主要举措和成效"_s, kLeft, 100);
    // Bold faked by drawing the text again half a point to the right.
    PdfWord again = w.front();
    again.box.translate(0.5, 0);
    w.append(again);
    // A footnote mark, smaller and raised, after the text.
    w.append(PdfWord{u"1"_s, QRectF(kLeft + 7 * kEm, 96, 5, 12), false});
    const auto lines = PdfTextLayout::lines(page(w));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].text, u"主要举措和成效1"_s);
}

void PdfTextLayoutTest::columnGaps()
{
    // Table cells and words set an ideographic space apart keep apart; a
    // title spread over the line does not, nor does a label a space after.
    QList<PdfWord> w;
    w += PdfWord{u"序号"_s, QRectF(kLeft, 100, 2 * kEm, 22), false};
    w += PdfWord{u"项目名称"_s, QRectF(kLeft + 5 * kEm, 100, 4 * kEm, 22), false};
    w += PdfWord{u"完成情况"_s, QRectF(kLeft + 14 * kEm, 100, 4 * kEm, 22), false};
    const QString title = u"某某区人民政府文件"_s;
    for (qsizetype i = 0; i < title.size(); ++i)
        w += PdfWord{title.mid(i, 1), QRectF(kLeft + i * 3 * kEm, 150, kEm, 22), false};
    w += PdfWord{u"打印本页"_s, QRectF(kLeft, 200, 4 * kEm, 22), true};
    w += PdfWord{u"关闭窗口"_s, QRectF(kLeft + 5 * kEm, 200, 4 * kEm, 22), false};
    w += PdfWord{u"一、"_s, QRectF(kLeft, 250, 2 * kEm, 22), true};
    w += PdfWord{u"主要举措"_s, QRectF(kLeft + 2.3 * kEm, 250, 4 * kEm, 22), false};
    const auto lines = PdfTextLayout::lines(page(w));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0].text, u"序号 项目名称 完成情况"_s);
    QCOMPARE(lines[1].text, title);
    QCOMPARE(lines[2].text, u"打印本页 关闭窗口"_s);
    QCOMPARE(lines[3].text, u"一、主要举措"_s);
}

void PdfTextLayoutTest::acrossPages()
{
    // A paragraph that runs over the page break is one paragraph; the next
    // page's indented line starts a new one.
    QList<PdfWord> one, two;
    qreal y = 100;
    setParagraph(one, text(48), y);
    y = 100;
    setParagraph(two, text(10) + u"。"_s, y, 0);
    setParagraph(two, text(30, u'乙') + u"。"_s, y);
    QCOMPARE(PdfTextLayout::paragraphs({page(one), page(two)}),
             QStringList({text(58) + u"。"_s, text(30, u'乙') + u"。"_s}));
}

void PdfTextLayoutTest::pageChrome()
{
    QList<PdfPageText> pages;
    for (int p = 1; p <= 4; ++p) {
        QList<PdfWord> w;
        // The first page has the title where the others have the header.
        w += words(p == 1 ? u"某某区法治政府建设年度报告"_s : u"某某区人民政府文件"_s, kLeft + 8 * kEm, 40, 12);
        w += words(u"2022年度 第%1期"_s.arg(p), kLeft + 18 * kEm, 60, 12); // a header with a number
        qreal y = 100;
        setParagraph(w, text(40, QChar(u'甲' + p)) + u"。"_s, y);
        setParagraph(w, u"12"_s, y, 0); // a figure on its own in the body: stays
        w += words(u"第 %1 页 共 4 页"_s.arg(p), kLeft + 8 * kEm, 800, 12);
        pages.append(page(w));
    }
    QStringList expected{u"某某区法治政府建设年度报告"_s};
    for (int p = 1; p <= 4; ++p)
        expected << text(40, QChar(u'甲' + p)) + u"。"_s << u"12"_s;
    QCOMPARE(PdfTextLayout::paragraphs(pages), expected);
}

void PdfTextLayoutTest::isPageNumber_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("number");
    for (const QString &s : {u"1"_s, u"- 1 -"_s, u"—1—"_s, u"－ 12 －"_s, u"— 3 —"_s, u"·3·"_s, u"[7]"_s, u"第1页"_s,
                             u"第 1 页 共 10 页"_s, u"第一页"_s, u"共10页 第2页"_s, u"1/10"_s, u"1 / 10"_s, u"Page 3 of 10"_s,
                             u"iv"_s, u"１２"_s})
        QTest::newRow(qPrintable(s)) << s << true;
    for (const QString &s : {u"2022年"_s, u"一、主要举措"_s, u"第1条"_s, u"1.健全机制"_s, u"共10项"_s, u"（一）"_s, u""_s,
                             u"某某区人民政府文件"_s, u"12345"_s})
        QTest::newRow(qPrintable(u"not "_s + s)) << s << false;
}

void PdfTextLayoutTest::isPageNumber()
{
    QFETCH(QString, line);
    QFETCH(bool, number);
    QCOMPARE(PdfPageChrome::isPageNumber(line), number);
}

void PdfTextLayoutTest::nothing()
{
    QVERIFY(PdfTextLayout::paragraphs({}).isEmpty());
    const PdfWord blank{u" "_s, QRectF(0, 0, 5, 5), false};
    QVERIFY(PdfTextLayout::paragraphs({page({}), page({blank})}).isEmpty());
}

QTEST_GUILESS_MAIN(PdfTextLayoutTest)
#include "pdftextlayout_test.moc"
