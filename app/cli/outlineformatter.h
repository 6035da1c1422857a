// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QJsonObject>
#include <QString>

namespace pizhu::cli {

// The two renderings of `pizhu outline`: an indented tree for people and the
// JSON of DESIGN.md §4 for scripts.
class OutlineFormatter
{
public:
    static QString text(const Report &report);
    static QJsonObject json(const Report &report);
};

} // namespace pizhu::cli
