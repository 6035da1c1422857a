// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace pizhu {

// Which importer a file needs, told from its first bytes (the extension only
// breaks ties: a report saved as .txt that is really a web page is a web page).
enum class DocumentFormat { Text, Html, Docx, Pdf, LegacyWord };

DocumentFormat detectFormat(QByteArrayView head, const QString &fileName);
QString formatId(DocumentFormat format); // "text", "html", "docx", "pdf", "doc"

} // namespace pizhu
