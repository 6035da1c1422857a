// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QIODevice;

namespace pizhu::cli {

// Where a verb writes a file (`-o OUT`): "-" is stdout; a regular file is
// written atomically (QSaveFile: the old file stays until the new one is
// complete, and a failed write leaves no partial file); a device or a pipe
// (/dev/stdout, a FIFO) is written directly.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    using Writer = std::function<Result<bool>(QIODevice &)>;

    static Result<bool> write(const QString &path, const Writer &writer);
};

} // namespace pizhu::cli
