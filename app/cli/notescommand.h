// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pizhu::cli {

// `pizhu notes import FILE.json [--json] [--db PATH]`: merges notes JSON
// (docs/notes-json.md) into the annotation file and prints the counts.
// `pizhu notes export (--report ID | FILE) --format pdf|md|csv|json -o OUT
// [--tag T] [--status S] [--part ROLE] [--group part|tag|status]
// [--no-quotes] [--charts] [--author NAME] [--db PATH]`: writes a report's notes.
class NotesCommand
{
    Q_DECLARE_TR_FUNCTIONS(NotesCommand)

public:
    static constexpr int kShownReasons = 20; // skipped entries named on stderr; the rest are counted
    static constexpr qint64 kMaxFileSize = qint64(512) << 20;

    // arguments: the program name ("pizhu notes") first, then import|export and its arguments.
    static int run(const QStringList &arguments);
    // Whether these arguments (the verb first: "notes", "export", …) write a
    // PDF, which is laid out in fonts and so needs a QGuiApplication.
    static bool needsFonts(const QStringList &arguments);

private:
    static int importNotes(const QStringList &arguments);
    static int exportNotes(const QStringList &arguments);
    static QString usage();
};

} // namespace pizhu::cli
