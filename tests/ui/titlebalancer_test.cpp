// SPDX-License-Identifier: GPL-3.0-or-later
// The report's title in the reader on lines of even length, in a real
// window: no last line of a few characters, and the text untouched.
#include "mainwindow.h"
#include "readerview.h"
#include "titlebalancer.h"

#include <QAbstractTextDocumentLayout>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace pizhu;

class TitleBalancerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void margins();
    void sampleTitleOnEvenLines();

private:
    QTemporaryDir m_dir;
};

void TitleBalancerTest::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    qputenv("PIZHU_DB", m_dir.filePath(u"a.sqlite"_s).toLocal8Bit());
}

void TitleBalancerTest::margins()
{
    QCOMPARE(TitleBalancer::margin(300, 400, 20), 0.0); // fits on one line
    // One and a half lines: two lines of 225 (+ 20 slack) in 400.
    QCOMPARE(TitleBalancer::margin(450, 400, 20), (400 - 245) / 2.0);
    // Two and a bit: three lines of 270 (+ 20).
    QCOMPARE(TitleBalancer::margin(810, 400, 20), (400 - 290) / 2.0);
    QCOMPARE(TitleBalancer::margin(450, 0, 20), 0.0);
}

void TitleBalancerTest::sampleTitleOnEvenLines()
{
    MainWindow w;
    w.resize(1280, 860);
    w.openStartupReport();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTextDocument *doc = w.reader()->document();
    const QTextBlock title = doc->firstBlock();
    QVERIFY(title.text().startsWith(u"杭州市拱墅区人民政府关于"_s));
    QCOMPARE(title.text(), w.report().canonicalText.first(title.text().size())); // the text as it was
    doc->documentLayout()->blockBoundingRect(title); // laid out
    const QTextLayout *layout = title.layout();
    QVERIFY2(layout->lineCount() >= 2, "the sample's title is longer than the column");
    qreal shortest = 1e9;
    qreal longest = 0;
    for (int i = 0; i < layout->lineCount(); ++i) {
        shortest = qMin(shortest, layout->lineAt(i).naturalTextWidth());
        longest = qMax(longest, layout->lineAt(i).naturalTextWidth());
    }
    // Even lines: within two characters of each other (Qt alone leaves a
    // line of seven characters under one of twenty-three).
    const qreal em = QFontMetricsF(title.begin().fragment().charFormat().font().resolve(doc->defaultFont()))
                         .horizontalAdvance(QChar(0x56fd));
    QVERIFY2(longest - shortest <= 2 * em + 0.5,
             qPrintable(u"lines from %1 to %2, em %3"_s.arg(shortest).arg(longest).arg(em)));

    // A narrow window: still even, in more lines.
    w.resize(520, 860);
    QTest::qWait(50);
    doc->documentLayout()->blockBoundingRect(title);
    shortest = 1e9;
    longest = 0;
    for (int i = 0; i < layout->lineCount(); ++i) {
        shortest = qMin(shortest, layout->lineAt(i).naturalTextWidth());
        longest = qMax(longest, layout->lineAt(i).naturalTextWidth());
    }
    QVERIFY2(longest - shortest <= 2 * em + 0.5,
             qPrintable(u"lines from %1 to %2, em %3"_s.arg(shortest).arg(longest).arg(em)));
}

QTEST_MAIN(TitleBalancerTest)
#include "titlebalancer_test.moc"
