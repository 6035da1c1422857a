// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "commandline.h"
#include "console.h"
#include "database.h"
#include "reportstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pizhu::cli {

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Store a report in the annotation file and print its id."));
    parser.addPositionalArgument(u"FILE"_s, tr("The report to import."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON: id, contentHash, workKey, title."));
    const QCommandLineOption db(u"db"_s, tr("The annotation file (default: $PIZHU_DB, else the user's data folder)."),
                                u"PATH"_s);
    parser.addOptions({json, db});
    if (const auto stop = CommandLine::parseWithOneFile(parser, arguments,
                                                        tr("usage: pizhu import FILE [--json] [--db PATH]")))
        return *stop;
    int exitCode = Ok;
    const auto report = CommandLine::readReport(parser.positionalArguments().front(), exitCode);
    if (!report)
        return exitCode;

    const auto database = CommandLine::openForWriting(parser.value(db), exitCode);
    if (!database)
        return exitCode;
    ReportStore store(*database);
    const auto id = store.store(report.value());
    if (!id) {
        Console::err(id.error().message);
        return Failure;
    }
    if (parser.isSet(json)) {
        const QJsonObject o{{u"id"_s, id.value()},
                            {u"contentHash"_s, report->contentHash()},
                            {u"workKey"_s, report->workKey()},
                            {u"title"_s, report->metadata.title}};
        Console::out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else {
        Console::out(QString::number(id.value()));
    }
    return Ok;
}

} // namespace pizhu::cli
