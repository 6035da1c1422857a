// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinecommand.h"

#include "commandline.h"
#include "console.h"
#include "outlineformatter.h"
#include "reportreader.h"

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
    if (files.size() != 1) {
        Console::err(tr("usage: pizhu outline FILE [--json]"));
        return BadInput;
    }

    const auto report = ReportReader::read(files.front());
    if (!report) {
        Console::err(report.error().message);
        return report.error().kind == Error::Kind::BadInput ? BadInput : Failure;
    }
    for (const QString &warning : report->warnings)
        Console::err(tr("warning: %1").arg(warning));
    if (parser.isSet(json))
        Console::out(QString::fromUtf8(QJsonDocument(OutlineFormatter::json(report.value())).toJson(QJsonDocument::Indented)));
    else
        Console::out(OutlineFormatter::text(report.value()));
    return Ok;
}

} // namespace pizhu::cli
