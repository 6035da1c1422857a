// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followuplink.h"
#include "followupmatcher.h"

#include <QList>
#include <optional>

namespace pizhu {

// The follow-up as the user has reviewed it: FollowUpMatcher's suggestions
// with the stored decisions applied. A confirmed measure is listed first
// under its plan (whatever its score, even if the matcher did not suggest
// it), a rejected suggestion moves to the plan's `rejected`; the measures
// that answer no plan are counted again from the result.
class FollowUpReview
{
public:
    // links: decisions of any reports; only those between oldWorkKey's plans
    // and newWorkKey's measures apply, and of those only the ones whose plan
    // and measure still exist.
    static FollowUpMatcher::Result apply(const FollowUpMatcher::Result &computed, const QList<FollowUpLink> &links,
                                         const QString &oldWorkKey, const QString &newWorkKey);

    // The decision among links (of one pair of reports) on this plan and measure, if any.
    static std::optional<FollowUpLink::Decision> decision(const QList<FollowUpLink> &links, const QString &planKey,
                                                          const QString &measureKey);
};

} // namespace pizhu
