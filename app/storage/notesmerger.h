// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchangedannotation.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace pizhu {

class Database;

// Merges annotations from another annotation file (notes JSON) into this
// one: each finds its report by target.source ("urn:sha256:<contentHash>",
// else the latest version of the work it names), its anchor is placed on
// that version's text with the Reanchorer, its tags are found or created by
// name, and it is added or updated by UUID — never duplicated. All of it in
// one transaction: a failure leaves the file as it was.
class NotesMerger
{
    Q_DECLARE_TR_FUNCTIONS(NotesMerger)

public:
    static constexpr int kMaxReasons = 1000; // skipped entries beyond this are only counted

    struct Counts
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0; // identical to the stored one, or older than it (the stored one is kept)
        int orphaned = 0; // of the added and updated: their quote was not found
        int skipped = 0; // unusable entries and entries of reports this file does not have
        QStringList reasons; // one per skipped entry: "entry 3: …"

        friend bool operator==(const Counts &, const Counts &) = default;
    };

    explicit NotesMerger(Database &db)
        : m_db(db)
    {
    }

    // entries in file order (the reasons count them from 1).
    Result<Counts> merge(const QList<ExchangedAnnotation> &entries);

private:
    Database &m_db;
};

} // namespace pizhu
