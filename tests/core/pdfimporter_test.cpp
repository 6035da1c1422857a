// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF importer on real PDFs: reports written here with QPdfWriter and
// QTextDocument (several pages, running header, page numbers, wrapped and
// indented paragraphs) must come back paragraph for paragraph; damaged,
// empty, encrypted and image-only documents must be refused clearly.
#include "pdfimporter.h"
#include "pdfpagechrome.h"
#include "reportparser.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

const QString kFont = u"Noto Sans CJK SC"_s;

enum class Kind { Title, Part, Section, Body, Right };

struct Paragraph
{
    Kind kind;
    QString text;
};

// A report in the shape of the real ones: title, introduction, the four
// parts with sections, items and 一是 … 二是 runs, the signature. Long enough
// for three A4 pages.
QList<Paragraph> reportParagraphs()
{
    return {
        {Kind::Title, u"某某区2022年法治政府建设年度报告"_s},
        {Kind::Body,
         u"2022年，某某区在市委、市政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
         u"全面落实《法治政府建设实施纲要（2021—2025年）》，扎实推进依法行政，法治政府建设各项工作取得新的成效。"
         u"全区“一网通办”率达97.1%，群众对法治建设满意度达到96.3%，较上年提高1.2个百分点。现将有关情况报告如下。"_s},
        {Kind::Part, u"一、2022年度推进法治政府建设的主要举措和成效"_s},
        {Kind::Section, u"（一）坚持高位推动，压实法治建设工作责任"_s},
        {Kind::Body,
         u"1．健全工作推进机制。区委全面依法治区委员会召开全体会议2次，审议通过《某某区法治政府建设重点任务分工方案》等文件6件，"
         u"将法治政府建设纳入全区高质量发展综合考核，权重提高至5%。建立法治建设季度例会制度，全年召开例会4次，"
         u"协调解决重点难点问题17个。"_s},
        {Kind::Body,
         u"2．强化法治督察考核。组织开展法治政府建设专项督察，覆盖区级部门38家、街道（镇）9个，发现问题线索52条，"
         u"全部建立整改台账并完成销号。将述法工作纳入年终述职，82名部门和街道主要负责人书面述法。"_s},
        {Kind::Section, u"（二）深化“放管服”改革，依法全面履行政府职能"_s},
        {Kind::Body,
         u"出台《某某区优化营商环境三年行动方案》，推出惠企政策46条，兑现惠企资金3.82亿元，惠及市场主体1.2万余家。"
         u"引入quality management理念，深化“证照分离”改革，涉企经营许可事项实现清单管理全覆盖，企业开办时间压缩至0.5个工作日。"
         u"编制并公布政务服务事项目录1368项，“跨省通办”事项增至152项。"_s},
        {Kind::Section, u"（三）健全依法决策机制，提升行政决策质量"_s},
        {Kind::Body,
         u"严格执行《重大行政决策程序暂行条例》，编制并公布区政府年度重大行政决策事项目录7项，全部履行公众参与、专家论证、"
         u"风险评估、合法性审查和集体讨论决定程序。充分发挥政府法律顾问作用，全年审查区政府合同、协议86件，"
         u"出具法律意见书124份，审查行政规范性文件11件，未发现违法情形。"_s},
        {Kind::Part, u"二、存在的不足和原因"_s},
        {Kind::Body,
         u"一是法治政府建设推进不够平衡，部分街道和部门对法治建设重视程度不够，工作力量较为薄弱。"
         u"二是行政执法规范化水平有待提高，个别执法人员程序意识不强，执法文书制作不够规范。"
         u"三是运用法治思维和法治方式解决问题的能力仍需提升，基层依法治理存在短板。"_s},
        {Kind::Part, u"三、党政主要负责人履行推进法治建设第一责任人职责情况"_s},
        {Kind::Body,
         u"区委、区政府主要负责人认真履行推进法治建设第一责任人职责，带头学习习近平法治思想，"
         u"全年主持召开区委常委会会议、区政府常务会议专题研究法治建设工作6次，带头开展述法，带头尊法学法守法用法，"
         u"对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。"_s},
        {Kind::Part, u"四、2023年度推进法治政府建设的主要安排"_s},
        {Kind::Body,
         u"一是深入学习宣传贯彻习近平法治思想，把学习贯彻习近平法治思想作为党委（党组）理论学习中心组学习的重要内容。"
         u"二是持续深化“放管服”改革，不断优化法治化营商环境，全面提升政务服务标准化、规范化、便利化水平。"
         u"三是加强行政执法规范化建设，全面落实行政执法三项制度，开展行政执法案卷评查，切实提高执法质量。"_s},
        {Kind::Right, u"某某区人民政府"_s},
        {Kind::Right, u"2023年1月10日"_s},
    };
}

QString joined(const QList<Paragraph> &paragraphs)
{
    QStringList lines;
    for (const Paragraph &p : paragraphs)
        lines.append(p.text);
    return lines.join(u'\n');
}

struct PageStyle
{
    bool indent = true; // first-line indent of two characters
    bool justify = false;
    qreal spacing = 0; // after each paragraph, px
    QString header = u"某某区人民政府文件"_s; // %1 page, %2 pages
    QString footer = u"- %1 -"_s;
    bool sideways = false; // a landscape page turned onto a portrait sheet
};

QString pageLabel(QString pattern, int page, int pages)
{
    return pattern.replace(u"%1"_s, QString::number(page)).replace(u"%2"_s, QString::number(pages));
}

QFont font(int pixels, bool bold = false)
{
    QFont f(kFont);
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

// Lays the paragraphs out on A4 pages (72 dpi, so one unit is one point) the
// way a word processor prints them, then adds header and footer to each page.
QByteArray writeReport(const QList<Paragraph> &paragraphs, const PageStyle &style, int *pageCount = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    const QRectF sheet = writer.pageLayout().fullRectPoints();
    const QRectF page = style.sideways ? sheet.transposed() : sheet; // as the text stands
    const QRectF body = page.adjusted(90, 100, -90, -90);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDocumentMargin(0);
    doc.setPageSize(body.size());
    doc.setDefaultFont(font(16));
    QTextCursor cursor(&doc);
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &p = paragraphs[i];
        QTextBlockFormat block;
        QTextCharFormat chars;
        chars.setFont(font(16));
        block.setBottomMargin(style.spacing);
        switch (p.kind) {
        case Kind::Title:
            block.setAlignment(Qt::AlignHCenter);
            block.setBottomMargin(16);
            chars.setFont(font(22, true));
            break;
        case Kind::Part:
            chars.setFont(font(16, true));
            Q_FALLTHROUGH();
        case Kind::Section:
        case Kind::Body:
            block.setTextIndent(style.indent ? 32 : 0);
            block.setAlignment(style.justify ? Qt::AlignJustify : Qt::AlignLeft);
            break;
        case Kind::Right:
            block.setAlignment(Qt::AlignRight);
            break;
        }
        if (i == 0) {
            cursor.setBlockFormat(block);
            cursor.setBlockCharFormat(chars);
        } else {
            cursor.insertBlock(block, chars);
        }
        cursor.insertText(p.text, chars);
    }

    // Each line on the page where it starts. Drawing the whole layout clipped
    // to each page leaves the clipped text in the PDF, where extraction finds
    // it: a paragraph across a page break would come out twice.
    const int pages = doc.pageCount();
    QList<QList<std::pair<QTextLine, QPointF>>> linesOnPage(pages);
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int l = 0; l < layout->lineCount(); ++l) {
            const QTextLine line = layout->lineAt(l);
            const qreal top = layout->position().y() + line.y();
            const int onPage = qBound(0, int((top + 1) / body.height()), pages - 1);
            linesOnPage[onPage].append({line, layout->position()});
        }
    }
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        if (style.sideways) {
            painter.translate(sheet.width(), 0);
            painter.rotate(90);
        }
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        for (const auto &[line, position] : std::as_const(linesOnPage[i]))
            line.draw(&painter, position);
        painter.restore();
        painter.setFont(font(12));
        if (!style.header.isEmpty())
            painter.drawText(QRectF(0, 40, page.width(), 20), Qt::AlignCenter,
                             pageLabel(style.header, i + 1, pages));
        if (!style.footer.isEmpty())
            painter.drawText(QRectF(0, page.height() - 60, page.width(), 20), Qt::AlignCenter,
                             pageLabel(style.footer, i + 1, pages));
        painter.restore();
    }
    painter.end();
    if (pageCount)
        *pageCount = pages;
    return buffer.data();
}

QByteArray readFixture(const QString &name)
{
    QFile f(QStringLiteral(PIZHU_TEST_DATA "/pdf/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

QString errorOf(const Result<ImportedText> &r)
{
    return r.ok() ? QString() : r.error().message;
}

// Where two paragraph lists first part, for a failure message worth reading.
QByteArray firstDifference(const QStringList &actual, const QStringList &expected)
{
    for (qsizetype i = 0; i < qMax(actual.size(), expected.size()); ++i) {
        const QString a = actual.value(i, u"(none)"_s), e = expected.value(i, u"(none)"_s);
        if (a != e)
            return u"paragraph %1\n  actual:   %2\n  expected: %3"_s.arg(i).arg(a, e).toUtf8();
    }
    return {};
}

bool hasRadicals(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF; });
}

} // namespace

class PdfImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void report_data();
    void report();
    void reportParses();
    void extractionSpaces();
    void progressAndCancel();
    void encrypted_data();
    void encrypted();
    void badInput_data();
    void badInput();
    void damagedNeverCrashes();
    void noText();
    void largeDocument();
};

void PdfImporterTest::initTestCase()
{
    // Without the font, Qt would fall back to one without Chinese glyphs and
    // the PDFs would hold nothing to read.
    QVERIFY2(QFontDatabase::families().contains(kFont), "install fonts-noto-cjk");
}

void PdfImporterTest::report_data()
{
    QTest::addColumn<bool>("indent");
    QTest::addColumn<bool>("justify");
    QTest::addColumn<int>("spacing");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("footer");
    QTest::addColumn<bool>("sideways");
    const QString header = u"某某区人民政府文件"_s;
    QTest::newRow("indented, - 1 -") << true << false << 0 << header << u"- %1 -"_s << false;
    QTest::newRow("indented justified, —1—") << true << true << 0 << header << u"—%1—"_s << false;
    QTest::newRow("spaced, 第 1 页 共 3 页") << false << false << 10 << header << u"第 %1 页 共 %2 页"_s << false;
    QTest::newRow("header with page, 1/3") << true << false << 0 << u"某某区2022年法治政府建设年度报告（第%1页）"_s
                                           << u"%1/%2"_s << false;
    QTest::newRow("flush, bare number") << false << false << 0 << header << u"%1"_s << false;
    QTest::newRow("landscape turned onto portrait") << true << true << 0 << header << u"- %1 -"_s << true;
}

void PdfImporterTest::report()
{
    QFETCH(bool, indent);
    QFETCH(bool, justify);
    QFETCH(int, spacing);
    QFETCH(QString, header);
    QFETCH(QString, footer);
    QFETCH(bool, sideways);
    const QList<Paragraph> source = reportParagraphs();
    int pages = 0;
    const PageStyle style{indent, justify, qreal(spacing), header, footer, sideways};
    const QByteArray pdf = writeReport(source, style, &pages);
    QVERIFY(pages >= 3);

    const auto imported = PdfImporter::import(pdf);
    QVERIFY2(imported.ok(), qPrintable(errorOf(imported)));
    QCOMPARE(imported->format, u"pdf"_s);
    QVERIFY(imported->encoding.isEmpty());
    // Paragraph for paragraph, character for character: wrapped lines joined
    // without spaces, header and page numbers gone, radicals (the font maps
    // 一 to ⼀ U+2F00 as well) back to the characters they show.
    const QStringList expected = joined(source).split(u'\n');
    const QStringList actual = imported->text.split(u'\n');
    QVERIFY2(actual == expected, firstDifference(actual, expected).constData());
    QVERIFY(!hasRadicals(imported->text));
}

void PdfImporterTest::reportParses()
{
    const QList<Paragraph> source = reportParagraphs();
    const auto imported = PdfImporter::import(writeReport(source, PageStyle{}));
    QVERIFY2(imported.ok(), qPrintable(errorOf(imported)));
    const QString &text = imported->text;
    QVERIFY(!text.contains(u"某某区人民政府文件"_s));
    for (const QString &line : text.split(u'\n'))
        QVERIFY2(!PdfPageChrome::isPageNumber(line), qPrintable(line));
    QVERIFY(text.contains(u"2022年，"_s));
    QVERIFY(!text.contains(u"2022 年"_s));
    QVERIFY(text.contains(u"率达97.1%，"_s));
    QVERIFY(text.contains(u"quality management"_s));

    const Report report = ReportParser::parse(text);
    QCOMPARE(report.metadata.title, u"某某区2022年法治政府建设年度报告"_s);
    const auto &parts = report.parts();
    QCOMPARE(int(parts.size()), 4);
    const QList<PartRole> roles = {PartRole::Measures, PartRole::Shortcomings, PartRole::Leadership,
                                   PartRole::Plans};
    const QStringList labels = {u"一、"_s, u"二、"_s, u"三、"_s, u"四、"_s};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(parts[size_t(i)].role, roles[i]);
        QCOMPARE(parts[size_t(i)].label, labels[i]);
    }
    QCOMPARE(parts[0].title, u"2022年度推进法治政府建设的主要举措和成效"_s);
    QCOMPARE(int(parts[0].children.size()), 3);
    QCOMPARE(parts[0].children[1].title, u"深化“放管服”改革，依法全面履行政府职能"_s);
}

void PdfImporterTest::extractionSpaces()
{
    // Word processors position figures and Latin runs on their own, and
    // extraction sees a gap (or a space character) next to the Chinese.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        const QFont f = font(16);
        painter.setFont(f);
        const QFontMetricsF metrics(f, &writer);
        painter.drawText(QPointF(90, 100), u"截至 2022 年底，全区“一网通办”率达 97.1 %，"_s);
        qreal x = 90;
        for (const QString &piece : {u"全年办理"_s, u"1234"_s, u"件，"_s, u"ISO"_s, u"认证"_s}) {
            painter.drawText(QPointF(x, 130), piece);
            x += metrics.horizontalAdvance(piece) + 5; // a gap, no space character
        }
        painter.drawText(QPointF(90, 160), u"引入 quality management 理念。"_s);
    }
    const auto imported = PdfImporter::import(buffer.data());
    QVERIFY2(imported.ok(), qPrintable(errorOf(imported)));
    const QString text = imported->text;
    QVERIFY2(text.contains(u"截至2022年底，全区“一网通办”率达97.1%，"_s), qPrintable(text));
    QVERIFY2(text.contains(u"全年办理1234件，ISO认证"_s), qPrintable(text));
    QVERIFY2(text.contains(u"引入quality management理念。"_s), qPrintable(text));
}

void PdfImporterTest::progressAndCancel()
{
    int pages = 0;
    const QByteArray pdf = writeReport(reportParagraphs(), PageStyle{}, &pages);
    QList<int> seen;
    ImportOptions options;
    options.progress = [&](int percent) { seen.append(percent); };
    QVERIFY(PdfImporter::import(pdf, options).ok());
    QVERIFY(seen.size() >= pages);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), 100);

    // Asked between pages (and inside Poppler's work on a page).
    seen.clear();
    options.cancelled = [&] { return !seen.isEmpty(); };
    const auto stopped = PdfImporter::import(pdf, options);
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().kind, Error::Kind::Cancelled);
    QCOMPARE(seen.size(), 1);
}

void PdfImporterTest::encrypted_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("password");
    QTest::newRow("AES-256, Chinese password") << u"encrypted-aes256.pdf"_s << u"批注2023"_s;
    QTest::newRow("RC4 128") << u"encrypted-rc4.pdf"_s << u"pizhu"_s;
}

void PdfImporterTest::encrypted()
{
    QFETCH(QString, file);
    QFETCH(QString, password);
    const QByteArray pdf = readFixture(file);
    const QString expected = u"加密的年度报告\n一、主要举措和成效"_s;

    const auto locked = PdfImporter::import(pdf);
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().kind, Error::Kind::PasswordRequired);
    QVERIFY2(locked.error().message.contains(u"password-protected"_s), qPrintable(locked.error().message));

    ImportOptions options;
    options.password = u"wrong"_s;
    const auto wrong = PdfImporter::import(pdf, options);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind, Error::Kind::PasswordRequired);
    QVERIFY2(wrong.error().message.contains(u"password is wrong"_s), qPrintable(wrong.error().message));

    options.password = password;
    const auto opened = PdfImporter::import(pdf, options);
    QVERIFY2(opened.ok(), qPrintable(errorOf(opened)));
    QCOMPARE(opened->text, expected);

    // The owner password opens it too.
    options.password = file.contains(u"aes"_s) ? u"owner-2023"_s : u"owner"_s;
    QCOMPARE(PdfImporter::import(pdf, options).value().text, expected);

    // Encrypted with an owner password only (copying forbidden): opens as is.
    const auto ownerOnly = PdfImporter::import(readFixture(u"encrypted-owner-only.pdf"_s));
    QVERIFY2(ownerOnly.ok(), qPrintable(errorOf(ownerOnly)));
    QCOMPARE(ownerOnly->text, expected);
}

void PdfImporterTest::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray pdf = writeReport(reportParagraphs(), PageStyle{});
    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator gen(7);
    gen.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    // A catalogue whose page tree is empty; Poppler finds the objects even
    // without a cross-reference table.
    const QByteArray noPages = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                               "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                               "trailer\n<< /Root 1 0 R /Size 3 >>\n%%EOF\n";

    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("random bytes") << random << u"not a PDF"_s;
    QTest::newRow("text") << QByteArray("一、主要举措和成效\n") << u"not a PDF"_s;
    QTest::newRow("first half") << pdf.first(pdf.size() / 2) << u"incomplete"_s;
    QTest::newRow("header only") << QByteArray("%PDF-1.7\n") << u"incomplete"_s;
    QTest::newRow("header, random, end") << (QByteArray("%PDF-1.7\n") + random + "\n%%EOF\n") << u"damaged"_s;
    QTest::newRow("no pages") << noPages << u"no pages"_s;
}

void PdfImporterTest::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto imported = PdfImporter::import(bytes);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, Error::Kind::BadInput);
    QVERIFY2(imported.error().message.contains(message), qPrintable(imported.error().message));
}

void PdfImporterTest::damagedNeverCrashes()
{
    // Cut anywhere, or with bytes overwritten, a PDF gives text or an error.
    const QByteArray pdf = writeReport(reportParagraphs().first(6), PageStyle{});
    QRandomGenerator gen(2023);
    for (int i = 0; i < 12; ++i) {
        const qsizetype cut = gen.bounded(qsizetype(1), pdf.size());
        const auto r = PdfImporter::import(pdf.first(cut));
        QVERIFY(r.ok() || r.error().kind == Error::Kind::BadInput);
    }
    for (int i = 0; i < 12; ++i) {
        QByteArray damaged = pdf;
        const qsizetype at = gen.bounded(qsizetype(16), damaged.size() - 64);
        for (int j = 0; j < 32; ++j)
            damaged[at + j] = char(gen.bounded(256));
        const auto r = PdfImporter::import(damaged);
        QVERIFY(r.ok() || r.error().kind == Error::Kind::BadInput);
    }
}

void PdfImporterTest::noText()
{
    // A scanned report: an image of text, no text layer.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        QImage scan(200, 100, QImage::Format_Grayscale8);
        scan.fill(Qt::white);
        QPainter onScan(&scan);
        onScan.setFont(font(16));
        onScan.drawText(QPointF(10, 50), u"一、主要举措和成效"_s);
        onScan.end();
        QPainter painter(&writer);
        painter.drawImage(QPointF(90, 100), scan);
    }
    const auto imported = PdfImporter::import(buffer.data());
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, Error::Kind::BadInput);
    QVERIFY2(imported.error().message.contains(u"scanned"_s), qPrintable(imported.error().message));
}

void PdfImporterTest::largeDocument()
{
    // About a hundred pages: the report fifty times over. Correct, and with
    // time that grows with the pages (reported, not asserted: machines differ).
    QList<Paragraph> source = reportParagraphs();
    const QList<Paragraph> body = source.mid(1, source.size() - 3);
    for (int i = 0; i < 49; ++i)
        source.append(body);
    int pages = 0;
    const QByteArray pdf = writeReport(source, PageStyle{}, &pages);
    QVERIFY2(pages >= 90, qPrintable(QString::number(pages)));
    QElapsedTimer timer;
    timer.start();
    const auto imported = PdfImporter::import(pdf);
    const qint64 ms = timer.elapsed();
    QVERIFY2(imported.ok(), qPrintable(errorOf(imported)));
    const QStringList expected = joined(source).split(u'\n');
    const QStringList actual = imported->text.split(u'\n');
    QVERIFY2(actual == expected, firstDifference(actual, expected).constData());
    qInfo("%d pages (%lld KB) imported in %lld ms", pages, qint64(pdf.size() / 1024), ms);
}

QTEST_MAIN(PdfImporterTest)
#include "pdfimporter_test.moc"
