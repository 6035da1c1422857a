// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "console.h"
#include "importcommand.h"
#include "outlinecommand.h"

using namespace Qt::StringLiterals;

namespace pizhu::cli {

bool CommandLine::isVerb(const QString &word)
{
    return word == u"outline"_s || word == u"import"_s;
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.isEmpty() || !isVerb(arguments.front())) {
        Console::err(tr("unknown command; the commands are: outline FILE [--json], import FILE [--json] [--db PATH]"));
        return BadInput;
    }
    const QString verb = arguments.front();
    // QCommandLineParser expects the program name first.
    const QStringList rest = QStringList{u"pizhu "_s + verb} + arguments.mid(1);
    if (verb == u"outline"_s)
        return OutlineCommand::run(rest);
    if (verb == u"import"_s)
        return ImportCommand::run(rest);
    return BadInput;
}

} // namespace pizhu::cli
