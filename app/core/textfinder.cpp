// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfinder.h"

#include "chinesetext.h"

namespace pizhu {

void TextFinder::setText(const QString &text)
{
    m_folded = ChineseText::foldWidth(text);
}

QList<qsizetype> TextFinder::findAll(const QString &query) const
{
    QList<qsizetype> hits;
    const QString needle = ChineseText::foldWidth(query);
    if (needle.isEmpty())
        return hits;
    for (qsizetype at = m_folded.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = m_folded.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
        hits.append(at);
    return hits;
}

} // namespace pizhu
