// SPDX-License-Identifier: GPL-3.0-or-later
// A PDF laid out as QPdfWriter writes it, finished: ToUnicode maps fixed,
// the author added, streams' lengths and the cross-reference table right.
#include "pdfpostprocessor.h"

#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

// Objects in the order given (Qt writes them out of number order), then one
// table with every object's offset.
QByteArray assemble(const QList<std::pair<int, QByteArray>> &objects, int info = 1, int root = 2)
{
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QMap<int, qint64> offsets;
    for (const auto &[number, body] : objects) {
        offsets.insert(number, pdf.size());
        pdf += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    const qint64 xref = pdf.size();
    const int size = offsets.lastKey() + 1;
    pdf += "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f \n";
    for (int n = 1; n < size; ++n)
        pdf += QByteArray::number(offsets.value(n)).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<<\n/Size " + QByteArray::number(size) + " \n/Info " + QByteArray::number(info)
        + " 0 R\n/Root " + QByteArray::number(root) + " 0 R\n>>\nstartxref\n" + QByteArray::number(xref)
        + " \n%%EOF\n";
    return pdf;
}

QByteArray stream(const QByteArray &data, const QByteArray &moreKeys = {})
{
    return "<< /Length " + QByteArray::number(data.size()) + moreKeys + " >>\nstream\n" + data
        + "\nendstream";
}

QByteArray utf16Hex(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).toUpper().rightJustified(4, '0');
    return hex + '>';
}

const QByteArray kCMap
    = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n"
      "<0000> <FFFF>\nendcodespacerange\n2 beginbfrange\n<0000> <0000> <0000>\n"
      "<0001> <0003> [<2F42> <2E87> <0041> ]\nendbfrange\nendcmap\nend\nend\n";
const QByteArray kXmp
    = "<x:xmpmeta><rdf:RDF><rdf:Description rdf:about=\"\"><dc:title><rdf:Alt><rdf:li "
      "xml:lang=\"x-default\">t</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>";

QByteArray samplePdf()
{
    return assemble({ { 1, "<<\n/Title (t)\n/Creator (Pizhu)\n>>" },
        { 5, "<< /Type /Metadata /Subtype /XML\n/Length 6 0 R\n>>\nstream\n" + kXmp + "\nendstream" },
        { 6, QByteArray::number(kXmp.size()) },
        { 2, "<<\n/Type /Catalog\n/Pages 3 0 R\n/Metadata 5 0 R\n>>" }, { 4, stream(kCMap) },
        { 3, "<<\n/Type /Pages\n/Kids []\n/Count 0\n>>" },
        { 7,
            stream("x\x9c\x01\x02 binary begincmap beginbfchar <0001> <2F00> endbfchar",
                " /Filter /FlateDecode") } });
}

// Every table entry points at its object, startxref at the table.
void verifyStructure(const QByteArray &pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    QVERIFY(startxref > 0);
    const qint64 xref = pdf.mid(startxref + 9).trimmed().split('\n').value(0).toLongLong();
    QVERIFY(pdf.mid(xref).startsWith("xref\n"));
    const QList<QByteArray> lines = pdf.mid(xref, pdf.indexOf("trailer", xref) - xref).split('\n');
    QCOMPARE(lines.at(1).split(' ').value(0), QByteArray("0"));
    const int count = lines.at(1).split(' ').value(1).toInt();
    for (int n = 1; n < count; ++n) {
        const QByteArray entry = lines.at(2 + n);
        QCOMPARE(entry.size(), 19); // 20 bytes with the newline
        const qint64 offset = entry.left(10).toLongLong();
        QVERIFY2(pdf.mid(offset).startsWith(QByteArray::number(n) + " 0 obj"), entry.constData());
    }
    // Every stream is as long as its /Length says.
    static const QRegularExpression direct(u"/Length (\\d+)[ /\\w]*>>\\nstream\\n"_s);
    const QString text = QString::fromLatin1(pdf);
    for (auto it = direct.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype data = m.capturedEnd(0);
        QVERIFY2(
            pdf.mid(data + m.captured(1).toLongLong()).startsWith("\nendstream"), qPrintable(m.captured(0)));
    }
}

} // namespace

class PdfPostProcessorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixesMapsAndAddsTheAuthor();
    void withoutAuthor();
    void compressedStreamsAreLeftAlone();
    void notAPdf();
};

void PdfPostProcessorTest::fixesMapsAndAddsTheAuthor()
{
    const QByteArray before = samplePdf();
    verifyStructure(before);
    const QString author = u"法制科 王某 <x&y>"_s;
    const auto done = PdfPostProcessor::process(before, author);
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    const QByteArray &pdf = done->pdf;
    verifyStructure(pdf);
    QCOMPARE(done->mapsChanged, 1);
    QCOMPARE(done->codesChanged, 2);
    // ⽂ → 文 in place; ⺇ → 𠘨, a surrogate pair: the stream grows by four.
    QVERIFY(pdf.contains("<0001> <0003> [<6587> <D841DE28> <0041> ]"));
    QVERIFY(pdf.contains("<< /Length " + QByteArray::number(kCMap.size() + 4) + " >>"));
    // The author in the information dictionary (UTF-16BE) …
    QVERIFY(pdf.contains("1 0 obj\n<<\n/Author " + utf16Hex(author) + "\n/Title (t)"));
    // … and in the XMP, whose indirect length follows.
    const QByteArray creator
        = "<dc:creator><rdf:Seq><rdf:li>法制科 王某 &lt;x&amp;y&gt;</rdf:li></rdf:Seq></dc:creator>";
    QVERIFY(pdf.contains(creator));
    QVERIFY(pdf.contains("6 0 obj\n" + QByteArray::number(kXmp.size() + 13 + creator.size()) + "\nendobj"));
    // Objects that did not change are byte for byte the same.
    QVERIFY(pdf.contains("3 0 obj\n<<\n/Type /Pages\n/Kids []\n/Count 0\n>>\nendobj\n"));
}

void PdfPostProcessorTest::withoutAuthor()
{
    const auto done = PdfPostProcessor::process(samplePdf(), QString());
    QVERIFY(done.ok());
    QVERIFY(!done->pdf.contains("/Author"));
    QVERIFY(!done->pdf.contains("dc:creator"));
    verifyStructure(done->pdf);
}

void PdfPostProcessorTest::compressedStreamsAreLeftAlone()
{
    const auto done = PdfPostProcessor::process(samplePdf(), QString());
    QVERIFY(done.ok());
    QVERIFY(done->pdf.contains("begincmap beginbfchar <0001> <2F00> endbfchar"));
}

void PdfPostProcessorTest::notAPdf()
{
    for (const QByteArray &bad :
        { QByteArray(), QByteArray("%PDF-1.4\nno table"), QByteArray("%PDF-1.4\nstartxref\n999999\n%%EOF"),
            QByteArray("%PDF-1.4\n1 0 obj\n<<>>\nendobj\nxref\n0 2\n0000000000 65535 f \n"
                       "0000000003 00000 n \ntrailer\n<<>>\nstartxref\n30\n%%EOF") }) {
        const auto done = PdfPostProcessor::process(bad, u"x"_s);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().kind, Error::Kind::Failure);
    }
}

QTEST_GUILESS_MAIN(PdfPostProcessorTest)
#include "pdfpostprocessor_test.moc"
