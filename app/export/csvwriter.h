// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "noteswriter.h"

#include <QStringList>

namespace pizhu {

// Notes as a table for Excel and the like: UTF-8 with a byte order mark (so
// that Excel reads Chinese right), a header row, then one row per
// annotation with the columns part, section, quote, tags, colour, note,
// status, responsible unit, due date, created, modified. Fields are quoted
// as RFC 4180 says (CRLF between rows; a field with a comma, a quote or a
// line break in quotes, its quotes doubled). A field that a spreadsheet
// would take for a formula (=, +, -, @ first, and not a number) starts with
// an apostrophe. Rows follow the grouping: document order, or by tag (each
// note once, under its first tag's group) or by status.
class CsvWriter final : public NotesWriter
{
public:
    CsvWriter() = default;

    QString formatId() const override;
    QString fileSuffix() const override;
    Result<bool> write(const ExportedNotes &notes, QIODevice &device) const override;

    static QStringList header();
    QList<QStringList> rows(const ExportedNotes &notes) const;
    // One field as it goes into the file.
    static QString field(const QString &value);
};

} // namespace pizhu
