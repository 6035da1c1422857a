// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportmetadata.h"

#include <QDateTime>
#include <QString>

namespace pizhu {

// One stored version of a report: its canonical text and metadata, enough
// to parse it again (ReportParser) without the source file.
struct ReportVersion
{
    qint64 id = -1;
    qint64 reportId = -1;
    QString workKey;
    QString contentHash;
    ReportMetadata metadata;
    QString canonicalText;
    QDateTime importedAt;
};

} // namespace pizhu
