// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurescommand.h"

#include "commandline.h"
#include "console.h"
#include "figureextractor.h"
#include "figuresformatter.h"

#include <QCommandLineParser>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pizhu::cli {

int FiguresCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the figures of a report: each quantitative indicator with its name, value, unit, part and "
           "section."));
    parser.addPositionalArgument(u"FILE"_s, tr("The report to read."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON instead of a table."));
    const QCommandLineOption csv(
        u"csv"_s, tr("Print CSV (UTF-8 with a byte-order mark) instead of a table."));
    parser.addOptions({ json, csv });
    const QString usage = tr("usage: pizhu figures FILE [--json|--csv]");
    if (const auto stop = CommandLine::parseWithOneFile(parser, arguments, usage))
        return *stop;
    if (parser.isSet(json) && parser.isSet(csv)) {
        Console::err(usage);
        return BadInput;
    }
    int exitCode = Ok;
    const auto report = CommandLine::readReport(parser.positionalArguments().front(), exitCode);
    if (!report)
        return exitCode;
    const QList<Figure> figures = FigureExtractor::extract(report.value());
    if (parser.isSet(json))
        Console::out(QString::fromUtf8(
            QJsonDocument(FiguresFormatter::json(figures)).toJson(QJsonDocument::Indented)));
    else if (parser.isSet(csv))
        Console::out(FiguresFormatter::csv(figures));
    else
        Console::out(FiguresFormatter::text(figures));
    return Ok;
}

} // namespace pizhu::cli
