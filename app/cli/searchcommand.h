// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pizhu {
struct SearchResults;
}

namespace pizhu::cli {

// `pizhu search QUERY [--json] [--db PATH] [--limit N]`: full-text search
// over every stored report and every note, grouped by report. No hits is
// success with empty output (JSON: "reports": []).
class SearchCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    static int run(const QStringList &arguments);

private:
    static QString json(const SearchResults &results);
    static QString text(const SearchResults &results);
};

} // namespace pizhu::cli
