// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace pizhu {

// Finishes a PDF that QPdfWriter wrote: its fonts' ToUnicode maps corrected
// (ToUnicodeFixer) and the author, which QPdfWriter has no setter for, put
// into the document information and the XMP metadata. Qt writes every object
// after the other, one cross-reference table, and these streams
// uncompressed; the objects that change are rewritten with their /Length,
// the others are copied byte for byte, and the cross-reference table is
// written anew with the objects' new offsets.
class PdfPostProcessor
{
    Q_DECLARE_TR_FUNCTIONS(PdfPostProcessor)

public:
    struct Outcome
    {
        QByteArray pdf;
        int mapsChanged = 0; // ToUnicode maps with a radical replaced
        int codesChanged = 0; // targets replaced in them
    };

    // author: empty leaves the author out. drawn: radical → the character
    // drawn with its glyph (SharedGlyphs), where known. A file not laid out
    // as Qt writes it (no cross-reference table, an object that is not where
    // the table says) is an Error.
    static Result<Outcome> process(
        const QByteArray &pdf, const QString &author, const QHash<char32_t, char32_t> &drawn = {});
};

} // namespace pizhu
