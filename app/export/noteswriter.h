// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportednotes.h"
#include "notesexportoptions.h"
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

    // The format ids this version can write ("pdf", "md", "csv", "json"), for --format and menus.
    static QStringList formats();
    // The writer for a format id (case-insensitive; "markdown" is "md"); null for an unknown one.
    static std::unique_ptr<NotesWriter> create(const QString &format);

    virtual QString formatId() const = 0;
    virtual QString fileSuffix() const = 0; // without the dot
    // device is open for writing; a failed write is an Error (Failure).
    virtual Result<bool> write(const ExportedNotes &notes, QIODevice &device) const = 0;

    // Grouping, quotes, author …: each format uses what applies to it.
    const NotesExportOptions &options() const { return m_options; }
    void setOptions(const NotesExportOptions &options) { m_options = options; }

protected:
    NotesWriter() = default;
    // Writes all of bytes or says why not.
    static Result<bool> writeAll(QIODevice &device, const QByteArray &bytes);

private:
    NotesExportOptions m_options;
};

} // namespace pizhu
