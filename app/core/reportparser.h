// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QCoreApplication>
#include <QString>

namespace pizhu {

// Turns the text of a report, as scraped or saved, into a Report: metadata
// taken from the page's information block, page chrome and repeated copies
// removed, the title found, the body split into blocks and the outline built.
// Deterministic rules only; each step lives in a class of its own.
class ReportParser
{
    Q_DECLARE_TR_FUNCTIONS(ReportParser)

public:
    // metadata: what the importer already knows (source path, format, encoding).
    static Report parse(const QString &text, const ReportMetadata &metadata = {});

    // The text's lines: NFC, trimmed (full-width spaces too), zero-width
    // characters removed, stray spaces inside numbers closed up; blank lines dropped.
    static QStringList normalizedLines(const QString &text);
};

} // namespace pizhu
