// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pizhu::cli {

// `pizhu outline FILE [--json]`
class OutlineCommand
{
    Q_DECLARE_TR_FUNCTIONS(OutlineCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace pizhu::cli
