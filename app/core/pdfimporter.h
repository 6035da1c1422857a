// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importedtext.h"
#include "importoptions.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace pizhu {

// Reads the text of a PDF report with Poppler and hands it over as
// paragraphs in reading order (PdfTextLayout rebuilds them from the words'
// positions). Refuses, with a message a user can act on, what it cannot read:
// not a PDF, damaged or cut short, no pages, no text (a scan); asks for the
// password of an encrypted document. Safe to run off the GUI thread.
class PdfImporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfImporter)

public:
    static Result<ImportedText> import(const QByteArray &bytes, const ImportOptions &options = {});
};

} // namespace pizhu
