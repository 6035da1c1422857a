// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pizhu::cli {

// Exit codes of every verb (DESIGN.md §4).
enum ExitCode { Ok = 0, Failure = 1, BadInput = 2 };

// The command-line verbs: `pizhu outline FILE [--json]`, … They run without a
// display, print their result on stdout and messages on stderr.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static bool isVerb(const QString &word);
    // arguments: without the program name, verb first.
    static int run(const QStringList &arguments);
};

} // namespace pizhu::cli
