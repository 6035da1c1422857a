// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchhit.h"

#include <QList>
#include <QString>

namespace pizhu {

// The hits of a search in one report, in document order.
struct SearchReport
{
    qint64 reportId = -1;
    QString title;
    QString issuer;
    int year = 0;
    QString contentHash; // the latest version: what opens when the report is chosen
    QList<SearchHit> hits;
    // The report has more hits in its text than were listed (each report
    // gets a share, so that one report cannot fill the whole list).
    bool more = false;

    friend bool operator==(const SearchReport &, const SearchReport &) = default;
};

} // namespace pizhu
