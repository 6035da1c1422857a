// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"
#include "reportversion.h"

#include <QHash>
#include <QString>
#include <memory>

namespace pizhu {

class Database;

// Stored versions of reports, parsed again from their canonical text and
// kept for the length of one import or export: thousands of annotations on
// one report cost one parse.
class ParsedVersions
{
    Q_DISABLE_COPY_MOVE(ParsedVersions)

public:
    struct Version
    {
        QString workKey;
        QString contentHash;
        Report report; // canonicalText is the stored text, offsets and all
    };

    explicit ParsedVersions(Database &db)
        : m_db(db)
    {
    }

    // Null when the file has no such version (or reading it failed:
    // Database::lastError() says).
    const Version *byHash(const QString &contentHash);
    const Version *latest(const QString &workKey);

    // The stored text as a Report. Parsing canonical text gives the same text
    // back; should a future parser change it, the stored text wins (offsets
    // refer to it), with one block per line and no outline.
    static Report reportOf(const ReportVersion &version);

private:
    const Version *remember(const ReportVersion &version);

    Database &m_db;
    QHash<QString, std::shared_ptr<Version>> m_byHash; // null: known to be missing
    QHash<QString, QString> m_latestHash; // workKey → contentHash; empty: no such report
};

} // namespace pizhu
