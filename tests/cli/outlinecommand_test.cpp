// SPDX-License-Identifier: GPL-3.0-or-later
// `pizhu outline` as users and scripts run it: the real executable, no display.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = pizhu::testing::CliRun;

Run runCli(const QStringList &args, const QString &language = QString())
{
    return pizhu::testing::runPizhu(args, {language, {}});
}

const QString kSample = QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt");

} // namespace

class OutlineCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textTree();
    void json();
    void badInput_data();
    void badInput();
    void notAReport();
    void speaksChinese();

private:
    QTemporaryDir m_dir;
};

void OutlineCommandTest::textTree()
{
    const Run r = runCli({u"outline"_s, kSample});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), u"杭州市拱墅区人民政府关于拱墅区2022年法治政府建设年度报告"_s);
    QCOMPARE(lines.value(1), u"  一、2022年度推进法治政府建设的主要举措和成效  [measures]"_s);
    QCOMPARE(lines.value(2), u"    (一)激发新活力,依法全面履行政府职能"_s);
    QCOMPARE(lines.value(3), u"      1.政府机构职能高效协同"_s);
    QVERIFY(r.out.contains(u"  四、2023年度推进法治政府建设的主要安排  [plans]"_s));
}

void OutlineCommandTest::json()
{
    const Run r = runCli({u"outline"_s, kSample, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(u"title"_s).toString(), u"杭州市拱墅区人民政府关于拱墅区2022年法治政府建设年度报告"_s);
    QCOMPARE(o.value(u"issuer"_s).toString(), u"杭州市拱墅区人民政府"_s);
    QCOMPARE(o.value(u"published"_s).toString(), u"2023-02-01"_s);
    QCOMPARE(o.value(u"year"_s).toInt(), 2022);
    QCOMPARE(o.value(u"index_number"_s).toString(), u"K1493206-6/2023-26418"_s);
    QVERIFY(o.value(u"document_number"_s).isNull());
    QVERIFY(o.value(u"duplicates_removed"_s).toInt() >= 1);
    // Intro 1, items 15, shortcomings 1, leadership 3, plans 6: text paragraphs, not headings.
    QCOMPARE(o.value(u"paragraph_count"_s).toInt(), 26);
    const QJsonArray parts = o.value(u"parts"_s).toArray();
    QCOMPARE(parts.size(), 4);
    const QStringList roles = {u"measures"_s, u"shortcomings"_s, u"leadership"_s, u"plans"_s};
    const QList<int> sections = {6, 0, 3, 6};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject p = parts[i].toObject();
        QCOMPARE(p.value(u"role"_s).toString(), roles[i]);
        QCOMPARE(p.value(u"sections"_s).toArray().size(), sections[i]);
        QVERIFY(!p.value(u"label"_s).toString().isEmpty());
        QVERIFY(!p.value(u"title"_s).toString().isEmpty());
    }
    const QJsonArray items = parts[0].toObject()[u"sections"_s].toArray()[0].toObject()[u"items"_s].toArray();
    QCOMPARE(items.size(), 5);
    QCOMPARE(items[0].toObject()[u"title"_s].toString(), u"政府机构职能高效协同"_s);
    QCOMPARE(items[0].toObject()[u"label"_s].toString(), u"1."_s);
}

void OutlineCommandTest::badInput_data()
{
    QVERIFY(m_dir.isValid());
    auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(bytes);
        return f.fileName();
    };
    QByteArray random(200 * 1024, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QString huge = m_dir.filePath(u"huge.txt"_s);
    {
        QFile f(huge);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(101LL * 1024 * 1024))
            qFatal("cannot make sparse file");
    }

    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QStringList{u"outline"_s, write(u"empty.txt"_s, {})} << u"empty"_s;
    QTest::newRow("random .txt") << QStringList{u"outline"_s, write(u"random.txt"_s, random)} << u"binary"_s;
    QTest::newRow("random .pdf") << QStringList{u"outline"_s, write(u"random.pdf"_s, random)} << u"binary"_s;
    QTest::newRow("random .docx") << QStringList{u"outline"_s, write(u"random.docx"_s, random)} << u"binary"_s;
    QTest::newRow("random .html") << QStringList{u"outline"_s, write(u"random.html"_s, random)} << u"binary"_s;
    QTest::newRow("broken pdf") << QStringList{u"outline"_s, write(u"broken.pdf"_s, "%PDF-1.7\n" + random)}
                                << u"broken.pdf: "_s;
    QTest::newRow("broken docx") << QStringList{u"outline"_s, write(u"broken.docx"_s, "PK\x03\x04" + random)}
                                 << u"broken.docx: "_s;
    QTest::newRow("too large") << QStringList{u"outline"_s, huge} << u"too large"_s;
    QTest::newRow("missing") << QStringList{u"outline"_s, m_dir.filePath(u"missing.txt"_s)} << u"no such file"_s;
    QTest::newRow("folder") << QStringList{u"outline"_s, m_dir.path()} << u"folder"_s;
    QTest::newRow("no file") << QStringList{u"outline"_s} << u"usage"_s;
    QTest::newRow("bad option") << QStringList{u"outline"_s, kSample, u"--xml"_s} << u"xml"_s;
}

void OutlineCommandTest::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(u'\n'), 1); // one line saying what is wrong
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void OutlineCommandTest::notAReport()
{
    QFile f(m_dir.filePath(u"notes.txt"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(u"购物清单\n一、蔬菜\n白菜两棵，萝卜三根。\n二、水果\n苹果一斤。\n"_s.toUtf8());
    f.close();
    const Run r = runCli({u"outline"_s, f.fileName(), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains(u"warning"_s));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o.value(u"parts"_s).isArray());
    QCOMPARE(o.value(u"parts"_s).toArray().size(), 0);
}

void OutlineCommandTest::speaksChinese()
{
    // The catalogue is embedded in the executable and found for a zh_CN user.
    const Run r = runCli({u"outline"_s, m_dir.filePath(u"missing.txt"_s)}, u"zh_CN"_s);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"文件不存在"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(OutlineCommandTest)
#include "outlinecommand_test.moc"
