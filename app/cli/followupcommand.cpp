// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupcommand.h"

#include "commandline.h"
#include "console.h"
#include "followupmatcher.h"

#include <QCommandLineParser>
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

} // namespace

int FollowUpCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("For each plan of last year's report, list the measures of this year's report that report on it."));
    parser.addPositionalArgument(u"OLD"_s, tr("Last year's report (its plans)."));
    parser.addPositionalArgument(u"NEW"_s, tr("This year's report (its measures)."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON instead of text."));
    parser.addOption(json);
    if (const auto stop = CommandLine::parseWithFiles(parser, arguments, tr("usage: pizhu followup OLD NEW [--json]"), 2))
        return *stop;
    int exitCode = Ok;
    const auto oldReport = CommandLine::readReport(parser.positionalArguments().at(0), exitCode);
    if (!oldReport)
        return exitCode;
    const auto newReport = CommandLine::readReport(parser.positionalArguments().at(1), exitCode);
    if (!newReport)
        return exitCode;
    const FollowUpMatcher::Result result = FollowUpMatcher::match(oldReport.value(), newReport.value());
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
            lines.append(indent + u"    %1  %2"_s.arg(m.score, 0, 'f', 2).arg(unitText(result.measures.at(m.measure))));
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
