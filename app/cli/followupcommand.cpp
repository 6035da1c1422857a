// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupcommand.h"

#include "commandline.h"
#include "console.h"
#include "database.h"
#include "followuplinkstore.h"
#include "followupmatcher.h"
#include "followupreview.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pizhu::cli {

namespace {

QJsonObject unitJson(const FollowUpMatcher::Unit &u)
{
    return {{u"label"_s, u.label}, {u"title"_s, u.title}};
}

QString unitText(const FollowUpMatcher::Unit &u)
{
    return u.label + u.title;
}

// The user's decisions on these two reports, from the annotation file when
// there is one (none is not an error: the comparison needs no library).
QList<FollowUpLink> storedLinks(const QString &cliPath, const Report &oldReport, const Report &newReport)
{
    const QString path = Database::resolvePath(cliPath, QString());
    if (path != u":memory:"_s && !QFileInfo::exists(path))
        return {};
    const auto database = Database::open(path);
    if (!database) {
        Console::err(FollowUpCommand::tr("warning: decisions in %1 not applied: %2")
                         .arg(path, database.error().message));
        return {};
    }
    return FollowUpLinkStore(*database.value()).links(oldReport.workKey(), newReport.workKey());
}

} // namespace

int FollowUpCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("For each plan of last year's report, list the measures of this year's report that report on it."));
    parser.addPositionalArgument(u"OLD"_s, tr("Last year's report (its plans)."));
    parser.addPositionalArgument(u"NEW"_s, tr("This year's report (its measures)."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON instead of text."));
    const QCommandLineOption db(u"db"_s,
        tr("The annotation file whose confirmed and rejected links apply (default: $PIZHU_DB, else the user's "
           "data folder)."), u"PATH"_s);
    parser.addOptions({json, db});
    if (const auto stop = CommandLine::parseWithFiles(parser, arguments,
                                                      tr("usage: pizhu followup OLD NEW [--json] [--db PATH]"), 2))
        return *stop;
    int exitCode = Ok;
    const auto oldReport = CommandLine::readReport(parser.positionalArguments().at(0), exitCode);
    if (!oldReport)
        return exitCode;
    const auto newReport = CommandLine::readReport(parser.positionalArguments().at(1), exitCode);
    if (!newReport)
        return exitCode;
    const FollowUpMatcher::Result result =
        FollowUpReview::apply(FollowUpMatcher::match(oldReport.value(), newReport.value()),
                              storedLinks(parser.value(db), oldReport.value(), newReport.value()),
                              oldReport->workKey(), newReport->workKey());
    if (!result.oldHasPlans)
        Console::err(tr("warning: %1 has no part with next year's plans").arg(parser.positionalArguments().at(0)));
    if (!result.newHasMeasures)
        Console::err(tr("warning: %1 has no part with measures and results").arg(parser.positionalArguments().at(1)));

    if (parser.isSet(json)) {
        QJsonArray plans;
        for (const FollowUpMatcher::Plan &p : result.plans) {
            QJsonArray matches;
            for (const FollowUpMatcher::Match &m : p.matches) {
                QJsonObject o = unitJson(result.measures.at(m.measure));
                o.insert(u"score"_s, std::round(m.score * 1000) / 1000);
                o.insert(u"confirmed"_s, m.confirmed);
                matches.append(o);
            }
            QJsonObject plan = unitJson(p.unit);
            plan.insert(u"matches"_s, matches);
            plans.append(plan);
        }
        QJsonArray unmatched;
        for (int m : result.unmatchedMeasures)
            unmatched.append(unitJson(result.measures.at(m)));
        const QJsonObject o{{u"plans"_s, plans}, {u"unmatched_measures"_s, unmatched}};
        Console::out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    QStringList lines;
    for (const FollowUpMatcher::Plan &p : result.plans) {
        const QString indent = p.unit.level > 2 ? u"  "_s : QString();
        lines.append(indent + unitText(p.unit));
        if (p.matches.isEmpty())
            lines.append(indent + u"    "_s + tr("(no measure reports on this plan)"));
        for (const FollowUpMatcher::Match &m : p.matches)
            lines.append(indent + u"  %1 %2  %3"_s.arg(m.confirmed ? u"✓"_s : u" "_s)
                                      .arg(m.score, 0, 'f', 2)
                                      .arg(unitText(result.measures.at(m.measure))));
    }
    if (!result.unmatchedMeasures.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Measures that answer no plan:"));
        for (int m : result.unmatchedMeasures)
            lines.append(u"  "_s + unitText(result.measures.at(m)));
    }
    Console::out(lines.join(u'\n') + u'\n');
    return Ok;
}

} // namespace pizhu::cli
