// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentformat.h"

#include "htmlimporter.h"

using namespace Qt::StringLiterals;

namespace pizhu {

DocumentFormat detectFormat(QByteArrayView head, const QString &fileName)
{
    if (head.startsWith("%PDF-"))
        return DocumentFormat::Pdf;
    if (head.startsWith("PK\x03\x04"))
        return DocumentFormat::Docx;
    // OLE compound file: Word 97–2003 .doc, WPS .wps (and encrypted .docx).
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return DocumentFormat::LegacyWord;
    const QString lower = fileName.toLower();
    if (HtmlImporter::looksLikeHtml(head) || lower.endsWith(u".html"_s) || lower.endsWith(u".htm"_s)
        || lower.endsWith(u".shtml"_s))
        return DocumentFormat::Html;
    return DocumentFormat::Text;
}

QString formatId(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Text:
        return u"text"_s;
    case DocumentFormat::Html:
        return u"html"_s;
    case DocumentFormat::Docx:
        return u"docx"_s;
    case DocumentFormat::Pdf:
        return u"pdf"_s;
    case DocumentFormat::LegacyWord:
        return u"doc"_s;
    }
    return {};
}

} // namespace pizhu
