// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "chinesetext.h"

#include <QCryptographicHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pizhu {

int Report::paragraphCount() const
{
    return int(std::count_if(blocks.cbegin(), blocks.cend(),
                             [](const Block &b) { return b.kind == Block::Kind::Paragraph || b.kind == Block::Kind::Item; }));
}

QString Report::contentHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalText.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString Report::workKey() const
{
    // Folded so that a re-typeset copy (full-width digits, spaces, Traditional
    // characters) of the same report lands on the same key.
    auto norm = [](const QString &s) { return ChineseText::matchKey(s); };
    const QString key = norm(metadata.issuer) + u'|' + QString::number(metadata.year) + u'|'
        + norm(metadata.title);
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

int Report::blockAt(qsizetype offset) const
{
    auto it = std::upper_bound(blocks.cbegin(), blocks.cend(), offset,
                               [](qsizetype off, const Block &b) { return off < b.start; });
    if (it == blocks.cbegin())
        return blocks.isEmpty() ? -1 : 0;
    return int(std::distance(blocks.cbegin(), it)) - 1;
}

} // namespace pizhu
