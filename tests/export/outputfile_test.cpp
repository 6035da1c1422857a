// SPDX-License-Identifier: GPL-3.0-or-later
// Every export's way to its file: whole or not at all, the old file kept
// until the new one is complete, the writer's own error passed on.
#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class OutputFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesBytes();
    void failedWriterKeepsTheOldFile();
    void cancelledIsPassedOn();
    void folderMissingOrAFolder();
};

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void OutputFileTest::writesBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.csv"_s);
    QVERIFY(OutputFile::write(path, QByteArray("\xEF\xBB\xBF一,二\n")).ok());
    QCOMPARE(contents(path), QByteArray("\xEF\xBB\xBF一,二\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"a.csv"_s}); // no temporary left
}

void OutputFileTest::failedWriterKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.md"_s);
    QVERIFY(OutputFile::write(path, QByteArray("old")).ok());
    const auto written = OutputFile::write(path, [](QIODevice &device) -> Result<bool> {
        device.write("half of the new");
        return Error{Error::Kind::Failure, u"the writer gave up"_s};
    });
    QVERIFY(!written.ok());
    QCOMPARE(written.error().message, u"the writer gave up"_s);
    QCOMPARE(contents(path), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"notes.md"_s});
}

void OutputFileTest::cancelledIsPassedOn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.pdf"_s);
    const auto written = OutputFile::write(path, [](QIODevice &device) -> Result<bool> {
        device.write("%PDF-");
        return Error{Error::Kind::Cancelled, QString()};
    });
    QCOMPARE(written.error().kind, Error::Kind::Cancelled);
    QVERIFY(!QFile::exists(path));
}

void OutputFileTest::folderMissingOrAFolder()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing/notes.csv"_s);
    const auto inMissing = OutputFile::write(missing, QByteArray("x"));
    QVERIFY(!inMissing.ok());
    QVERIFY2(inMissing.error().message.contains(QDir::toNativeSeparators(missing)), qPrintable(inMissing.error().message));
    QVERIFY(!QFile::exists(missing));
    const auto onFolder = OutputFile::write(dir.path(), QByteArray("x"));
    QVERIFY(!onFolder.ok());
    QCOMPARE(onFolder.error().kind, Error::Kind::Failure);
}

QTEST_GUILESS_MAIN(OutputFileTest)
#include "outputfile_test.moc"
