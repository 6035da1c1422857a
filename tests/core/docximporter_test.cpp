// SPDX-License-Identifier: GPL-3.0-or-later
// DocxImporter against .docx packages built the way Word writes them
// (docxfixtures.h), against the seed files in tests/data/docx, and against
// input that is not a docx at all: random bytes, truncated and damaged
// packages, malformed XML, encrypted files, zip bombs.
//
// The seed files are written by this test: run it with
// PIZHU_WRITE_DOCX_SEEDS=<folder> to write them again.
#include "docxfixtures.h"
#include "docximporter.h"
#include "docxnumbering.h"
#include "reportparser.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

using namespace docxfixtures;

QStringList importLines(const QByteArray &bytes)
{
    const auto imported = DocxImporter::import(bytes);
    if (!imported) {
        qWarning("import failed: %s", qPrintable(imported.error().message));
        return {};
    }
    return imported->text.split(u'\n');
}

// Sets the unpacked size the central directory and the local header give
// for an entry: a zip that lies about its contents.
QByteArray withDeclaredSize(QByteArray zip, const QByteArray &name, quint32 size)
{
    auto put = [&zip](qsizetype at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            zip[at + i] = char((v >> (8 * i)) & 0xFF);
    };
    auto get16 = [&zip](qsizetype at) { return int(uchar(zip[at])) | int(uchar(zip[at + 1])) << 8; };
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4)) {
        const int nameLength = get16(at + 28);
        if (zip.mid(at + 46, nameLength) != name)
            continue;
        put(at + 24, size);
        const qsizetype local = qsizetype(uchar(zip[at + 42])) | qsizetype(uchar(zip[at + 43])) << 8
            | qsizetype(uchar(zip[at + 44])) << 16 | qsizetype(uchar(zip[at + 45])) << 24;
        put(local + 22, size);
    }
    return zip;
}

// A package whose entry `name` unpacks to `size` zero bytes; it compresses
// about a thousandfold, so building it streams the zeros in chunks.
QByteArray bombDocx(const QString &name, qint64 size)
{
    QBuffer buffer;
    KZip zip(&buffer);
    if (!zip.open(QIODevice::WriteOnly))
        qFatal("cannot create zip");
    for (const auto &[file, data] : docxFiles(para(u"正文"_s))) {
        if (file != name)
            zip.writeFile(file, data);
    }
    const QByteArray zeros(1024 * 1024, '\0');
    zip.prepareWriting(name, QString(), QString(), size);
    for (qint64 written = 0; written < size; written += zeros.size())
        zip.writeData(zeros.constData(), std::min<qint64>(zeros.size(), size - written));
    zip.finishWriting(size);
    zip.close();
    return buffer.data();
}

qint64 peakRssKb()
{
#ifdef Q_OS_LINUX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#else
    return 0;
#endif
}

} // namespace

class DocxImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plainParagraphs();
    void inlineContent_data();
    void inlineContent();
    void chineseNumbering();
    void nestedLevelsRestart();
    void decimalNumbering();
    void startOverrideAndContinuation();
    void numberingViaStyle();
    void formats_data();
    void formats();
    void tables();
    void numberedDocument();
    void parsedReport();
    void seedFiles_data();
    void seedFiles();
    void badInput_data();
    void badInput();
    void zipBomb_data();
    void zipBomb();
    void cancelAndProgress();
    void damagedPackagesNeverCrash();
};

void DocxImporterTest::initTestCase()
{
    const QString seeds = qEnvironmentVariable("PIZHU_WRITE_DOCX_SEEDS");
    if (seeds.isEmpty())
        return;
    QDir().mkpath(seeds);
    const QList<std::pair<QString, QByteArray>> files = {
        {u"report.docx"_s, reportDocx()},
        {u"numbered.docx"_s, numberedDocx()},
    };
    for (const auto &[name, bytes] : files) {
        QFile f(QDir(seeds).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
}

void DocxImporterTest::plainParagraphs()
{
    const QString body = para(u"第一段"_s) + u"<w:p/>"_s
        + u"<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr>"_s + run(u"第二"_s) + run(u"段，"_s) + run(u"分在三个run里"_s)
        + u"</w:p>"_s + para(u"  "_s) + para(u"第三段 Third paragraph"_s);
    const auto imported = DocxImporter::import(docx(body));
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported->text, u"第一段\n第二段，分在三个run里\n第三段 Third paragraph"_s);
    QCOMPARE(imported->format, u"docx"_s);
    QVERIFY(imported->encoding.isEmpty());
}

void DocxImporterTest::inlineContent_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("text");
    QTest::newRow("tab after a label") << u"<w:p>"_s + run(u"一、"_s) + u"<w:r><w:tab/><w:t>主要举措</w:t></w:r></w:p>"_s
                                       << u"一、主要举措"_s;
    QTest::newRow("tab between words") << u"<w:p><w:r><w:t>Name</w:t><w:tab/><w:t>Value</w:t></w:r></w:p>"_s
                                       << u"Name Value"_s;
    QTest::newRow("line break in Chinese")
        << u"<w:p><w:r><w:t>松川区人民政府关于</w:t><w:br/><w:t>2023年度法治政府建设情况的报告</w:t></w:r></w:p>"_s
        << u"松川区人民政府关于2023年度法治政府建设情况的报告"_s;
    QTest::newRow("line break in English") << u"<w:p><w:r><w:t>Annual</w:t><w:br/><w:t>report</w:t></w:r></w:p>"_s
                                           << u"Annual report"_s;
    QTest::newRow("page break") << u"<w:p><w:r><w:t>前一页</w:t><w:br w:type=\"page\"/><w:t>后一页</w:t></w:r></w:p>"_s
                                << u"前一页\n后一页"_s;
    QTest::newRow("deleted and inserted")
        << u"<w:p>"_s + run(u"保留"_s)
               + u"<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>删除</w:delText></w:r></w:del>"
                 u"<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>插入</w:t></w:r></w:ins>"
                 u"<w:moveFrom w:id=\"3\" w:author=\"a\"><w:r><w:t>移走</w:t></w:r></w:moveFrom>"
                 u"<w:moveTo w:id=\"4\" w:author=\"a\"><w:r><w:t>移来</w:t></w:r></w:moveTo></w:p>"_s
        << u"保留插入移来"_s;
    QTest::newRow("hidden text") << u"<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"_s + run(u"可见"_s)
                                        + u"<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>也可见</w:t></w:r></w:p>"_s
                                 << u"可见也可见"_s;
    QTest::newRow("field code") << u"<w:p>"_s + run(u"第"_s)
                                       + u"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                                         u"<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"_s
                                       + run(u"页"_s) + u"</w:p>"_s
                                << u"第3页"_s;
    QTest::newRow("hyperlink, smart tag, content control")
        << u"<w:p><w:hyperlink r:id=\"rId9\"><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:smartTag w:uri=\"x\" w:element=\"y\"><w:r><w:t>标记</w:t></w:r></w:smartTag>"
           u"<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt></w:p>"_s
        << u"链接标记控件"_s;
    QTest::newRow("alternate content")
        << u"<w:p><mc:AlternateContent><mc:Choice Requires=\"w14\"><w:r><w:t>选择</w:t></w:r></mc:Choice>"
           u"<mc:Fallback><w:r><w:t>备用</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"_s
        << u"选择"_s;
    QTest::newRow("preserved spaces") << run(u"x"_s).prepend(u"<w:p>"_s).append(u"<w:r><w:t xml:space=\"preserve\"> a  b </w:t></w:r></w:p>"_s)
                                      << u"x a  b"_s;
    QTest::newRow("drawing and footnote skipped")
        << u"<w:p>"_s + run(u"正文"_s)
               + u"<w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:t>图中文字</w:t></wp:inline></w:drawing></w:r></w:p>"_s
        << u"正文"_s;
    QTest::newRow("block-level content control")
        << u"<w:sdt><w:sdtPr/><w:sdtContent>"_s + para(u"控件中的段落"_s) + u"</w:sdtContent></w:sdt>"_s + para(u"之后"_s)
        << u"控件中的段落\n之后"_s;
    QTest::newRow("table of contents control")
        << u"<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/></w:docPartObj></w:sdtPr><w:sdtContent>"_s
               + para(u"一、主要举措和成效 1"_s) + u"</w:sdtContent></w:sdt>"_s + para(u"正文"_s)
        << u"正文"_s;
}

void DocxImporterTest::inlineContent()
{
    QFETCH(QString, body);
    QFETCH(QString, text);
    const auto imported = DocxImporter::import(docx(body));
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported->text, text);
}

void DocxImporterTest::chineseNumbering()
{
    const QString body = numbered(1, 0, u"主要举措和成效"_s) + para(u"正文"_s) + numbered(1, 0, u"存在的不足"_s);
    QCOMPARE(importLines(docx(body, reportNumbering())),
             QStringList({u"一、主要举措和成效"_s, u"正文"_s, u"二、存在的不足"_s}));
}

void DocxImporterTest::nestedLevelsRestart()
{
    const QString body = numbered(1, 0, u"甲"_s) + numbered(1, 1, u"甲一"_s) + numbered(1, 1, u"甲二"_s)
        + numbered(1, 0, u"乙"_s) + numbered(1, 1, u"乙一"_s) + numbered(1, 2, u"乙一1"_s) + numbered(1, 2, u"乙一2"_s)
        + numbered(1, 1, u"乙二"_s) + numbered(1, 2, u"乙二1"_s);
    QCOMPARE(importLines(docx(body, reportNumbering())),
             QStringList({u"一、甲"_s, u"（一）甲一"_s, u"（二）甲二"_s, u"二、乙"_s, u"（一）乙一"_s, u"1.乙一1"_s,
                          u"2.乙一2"_s, u"（二）乙二"_s, u"1.乙二1"_s}));
}

void DocxImporterTest::decimalNumbering()
{
    const QString body = numbered(2, 0, u"第一项"_s) + numbered(2, 0, u"第二项"_s) + numbered(2, 0, u"第三项"_s);
    QCOMPARE(importLines(docx(body, reportNumbering())), QStringList({u"1.第一项"_s, u"2.第二项"_s, u"3.第三项"_s}));
}

void DocxImporterTest::startOverrideAndContinuation()
{
    // num 4 shares definition 0 with num 1 and continues it, as in Word;
    // num 3 overrides the start and begins again.
    const QString body = numbered(1, 0, u"甲"_s) + numbered(4, 0, u"乙"_s) + numbered(3, 0, u"重新"_s)
        + numbered(3, 0, u"接着"_s);
    QCOMPARE(importLines(docx(body, reportNumbering())),
             QStringList({u"一、甲"_s, u"二、乙"_s, u"一、重新"_s, u"二、接着"_s}));
}

void DocxImporterTest::numberingViaStyle()
{
    // heading 1 gives numId 1 level 0; heading 2 level 1; heading 3 finds
    // its level through the definition's w:pStyle; Part Heading inherits
    // from heading 1; numId 0 on the paragraph removes the style's numbering.
    const QString body = styled(u"1"_s, u"主要举措和成效"_s) + styled(u"2"_s, u"依法履职"_s) + styled(u"3"_s, u"细项"_s)
        + styled(u"PartHeading"_s, u"存在的不足"_s) + styled(u"3"_s, u"又一细项"_s)
        + styled(u"1"_s, u"不编号的标题"_s, numPr(0, 0)) + styled(u"a"_s, u"正文"_s);
    QCOMPARE(importLines(docx(body, reportNumbering(), reportStyles())),
             QStringList({u"一、主要举措和成效"_s, u"（一）依法履职"_s, u"1.细项"_s, u"二、存在的不足"_s, u"1.又一细项"_s,
                          u"不编号的标题"_s, u"正文"_s}));
}

void DocxImporterTest::formats_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("label");
    QTest::newRow("chinese 1") << qint64(1) << u"chineseCounting"_s << u"一"_s;
    QTest::newRow("chinese 10") << qint64(10) << u"chineseCounting"_s << u"十"_s;
    QTest::newRow("chinese 11") << qint64(11) << u"chineseCountingThousand"_s << u"十一"_s;
    QTest::newRow("chinese 23") << qint64(23) << u"chineseCounting"_s << u"二十三"_s;
    QTest::newRow("chinese 100") << qint64(100) << u"chineseCounting"_s << u"一〇〇"_s;
    QTest::newRow("chinese 2024") << qint64(2024) << u"chineseCounting"_s << u"二〇二四"_s;
    QTest::newRow("thousand 101") << qint64(101) << u"chineseCountingThousand"_s << u"一百〇一"_s;
    QTest::newRow("thousand 1010") << qint64(1010) << u"chineseCountingThousand"_s << u"一千〇一十"_s;
    QTest::newRow("thousand 2300") << qint64(2300) << u"chineseCountingThousand"_s << u"二千三百"_s;
    QTest::newRow("ideograph digital") << qint64(10) << u"ideographDigital"_s << u"一〇"_s;
    QTest::newRow("legal simplified") << qint64(13) << u"chineseLegalSimplified"_s << u"拾叁"_s;
    QTest::newRow("circled") << qint64(3) << u"decimalEnclosedCircle"_s << u"③"_s;
    QTest::newRow("circled 21") << qint64(21) << u"decimalEnclosedCircle"_s << u"㉑"_s;
    QTest::newRow("circled beyond") << qint64(60) << u"decimalEnclosedCircle"_s << u"60"_s;
    QTest::newRow("paren") << qint64(2) << u"decimalEnclosedParen"_s << u"⑵"_s;
    QTest::newRow("full width") << qint64(12) << u"decimalFullWidth"_s << u"１２"_s;
    QTest::newRow("decimal zero") << qint64(7) << u"decimalZero"_s << u"07"_s;
    QTest::newRow("upper roman") << qint64(14) << u"upperRoman"_s << u"XIV"_s;
    QTest::newRow("lower letter") << qint64(28) << u"lowerLetter"_s << u"bb"_s;
    QTest::newRow("heavenly stems") << qint64(3) << u"ideographTraditional"_s << u"丙"_s;
    QTest::newRow("none") << qint64(3) << u"none"_s << QString();
    QTest::newRow("unknown") << qint64(5) << u"klingon"_s << u"5"_s;
    QTest::newRow("huge") << qint64(1'000'000'000) << u"lowerRoman"_s << u"1000000000"_s;
}

void DocxImporterTest::formats()
{
    QFETCH(qint64, value);
    QFETCH(QString, format);
    QFETCH(QString, label);
    QCOMPARE(DocxNumbering::format(value, format), label);
}

void DocxImporterTest::tables()
{
    const QString tableStart = u"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>"_s;
    auto cell = [](const QString &content) { return u"<w:tc><w:tcPr/>"_s + content + u"</w:tc>"_s; };
    QString body = para(u"表前"_s) + tableStart;
    body += u"<w:tr><w:trPr><w:tblHeader/></w:trPr>"_s + cell(para(u"序号"_s)) + cell(para(u"单位"_s))
        + cell(para(u"完成情况"_s)) + u"</w:tr>"_s;
    body += u"<w:tr>"_s + cell(para(u"1"_s)) + cell(para(u"区司法局"_s) + para(u"区法院"_s)) + cell(para(u"已完成"_s))
        + u"</w:tr>"_s;
    body += u"<w:tr>"_s + cell(para(u"（一）"_s)) + cell(para(u"市场监管局"_s)) + cell(u"<w:p/>"_s) + u"</w:tr>"_s;
    body += u"<w:tr><w:trPr><w:del w:id=\"5\" w:author=\"a\"/></w:trPr>"_s + cell(para(u"删除的行"_s))
        + cell(para(u"x"_s)) + u"</w:tr>"_s;
    body += u"<w:tr>"_s + cell(u"<w:p/>"_s) + cell(u"<w:p/>"_s) + cell(u"<w:p/>"_s) + u"</w:tr>"_s;
    // A table in a cell: its rows flattened into the cell's text.
    body += u"<w:tr>"_s + cell(para(u"合计"_s))
        + cell(tableStart + u"<w:tr>"_s + cell(para(u"甲"_s)) + cell(para(u"乙"_s)) + u"</w:tr><w:tr>"_s + cell(para(u"丙"_s))
               + cell(para(u"丁"_s)) + u"</w:tr></w:tbl><w:p/>"_s)
        + cell(para(u"2"_s)) + u"</w:tr></w:tbl>"_s;
    // A one-column table framing the text: paragraphs, not rows.
    body += tableStart + u"<w:tr>"_s + cell(para(u"二、存在的不足"_s) + para(u"基层执法力量不足。"_s)) + u"</w:tr></w:tbl>"_s;
    body += para(u"表后"_s);
    QCOMPARE(importLines(docx(body)),
             QStringList({u"表前"_s, u"序号｜单位｜完成情况"_s, u"1｜区司法局 区法院｜已完成"_s, u"｜（一）｜市场监管局｜"_s,
                          u"合计｜甲｜乙 丙｜丁｜2"_s, u"二、存在的不足"_s, u"基层执法力量不足。"_s, u"表后"_s}));
}

void DocxImporterTest::numberedDocument()
{
    QCOMPARE(importLines(numberedDocx()),
             QStringList({u"一、主要举措和成效"_s, u"（一）依法履职"_s, u"1.梳理权责清单"_s, u"2.规范执法"_s, u"（二）依法决策"_s,
                          u"①圈号第一项"_s, u"项目符号不生成编号"_s, u"②圈号第二项"_s, u"二、存在的不足"_s, u"保留插入"_s,
                          u"1.独立列表第一项"_s, u"2.独立列表第二项"_s, u"序号｜单位"_s, u"1｜区司法局 区法院"_s,
                          u"三、下一步工作打算"_s}));
}

void DocxImporterTest::parsedReport()
{
    const auto imported = DocxImporter::import(reportDocx());
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    const Report r = ReportParser::parse(imported->text);
    QCOMPARE(r.metadata.title, u"青岚市松川区人民政府关于2023年度法治政府建设情况的报告"_s);
    QCOMPARE(r.metadata.year, 2023);
    const auto &parts = r.parts();
    QCOMPARE(int(parts.size()), 4);
    const QList<PartRole> roles = {PartRole::Measures, PartRole::Shortcomings, PartRole::Leadership, PartRole::Plans};
    const QStringList labels = {u"一、"_s, u"二、"_s, u"三、"_s, u"四、"_s};
    const QList<int> sections = {2, 0, 0, 2};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(parts[size_t(i)].role, roles[i]);
        QCOMPARE(parts[size_t(i)].label, labels[i]);
        QCOMPARE(int(parts[size_t(i)].children.size()), sections[i]);
    }
    QCOMPARE(parts[0].title, u"2023年度推进法治政府建设的主要举措和成效"_s);
    const OutlineNode &first = parts[0].children[0];
    QCOMPARE(first.label, u"（一）"_s);
    QCOMPARE(first.title, u"坚持高位推动，压实法治建设工作责任"_s);
    QCOMPARE(int(first.children.size()), 2);
    QCOMPARE(first.children[0].label, u"1."_s);
    QCOMPARE(first.children[0].title, u"健全工作推进机制"_s);
    QCOMPARE(parts[3].children[1].title, u"深入推进严格规范公正文明执法"_s);
}

void DocxImporterTest::seedFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("parts");
    QTest::newRow("report") << u"report.docx"_s << 4;
    QTest::newRow("numbered") << u"numbered.docx"_s << 3;
}

void DocxImporterTest::seedFiles()
{
    QFETCH(QString, name);
    QFETCH(int, parts);
    QFile f(QStringLiteral(PIZHU_TEST_DATA "/docx/") + name);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.size() < 20 * 1024);
    const auto imported = DocxImporter::import(bytes);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    // The committed file says what this test's builder says today.
    QCOMPARE(imported->text, DocxImporter::import(name == u"report.docx" ? reportDocx() : numberedDocx())->text);
    QCOMPARE(int(ReportParser::parse(imported->text).parts().size()), parts);
}

void DocxImporterTest::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator gen(42);
    gen.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QByteArray valid = reportDocx();

    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("random") << random << u"not a Word"_s;
    QTest::newRow("zip magic, then random") << QByteArray("PK\x03\x04" + random) << u"damaged"_s;
    QTest::newRow("text") << u"一、主要举措和成效\n"_s.toUtf8() << u"not a Word"_s;
    QTest::newRow("truncated") << valid.first(valid.size() / 2) << u"damaged"_s;
    QTest::newRow("end cut off") << valid.first(valid.size() - 30) << u"damaged"_s;

    Files noDocument = docxFiles(para(u"x"_s));
    noDocument.removeIf([](const auto &f) { return f.first == u"word/document.xml"; });
    QTest::newRow("zip without document.xml") << zipOf(noDocument) << u"word/document.xml"_s;
    QTest::newRow("other zip") << zipOf({{u"readme.txt"_s, QByteArray("hello")}}) << u"word/document.xml"_s;

    Files workbook = {{u"_rels/.rels"_s,
                       QByteArray(R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)")},
                      {u"xl/workbook.xml"_s,
                       QByteArray(R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>)")}};
    QTest::newRow("spreadsheet") << zipOf(workbook) << u"not a Word document"_s;

    Files badDocument = docxFiles(para(u"x"_s));
    badDocument[2].second = (kDocumentStart + u"<w:p><w:r><w:t>未闭合</w:r></w:p>"_s).toUtf8();
    QTest::newRow("malformed document.xml") << zipOf(badDocument) << u"word/document.xml is not well-formed XML"_s;
    badDocument[2].second = (kDocumentStart + u"<w:p><w:r><w:t>文档在此截断"_s).toUtf8();
    QTest::newRow("document.xml cut short") << zipOf(badDocument) << u"word/document.xml is not well-formed XML"_s;
    badDocument[2].second = QByteArray("<w:document><w:body><w:p/></w:body></w:document>");
    QTest::newRow("undeclared prefix") << zipOf(badDocument) << u"word/document.xml is not well-formed XML"_s;
    QTest::newRow("malformed numbering.xml")
        << zipOf(docxFiles(para(u"x"_s), numberingXml(u"<w:abstractNum>"_s), reportStyles())) << u"word/numbering.xml"_s;
    QTest::newRow("malformed styles.xml") << zipOf(docxFiles(para(u"x"_s), {}, u"<w:styles"_s)) << u"word/styles.xml"_s;
    QTest::newRow("malformed rels") << zipOf({{u"_rels/.rels"_s, QByteArray("<Relationships><")}}) << u"_rels/.rels"_s;
    QTest::newRow("no text") << docx(u"<w:p/><w:p><w:r><w:drawing/></w:r></w:p>"_s) << u"no text"_s;

    // An encrypted .docx: an OLE compound file with the MS-OFFCRYPTO streams.
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole.append(QByteArray(504, '\0'));
    for (const QString &stream : {u"EncryptionInfo"_s, u"EncryptedPackage"_s}) {
        QByteArray entry(128, '\0');
        for (qsizetype i = 0; i < stream.size(); ++i)
            entry[2 * i] = char(stream[i].unicode());
        ole.append(entry);
    }
    QTest::newRow("password-protected") << ole << u"password-protected"_s;
    QByteArray oldDoc("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    oldDoc.append(QByteArray(1024, '\0'));
    QTest::newRow("old .doc") << oldDoc << u".doc"_s;
}

void DocxImporterTest::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto imported = DocxImporter::import(bytes);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, Error::Kind::BadInput);
    QVERIFY2(imported.error().message.contains(message), qPrintable(imported.error().message));
}

void DocxImporterTest::zipBomb_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<quint32>("declared"); // 0: the size the zip gives is true
    QTest::addColumn<QString>("message");
    const qint64 mb = 1024 * 1024;
    QTest::newRow("document.xml of 300 MB") << u"word/document.xml"_s << 300 * mb << 0u << u"too large"_s;
    QTest::newRow("document.xml just over the limit") << u"word/document.xml"_s << DocxImporter::kMaxEntrySize + 1 << 0u
                                                      << u"too large"_s;
    QTest::newRow("a picture of 300 MB") << u"word/media/image1.png"_s << 300 * mb << 0u << u"too large"_s;
    QTest::newRow("document.xml of 300 MB claiming 2 KB") << u"word/document.xml"_s << 300 * mb << 2048u << u"damaged"_s;
    QTest::newRow("styles.xml of 300 MB claiming 60 MB") << u"word/styles.xml"_s << 300 * mb << quint32(60 * mb)
                                                          << u"damaged"_s;
}

void DocxImporterTest::zipBomb()
{
    QFETCH(QString, entry);
    QFETCH(qint64, size);
    QFETCH(quint32, declared);
    QFETCH(QString, message);
    QByteArray bomb = bombDocx(entry, size);
    if (declared)
        bomb = withDeclaredSize(bomb, entry.toUtf8(), declared);
    QVERIFY(bomb.size() < size / 500);

    const qint64 rssBefore = peakRssKb();
    QElapsedTimer timer;
    timer.start();
    const auto imported = DocxImporter::import(bomb);
    const qint64 ms = timer.elapsed();
    const qint64 rssGrowth = (peakRssKb() - rssBefore) / 1024;
    qInfo("%lld MB packed in %lld KB: refused in %lld ms, peak memory grew by %lld MB", size / (1024 * 1024),
          qint64(bomb.size() / 1024), ms, rssGrowth);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, Error::Kind::BadInput);
    QVERIFY2(imported.error().message.contains(message), qPrintable(imported.error().message));
    // Not inflated: no more than the 60 MB a lying header may claim, in
    // about the time that takes (generous for a slow, shared machine).
    QVERIFY2(ms < 10000, qPrintable(QString::number(ms)));
    if (rssBefore > 0)
        QVERIFY2(rssGrowth < 100, qPrintable(QString::number(rssGrowth)));
}

void DocxImporterTest::cancelAndProgress()
{
    QString body;
    for (int i = 0; i < 200; ++i)
        body += numbered(2, 0, u"第%1项"_s.arg(i + 1));
    const QByteArray bytes = docx(body, reportNumbering());

    QList<int> percents;
    ImportOptions options;
    options.progress = [&percents](int p) { percents.append(p); };
    const auto imported = DocxImporter::import(bytes, options);
    QVERIFY(imported.ok());
    QCOMPARE(imported->text.count(u'\n'), 199);
    QVERIFY(imported->text.endsWith(u"200.第200项"_s));
    QVERIFY(percents.size() >= 3);
    QCOMPARE(percents.first(), 0);
    QCOMPARE(percents.last(), 100);
    QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));

    int asked = 0;
    options.cancelled = [&asked] { return ++asked > 10; };
    const auto cancelled = DocxImporter::import(bytes, options);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
    QCOMPARE(asked, 11); // asked once a paragraph, stopped at once
}

void DocxImporterTest::damagedPackagesNeverCrash()
{
    // Stored entries, so that damage reaches the XML and not only the inflater.
    const QByteArray stored = zipOf(docxFiles(numberedBody(), reportNumbering(), reportStyles()), KZip::NoCompression);
    const QByteArray deflated = numberedDocx();
    QVERIFY(DocxImporter::import(stored).ok());
    QRandomGenerator gen(7);
    int ok = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray bytes = round % 2 ? stored : deflated;
        const int flips = 1 + int(gen.bounded(8));
        for (int i = 0; i < flips; ++i)
            bytes[gen.bounded(bytes.size())] = char(gen.bounded(256));
        if (DocxImporter::import(bytes).ok())
            ++ok;
    }
    for (qsizetype cut = 0; cut < deflated.size(); cut += 97)
        QVERIFY(!DocxImporter::import(deflated.first(cut)).ok());
    qInfo("%d of 400 damaged packages still imported", ok);
}

QTEST_GUILESS_MAIN(DocxImporterTest)
#include "docximporter_test.moc"
