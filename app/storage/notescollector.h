// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "exchangedannotation.h"
#include "partrole.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace pizhu {

class Database;
class Report;

// Gathers a report's annotations for an export: in document order, with
// their tags by name and their source ("urn:sha256:<contentHash>"), chosen
// by tag, commitment status and the part of the report they are in.
class NotesCollector
{
    Q_DECLARE_TR_FUNCTIONS(NotesCollector)

public:
    struct Filter
    {
        QString tag; // a tag name (ignoring case); empty: any
        std::optional<CommitmentStatus> status; // None: annotations that are no commitment
        PartRole part = PartRole::None; // None: any part
    };

    explicit NotesCollector(Database &db)
        : m_db(db)
    {
    }

    Result<QList<ExchangedAnnotation>> collect(const QString &workKey, const Filter &filter) const;

private:
    Database &m_db;
};

} // namespace pizhu
