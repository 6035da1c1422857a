// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pizhu::cli {

// `pizhu import FILE [--json] [--db PATH]`: stores the report in the
// annotation file and prints its id (JSON: id, contentHash, workKey, title).
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace pizhu::cli
