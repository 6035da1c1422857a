// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereader.h"
#include "textloader.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

class TextLoaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void encodings_data();
    void encodings();
    void chosenEncodingWins();
    void badInput_data();
    void badInput();
    void tooLarge();
    void missingAndFolder();
    void unreadable();

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write test file");
        return path;
    }
    QTemporaryDir m_dir;
};

namespace {
const QString kText = u"杭州市拱墅区人民政府关于拱墅区2022年法治政府建设年度报告\n一、主要举措和成效\n"_s;
}

void TextLoaderTest::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QStringEncoder gb("GB18030");
    QTest::newRow("utf-8") << kText.toUtf8() << u"UTF-8"_s;
    QTest::newRow("utf-8 bom") << (QByteArray("\xEF\xBB\xBF") + kText.toUtf8()) << u"UTF-8"_s;
    QStringEncoder le(QStringConverter::Utf16LE);
    QStringEncoder be(QStringConverter::Utf16BE);
    QTest::newRow("utf-16le") << (QByteArray("\xFF\xFE") + QByteArray(le.encode(kText))) << u"UTF-16LE"_s;
    QTest::newRow("utf-16be") << (QByteArray("\xFE\xFF") + QByteArray(be.encode(kText))) << u"UTF-16BE"_s;
    QTest::newRow("gb18030") << QByteArray(gb.encode(kText)) << u"GB18030"_s;
    QStringEncoder big5("Big5");
    const QString traditional = u"雲嶺縣人民政府關於2022年度法治政府建設情況的報告\n一、主要舉措和成效\n"_s;
    QTest::newRow("big5") << QByteArray(big5.encode(traditional)) << u"Big5"_s;
}

void TextLoaderTest::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const auto loaded = TextLoader::load(write(u"r.txt"_s, bytes));
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QCOMPARE(loaded->encoding, encoding);
    QStringDecoder decoder(encoding.toLatin1().constData());
    QVERIFY(decoder.isValid());
    QVERIFY(loaded->text.startsWith(encoding == u"Big5"_s ? u"雲嶺縣"_s : u"杭州市"_s));
    QVERIFY(!loaded->text.contains(QChar::ReplacementCharacter));
}

void TextLoaderTest::chosenEncodingWins()
{
    QStringEncoder gb("GB18030");
    const QByteArray bytes = gb.encode(kText);
    const auto asGb = TextLoader::decode(bytes, u"GB18030"_s);
    QVERIFY(asGb.ok());
    QCOMPARE(asGb->text, kText);
    // Forced to the wrong one, the text is garbled but still opens.
    const auto asBig5 = TextLoader::decode(bytes, u"Big5"_s);
    QVERIFY(asBig5.ok());
    QCOMPARE(asBig5->encoding, u"Big5"_s);
    QVERIFY(asBig5->text != kText);
    QVERIFY(!TextLoader::decode(bytes, u"no-such-encoding"_s).ok());
}

void TextLoaderTest::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator gen(42);
    gen.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("blank") << QByteArray(" \n\t\r\n  ") << u"empty"_s;
    QTest::newRow("random") << random << u"binary"_s;
    QTest::newRow("nul") << QByteArray("abc\0def", 7) << u"binary"_s;
}

void TextLoaderTest::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto loaded = TextLoader::load(write(u"bad.txt"_s, bytes));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, Error::Kind::BadInput);
    QVERIFY2(loaded.error().message.contains(message), qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.contains(u"bad.txt"_s));
}

void TextLoaderTest::tooLarge()
{
    const QString path = m_dir.filePath(u"huge.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(FileReader::kMaxFileSize + 1)); // sparse: no 100 MB written
    f.close();
    const auto loaded = TextLoader::load(path);
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains(u"too large"_s));
}

void TextLoaderTest::missingAndFolder()
{
    auto missing = TextLoader::load(m_dir.filePath(u"nope.txt"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"no such file"_s));
    auto folder = TextLoader::load(m_dir.path());
    QVERIFY(!folder.ok());
    QVERIFY(folder.error().message.contains(u"folder"_s));
}

void TextLoaderTest::unreadable()
{
    const QString path = write(u"secret.txt"_s, kText.toUtf8());
    QFile::setPermissions(path, QFileDevice::Permissions());
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running as root: permissions do not stop reading");
    const auto loaded = TextLoader::load(path);
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains(u"cannot be read"_s));
}

QTEST_GUILESS_MAIN(TextLoaderTest)
#include "textloader_test.moc"
