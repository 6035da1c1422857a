// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "console.h"
#include "database.h"
#include "figurescommand.h"
#include "followupcommand.h"
#include "importcommand.h"
#include "notescommand.h"
#include "outlinecommand.h"
#include "searchcommand.h"
#include "reportreader.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace pizhu::cli {

bool CommandLine::isVerb(const QString &word)
{
    return word == u"outline"_s || word == u"import"_s || word == u"notes"_s || word == u"search"_s || word == u"figures"_s
        || word == u"followup"_s;
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.isEmpty() || !isVerb(arguments.front())) {
        Console::err(tr("unknown command; the commands are: outline FILE [--json], import FILE [--json] [--db PATH], "
                        "notes import FILE.json, search QUERY [--json] [--limit N], notes export (--report ID | FILE) --format pdf|md|csv|json -o OUT, "
                        "figures FILE [--json|--csv], followup OLD NEW [--json]"));
        return BadInput;
    }
    const QString verb = arguments.front();
    // QCommandLineParser expects the program name first.
    const QStringList rest = QStringList{u"pizhu "_s + verb} + arguments.mid(1);
    if (verb == u"outline"_s)
        return OutlineCommand::run(rest);
    if (verb == u"import"_s)
        return ImportCommand::run(rest);
    if (verb == u"notes"_s)
        return NotesCommand::run(rest);
    if (verb == u"search"_s)
        return SearchCommand::run(rest);
    if (verb == u"figures"_s)
        return FiguresCommand::run(rest);
    if (verb == u"followup"_s)
        return FollowUpCommand::run(rest);
    return BadInput;
}

std::optional<int> CommandLine::parseWithOneFile(QCommandLineParser &parser, const QStringList &arguments,
                                                 const QString &usage)
{
    return parseWithFiles(parser, arguments, usage, 1);
}

std::optional<int> CommandLine::parseWithFiles(QCommandLineParser &parser, const QStringList &arguments,
                                               const QString &usage, int files)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        Console::err(parser.errorText());
        return BadInput;
    }
    if (parser.isSet(help)) {
        Console::out(parser.helpText());
        return Ok;
    }
    if (parser.positionalArguments().size() != files) {
        Console::err(usage);
        return BadInput;
    }
    return std::nullopt;
}

std::optional<Report> CommandLine::readReport(const QString &path, int &exitCode)
{
    auto report = ReportReader::read(path);
    if (!report) {
        Console::err(report.error().message);
        exitCode = report.error().kind == Error::Kind::Failure ? Failure : BadInput;
        return std::nullopt;
    }
    for (const QString &warning : report->warnings)
        Console::err(tr("warning: %1").arg(warning));
    return std::move(report).value();
}

std::unique_ptr<Database> CommandLine::openForWriting(const QString &cliPath, int &exitCode)
{
    auto database = Database::open(Database::resolvePath(cliPath, QString()));
    if (!database) {
        Console::err(database.error().message);
        exitCode = Failure;
        return nullptr;
    }
    if (database.value()->isReadOnly()) {
        Console::err(tr("the annotation file cannot be written: %1").arg(database.value()->readOnlyReason()));
        exitCode = Failure;
        return nullptr;
    }
    return std::move(database).value();
}

} // namespace pizhu::cli
