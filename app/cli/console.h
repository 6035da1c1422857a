// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pizhu::cli {

// UTF-8 output on stdout and stderr, whatever the locale's codec.
class Console
{
public:
    static void out(const QString &text);
    static void err(const QString &text);
};

} // namespace pizhu::cli
