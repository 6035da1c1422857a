// SPDX-License-Identifier: GPL-3.0-or-later
// .doc / .wps through LibreOffice. LibreOffice is not on the test machines, so
// a small script stands in for soffice with its command-line contract (it
// writes OUTDIR/NAME.docx); the real process, files and DOCX reader run.
#include "legacywordimporter.h"
#include "reportreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

const QByteArray kOleHeader("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

QString writeScript(const QTemporaryDir &dir, const QByteArray &body)
{
    const QString path = dir.filePath(u"soffice"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write script");
    f.write("#!/bin/sh\n" + body);
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace

class LegacyWordImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { qunsetenv("PIZHU_SOFFICE"); }
    void withoutLibreOfficeSaysWhatToInstall();
    void convertsThroughLibreOffice();
    void conversionFailure();
    void passwordProtected();

private:
    QTemporaryDir m_dir;
    QString m_doc;
};

void LegacyWordImporterTest::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("the stand-in converter is a shell script");
#endif
    QVERIFY(m_dir.isValid());
    m_doc = m_dir.filePath(u"报告.doc"_s);
    QFile f(m_doc);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kOleHeader + QByteArray(4096, '\0'));
}

void LegacyWordImporterTest::withoutLibreOfficeSaysWhatToInstall()
{
    qputenv("PIZHU_SOFFICE", "/nonexistent/soffice");
    QVERIFY(LegacyWordImporter::converter().isEmpty());
    const auto r = ReportReader::read(m_doc);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::BadInput);
    QVERIFY2(r.error().message.contains(u"LibreOffice"_s), qPrintable(r.error().message));
}

void LegacyWordImporterTest::convertsThroughLibreOffice()
{
    // soffice -env:… --headless --norestore --convert-to docx --outdir DIR FILE
    const QByteArray script = "out=''; prev=''; for a in \"$@\"; do [ \"$prev\" = --outdir ] && out=$a; prev=$a; last=$a; done\n"
                              "name=$(basename \"$last\"); cp '" PIZHU_SOURCE_DIR "/tests/data/docx/report.docx' \"$out/${name%.*}.docx\"\n";
    qputenv("PIZHU_SOFFICE", writeScript(m_dir, script).toLocal8Bit());
    const auto r = ReportReader::read(m_doc);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->metadata.sourceFormat, u"doc"_s);
    QCOMPARE(int(r->parts().size()), 4);
    QCOMPARE(r->parts()[1].role, PartRole::Shortcomings);
}

void LegacyWordImporterTest::conversionFailure()
{
    qputenv("PIZHU_SOFFICE", writeScript(m_dir, "echo 'Error: source file could not be loaded' ; exit 1\n").toLocal8Bit());
    const auto r = ReportReader::read(m_doc);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"could not be loaded"_s), qPrintable(r.error().message));
}

void LegacyWordImporterTest::passwordProtected()
{
    const QByteArray encrypted = kOleHeader + QByteArray("\0\0", 2)
        + QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
    const auto r = LegacyWordImporter::import(m_doc, encrypted);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"password"_s));
}

QTEST_GUILESS_MAIN(LegacyWordImporterTest)
#include "legacywordimporter_test.moc"
