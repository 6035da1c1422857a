// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinecommand.h"

#include "commandline.h"
#include "console.h"
#include "outlineformatter.h"

#include <QCommandLineParser>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pizhu::cli {

int OutlineCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the outline of a report: its parts, sections and items."));
    parser.addPositionalArgument(u"FILE"_s, tr("The report to read."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON instead of an indented tree."));
    parser.addOption(json);
    if (const auto stop = CommandLine::parseWithOneFile(parser, arguments, tr("usage: pizhu outline FILE [--json]")))
        return *stop;
    int exitCode = Ok;
    const auto report = CommandLine::readReport(parser.positionalArguments().front(), exitCode);
    if (!report)
        return exitCode;
    if (parser.isSet(json))
        Console::out(QString::fromUtf8(QJsonDocument(OutlineFormatter::json(report.value())).toJson(QJsonDocument::Indented)));
    else
        Console::out(OutlineFormatter::text(report.value()));
    return Ok;
}

} // namespace pizhu::cli
