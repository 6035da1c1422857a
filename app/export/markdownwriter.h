// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "noteswriter.h"

namespace pizhu {

// Notes as a Markdown document: the report's title and what the export is,
// then the groups (## part, tag or status) and their sections (###), each
// note as its quote in a block quote, a line with its tags, status,
// responsible unit and due date, and the note itself as written (notes are
// Markdown). Quotes, headings and tags are escaped so that they read back
// as the same text.
class MarkdownWriter final : public NotesWriter
{
public:
    MarkdownWriter() = default;

    QString formatId() const override;
    QString fileSuffix() const override;
    Result<bool> write(const ExportedNotes &notes, QIODevice &device) const override;

    QString markdown(const ExportedNotes &notes) const;
    // Text that Markdown must show as it is: ASCII punctuation that means
    // something there gets a backslash, and so do a list's or heading's
    // marks at the start of a line.
    static QString escaped(const QString &text);
};

} // namespace pizhu
