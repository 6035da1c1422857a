// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchreport.h"

#include <QList>
#include <QString>

namespace pizhu {

// What SearchStore::search found, grouped by report (newest year first,
// like the library).
struct SearchResults
{
    QString query;
    QList<SearchReport> reports;
    // The limit was reached: there are more hits than listed.
    bool truncated = false;

    qsizetype hitCount() const
    {
        qsizetype count = 0;
        for (const SearchReport &report : reports)
            count += report.hits.size();
        return count;
    }
};

} // namespace pizhu
