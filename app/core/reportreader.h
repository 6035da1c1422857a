// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"
#include "result.h"

#include <QString>

namespace pizhu {

// Opens a report file: reads and decodes it, then parses it. The one entry
// point the command line and the window share.
class ReportReader
{
public:
    static Result<Report> read(const QString &path);
};

} // namespace pizhu
