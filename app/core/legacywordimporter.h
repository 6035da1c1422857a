// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importedtext.h"
#include "importoptions.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace pizhu {

// Word 97–2003 (.doc) and WPS (.wps) files: converted to .docx by LibreOffice
// (soffice --headless --convert-to docx) when it is installed, then read as
// .docx. Without LibreOffice, a message says what to install.
class LegacyWordImporter
{
    Q_DECLARE_TR_FUNCTIONS(LegacyWordImporter)

public:
    static constexpr int kTimeoutSeconds = 120;

    static Result<ImportedText> import(const QString &path, const QByteArray &bytes, const ImportOptions &options = {});
    // The LibreOffice executable, or empty. PIZHU_SOFFICE overrides the search.
    static QString converter();
};

} // namespace pizhu
