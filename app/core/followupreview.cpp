// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupreview.h"

#include <QHash>
#include <algorithm>

namespace pizhu {

namespace {

QString pairKey(const QString &planKey, const QString &measureKey)
{
    return planKey + QChar(0x1f) + measureKey;
}

} // namespace

FollowUpMatcher::Result FollowUpReview::apply(const FollowUpMatcher::Result &computed,
                                              const QList<FollowUpLink> &links, const QString &oldWorkKey,
                                              const QString &newWorkKey)
{
    QHash<QString, FollowUpLink::Decision> decisions;
    for (const FollowUpLink &link : links) {
        if (link.planWorkKey == oldWorkKey && link.measureWorkKey == newWorkKey)
            decisions.insert(pairKey(link.planKey, link.measureKey), link.decision);
    }
    FollowUpMatcher::Result reviewed = computed;
    if (decisions.isEmpty())
        return reviewed;
    for (int p = 0; p < reviewed.plans.size(); ++p) {
        FollowUpMatcher::Plan &plan = reviewed.plans[p];
        const QString planKey = plan.unit.key();
        QList<FollowUpMatcher::Match> confirmed, suggested, rejected;
        for (int m = 0; m < reviewed.measures.size(); ++m) {
            const auto found = decisions.constFind(pairKey(planKey, reviewed.measures.at(m).key()));
            if (found != decisions.cend() && *found == FollowUpLink::Decision::Confirmed)
                confirmed.append({m, reviewed.scores.value(p).value(m), true});
        }
        std::stable_sort(confirmed.begin(), confirmed.end(),
                         [](const auto &a, const auto &b) { return a.score > b.score; });
        for (const FollowUpMatcher::Match &match : std::as_const(plan.matches)) {
            const auto found = decisions.constFind(pairKey(planKey, reviewed.measures.at(match.measure).key()));
            if (found == decisions.cend())
                suggested.append(match);
            else if (*found == FollowUpLink::Decision::Rejected)
                rejected.append(match);
        }
        plan.matches = confirmed + suggested;
        plan.rejected = rejected;
    }
    reviewed.unmatchedMeasures = FollowUpMatcher::unanswered(reviewed);
    return reviewed;
}

std::optional<FollowUpLink::Decision> FollowUpReview::decision(const QList<FollowUpLink> &links,
                                                               const QString &planKey, const QString &measureKey)
{
    for (const FollowUpLink &link : links) {
        if (link.planKey == planKey && link.measureKey == measureKey)
            return link.decision;
    }
    return std::nullopt;
}

} // namespace pizhu
