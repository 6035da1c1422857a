// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace pizhu {

// A user's decision on whether a measure of this year's report reports on a
// plan of last year's, kept in the annotation file (FollowUpLinkStore). Plans
// and measures are named by their report as a work and by their key
// (FollowUpMatcher::Unit::key()), so a decision outlives re-imports that do
// not change the heading.
struct FollowUpLink
{
    enum class Decision {
        Confirmed, // the measure reports on the plan, whatever the similarity says
        Rejected, // it does not, though the similarity suggested it
    };

    QString planWorkKey;
    QString planKey;
    QString measureWorkKey;
    QString measureKey;
    Decision decision = Decision::Confirmed;
    QDateTime modified;

    friend bool operator==(const FollowUpLink &, const FollowUpLink &) = default;
};

} // namespace pizhu
