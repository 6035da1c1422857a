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
    if (!m_contentHash.isEmpty() && m_hashedText.constData() == canonicalText.constData()
        && m_hashedText.size() == canonicalText.size())
        return m_contentHash;
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalText.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void Report::rememberContentHash()
{
    m_contentHash = contentHash(); // the one remembered already while the text is the same
    m_hashedText = canonicalText;
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

namespace {

// The last of the nodes whose heading starts at or before offset.
const OutlineNode *nodeAt(const Report &report, const std::vector<OutlineNode> &nodes, qsizetype offset)
{
    const OutlineNode *found = nullptr;
    for (const OutlineNode &node : nodes) {
        if (node.blockOrdinal < 0 || node.blockOrdinal >= report.blocks.size())
            continue;
        if (report.blocks.at(node.blockOrdinal).start > offset)
            break;
        found = &node;
    }
    return found;
}

void addRoles(QList<PartRole> &roles, const OutlineNode &node)
{
    for (PartRole role : node.roles.isEmpty() ? QList<PartRole>{node.role} : node.roles) {
        if (role != PartRole::None && !roles.contains(role))
            roles.append(role);
    }
}

} // namespace

QList<PartRole> Report::rolesAt(qsizetype offset) const
{
    QList<PartRole> roles;
    const OutlineNode *part = nodeAt(*this, parts(), offset);
    if (!part)
        return roles;
    addRoles(roles, *part);
    if (const OutlineNode *section = nodeAt(*this, part->children, offset))
        addRoles(roles, *section);
    return roles;
}

} // namespace pizhu
