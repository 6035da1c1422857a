// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notesdocument.h"
#include "noteswriter.h"

namespace pizhu {

// Notes as a PDF to hand to a superior: NotesDocument's A4 pages drawn by
// QPdfWriter into memory, then PdfPostProcessor puts the exact characters
// into the fonts' ToUnicode maps and the author into the metadata. Text is
// set in a Simplified Chinese face (ChineseFonts), embedded. The title is
// the report's, the creator "Pizhu <version>", the author the options'
// (else the user's login name).
class PdfWriter final : public NotesWriter
{
public:
    PdfWriter() = default;

    QString formatId() const override;
    QString fileSuffix() const override;
    Result<bool> write(const ExportedNotes &notes, QIODevice &device) const override;

    // The whole file. progress: after each page; returning false cancels.
    Result<QByteArray> pdf(const ExportedNotes &notes, const NotesDocument::Progress &progress = {}) const;
    void setProgress(const NotesDocument::Progress &progress) { m_progress = progress; }

    static QString creator(); // "Pizhu 0.1.0"

private:
    NotesDocument::Progress m_progress;
};

} // namespace pizhu
