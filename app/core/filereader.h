// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pizhu {

// Reads a report file's bytes and refuses, with a message a user can act on,
// what cannot be one whatever its format: a missing or unreadable path, a
// folder or device, an empty or oversized file.
class FileReader
{
    Q_DECLARE_TR_FUNCTIONS(FileReader)

public:
    static constexpr qint64 kMaxFileSize = 100LL * 1024 * 1024;

    static Result<QByteArray> read(const QString &path);
};

} // namespace pizhu
