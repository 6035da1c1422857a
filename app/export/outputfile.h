// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QIODevice;

namespace pizhu {

// How every export reaches its file — the command line's `-o OUT` and the
// window's Export, Save CSV… and the tracker's Export: a regular file is
// written atomically (QSaveFile: the old file stays until the new one is
// complete, and a failed or cancelled write leaves no partial file); "-" is
// stdout; a device or a pipe (/dev/stdout, a FIFO) is written directly.
// Errors name the file in the platform's separators; an error the writer
// returns (e.g. Cancelled) is passed on as it is.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    using Writer = std::function<Result<bool>(QIODevice &)>;

    static Result<bool> write(const QString &path, const Writer &writer);
    // The same for bytes already made.
    static Result<bool> write(const QString &path, const QByteArray &bytes);
};

} // namespace pizhu
