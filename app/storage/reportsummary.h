// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pizhu {

// A stored report as the library lists it.
struct ReportSummary
{
    qint64 id = -1;
    QString workKey;
    QString title;
    QString issuer;
    int year = 0;
    int annotationCount = 0;
    int commitmentCount = 0; // annotations with a commitment status
    int versionCount = 0;
    QString latestContentHash; // the version imported last

    friend bool operator==(const ReportSummary &, const ReportSummary &) = default;
};

} // namespace pizhu
