// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importedtext.h"
#include "importoptions.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace pizhu {

// Reads a saved government web page: the charset from its meta tag (else
// detected), scripts, styles and navigation dropped, the article found as the
// element that holds most of the page's own (non-link) Chinese text, and its
// text handed on with the page's metadata table (索引号, 发布机构 …) and title
// as lines the report parser knows.
class HtmlImporter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlImporter)

public:
    static Result<ImportedText> import(const QByteArray &bytes, const ImportOptions &options = {});
    // Whether bytes look like HTML (a tag near the start).
    static bool looksLikeHtml(QByteArrayView head);
    // The charset a page declares in its first bytes, as QStringDecoder knows it; empty if none.
    static QString declaredCharset(QByteArrayView head);
};

} // namespace pizhu
