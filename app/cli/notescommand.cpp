// SPDX-License-Identifier: GPL-3.0-or-later
#include "notescommand.h"

#include "commandline.h"
#include "console.h"
#include "database.h"
#include "notescollector.h"
#include "notesmerger.h"
#include "noteswriter.h"
#include "outputfile.h"
#include "parsedversions.h"
#include "pdfwriter.h"
#include "reportstore.h"
#include "w3cannotationreader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pizhu::cli {

namespace {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(u"db"_s,
                              NotesCommand::tr("The annotation file (default: $PIZHU_DB, else the user's data folder)."),
                              u"PATH"_s);
}

QStringList statusIds()
{
    QStringList ids;
    for (CommitmentStatus s : kCommitmentStatuses)
        ids << commitmentStatusId(s);
    return ids << u"none"_s;
}

QStringList roleIds()
{
    QStringList ids;
    for (PartRole r : kPartRoles)
        ids << partRoleId(r);
    return ids;
}

} // namespace

QString NotesCommand::usage()
{
    return tr("usage: pizhu notes import FILE.json [--json] [--db PATH]\n"
              "       pizhu notes export (--report ID | FILE) --format pdf|md|csv|json -o OUT "
              "[--tag T] [--status S] [--part ROLE] [--group part|tag|status] [--no-quotes] [--charts] "
              "[--author NAME] [--db PATH]");
}

bool NotesCommand::needsFonts(const QStringList &arguments)
{
    if (arguments.value(0) != u"notes"_s || arguments.value(1) != u"export"_s)
        return false;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--format"_s || a == u"-format"_s)
            return arguments.value(i + 1).trimmed().toLower() == u"pdf"_s;
        if (a.startsWith(u"--format="_s))
            return a.sliced(9).trimmed().toLower() == u"pdf"_s;
    }
    return false;
}

int NotesCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    // QCommandLineParser expects the program name first.
    const QStringList rest = QStringList{arguments.value(0) + QChar(u' ') + sub} + arguments.mid(2);
    if (sub == u"import"_s)
        return importNotes(rest);
    if (sub == u"export"_s)
        return exportNotes(rest);
    if (sub == u"--help"_s || sub == u"-h"_s) {
        Console::out(usage());
        return Ok;
    }
    Console::err(usage());
    return BadInput;
}

int NotesCommand::importNotes(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Merge notes from W3C Web Annotation JSON into the annotation file and print what changed."));
    parser.addPositionalArgument(u"FILE.json"_s, tr("The notes to import (pizhu notes export --format json)."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON: added, updated, unchanged, orphaned, skipped, reasons."));
    const QCommandLineOption db = databaseOption();
    parser.addOptions({json, db});
    if (const auto stop = CommandLine::parseWithOneFile(
            parser, arguments, tr("usage: pizhu notes import FILE.json [--json] [--db PATH]")))
        return *stop;

    // Everything about the file is checked before the annotation file is opened.
    const QString path = parser.positionalArguments().front();
    QFile file(path);
    if (!file.exists()) {
        Console::err(tr("%1: no such file").arg(path));
        return BadInput;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        Console::err(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return BadInput;
    }
    if (file.size() > kMaxFileSize) {
        Console::err(tr("%1 is too large for notes (more than %2 MB).").arg(path).arg(kMaxFileSize >> 20));
        return BadInput;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        Console::err(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return BadInput;
    }
    const auto entries = W3cAnnotationReader::read(bytes);
    if (!entries) {
        Console::err(tr("%1: %2").arg(path, entries.error().message));
        return BadInput;
    }

    int exitCode = Ok;
    const auto database = CommandLine::openForWriting(parser.value(db), exitCode);
    if (!database)
        return exitCode;
    const auto counts = NotesMerger(*database).merge(entries.value());
    if (!counts) {
        Console::err(tr("Nothing was imported: %1").arg(counts.error().message));
        return Failure;
    }
    for (const QString &reason : counts->reasons.first(std::min<qsizetype>(counts->reasons.size(), kShownReasons)))
        Console::err(tr("skipped %1").arg(reason));
    if (counts->skipped > kShownReasons)
        Console::err(tr("… and %n more skipped entries", nullptr, counts->skipped - kShownReasons));

    if (parser.isSet(json)) {
        const QJsonObject o{{u"added"_s, counts->added},         {u"updated"_s, counts->updated},
                            {u"unchanged"_s, counts->unchanged}, {u"orphaned"_s, counts->orphaned},
                            {u"skipped"_s, counts->skipped},     {u"reasons"_s, QJsonArray::fromStringList(counts->reasons)}};
        Console::out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else {
        Console::out(tr("added %1, updated %2, unchanged %3, orphaned %4, skipped %5")
                         .arg(counts->added)
                         .arg(counts->updated)
                         .arg(counts->unchanged)
                         .arg(counts->orphaned)
                         .arg(counts->skipped));
    }
    return Ok;
}

int NotesCommand::exportNotes(const QStringList &arguments)
{
    const QString usageText = tr("usage: pizhu notes export (--report ID | FILE) --format pdf|md|csv|json -o OUT "
                                 "[--tag T] [--status S] [--part ROLE] [--group part|tag|status] [--no-quotes] "
                                 "[--charts] [--author NAME] [--db PATH]");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the notes of a report to a file: a PDF to hand on, Markdown, CSV for "
                                        "spreadsheets, or W3C Web Annotation JSON for another annotation file."));
    parser.addPositionalArgument(u"FILE"_s, tr("The report whose notes to write (or --report ID)."), u"[FILE]"_s);
    const QCommandLineOption report(u"report"_s, tr("The report's id, as pizhu import prints it."), u"ID"_s);
    const QCommandLineOption format(u"format"_s, tr("The format: %1.").arg(NotesWriter::formats().join(u", "_s)),
                                    u"FORMAT"_s, u"json"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The file to write; - for standard output."), u"OUT"_s);
    const QCommandLineOption tag(u"tag"_s, tr("Only notes with this tag."), u"T"_s);
    const QCommandLineOption status(u"status"_s, tr("Only notes with this status: %1.").arg(statusIds().join(u", "_s)),
                                    u"S"_s);
    const QCommandLineOption part(u"part"_s, tr("Only notes in this part: %1.").arg(roleIds().join(u", "_s)),
                                  u"ROLE"_s);
    const QCommandLineOption group(
        u"group"_s,
        tr("Group the notes (pdf, md; csv orders its rows so): %1. Default: part.")
            .arg(NotesExportOptions::groupingIds().join(u", "_s)),
        u"BY"_s, u"part"_s);
    const QCommandLineOption noQuotes(u"no-quotes"_s, tr("Leave out the quoted passages (pdf, md, csv)."));
    const QCommandLineOption charts(u"charts"_s, tr("Add a page of charts after the contents: notes by part and by "
                                                   "tag, commitments by status and by unit, figures by part (pdf)."));
    const QCommandLineOption author(u"author"_s, tr("Who exports, on the PDF's cover and in its metadata "
                                                   "(default: the user's login name)."),
                                    u"NAME"_s);
    const QCommandLineOption db = databaseOption();
    parser.addOptions({report, format, output, tag, status, part, group, noQuotes, charts, author, db});
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        Console::err(parser.errorText());
        return BadInput;
    }
    if (parser.isSet(help)) {
        Console::out(parser.helpText());
        return Ok;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || parser.isSet(report) == (files.size() == 1) || !parser.isSet(output)) {
        Console::err(usageText);
        return BadInput;
    }

    const QString formatId = parser.value(format).trimmed().toLower();
    const auto writer = NotesWriter::create(formatId);
    if (!writer) {
        Console::err(tr("unknown format “%1”; the formats are: %2").arg(formatId, NotesWriter::formats().join(u", "_s)));
        return BadInput;
    }
    NotesExportOptions options;
    const auto grouping = NotesExportOptions::groupingFromId(parser.value(group));
    if (!grouping) {
        Console::err(tr("unknown grouping “%1”; the groupings are: %2")
                         .arg(parser.value(group), NotesExportOptions::groupingIds().join(u", "_s)));
        return BadInput;
    }
    options.grouping = *grouping;
    options.includeQuotes = !parser.isSet(noQuotes);
    options.includeCharts = parser.isSet(charts); // the other formats ignore it, as --author
    options.author = parser.value(author).trimmed();
    writer->setOptions(options);
    NotesCollector::Filter filter;
    filter.tag = parser.value(tag).trimmed();
    if (parser.isSet(status)) {
        const QString id = parser.value(status).trimmed().toLower();
        if (!statusIds().contains(id)) {
            Console::err(tr("unknown status “%1”; the statuses are: %2").arg(id, statusIds().join(u", "_s)));
            return BadInput;
        }
        filter.status = commitmentStatusFromId(id); // "none" gives None: notes that are no commitment
    }
    if (parser.isSet(part)) {
        filter.part = partRoleFromId(parser.value(part).trimmed().toLower());
        if (filter.part == PartRole::None) {
            Console::err(tr("unknown part “%1”; the parts are: %2").arg(parser.value(part), roleIds().join(u", "_s)));
            return BadInput;
        }
    }
    qint64 reportId = -1;
    if (parser.isSet(report)) {
        bool ok = false;
        reportId = parser.value(report).toLongLong(&ok);
        if (!ok || reportId <= 0) {
            Console::err(tr("“%1” is not a report id (pizhu import prints it).").arg(parser.value(report)));
            return BadInput;
        }
    }
    int exitCode = Ok;
    std::optional<Report> fromFile;
    if (!files.isEmpty()) {
        fromFile = CommandLine::readReport(files.front(), exitCode);
        if (!fromFile)
            return exitCode;
    }

    // Exporting only reads: a missing file is a mistyped path, not an empty one to create.
    const QString dbPath = Database::resolvePath(parser.value(db), QString());
    if (dbPath != u":memory:"_s && !QFileInfo::exists(dbPath)) {
        Console::err(tr("There is no annotation file at %1.").arg(dbPath));
        return BadInput;
    }
    // Read-only when the file allows it; a file of an older Pizhu is upgraded
    // first (with its backup), as the window would, else it could not be read.
    auto database = Database::open(dbPath, Database::OpenMode::ReadOnly);
    if (!database && QFileInfo(dbPath).isWritable())
        database = Database::open(dbPath, Database::OpenMode::ReadWrite);
    if (!database) {
        Console::err(database.error().message);
        return Failure;
    }
    ReportStore reports(*database.value());
    ExportedNotes notes;
    if (fromFile) {
        notes.workKey = fromFile->workKey();
        notes.label = fromFile->metadata.title;
        notes.report = std::make_shared<const Report>(*fromFile);
        if (!reports.findByWorkKey(notes.workKey)) {
            // Nothing to write, and an empty file would look like an export: say so, write nothing.
            Console::err(tr("This report is not in the annotation file %1, so it has no notes there; nothing was "
                            "written.")
                             .arg(dbPath));
            return BadInput;
        }
    } else {
        const QString earlier = database.value()->lastError().message;
        const auto summary = reports.find(reportId);
        if (!summary && database.value()->lastError().message != earlier) {
            Console::err(database.value()->lastError().message);
            return Failure;
        }
        if (!summary) {
            Console::err(tr("There is no report %1 in the annotation file %2.").arg(reportId).arg(dbPath));
            return BadInput;
        }
        notes.workKey = summary->workKey;
        notes.label = summary->title;
    }
    auto collected = NotesCollector(*database.value()).collect(notes.workKey, filter);
    if (!collected) {
        Console::err(collected.error().message);
        return Failure;
    }
    notes.annotations = std::move(collected).value();
    if (notes.annotations.isEmpty()) {
        Console::err(tr("No notes match; nothing was written."));
        return BadInput;
    }
    if (!notes.report) {
        // The stored text of the report, for the cover and the parts' roles.
        ParsedVersions versions(*database.value());
        if (const ParsedVersions::Version *latest = versions.latest(notes.workKey))
            notes.report = std::make_shared<const Report>(latest->report);
    }
    const auto written = OutputFile::write(parser.value(output),
                                           [&](QIODevice &device) { return writer->write(notes, device); });
    if (!written) {
        Console::err(written.error().message);
        return Failure;
    }
    return Ok;
}

} // namespace pizhu::cli
