// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pizhu::cli {

// `pizhu followup OLD NEW [--json] [--db PATH]`: which of this year's
// measures report on each of last year's plans, and which measures answer no
// plan; links the user confirmed or rejected in the window (kept in the
// annotation file) override the similarity.
class FollowUpCommand
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace pizhu::cli
