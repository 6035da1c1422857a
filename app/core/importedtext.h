// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pizhu {

// What an importer hands to the parser: the document as plain text, one
// paragraph per line ('\n'), in reading order, with the page's metadata (if
// any) as "key value" lines before the body. Format and encoding describe the
// source for the user.
struct ImportedText
{
    QString text;
    QString format; // "text", "html", "docx", "pdf", "doc"
    QString encoding; // for text and HTML: the encoding the bytes were in
};

} // namespace pizhu
