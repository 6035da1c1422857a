// SPDX-License-Identifier: GPL-3.0-or-later
// The notes PDF read back as its readers read it: Poppler's pdftotext gives
// every quote and note exactly and in document order (no Kangxi radicals),
// pdffonts shows embedded Simplified Chinese faces, pdfinfo the metadata,
// and the contents' links lead to the pages of their headings.
#include "barchartobject.h"
#include "notesdocument.h"
#include "notesexportfixtures.h"
#include "notesstatistics.h"
#include "pdfwriter.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <algorithm>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

NotesExportOptions fixedOptions()
{
    NotesExportOptions o;
    o.author = u"法制科 王某"_s;
    o.exportedAt = QDateTime(QDate(2024, 5, 6), QTime(9, 30));
    return o;
}

QByteArray pdfOf(const ExportedNotes &notes, const NotesExportOptions &options = fixedOptions())
{
    PdfWriter writer;
    writer.setOptions(options);
    const auto bytes = writer.pdf(notes);
    if (!bytes)
        qFatal("no PDF: %s", qPrintable(bytes.error().message));
    return bytes.value();
}

QString withoutSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

// The text a reader sees of a note: its Markdown rendered, block by block.
QStringList noteBlocks(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown);
    QStringList blocks;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (!b.text().trimmed().isEmpty())
            blocks << b.text();
    }
    return blocks;
}

bool hasRadical(const QString &text)
{
    for (char32_t c : text.toUcs4()) {
        if (c >= 0x2E80 && c <= 0x2FDF)
            return true;
    }
    return false;
}

} // namespace

class PdfWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textIsExactAndInOrder();
    void wholeReportSurvives();
    void headerAndFooter();
    void fonts();
    void metadata();
    void contentsLinks();
    void withoutQuotes();
    void charts();
    void noChartsUnlessAsked();
    void longChartsFitOnAPage();
    void cancelled();
    void empty();

private:
    QString tool(const QString &name);
    QString run(const QString &program, const QStringList &args, QString *errors = nullptr);
    QString save(const QString &name, const QByteArray &pdf);
    // The text of the pages' bodies, without the running header and footer.
    QString bodyText(const QString &path, QString *errors = nullptr);

    QTemporaryDir m_dir;
    ExportedNotes m_notes;
    QString m_pdf;
};

QString PdfWriterTest::tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qFatal("%s is missing: install poppler-utils (packaging/dev.sh test does)", qPrintable(name));
    return path;
}

QString PdfWriterTest::run(const QString &program, const QStringList &args, QString *errors)
{
    QProcess p;
    p.start(tool(program), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    if (errors)
        *errors = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString PdfWriterTest::save(const QString &name, const QByteArray &pdf)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString PdfWriterTest::bodyText(const QString &path, QString *errors)
{
    const QMarginsF m = NotesDocument::kMargins;
    const QSizeF paper = NotesDocument::kPaperSize;
    const QRectF body(0, m.top() - 3, paper.width(), paper.height() - m.top() - m.bottom() + 6);
    return run(u"pdftotext"_s,
        { u"-enc"_s, u"UTF-8"_s, u"-r"_s, u"72"_s, u"-x"_s, QString::number(int(body.x())), u"-y"_s,
            QString::number(int(body.y())), u"-W"_s, QString::number(int(body.width()) + 1), u"-H"_s,
            QString::number(int(body.height()) + 1), path, u"-"_s },
        errors);
}

void PdfWriterTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_notes = fixtures::sampleNotes();
    m_pdf = save(u"notes.pdf"_s, pdfOf(m_notes));
    if (qEnvironmentVariableIsSet("PIZHU_KEEP_PDF"))
        QFile::copy(m_pdf, qEnvironmentVariable("PIZHU_KEEP_PDF"));
}

void PdfWriterTest::textIsExactAndInOrder()
{
    QString errors;
    const QString text = bodyText(m_pdf, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors)); // the rewritten file reads without complaint
    QVERIFY2(!hasRadical(text), qPrintable(text));
    const QString flat = withoutSpaces(text);
    // Document order, the orphan last; each quote, then its note's text.
    qsizetype at = 0;
    for (qsizetype n : { 1, 2, 3, 4, 5, 6, 7, 0 }) {
        const Annotation &a = m_notes.annotations.at(n).annotation;
        QStringList expected { a.anchor.exact };
        expected += noteBlocks(a.note);
        for (const QString &piece : std::as_const(expected)) {
            const qsizetype found = flat.indexOf(withoutSpaces(piece), at);
            QVERIFY2(found >= 0, qPrintable(u"not found after %1: %2\n%3"_s.arg(at).arg(piece, text)));
            at = found + withoutSpaces(piece).size();
        }
    }
    // Characters a font shares with radicals, on their own.
    for (const QString &word :
        { u"文化"_s, u"运行中心"_s, u"革新"_s, u"长期见效，门类齐全"_s, u"开门大吉"_s })
        QVERIFY2(flat.contains(word), qPrintable(word));
}

void PdfWriterTest::wholeReportSurvives()
{
    // Every paragraph of a real report as a quote: every character it has comes back.
    const auto report = fixtures::sampleReport();
    ExportedNotes notes;
    notes.report = report;
    notes.label = report->metadata.title;
    QList<bool> headings; // parts and sections are also the groups' and sections' headings
    for (const Block &block : report->blocks) {
        if (block.length() == 0)
            continue;
        ExchangedAnnotation e;
        e.annotation.anchor = AnchorFactory::create(*report, block.start, block.end);
        notes.annotations << e;
        headings << (block.kind != Block::Kind::Paragraph && block.kind != Block::Kind::Item);
    }
    QVERIFY(notes.annotations.size() > 40);
    const QString path = save(u"whole.pdf"_s, pdfOf(notes));
    if (qEnvironmentVariableIsSet("PIZHU_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("PIZHU_KEEP_PDF") + u".whole.pdf"_s);
    const QString text = bodyText(path);
    QVERIFY(!hasRadical(text));
    const QString flat = withoutSpaces(text);
    qsizetype at = 0;
    for (qsizetype n = 0; n < notes.annotations.size(); ++n) {
        const ExchangedAnnotation &e = notes.annotations.at(n);
        const QString quote = withoutSpaces(e.annotation.anchor.exact);
        const qsizetype found = flat.indexOf(quote, at);
        QVERIFY2(found >= 0, qPrintable(e.annotation.anchor.exact));
        at = found + quote.size();
        // Once: a paragraph running over a page is not drawn twice.
        if (!headings.at(n))
            QVERIFY2(flat.count(quote) == 1, qPrintable(e.annotation.anchor.exact));
    }
}

void PdfWriterTest::headerAndFooter()
{
    const int pages
        = run(u"pdfinfo"_s, { m_pdf }).section(u"Pages:"_s, 1).section(u'\n', 0, 0).trimmed().toInt();
    QVERIFY(pages >= 3); // the cover and contents, then the notes from a new page
    for (int page = 1; page <= pages; ++page) {
        const QString text = run(u"pdftotext"_s,
            { u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), m_pdf,
                u"-"_s });
        QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), qPrintable(text));
        QVERIFY2(withoutSpaces(text).contains(u"杭州市拱墅区人民政府关于拱墅区2022年法治政府建设年度报告"_s),
            qPrintable(text));
    }
}

void PdfWriterTest::fonts()
{
    const QStringList lines = run(u"pdffonts"_s, { m_pdf }).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    bool simplified = false;
    for (const QString &line : lines.sliced(2)) {
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 6, qPrintable(line));
        QVERIFY2(columns.at(columns.size() - 5) == u"yes"_s, qPrintable(u"not embedded: "_s + line));
        const QString name = columns.front();
        QVERIFY2(!name.contains(u"CJKjp"_s) && !name.contains(u"CJKkr"_s),
            qPrintable(u"a Japanese or Korean face: "_s + line));
        simplified = simplified || name.contains(u"CJKsc"_s) || name.contains(u"YaHei"_s)
            || name.contains(u"PingFang"_s);
    }
    QVERIFY2(simplified, qPrintable(lines.join(u'\n')));
}

void PdfWriterTest::metadata()
{
    const QString info = run(u"pdfinfo"_s, { m_pdf });
    auto field = [&](const QString &key) {
        return info.section(key + u':', 1).section(u'\n', 0, 0).trimmed();
    };
    QCOMPARE(field(u"Title"_s), u"杭州市拱墅区人民政府关于拱墅区2022年法治政府建设年度报告 — notes"_s);
    QCOMPARE(field(u"Author"_s), u"法制科 王某"_s);
    QCOMPARE(field(u"Creator"_s), u"Pizhu " PIZHU_VERSION ""_s);
    QVERIFY2(field(u"Page size"_s).endsWith(u"(A4)"_s), qPrintable(field(u"Page size"_s)));
    // With no author given, the user's login name.
    NotesExportOptions o = fixedOptions();
    o.author.clear();
    const QString path = save(u"user.pdf"_s, pdfOf(m_notes, o));
    const QString user = run(u"pdfinfo"_s, { path }).section(u"Author:"_s, 1).section(u'\n', 0, 0).trimmed();
    QCOMPARE(user, NotesExportOptions::userName());
}

void PdfWriterTest::contentsLinks()
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(m_pdf);
    QVERIFY(document);
    const std::unique_ptr<Poppler::Page> first = document->page(0);
    const NotesDocument laidOut(m_notes, fixedOptions());
    const QList<int> targets = laidOut.contentsPages();
    QCOMPARE(targets.size(), 6 + 4); // the groups and the sections with a heading
    int links = 0;
    const QSizeF size = first->pageSizeF();
    for (const std::unique_ptr<Poppler::Link> &link : first->links()) {
        if (link->linkType() != Poppler::Link::Goto)
            continue;
        const auto *go = static_cast<const Poppler::LinkGoto *>(link.get());
        QVERIFY(!go->isExternal());
        const int page = go->destination().pageNumber();
        QVERIFY2(page > 1 && page <= document->numPages(), qPrintable(QString::number(page)));
        QVERIFY(targets.contains(page));
        // The link's words are on the page it leads to, as a heading.
        const QRectF area = link->linkArea().normalized();
        const QString words = withoutSpaces(first->text(QRectF(area.x() * size.width(),
            area.y() * size.height(), area.width() * size.width(), area.height() * size.height())));
        QVERIFY(!words.isEmpty());
        const QString there = withoutSpaces(document->page(page - 1)->text(QRectF()));
        QVERIFY2(there.contains(words), qPrintable(words));
        ++links;
    }
    QVERIFY2(links >= targets.size(), qPrintable(QString::number(links)));
}

void PdfWriterTest::withoutQuotes()
{
    NotesExportOptions o = fixedOptions();
    o.includeQuotes = false;
    const QString path = save(u"no-quotes.pdf"_s, pdfOf(m_notes, o));
    const QString flat = withoutSpaces(run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, path, u"-"_s }));
    QVERIFY(!flat.contains(u"“一网通办”率达97.1%"_s));
    QVERIFY(flat.contains(u"督察是否到位？"_s));
}

void PdfWriterTest::charts()
{
    NotesExportOptions o = fixedOptions();
    o.includeCharts = true;
    const QString path = save(u"charts.pdf"_s, pdfOf(m_notes, o));
    if (qEnvironmentVariableIsSet("PIZHU_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("PIZHU_KEEP_PDF") + u".charts.pdf"_s);
    const QList<NotesStatistics::Chart> charts = NotesStatistics::build(m_notes).charts();
    for (const NotesStatistics::Chart &chart : charts)
        QVERIFY2(!chart.counts.isEmpty(), qPrintable(chart.title)); // the fixture fills all five

    // The overview is the contents' first entry, on a page of its own before the notes.
    const NotesDocument laidOut(m_notes, o);
    const QList<int> targets = laidOut.contentsPages();
    QCOMPARE(targets.size(), 1 + 6 + 4);
    const int overview = targets.front();
    QCOMPARE(overview, 2);
    QVERIFY(targets.at(1) > overview);
    // What the charts draw is in the text the ToUnicode maps are checked against.
    for (const NotesStatistics::Chart &chart : charts) {
        QVERIFY2(laidOut.drawnText().contains(chart.title), qPrintable(chart.title));
        for (const auto &[label, count] : chart.counts)
            QVERIFY2(laidOut.drawnText().contains(label), qPrintable(label));
    }

    // Read back: each chart's title, then a line per bar with its label and count, in order.
    QString errors;
    const QString page = run(u"pdftotext"_s,
        { u"-enc"_s, u"UTF-8"_s, u"-layout"_s, u"-f"_s, QString::number(overview), u"-l"_s,
            QString::number(overview), path, u"-"_s },
        &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    QVERIFY2(!hasRadical(page), qPrintable(page));
    const QStringList lines = page.split(u'\n');
    QVERIFY2(std::any_of(
                 lines.cbegin(), lines.cend(), [](const QString &l) { return l.trimmed() == u"Overview"_s; }),
        qPrintable(page));
    qsizetype at = 0;
    for (const NotesStatistics::Chart &chart : charts) {
        auto next = [&](const QString &wanted) {
            for (qsizetype i = at; i < lines.size(); ++i) {
                if (lines.at(i).simplified() == wanted) {
                    at = i + 1;
                    return true;
                }
            }
            return false;
        };
        QVERIFY2(next(chart.title), qPrintable(chart.title + u"\n"_s + page));
        for (const auto &[label, count] : chart.counts) {
            const QString row = u"%1 %2"_s.arg(label).arg(count);
            QVERIFY2(next(row), qPrintable(row + u"\n"_s + page));
        }
    }

    // Drawn as vectors: the file has no image at all.
    const QStringList images = run(u"pdfimages"_s, { u"-list"_s, path }).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2); // the header of the list only

    // The notes are all there still, after the overview.
    const QString flat = withoutSpaces(run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, path, u"-"_s }));
    QVERIFY(flat.indexOf(u"Overview"_s) < flat.lastIndexOf(u"“一网通办”率达97.1%"_s));
    QVERIFY(flat.contains(u"督察是否到位？"_s));
}

void PdfWriterTest::noChartsUnlessAsked()
{
    const QString flat = withoutSpaces(run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, m_pdf, u"-"_s }));
    QVERIFY(!flat.contains(u"Overview"_s));
    for (const NotesStatistics::Chart &chart : NotesStatistics::build(m_notes).charts())
        QVERIFY2(!flat.contains(withoutSpaces(chart.title)), qPrintable(chart.title));
    const NotesDocument laidOut(m_notes, fixedOptions());
    QVERIFY(!laidOut.drawnText().contains(u"Notes by part"_s));
    QCOMPARE(laidOut.contentsPages().size(), 6 + 4);
}

void PdfWriterTest::longChartsFitOnAPage()
{
    // 46 responsible units (the fixture's five, a long name, 单位02–单位41): the first 23 by
    // count and name, then one bar for the 23 others.
    ExportedNotes notes = m_notes;
    const ExchangedAnnotation model = notes.annotations.at(2);
    const QString longName
        = u"区人民政府办公室（区政府研究室、区大数据管理中心、区机关事务服务中心）法制科"_s;
    for (int n = 0; n < 42; ++n) {
        ExchangedAnnotation e = model;
        e.annotation.id = QUuid::createUuidV5(QUuid(), u"unit-%1"_s.arg(n));
        e.annotation.status = CommitmentStatus::InProgress;
        e.annotation.responsibleUnit = n < 2 ? longName : u"单位%1"_s.arg(n, 2, 10, QChar(u'0'));
        notes.annotations << e;
    }
    NotesExportOptions o = fixedOptions();
    o.includeCharts = true;
    const QString path = save(u"long-charts.pdf"_s, pdfOf(notes, o));
    if (qEnvironmentVariableIsSet("PIZHU_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("PIZHU_KEEP_PDF") + u".long.pdf"_s);
    const int pages
        = run(u"pdfinfo"_s, { path }).section(u"Pages:"_s, 1).section(u'\n', 0, 0).trimmed().toInt();
    const QString title = u"Commitments by responsible unit"_s;
    for (int page = 1; page <= pages; ++page) {
        const QStringList lines = run(u"pdftotext"_s,
            { u"-enc"_s, u"UTF-8"_s, u"-layout"_s, u"-f"_s, QString::number(page), u"-l"_s,
                QString::number(page), path, u"-"_s })
                                      .split(u'\n');
        const qsizetype start = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) {
            return l.simplified() == title;
        }) - lines.cbegin();
        if (start == lines.size())
            continue;
        // The whole chart on this one page, in order; the long name cut short.
        QStringList rows;
        for (qsizetype i = start + 1; i < lines.size() && rows.size() < BarChartObject::kMaxBars; ++i) {
            if (!lines.at(i).simplified().isEmpty())
                rows << lines.at(i).simplified();
        }
        const QString joined = rows.join(u'\n');
        QCOMPARE(rows.size(), BarChartObject::kMaxBars);
        QCOMPARE(rows.front(), u"(no unit) 3"_s);
        QVERIFY2(rows.at(1).startsWith(longName.left(8)) && rows.at(1).contains(u"…"_s)
                && rows.at(1).endsWith(u" 2"_s),
            qPrintable(joined));
        // Then by name (code points: 区 < 单 < 各): 区…, 单位02–单位19; 单位20–单位41 and 各街道 summed up.
        QVERIFY2(
            rows.contains(u"区司法局 1"_s) && rows.contains(u"单位02 1"_s) && rows.contains(u"单位19 1"_s),
            qPrintable(joined));
        QVERIFY2(!joined.contains(u"单位20"_s) && !joined.contains(u"各街道"_s), qPrintable(joined));
        QCOMPARE(rows.back(), u"%1 %2"_s.arg(BarChartObject::tr("%n other(s)", nullptr, 23)).arg(23));
        return;
    }
    QFAIL("no chart of the commitments by responsible unit");
}

void PdfWriterTest::cancelled()
{
    PdfWriter writer;
    int calls = 0;
    writer.setProgress([&](int page, int pages) {
        ++calls;
        return page < 2 && pages > 0;
    });
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto written = writer.write(m_notes, buffer);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, Error::Kind::Cancelled);
    QCOMPARE(calls, 2);
    QVERIFY(buffer.data().isEmpty());
}

void PdfWriterTest::empty()
{
    const QString path = save(u"empty.pdf"_s, pdfOf(ExportedNotes()));
    QString errors;
    const QString text = run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, path, u"-"_s }, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    QVERIFY(text.contains(u"Page 1 of 1"_s));
}

QTEST_MAIN(PdfWriterTest)
#include "pdfwriter_test.moc"
