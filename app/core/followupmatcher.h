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
    };
    struct Match
    {
        int measure = -1; // index into Result::measures
        double score = 0;
    };
    struct Plan
    {
        Unit unit;
        QList<Match> matches; // best first
    };
    struct Result
    {
        QList<Plan> plans;
        QList<Unit> measures; // every measure section and item of the new report
        QList<int> unmatchedMeasures; // sections none of whose text answers a plan
        bool oldHasPlans = false;
        bool newHasMeasures = false;
    };

    static Result match(const Report &oldReport, const Report &newReport);

    // The sections and items of the first part with this role, in document order.
    static QList<Unit> units(const Report &report, PartRole role);
};

} // namespace pizhu
