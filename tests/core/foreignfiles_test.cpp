// SPDX-License-Identifier: GPL-3.0-or-later
// Files made by another tool (LibreOffice, see tests/data/foreign/README.md)
// give the same outline as the plain text they were made from.
#include "legacywordimporter.h"
#include "outlinecompare.h"
#include "reportreader.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class ForeignFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameOutline_data();
    void sameOutline();
};

void ForeignFilesTest::sameOutline_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(PIZHU_TEST_DATA "/foreign"));
    for (const QString &f : dir.entryList({u"*.docx"_s, u"*.doc"_s, u"*.pdf"_s, u"*.html"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void ForeignFilesTest::sameOutline()
{
    QFETCH(QString, path);
    if (path.endsWith(u".doc"_s) && LegacyWordImporter::converter().isEmpty())
        QSKIP("LibreOffice is not installed (packaging/dev.sh test installs it)");
    const QFileInfo info(path);
    const auto original = ReportReader::read(info.dir().filePath(info.completeBaseName() + u".txt"_s));
    QVERIFY(original.ok());
    const auto other = ReportReader::read(path);
    QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
    QCOMPARE(other->metadata.title, original->metadata.title);
    QCOMPARE(other->metadata.year, original->metadata.year);
    pizhu::testing::compareOutline(other->parts(), original->parts(), original->metadata.title);
    QCOMPARE(other->paragraphCount(), original->paragraphCount());
}

QTEST_GUILESS_MAIN(ForeignFilesTest)
#include "foreignfiles_test.moc"
