// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportednotes.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

class QIODevice;

namespace pizhu {

// Writes notes in one format. Each format is a subclass; create() picks one
// by its id, so the command line and the window offer the same formats.
// Writers never show anything: they return what went wrong.
class NotesWriter
{
    Q_DECLARE_TR_FUNCTIONS(NotesWriter)
    Q_DISABLE_COPY_MOVE(NotesWriter)

public:
    virtual ~NotesWriter() = default;

    // The format ids this version can write ("json"), for --format and menus.
    static QStringList formats();
    // The writer for a format id (case-insensitive); null for an unknown one.
    static std::unique_ptr<NotesWriter> create(const QString &format);

    virtual QString formatId() const = 0;
    virtual QString fileSuffix() const = 0; // without the dot
    // device is open for writing; a failed write is an Error (Failure).
    virtual Result<bool> write(const ExportedNotes &notes, QIODevice &device) const = 0;

protected:
    NotesWriter() = default;
    // Writes all of bytes or says why not.
    static Result<bool> writeAll(QIODevice &device, const QByteArray &bytes);
};

} // namespace pizhu
