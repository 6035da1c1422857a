// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupmatcher.h"

#include "textsimilarity.h"

#include <algorithm>

namespace pizhu {

namespace {

const OutlineNode *partWith(const Report &report, PartRole role)
{
    for (const OutlineNode &part : report.parts()) {
        if (part.role == role || part.roles.contains(role))
            return &part;
    }
    return nullptr;
}

qsizetype startOf(const Report &report, const OutlineNode &node)
{
    return node.blockOrdinal >= 0 && node.blockOrdinal < report.blocks.size()
        ? report.blocks.at(node.blockOrdinal).start
        : -1;
}

// What a unit is compared by: its heading twice (headings say what the
// section is about in few words) and the text under it.
QString comparisonText(const Report &report, const FollowUpMatcher::Unit &unit)
{
    return unit.title + u'\n' + unit.title + u'\n' + report.canonicalText.mid(unit.start, unit.end - unit.start);
}

} // namespace

QString FollowUpMatcher::Unit::key() const
{
    const QString path = parentLabel.isEmpty() ? label : parentLabel + u'/' + label;
    return path + u' ' + title;
}

QList<FollowUpMatcher::Unit> FollowUpMatcher::units(const Report &report, PartRole role)
{
    QList<Unit> units;
    const OutlineNode *part = partWith(report, role);
    if (!part)
        return units;
    // The part ends where the next part begins.
    qsizetype partEnd = report.canonicalText.size();
    const auto &parts = report.parts();
    for (size_t i = 0; i < parts.size(); ++i) {
        if (&parts[i] == part && i + 1 < parts.size() && startOf(report, parts[i + 1]) >= 0)
            partEnd = startOf(report, parts[i + 1]);
    }
    for (size_t s = 0; s < part->children.size(); ++s) {
        const OutlineNode &section = part->children[s];
        Unit u;
        u.label = section.label;
        u.title = section.title;
        u.level = 2;
        u.blockOrdinal = section.blockOrdinal;
        u.start = startOf(report, section);
        u.end = s + 1 < part->children.size() ? startOf(report, part->children[s + 1]) : partEnd;
        if (u.start < 0)
            continue;
        units.append(u);
        for (size_t i = 0; i < section.children.size(); ++i) {
            const OutlineNode &item = section.children[i];
            Unit v;
            v.label = item.label;
            v.title = item.title;
            v.level = 3;
            v.blockOrdinal = item.blockOrdinal;
            v.start = startOf(report, item);
            v.end = i + 1 < section.children.size() ? startOf(report, section.children[i + 1]) : u.end;
            v.parentLabel = section.label;
            if (v.start >= 0)
                units.append(v);
        }
    }
    return units;
}

FollowUpMatcher::Result FollowUpMatcher::match(const Report &oldReport, const Report &newReport)
{
    Result result;
    const QList<Unit> plans = units(oldReport, PartRole::Plans);
    result.measures = units(newReport, PartRole::Measures);
    result.oldHasPlans = !plans.isEmpty();
    result.newHasMeasures = !result.measures.isEmpty();

    QStringList texts;
    for (const Unit &p : plans)
        texts.append(comparisonText(oldReport, p));
    for (const Unit &m : std::as_const(result.measures))
        texts.append(comparisonText(newReport, m));
    const TextSimilarity similarity(texts);
    const int offset = int(plans.size());

    for (int p = 0; p < plans.size(); ++p) {
        Plan plan;
        plan.unit = plans.at(p);
        QList<double> scores(result.measures.size(), 0.0);
        QList<Match> all;
        for (int m = 0; m < result.measures.size(); ++m) {
            // A section plan is answered by sections, an item plan by items and sections.
            if (plan.unit.level == 2 && result.measures.at(m).level != 2)
                continue;
            scores[m] = similarity.score(p, offset + m);
            if (scores[m] >= kThreshold)
                all.append({m, scores[m]});
        }
        std::stable_sort(all.begin(), all.end(), [](const Match &a, const Match &b) { return a.score > b.score; });
        plan.matches = all.mid(0, kMaxMatches);
        result.plans.append(plan);
        result.scores.append(scores);
    }
    result.unmatchedMeasures = unanswered(result);
    return result;
}

QList<int> FollowUpMatcher::unanswered(const Result &result)
{
    QList<bool> answered(result.measures.size(), false);
    for (const Plan &plan : result.plans) {
        for (const Match &match : plan.matches)
            answered[match.measure] = true;
    }
    // A measure section answers a plan when it, or one of its items, does.
    QList<int> none;
    for (int m = 0; m < result.measures.size(); ++m) {
        if (result.measures.at(m).level != 2)
            continue;
        bool any = answered.at(m);
        for (int i = m + 1; !any && i < result.measures.size() && result.measures.at(i).level > 2; ++i)
            any = answered.at(i);
        if (!any)
            none.append(m);
    }
    return none;
}

} // namespace pizhu
