// SPDX-License-Identifier: GPL-3.0-or-later
// One entry point for every format: the content decides the importer.
#include "documentformat.h"
#include "reportreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

Q_DECLARE_METATYPE(pizhu::DocumentFormat)

class ReportReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void webPageSavedAsTxt();
    void cancelled();
    void formatAndEncodingRecorded();
    void progressOnlyGrows();

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(bytes);
        return f.fileName();
    }
    QTemporaryDir m_dir;
};

void ReportReaderTest::detect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<DocumentFormat>("format");
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << u"a.txt"_s << DocumentFormat::Pdf;
    QTest::newRow("docx") << QByteArray("PK\x03\x04\x14\x00") << u"a.docx"_s << DocumentFormat::Docx;
    QTest::newRow("doc") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") << u"a.doc"_s << DocumentFormat::LegacyWord;
    QTest::newRow("html by content") << QByteArray("<!DOCTYPE html><html>") << u"a.txt"_s << DocumentFormat::Html;
    QTest::newRow("html by name") << QByteArray("plain") << u"a.HTM"_s << DocumentFormat::Html;
    QTest::newRow("text") << QByteArray("一、主要举措") << u"a.txt"_s << DocumentFormat::Text;
}

void ReportReaderTest::detect()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(DocumentFormat, format);
    QCOMPARE(detectFormat(head, name), format);
}

void ReportReaderTest::webPageSavedAsTxt()
{
    const QString path = write(u"page.txt"_s, "<html><body><div><p>\xe5\x85\xb3\xe4\xba\x8e</p></div></body></html>");
    const auto r = ReportReader::read(path);
    QVERIFY(r.ok());
    QCOMPARE(r->metadata.sourceFormat, u"html"_s);
    QCOMPARE(r->canonicalText, u"关于"_s);
}

void ReportReaderTest::cancelled()
{
    const QString path = write(u"r.txt"_s, "\xe4\xb8\x80\xe3\x80\x81\xe4\xb8\xbb\xe8\xa6\x81");
    ImportOptions options;
    options.cancelled = [] { return true; };
    const auto r = ReportReader::read(path, options);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Cancelled);
}

void ReportReaderTest::formatAndEncodingRecorded()
{
    const auto r = ReportReader::read(QStringLiteral(PIZHU_SOURCE_DIR "/tests/data/reports/28-gbk-encoded.txt"));
    QVERIFY(r.ok());
    QCOMPARE(r->metadata.sourceFormat, u"text"_s);
    QCOMPARE(r->metadata.encoding, u"GB18030"_s);
    QVERIFY(r->metadata.sourcePath.endsWith(u"28-gbk-encoded.txt"_s));
}

void ReportReaderTest::progressOnlyGrows()
{
    QList<int> seen;
    ImportOptions options;
    options.progress = [&seen](int percent) { seen.append(percent); };
    const auto r = ReportReader::read(QStringLiteral(PIZHU_SOURCE_DIR "/tests/data/docx/report.docx"), options);
    QVERIFY(r.ok());
    QVERIFY(seen.size() >= 3);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), 95);
}

QTEST_GUILESS_MAIN(ReportReaderTest)
#include "reportreader_test.moc"
