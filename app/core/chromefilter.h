// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace pizhu {

// Recognises a line of web-page chrome scraped along with a report: print and
// close buttons, share bars, breadcrumbs, footers, "previous/next article".
// Decides on the line alone; navigation lists are removed by position
// (ReportParser) because their entries look like any short line.
class ChromeFilter
{
public:
    static bool isChrome(QStringView line);
};

} // namespace pizhu
