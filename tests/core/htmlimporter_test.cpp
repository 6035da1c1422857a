// SPDX-License-Identifier: GPL-3.0-or-later
// Saved government pages: the article found among navigation, scripts and
// footers, the metadata table kept, the charset honoured.
#include "htmlimporter.h"
#include "samplefixtures.h"
#include "htmltree.h"
#include "reportparser.h"
#include "textloader.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

Report sampleReport()
{
    const auto text = TextLoader::load(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"));
    return ReportParser::parse(text->text);
}

} // namespace

class HtmlImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplePageGivesTheSameReport();
    void charsetDeclared_data();
    void charsetDeclared();
    void entitiesAndWhitespace();
    void committedFixture();
    void deepNestingAndJunk();
    void noText();
};

void HtmlImporterTest::samplePageGivesTheSameReport()
{
    const Report text = sampleReport();
    QStringEncoder gb("GB18030");
    const QByteArray bytes = gb.encode(samplePage(text));
    const auto imported = HtmlImporter::import(bytes);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported->format, u"html"_s);
    QCOMPARE(imported->encoding, u"GB18030"_s);
    QVERIFY(!imported->text.contains(u"不是正文"_s));
    QVERIFY(!imported->text.contains(u"样式"_s));
    QVERIFY(!imported->text.contains(u"注释里的段落"_s));
    const Report html = ReportParser::parse(imported->text);
    QCOMPARE(html.metadata.title, text.metadata.title);
    QCOMPARE(html.metadata.indexNumber, u"K1493206-6/2023-26418"_s);
    QCOMPARE(html.metadata.publisher, u"区府办"_s);
    QCOMPARE(html.metadata.published, QDate(2023, 2, 1));
    QCOMPARE(html.parts().size(), text.parts().size());
    for (size_t i = 0; i < text.parts().size(); ++i) {
        QCOMPARE(html.parts()[i].role, text.parts()[i].role);
        QCOMPARE(html.parts()[i].title, text.parts()[i].title);
        QCOMPARE(html.parts()[i].children.size(), text.parts()[i].children.size());
    }
    // The article's text arrives whole; none of the page around it.
    QCOMPARE(html.paragraphCount(), text.paragraphCount());
    for (const QString &chrome : {u"互动交流"_s, u"分享到"_s, u"版权所有"_s, u"当前位置"_s})
        QVERIFY2(!html.canonicalText.contains(chrome), qPrintable(chrome));
    // 政务公开 is in the navigation and in the report: only the report's remain.
    QCOMPARE(html.canonicalText.count(u"政务公开"_s), text.canonicalText.count(u"政务公开"_s));
}

void HtmlImporterTest::charsetDeclared_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("charset");
    QTest::newRow("meta charset") << QByteArray("<meta charset=\"utf-8\">") << u"UTF-8"_s;
    QTest::newRow("http-equiv gb2312") << QByteArray("<meta http-equiv=Content-Type content='text/html; charset=gb2312'>")
                                       << u"GB18030"_s;
    QTest::newRow("gbk") << QByteArray("<META CHARSET=GBK>") << u"GB18030"_s;
    QTest::newRow("big5") << QByteArray("<meta charset=big5>") << u"Big5"_s;
    QTest::newRow("none") << QByteArray("<html><body>") << QString();
}

void HtmlImporterTest::charsetDeclared()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, charset);
    QCOMPARE(HtmlImporter::declaredCharset(head), charset);
}

void HtmlImporterTest::entitiesAndWhitespace()
{
    QCOMPARE(HtmlTree::decodeEntities(u"&ldquo;一网通办&rdquo;率达97.1&#37;&nbsp;&#x4E2D;&amp;&bogus;"_s),
             u"“一网通办”率达97.1%\u00A0中&&bogus;"_s);
    const QByteArray page = "<html><body><div><p>\xe7\xac\xac\xe4\xb8\x80\xe8\xa1\x8c\n  \xe6\x8d\xa2\xe8\xa1\x8c"
                            "</p><p>Hello\n   world<br>\xe6\x96\xb0\xe8\xa1\x8c</p></div></body></html>";
    const auto imported = HtmlImporter::import(page);
    QVERIFY(imported.ok());
    // A source line break between Chinese characters is no space; between Latin words it is one.
    QCOMPARE(imported->text, u"第一行换行\nHello world\n新行"_s);
}

void HtmlImporterTest::committedFixture()
{
    QFile f(QStringLiteral(PIZHU_TEST_DATA "/html/district-report.html"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto imported = HtmlImporter::import(f.readAll());
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    const Report r = ReportParser::parse(imported->text);
    QCOMPARE(r.metadata.title, u"青岚市白石区司法局2022年度法治政府建设工作报告"_s);
    QCOMPARE(r.metadata.published, QDate(2023, 3, 8));
    QCOMPARE(r.metadata.indexNumber, u"11330508MB1234567X/2023-00021"_s);
    QCOMPARE(int(r.parts().size()), 4);
    QCOMPARE(r.parts()[0].role, PartRole::Measures);
    QCOMPARE(int(r.parts()[0].children.size()), 2);
    QCOMPARE(r.parts()[3].role, PartRole::Plans);
    QVERIFY(!r.canonicalText.contains(u"网站地图"_s));
    QVERIFY(!r.canonicalText.contains(u"相关阅读"_s));
}

void HtmlImporterTest::deepNestingAndJunk()
{
    // 100 000 nested elements, unclosed tags, a stray "<", attributes without
    // quotes: no crash, no stack overflow, the text still found.
    QByteArray deep = "<html><body>";
    for (int i = 0; i < 100000; ++i)
        deep += "<div><span>";
    deep += "\xe6\xad\xa3\xe6\x96\x87 a < b <p class=x id=y>\xe6\xae\xb5\xe8\x90\xbd<td><tr></table></zzz>";
    const auto imported = HtmlImporter::import(deep);
    QVERIFY(imported.ok());
    QVERIFY(imported->text.contains(u"正文 a < b"_s));
    QVERIFY(imported->text.contains(u"段落"_s));
}

void HtmlImporterTest::noText()
{
    const auto imported = HtmlImporter::import("<html><head><script>x()</script></head><body> </body></html>");
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, Error::Kind::BadInput);
}

QTEST_GUILESS_MAIN(HtmlImporterTest)
#include "htmlimporter_test.moc"
