// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting and printing notes from the window: which notes, in the
// background, a complete file or none, and the dialog's choices.
#include "annotationcontroller.h"
#include "annotationsdock.h"
#include "annotationsession.h"
#include "exportnotesdialog.h"
#include "mainwindow.h"
#include "notesexportcontroller.h"
#include "readerview.h"
#include "settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pizhu;

class NotesExportControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void collectsAllOrFiltered();
    void writesEachFormat_data();
    void writesEachFormat();
    void failureLeavesNoFile();
    void cancelLeavesNoFile();
    void printsPages();
    void printsCharts();
    void dialogChoices();
    void dialogCharts();
    void nothingToExport();

private:
    void annotate(MainWindow &w);
    QTemporaryDir m_dir;
};

void NotesExportControllerTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    qputenv("PIZHU_DB", m_dir.filePath(u"a.sqlite"_s).toLocal8Bit());
}

void NotesExportControllerTest::annotate(MainWindow &w)
{
    w.openStartupReport();
    AnnotationSession *s = w.annotations();
    for (const QString &quote : {u"行政执法证"_s, u"“一网通办”率达97.1%"_s, u"推进普法依法治理"_s}) {
        if (s->annotations().size() == 3)
            break;
        const qsizetype at = w.report().canonicalText.indexOf(quote);
        QVERIFY(at >= 0);
        const QUuid id = s->addHighlight(at, at + quote.size(), 1);
        Annotation a = *s->annotation(id);
        a.note = u"**跟踪**：%1"_s.arg(quote);
        a.tagIds = {s->tags().front().tag.id};
        QVERIFY(s->edit(a, EditAnnotationCommand::Kind::Note));
    }
}

void NotesExportControllerTest::collectsAllOrFiltered()
{
    MainWindow w;
    annotate(w);
    NotesExportController *e = w.exporting();
    const ExportedNotes all = e->collect(false);
    QCOMPARE(all.annotations.size(), 3);
    QCOMPARE(all.label, w.report().metadata.title);
    QCOMPARE(all.annotations.front().tags.front().name, u"承诺"_s);
    QVERIFY(all.annotations.front().annotation.tagIds.isEmpty());
    QCOMPARE(all.annotations.front().source, u"urn:sha256:"_s + w.report().contentHash());
    AnnotationFilter f;
    f.text = u"执法证"_s;
    w.annotating()->dock()->setFilter(f);
    const ExportedNotes filtered = e->collect(true);
    QCOMPARE(filtered.annotations.size(), 1);
    QCOMPARE(filtered.annotations.front().annotation.anchor.exact, u"行政执法证"_s);
}

void NotesExportControllerTest::writesEachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("pdf") << u"pdf"_s << QByteArray("%PDF");
    QTest::newRow("md") << u"md"_s << QByteArray("#");
    QTest::newRow("csv") << u"csv"_s << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("json") << u"json"_s << QByteArray("{");
}

void NotesExportControllerTest::writesEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    MainWindow w;
    annotate(w);
    NotesExportController *e = w.exporting();
    QSignalSpy finished(e, &NotesExportController::finished);
    const QString path = m_dir.filePath(u"notes."_s + format);
    e->start(format, {}, e->collect(false), path);
    e->waitForFinished();
    QCOMPARE(finished.size(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith(start));
    if (format != u"pdf"_s)
        QVERIFY(QString::fromUtf8(bytes).contains(u"一网通办"_s));
}

void NotesExportControllerTest::failureLeavesNoFile()
{
    MainWindow w;
    annotate(w);
    NotesExportController *e = w.exporting();
    QSignalSpy finished(e, &NotesExportController::finished);
    const QString path = m_dir.filePath(u"no/such/folder/notes.pdf"_s);
    e->start(u"pdf"_s, {}, e->collect(false), path);
    e->waitForFinished();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(!finished.at(0).at(1).toString().isEmpty());
    QVERIFY(!QFile::exists(path));
}

void NotesExportControllerTest::cancelLeavesNoFile()
{
    MainWindow w;
    annotate(w);
    NotesExportController *e = w.exporting();
    QSignalSpy finished(e, &NotesExportController::finished);
    const QString path = m_dir.filePath(u"cancelled.pdf"_s);
    e->cancel(); // before start: start() resets the flag …
    e->start(u"pdf"_s, {}, e->collect(false), path);
    e->cancel(); // … so cancel while it runs
    e->waitForFinished();
    QCOMPARE(finished.size(), 1);
    if (finished.at(0).at(0).toBool())
        QSKIP("the export finished before the cancel arrived"); // a 3-note PDF is quick
    QVERIFY(!QFile::exists(path));
}

void NotesExportControllerTest::printsPages()
{
    MainWindow w;
    annotate(w);
    NotesExportController *e = w.exporting();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(u"printed.pdf"_s);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    NotesExportController::paint(&printer, e->collect(false), {});
    QVERIFY(QFileInfo(path).size() > 1000);
}

void NotesExportControllerTest::printsCharts()
{
    // The print preview paints the same pages: with the option, the overview's charts.
    MainWindow w;
    annotate(w);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(u"printed-charts.pdf"_s);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    NotesExportOptions options;
    options.includeCharts = true;
    NotesExportController::paint(&printer, w.exporting()->collect(false), options);
    if (qEnvironmentVariableIsSet("PIZHU_KEEP_PDF"))
        QFile::copy(path, qEnvironmentVariable("PIZHU_KEEP_PDF"));
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QFAIL("pdftotext is missing: install poppler-utils (packaging/dev.sh test does)");
    QProcess p;
    p.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, u"-layout"_s, path, u"-"_s});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &title : {u"Overview"_s, u"Notes by part"_s, u"Notes by tag"_s, u"Figures by part"_s})
        QVERIFY2(text.contains(title), qPrintable(title + u"\n"_s + text));
    // The three notes carry one tag: a bar of three.
    QVERIFY2(text.contains(QRegularExpression(u"^\\s*承诺\\s+3\\s*$"_s, QRegularExpression::MultilineOption)),
             qPrintable(text));
    // No commitment among them: that chart is left out.
    QVERIFY(!text.contains(u"Commitments by status"_s));
}

void NotesExportControllerTest::dialogChoices()
{
    ExportNotesDialog none(5, -1, u"报告.pdf"_s);
    QVERIFY(!none.filteredButton()->isEnabled());
    QVERIFY(!none.onlyFiltered());
    ExportNotesDialog filtered(5, 2, u"报告.pdf"_s);
    QVERIFY(filtered.onlyFiltered()); // the list's filter is preselected
    filtered.formatBox()->setCurrentIndex(filtered.formatBox()->findData(u"csv"_s));
    QVERIFY(filtered.path().endsWith(u"报告.csv"_s));
    QCOMPARE(filtered.format(), u"csv"_s);
}

void NotesExportControllerTest::dialogCharts()
{
    {
        ExportNotesDialog d(5, -1, u"报告.pdf"_s);
        d.formatBox()->setCurrentIndex(d.formatBox()->findData(u"pdf"_s));
        QVERIFY(d.chartsBox()->isEnabled());
        QVERIFY(!d.chartsBox()->isChecked()); // off until asked for
        QVERIFY(!d.options().includeCharts);
        d.chartsBox()->setChecked(true);
        QVERIFY(d.options().includeCharts);
        // Only the PDF draws charts.
        d.formatBox()->setCurrentIndex(d.formatBox()->findData(u"md"_s));
        QVERIFY(!d.chartsBox()->isEnabled());
        QVERIFY(!d.options().includeCharts);
        d.formatBox()->setCurrentIndex(d.formatBox()->findData(u"pdf"_s));
        QVERIFY(d.options().includeCharts);
        d.pathEdit()->setText(m_dir.filePath(u"remembered.pdf"_s));
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
    }
    QVERIFY(Settings().exportCharts());
    // Remembered for the next export.
    ExportNotesDialog again(5, -1, u"报告.pdf"_s);
    QCOMPARE(again.format(), u"pdf"_s);
    QVERIFY(again.chartsBox()->isChecked());
    QVERIFY(again.options().includeCharts);
    // And Print Notes lays the pages out as the export was last asked for.
    MainWindow w;
    QVERIFY(w.exporting()->printOptions().includeCharts);
    Settings().setExportCharts(false);
    Settings().setExportGrouping(int(NotesExportOptions::Grouping::Tag));
    Settings().setExportQuotes(false);
    const NotesExportOptions printed = w.exporting()->printOptions();
    QVERIFY(!printed.includeCharts);
    QCOMPARE(printed.grouping, NotesExportOptions::Grouping::Tag);
    QVERIFY(!printed.includeQuotes);
    QCOMPARE(printed.highlightColors.size(), 5); // the window's palette
}

void NotesExportControllerTest::nothingToExport()
{
    // A report without notes: said at once, no dialog to fill in first.
    MainWindow w;
    QVERIFY(w.openFile(QStringLiteral(PIZHU_TEST_DATA "/followup/hexi-2023.txt")));
    QVERIFY(w.annotations()->annotations().isEmpty());
    bool dialogShown = false;
    QTimer::singleShot(0, this, [&dialogShown] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            dialogShown = true;
            modal->close();
        }
    });
    QSignalSpy finished(w.exporting(), &NotesExportController::finished);
    w.exporting()->exportNotes();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!finished.at(0).at(1).toString().isEmpty());
    QVERIFY(!dialogShown);
}

QTEST_MAIN(NotesExportControllerTest)
#include "notesexportcontroller_test.moc"
