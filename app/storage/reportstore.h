// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"
#include "reportsummary.h"
#include "reportversion.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace pizhu {

class Database;

// The reports of an annotation file: one row per work (Report::workKey) and
// one per imported version of its text (Report::contentHash).
// Writes return the error; reads return plain values and leave a failure in
// Database::lastError().
class ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(ReportStore)

public:
    explicit ReportStore(Database &db)
        : m_db(db)
    {
    }

    // Finds the work by its key or adds it, and adds this version of the text
    // unless its content hash is stored already. Returns the report's id.
    Result<qint64> store(const Report &report);

    // By the id store() returned (and `pizhu import` prints).
    std::optional<ReportSummary> find(qint64 id) const;
    std::optional<ReportSummary> findByWorkKey(const QString &workKey) const;
    std::optional<ReportSummary> findByContentHash(const QString &contentHash) const;
    // The library: every report, newest year first, with its numbers of
    // annotations and commitments.
    QList<ReportSummary> reports() const;
    std::optional<ReportVersion> version(const QString &contentHash) const;
    // That version as a Report, parsed again from its stored text (offsets
    // and all): what the window opens from the library or a search hit.
    std::optional<Report> report(const QString &contentHash) const;
    // The version imported last.
    std::optional<ReportVersion> latestVersion(const QString &workKey) const;

private:
    QList<ReportSummary> summaries(const QString &where, const QString &placeholder,
                                   const QVariant &value) const;
    std::optional<ReportVersion> versionWhere(const QString &where, const QString &placeholder,
                                              const QVariant &value) const;

    Database &m_db;
};

} // namespace pizhu
