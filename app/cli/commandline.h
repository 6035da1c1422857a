// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace pizhu {
class Database;
}

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

    // For the verbs that take one FILE: adds --help, parses, prints errors or
    // help. Returns the exit code when the verb should stop here.
    static std::optional<int> parseWithOneFile(QCommandLineParser &parser, const QStringList &arguments,
                                               const QString &usage);
    // The same for verbs that take a number of files.
    static std::optional<int> parseWithFiles(QCommandLineParser &parser, const QStringList &arguments,
                                             const QString &usage, int files);
    // Reads the report FILE names, printing its warnings; on failure prints
    // the error, sets exitCode and returns nothing.
    static std::optional<Report> readReport(const QString &path, int &exitCode);
    // Opens the annotation file `--db PATH` names (else the usual one) for a
    // verb that writes to it; one that cannot be written is an error. On
    // failure prints why, sets exitCode and returns null.
    static std::unique_ptr<Database> openForWriting(const QString &cliPath, int &exitCode);
};

} // namespace pizhu::cli
