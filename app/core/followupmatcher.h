// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QList>
#include <QString>

namespace pizhu {

// Were last year's plans carried out? Pairs each plan of last year's report
// (the plans part's sections, and their items where there are any) with the
// measures of this year's report (the measures part's sections and items)
// that report on it, by how alike their texts are.
class FollowUpMatcher
{
public:
    static constexpr int kMaxMatches = 3;
    // Below this a measure is not taken to answer a plan. Chosen on the test
    // pairs: right answers score 0.15–0.6, unrelated sections under 0.08.
    static constexpr double kThreshold = 0.1;

    // A section or item with the text under it.
    struct Unit
    {
        QString label; // （一） 1.
        QString title;
        int level = 0; // 2 section, 3 item
        int blockOrdinal = -1;
        qsizetype start = 0; // the heading's offset
        qsizetype end = 0; // where the next section or item begins
        QString parentLabel; // an item's section label

        // Names the unit within its report for stored decisions: the labels
        // from the section down and the title, "（一）/1. 加强执法".
        QString key() const;
    };
    struct Match
    {
        int measure = -1; // index into Result::measures
        double score = 0;
        bool confirmed = false; // by the user (FollowUpReview), not only suggested
    };
    struct Plan
    {
        Unit unit;
        QList<Match> matches; // confirmed ones first, then suggestions; best first
        QList<Match> rejected; // suggestions the user turned down (FollowUpReview)
    };
    struct Result
    {
        QList<Plan> plans;
        QList<Unit> measures; // every measure section and item of the new report
        QList<int> unmatchedMeasures; // sections none of whose text answers a plan
        // scores[plan][measure]: how alike they are, for every pair (0 where a
        // section plan meets an item, which cannot answer it).
        QList<QList<double>> scores;
        bool oldHasPlans = false;
        bool newHasMeasures = false;
    };

    static Result match(const Report &oldReport, const Report &newReport);

    // The measure sections that answer no plan: neither they nor one of
    // their items is among any plan's matches.
    static QList<int> unanswered(const Result &result);

    // The sections and items of the first part with this role, in document order.
    static QList<Unit> units(const Report &report, PartRole role);
};

} // namespace pizhu
