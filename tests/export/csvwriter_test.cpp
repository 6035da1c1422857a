// SPDX-License-Identifier: GPL-3.0-or-later
// Notes as CSV: UTF-8 with a BOM, the columns, one row per annotation,
// RFC 4180 quoting that a parser reads back to the same fields.
#include "csvwriter.h"
#include "notelabels.h"
#include "notesexportfixtures.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

QByteArray csvOf(const ExportedNotes &notes, const NotesExportOptions &options = {})
{
    CsvWriter writer;
    writer.setOptions(options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto ok = writer.write(notes, buffer);
    if (!ok)
        qFatal("write failed: %s", qPrintable(ok.error().message));
    return buffer.data();
}

// RFC 4180, as a spreadsheet reads it; false on a malformed file.
bool parse(const QString &text, QList<QStringList> &rows)
{
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty())
                return false; // a quote inside an unquoted field
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return false;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\n') {
            return false; // rows end in CRLF
        } else {
            if (wasQuoted)
                return false; // text after a closing quote
            field += c;
        }
    }
    return !quoted && row.isEmpty() && field.isEmpty();
}

QList<QStringList> rowsOf(const QByteArray &csv)
{
    QList<QStringList> rows;
    if (!csv.startsWith("\xEF\xBB\xBF") || !parse(QString::fromUtf8(csv.sliced(3)), rows))
        qFatal("not RFC 4180 CSV with a BOM:\n%s", csv.constData());
    return rows;
}

} // namespace

class CsvWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bomAndColumns();
    void rowsRoundTrip();
    void quoting_data();
    void quoting();
    void orderFollowsTheGrouping();
    void withoutQuotes();
    void emptyNotes();
};

void CsvWriterTest::bomAndColumns()
{
    const QByteArray csv = csvOf(fixtures::sampleNotes());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.sliced(3).startsWith(
        "Part,Section,Quote,Tags,Colour,Note,Status,Responsible unit,Due date,Created,Modified\r\n"));
    const QList<QStringList> rows = rowsOf(csv);
    QCOMPARE(rows.size(), 1 + 8);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 11);
}

void CsvWriterTest::rowsRoundTrip()
{
    const ExportedNotes notes = fixtures::sampleNotes();
    const QList<QStringList> rows = rowsOf(csvOf(notes));
    // Document order, the orphan last (by part).
    const QList<qsizetype> order = { 1, 2, 3, 4, 5, 6, 7, 0 };
    for (qsizetype r = 0; r < order.size(); ++r) {
        const ExchangedAnnotation &e = notes.annotations.at(order.at(r));
        const Annotation &a = e.annotation;
        const QStringList &row = rows.at(r + 1);
        QStringList tags;
        for (const Tag &t : e.tags)
            tags << t.name;
        QCOMPARE(row.at(2), a.anchor.exact);
        QCOMPARE(row.at(3), tags.join(u"; "_s));
        // Notes come back as written, but for the apostrophe that keeps a spreadsheet from running one.
        QCOMPARE(row.at(5), a.note.startsWith(u'-') ? u"'"_s + a.note : a.note);
        QCOMPARE(row.at(6), NoteLabels::statusText(a.status));
        QCOMPARE(row.at(7), a.responsibleUnit);
        QCOMPARE(row.at(8), a.due.isValid() ? a.due.toString(Qt::ISODate) : QString());
        QCOMPARE(row.at(9), a.created.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
        QCOMPARE(row.at(10), a.modified.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    }
    QCOMPARE(rows.at(1).at(0), u"Before the first part"_s);
    QCOMPARE(rows.at(1).at(1), QString());
    QVERIFY2(rows.at(2).at(0).startsWith(u"一、2022年度"_s), qPrintable(rows.at(2).at(0)));
    QVERIFY2(rows.at(2).at(1).contains(u"激发新活力"_s), qPrintable(rows.at(2).at(1)));
    QVERIFY(rows.at(8).at(0).startsWith(u"一、2022年度"_s)); // the orphan: where it was
    QCOMPARE(rows.at(1).at(4), u"Yellow"_s); // colours 0, 1 … by fixture note
    QCOMPARE(rows.at(2).at(4), u"Green"_s);
    QCOMPARE(rows.at(3).at(3), u"指标; A, \"B\""_s);
}

void CsvWriterTest::quoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << u"区司法局"_s << u"区司法局"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"yes\""_s << u"\"say \"\"yes\"\"\""_s;
    QTest::newRow("newline") << u"一\n二"_s << u"\"一\n二\""_s;
    QTest::newRow("carriage return") << u"一\r\n二"_s << u"\"一\r\n二\""_s;
    QTest::newRow("formula") << u"=SUM(A1:A2)"_s << u"'=SUM(A1:A2)"_s;
    QTest::newRow("list") << u"- 一项"_s << u"'- 一项"_s;
    QTest::newRow("at") << u"@x"_s << u"'@x"_s;
    QTest::newRow("negative number") << u"-2.5"_s << u"-2.5"_s;
    QTest::newRow("percent") << u"+97.1%"_s << u"+97.1%"_s;
    QTest::newRow("empty") << QString() << QString();
}

void CsvWriterTest::quoting()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::field(value), written);
}

void CsvWriterTest::orderFollowsTheGrouping()
{
    NotesExportOptions o;
    o.grouping = NotesExportOptions::Grouping::Status;
    const QList<QStringList> rows = rowsOf(csvOf(fixtures::sampleNotes(), o));
    QStringList statuses;
    for (const QStringList &row : rows.sliced(1))
        statuses << row.at(6);
    QCOMPARE(statuses,
        (QStringList { u"Not started"_s, u"In progress"_s, u"In progress"_s, u"Done"_s, u"Unfulfilled"_s,
            u"Cannot be verified"_s, u"Cannot be verified"_s, QString() }));
    // By tag each note comes once, in its first group.
    o.grouping = NotesExportOptions::Grouping::Tag;
    QCOMPARE(rowsOf(csvOf(fixtures::sampleNotes(), o)).size(), 9);
}

void CsvWriterTest::withoutQuotes()
{
    NotesExportOptions o;
    o.includeQuotes = false;
    const QList<QStringList> rows = rowsOf(csvOf(fixtures::sampleNotes(), o));
    for (const QStringList &row : rows.sliced(1))
        QVERIFY(row.at(2).isEmpty());
}

void CsvWriterTest::emptyNotes()
{
    const QList<QStringList> rows = rowsOf(csvOf(ExportedNotes()));
    QCOMPARE(rows.size(), 1);
}

QTEST_GUILESS_MAIN(CsvWriterTest)
#include "csvwriter_test.moc"
