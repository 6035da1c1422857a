// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace pizhu {

class Database;

// The schema's history, one numbered step per version (docs/schema.md).
// Each step runs in its own transaction together with the PRAGMA
// user_version that records it, so a file is always at some exact version.
// Steps are never edited once released; a change is a new step.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    // PRAGMA application_id of a Pizhu file: "PZHU".
    static constexpr qint32 kApplicationId = 0x505A4855;

    // Brings the file from version `from` to `to` (0 = an empty file).
    static Result<bool> run(Database &db, int from, int to);

private:
    static bool step(Database &db, int version);
    static QStringList statements(int version);
    static bool insertStarterTags(Database &db);
};

} // namespace pizhu
