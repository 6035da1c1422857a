// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importoptions.h"
#include "report.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace pizhu {

// Opens a report file of any supported format: reads it, tells its format from
// its content, imports it as text and parses it. The one entry point the
// command line and the window share; safe to call from a worker thread.
class ReportReader
{
    Q_DECLARE_TR_FUNCTIONS(ReportReader)

public:
    static Result<Report> read(const QString &path, const ImportOptions &options = {});
};

} // namespace pizhu
