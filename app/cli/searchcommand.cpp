// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "commandline.h"
#include "console.h"
#include "database.h"
#include "searchstore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pizhu::cli {

namespace {

QString marked(const SearchHit &hit)
{
    return hit.context.left(hit.markStart) + u'['
        + hit.context.mid(hit.markStart, hit.markEnd - hit.markStart) + u']' + hit.context.mid(hit.markEnd);
}

} // namespace

int SearchCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Search the text of every stored report and every note."));
    parser.addPositionalArgument(u"QUERY"_s, tr("The words to look for, as they are written."));
    const QCommandLineOption jsonOption(
        u"json"_s, tr("Print JSON: the query and the hits grouped by report."));
    const QCommandLineOption db(
        u"db"_s, tr("The annotation file (default: $PIZHU_DB, else the user's data folder)."), u"PATH"_s);
    const QCommandLineOption limit(u"limit"_s,
        tr("Show at most N hits (default %1).").arg(SearchStore::kDefaultLimit), u"N"_s,
        QString::number(SearchStore::kDefaultLimit));
    parser.addOptions({ jsonOption, db, limit });
    const QString usage = tr("usage: pizhu search QUERY [--json] [--db PATH] [--limit N]");
    if (const auto stop = CommandLine::parseWithOneFile(parser, arguments, usage))
        return *stop;
    const QString query = parser.positionalArguments().front();
    if (query.trimmed().isEmpty()) {
        Console::err(tr("The query is empty.") + u'\n' + usage);
        return BadInput;
    }
    bool limitOk = false;
    const int maxHits = parser.value(limit).toInt(&limitOk);
    if (!limitOk || maxHits < 1) {
        Console::err(tr("--limit needs a whole number of at least 1, not “%1”.").arg(parser.value(limit)));
        return BadInput;
    }

    // Searching only reads: a missing file is a mistyped path, not an empty one to create.
    const QString dbPath = Database::resolvePath(parser.value(db), QString());
    if (dbPath != u":memory:"_s && !QFileInfo::exists(dbPath)) {
        Console::err(tr("There is no annotation file at %1.").arg(dbPath));
        return BadInput;
    }
    // Read-write, so that a file of an older Pizhu is brought up to date (and
    // gains its search tables); a file that cannot be written opens read-only.
    auto database = Database::open(dbPath);
    if (!database) {
        Console::err(database.error().message);
        return database.error().kind == Error::Kind::BadInput ? BadInput : Failure;
    }
    const QString before = database.value()->lastError().message;
    const SearchResults results = SearchStore(*database.value()).search(query, maxHits);
    if (database.value()->lastError().message != before) {
        Console::err(database.value()->lastError().message);
        return Failure;
    }
    if (parser.isSet(jsonOption))
        Console::out(json(results));
    else if (!results.reports.isEmpty())
        Console::out(text(results));
    if (results.truncated)
        Console::err(tr("There are more hits than the %1 shown (--limit).").arg(maxHits));
    return Ok;
}

QString SearchCommand::json(const SearchResults &results)
{
    QJsonArray reports;
    for (const SearchReport &report : results.reports) {
        QJsonArray hits;
        for (const SearchHit &hit : report.hits) {
            const bool note = hit.kind == SearchHit::Kind::Note;
            QJsonObject o { { u"kind"_s, note ? u"note"_s : u"text"_s }, { u"start"_s, qint64(hit.start) },
                { u"end"_s, qint64(hit.end) }, { u"context"_s, hit.context },
                { u"markStart"_s, qint64(hit.markStart) }, { u"markEnd"_s, qint64(hit.markEnd) },
                { u"contentHash"_s, hit.contentHash } };
            if (note) {
                o.insert(u"annotation"_s, hit.annotation.toString(QUuid::WithoutBraces));
                o.insert(u"field"_s, hit.inQuote ? u"quote"_s : u"note"_s);
            }
            hits.append(o);
        }
        reports.append(QJsonObject { { u"id"_s, report.reportId }, { u"title"_s, report.title },
            { u"issuer"_s, report.issuer }, { u"year"_s, report.year },
            { u"contentHash"_s, report.contentHash }, { u"more"_s, report.more }, { u"hits"_s, hits } });
    }
    const QJsonObject root { { u"query"_s, results.query }, { u"truncated"_s, results.truncated },
        { u"reports"_s, reports } };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString SearchCommand::text(const SearchResults &results)
{
    QString out;
    for (const SearchReport &report : results.reports) {
        if (!out.isEmpty())
            out += u'\n';
        QStringList about;
        if (!report.issuer.isEmpty())
            about << report.issuer;
        if (report.year > 0)
            about << QString::number(report.year);
        about << tr("report %1").arg(report.reportId);
        out += tr("%1 (%2)").arg(report.title, about.join(u", "_s)) + u'\n';
        for (const SearchHit &hit : report.hits) {
            if (hit.kind == SearchHit::Kind::Text) {
                out += tr("  %1–%2: %3").arg(hit.start).arg(hit.end).arg(marked(hit)) + u'\n';
            } else {
                const QString what = hit.inQuote ? tr("quote of note %1") : tr("note %1");
                out += tr("  %1 at %2–%3: %4")
                           .arg(what.arg(hit.annotation.toString(QUuid::WithoutBraces)))
                           .arg(hit.start)
                           .arg(hit.end)
                           .arg(marked(hit))
                    + u'\n';
            }
        }
        if (report.more)
            out += tr("  … more in this report") + u'\n';
    }
    return out;
}

} // namespace pizhu::cli
