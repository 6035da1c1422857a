// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importedtext.h"
#include "importoptions.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace pizhu {

// Reads a Word document (.docx, Office Open XML) into text the report parser
// can take: one line per paragraph in reading order, Word's automatic
// numbering written out as the labels Word shows ("一、", "（一）", "1."), each
// table row on one line, deleted tracked changes left out; headers, footers,
// footnotes, comments and text boxes are not part of the report's text.
// Anything else — not a zip, not Word, damaged, encrypted, a zip bomb — is
// refused with a message; nothing a file contains can crash it.
class DocxImporter
{
    Q_DECLARE_TR_FUNCTIONS(DocxImporter)

public:
    // Limits against zip bombs: a report's document.xml is a few MB; real
    // .docx files with a lot of pictures stay well under the total.
    static constexpr qint64 kMaxEntrySize = 64LL * 1024 * 1024; // one part, unpacked
    static constexpr qint64 kMaxTotalSize = 256LL * 1024 * 1024; // all parts, unpacked

    static Result<ImportedText> import(const QByteArray &bytes, const ImportOptions &options = {});
};

} // namespace pizhu
