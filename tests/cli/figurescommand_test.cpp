// SPDX-License-Identifier: GPL-3.0-or-later
// `pizhu figures` as users and scripts run it: the real executable, no display.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = pizhu::testing::CliRun;

Run runCli(const QStringList &args)
{
    return pizhu::testing::runPizhu(args);
}

const QString kSample = QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt");

const QStringList kFields = { u"label"_s, u"value"_s, u"unit"_s, u"kind"_s, u"normalized"_s,
    u"normalized_to"_s, u"approximate"_s, u"sentence"_s, u"part"_s, u"section"_s, u"start"_s, u"end"_s };

// One CSV record per line (RFC 4180 quoting; the sample's sentences have commas).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class FiguresCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json();
    void csv();
    void table();
    void badInput_data();
    void badInput();

private:
    QTemporaryDir m_dir;
};

void FiguresCommandTest::json()
{
    const Run r = runCli({ u"figures"_s, kSample, u"--json"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray figures = doc.array();
    QVERIFY(figures.size() >= 60);
    for (const QJsonValue &v : figures) {
        const QJsonObject o = v.toObject();
        for (const QString &field : kFields)
            QVERIFY2(o.contains(field), qPrintable(field));
        QVERIFY(o[u"label"_s].isString() && !o[u"label"_s].toString().isEmpty());
        QVERIFY(o[u"value"_s].isString()); // the number as written: "20余", "10.33"
        QVERIFY(o[u"unit"_s].isString());
        QVERIFY(o[u"normalized"_s].isDouble());
        QVERIFY(o[u"approximate"_s].isBool());
        QVERIFY(o[u"sentence"_s].toString().contains(o[u"value"_s].toString()));
        QVERIFY(o[u"part"_s].isString() || o[u"part"_s].isNull());
        QVERIFY(o[u"section"_s].isString() || o[u"section"_s].isNull());
        QVERIFY(o[u"start"_s].toInteger() < o[u"end"_s].toInteger());
    }
    auto find = [&figures](const QString &label) {
        for (const QJsonValue &v : figures) {
            if (v.toObject()[u"label"_s].toString() == label)
                return v.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject funds = find(u"线上兑付资金"_s);
    QCOMPARE(funds[u"value"_s].toString(), u"10.33"_s);
    QCOMPARE(funds[u"unit"_s].toString(), u"亿元"_s);
    QCOMPARE(funds[u"kind"_s].toString(), u"amount"_s);
    QCOMPARE(funds[u"normalized"_s].toDouble(), 1033000000.0);
    QCOMPARE(funds[u"approximate"_s].toBool(), false);
    QCOMPARE(funds[u"part"_s].toString(), u"measures"_s);
    QCOMPARE(funds[u"section"_s].toString(), u"(一)激发新活力,依法全面履行政府职能"_s);
    const QJsonObject rate = find(u"一网通办率"_s);
    QCOMPARE(rate[u"value"_s].toString(), u"97.1"_s);
    QCOMPARE(rate[u"unit"_s].toString(), u"%"_s);
    QCOMPARE(rate[u"normalized"_s].toDouble(), 97.1);
    const QJsonObject opinions = find(u"立法征求意见"_s);
    QCOMPARE(opinions[u"value"_s].toString(), u"20余"_s);
    QCOMPARE(opinions[u"approximate"_s].toBool(), true);
    QCOMPARE(find(u"行政机关负责人出庭应诉率"_s)[u"part"_s].toString(), u"plans"_s);
    QCOMPARE(find(u"区政府负责人出庭率"_s)[u"part"_s].toString(), u"leadership"_s);
}

void FiguresCommandTest::csv()
{
    // Raw bytes: the byte-order mark must reach the file.
    const QString out = m_dir.filePath(u"figures.csv"_s);
    const Run r = pizhu::testing::runPizhu({ u"figures"_s, kSample, u"--csv"_s }, {}, { out });
    QCOMPARE(r.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.value(0), kFields);
    QVERIFY(rows.size() > 60);

    const Run json = runCli({ u"figures"_s, kSample, u"--json"_s });
    const QJsonArray figures = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(rows.size() - 1, figures.size());
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), kFields.size());
        const QJsonObject o = figures[i - 1].toObject();
        QCOMPARE(rows[i][0], o[u"label"_s].toString());
        QCOMPARE(rows[i][1], o[u"value"_s].toString());
        QCOMPARE(rows[i][2], o[u"unit"_s].toString());
        QCOMPARE(rows[i][4].toDouble(), o[u"normalized"_s].toDouble());
        QCOMPARE(rows[i][7], o[u"sentence"_s].toString());
        QCOMPARE(rows[i][10].toLongLong(), o[u"start"_s].toInteger());
    }
    // Plain numbers for spreadsheets, not 1.033e+09.
    QVERIFY(bytes.contains(",1033000000,"));
}

void FiguresCommandTest::table()
{
    const Run r = runCli({ u"figures"_s, kSample });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 60);
    QVERIFY(lines.front().contains(u"Indicator"_s));
    QVERIFY(r.out.contains(u"一网通办率"_s));
    QVERIFY(r.out.contains(u"97.1%"_s));
    QVERIFY(r.out.contains(u"≈20余个"_s));
    QVERIFY(lines.back().contains(QString::number(lines.size() - 2)));
}

void FiguresCommandTest::badInput_data()
{
    QVERIFY(m_dir.isValid());
    QFile empty(m_dir.filePath(u"empty.txt"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();

    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringList { u"figures"_s, m_dir.filePath(u"missing.txt"_s) }
                             << u"no such file"_s;
    QTest::newRow("empty") << QStringList { u"figures"_s, empty.fileName() } << u"empty"_s;
    QTest::newRow("no file") << QStringList { u"figures"_s } << u"usage"_s;
    QTest::newRow("two files") << QStringList { u"figures"_s, kSample, kSample } << u"usage"_s;
    QTest::newRow("json and csv") << QStringList { u"figures"_s, kSample, u"--json"_s, u"--csv"_s }
                                  << u"usage"_s;
    QTest::newRow("bad option") << QStringList { u"figures"_s, kSample, u"--xml"_s } << u"xml"_s;
}

void FiguresCommandTest::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count(u'\n'), 1); // one line saying what is wrong
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(FiguresCommandTest)
#include "figurescommand_test.moc"
