// SPDX-License-Identifier: GPL-3.0-or-later
// The sample report in every format staff receive it in — GB18030 and UTF-16
// text, a GBK web page, a Word document, a PDF — gives the same outline as the
// UTF-8 original; the text formats give the same canonical text. The DOCX is
// packed with KZip and the PDF printed with Qt's PDF writer at test time.
#include "cjkcompatibility.h"
#include "documentformat.h"
#include "docximporter.h"
#include "htmlimporter.h"
#include "outlinecompare.h"
#include "pdfimporter.h"
#include "reportparser.h"
#include "samplefixtures.h"
#include "textloader.h"

#include <QPdfWriter>
#include <QRawFont>
#include <QStringEncoder>
#include <QTest>
#include <QTextDocument>

using namespace pizhu;

namespace {

Report original()
{
    const auto text = TextLoader::load(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"));
    return ReportParser::parse(text->text);
}

// Qt's PDF writer gives each glyph the lowest code point the font maps to it
// (DESIGN: the export issue fixes this for our own PDFs). Noto Sans CJK SC
// shares glyphs between 户 and 戶 and between unified ideographs and radicals:
// this is the text such a PDF really carries, after the importer has mapped
// radicals back. Computed from the font, not listed by hand.
QString asWrittenByQt(const QString &text)
{
    QFont font(u"Noto Sans CJK SC"_s);
    const QRawFont raw = QRawFont::fromFont(font);
    QString candidates;
    const std::pair<char16_t, char16_t> ranges[] = {{0x2E80, 0x2FDF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
    for (const auto &[first, last] : ranges) {
        for (char16_t c = first; c <= last; ++c)
            candidates += QChar(c);
    }
    const QList<quint32> glyphs = raw.glyphIndexesForString(candidates);
    QHash<quint32, QChar> lowest;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (glyphs[i] != 0 && !lowest.contains(glyphs[i]))
            lowest.insert(glyphs[i], candidates[i]);
    }
    const QList<quint32> own = raw.glyphIndexesForString(text);
    QString out = text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (own[i] != 0 && lowest.contains(own[i]))
            out[i] = lowest.value(own[i]);
    }
    return CjkCompatibility::toUnified(out);
}


} // namespace

class FormatEquivalenceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textEncodings_data();
    void textEncodings();
    void formats_data();
    void formats();
};

void FormatEquivalenceTest::textEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = TextLoader::load(QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt"))->text;
    QStringEncoder gb("GB18030");
    QStringEncoder le(QStringConverter::Utf16LE);
    QStringEncoder be(QStringConverter::Utf16BE);
    QTest::newRow("GB18030") << QByteArray(gb.encode(text));
    QTest::newRow("UTF-16LE") << QByteArray("\xFF\xFE") + QByteArray(le.encode(text));
    QTest::newRow("UTF-16BE") << QByteArray("\xFE\xFF") + QByteArray(be.encode(text));
}

void FormatEquivalenceTest::textEncodings()
{
    QFETCH(QByteArray, bytes);
    const Report expected = original();
    const auto decoded = TextLoader::decode(bytes);
    QVERIFY(decoded.ok());
    const Report r = ReportParser::parse(decoded->text);
    QCOMPARE(r.canonicalText, expected.canonicalText);
    pizhu::testing::compareOutline(r.parts(), expected.parts(), r.metadata.title);
}

void FormatEquivalenceTest::formats_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("sameText");
    const Report r = original();
    QStringEncoder gbk("GB18030");
    QTest::newRow("GBK web page") << QByteArray(gbk.encode(samplePage(r))) << u"html"_s << true;
    QTest::newRow("Word document") << docxOf(r) << u"docx"_s << true;
    QTest::newRow("PDF") << pdfOf(r) << u"pdf"_s << false;
}

void FormatEquivalenceTest::formats()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(bool, sameText);
    const Report expected = original();
    const DocumentFormat detected = detectFormat(bytes, u"report"_s);
    QCOMPARE(formatId(detected), format);
    Result<ImportedText> imported = Error{};
    if (detected == DocumentFormat::Html)
        imported = HtmlImporter::import(bytes);
    else if (detected == DocumentFormat::Docx)
        imported = DocxImporter::import(bytes);
    else
        imported = PdfImporter::import(bytes);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    const Report r = ReportParser::parse(imported->text);
    QCOMPARE(r.metadata.title, expected.metadata.title);
    pizhu::testing::compareOutline(r.parts(), expected.parts(), r.metadata.title);
    if (sameText) {
        QCOMPARE(r.canonicalText, expected.canonicalText);
    } else {
        // A PDF is laid out in lines and pages; what comes back is every
        // paragraph of the original, joined again, in order.
        QStringList want = paragraphs(expected);
        for (QString &p : want)
            p = asWrittenByQt(p);
        const QStringList got = paragraphs(r);
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i) {
            qsizetype at = 0;
            while (at < want[i].size() && at < got[i].size() && want[i][at] == got[i][at])
                ++at;
            QVERIFY2(got[i] == want[i], qPrintable(u"paragraph %1 differs at %2: “%3” instead of “%4”"_s.arg(i).arg(at).arg(got[i].mid(at, 30), want[i].mid(at, 30))));
        }
    }
}

QTEST_MAIN(FormatEquivalenceTest)
#include "formatequivalence_test.moc"
