// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pizhu::cli {

// `pizhu figures FILE [--json|--csv]`: the report's quantitative indicators.
class FiguresCommand
{
    Q_DECLARE_TR_FUNCTIONS(FiguresCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace pizhu::cli
