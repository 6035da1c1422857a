// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsedversions.h"

#include "database.h"
#include "reportparser.h"
#include "reportstore.h"

using namespace Qt::StringLiterals;

namespace pizhu {

Report ParsedVersions::reportOf(const ReportVersion &version)
{
    Report report = ReportParser::parse(version.canonicalText, version.metadata);
    if (report.canonicalText == version.canonicalText)
        return report;
    Report plain;
    plain.metadata = version.metadata;
    plain.canonicalText = version.canonicalText;
    qsizetype start = 0;
    for (const QStringView line : QStringView(version.canonicalText).split(u'\n')) {
        Block block;
        block.ordinal = int(plain.blocks.size());
        block.start = start;
        block.end = start + line.size();
        block.titleStart = block.titleEnd = block.start;
        plain.blocks.append(block);
        start = block.end + 1;
    }
    plain.outline.title = version.metadata.title;
    return plain;
}

const ParsedVersions::Version *ParsedVersions::remember(const ReportVersion &version)
{
    auto parsed = std::make_shared<Version>(Version{version.workKey, version.contentHash, reportOf(version)});
    m_byHash.insert(version.contentHash, parsed);
    return parsed.get();
}

const ParsedVersions::Version *ParsedVersions::byHash(const QString &contentHash)
{
    if (contentHash.isEmpty())
        return nullptr;
    if (const auto known = m_byHash.constFind(contentHash); known != m_byHash.cend())
        return known->get();
    const auto stored = ReportStore(m_db).version(contentHash);
    if (!stored) {
        m_byHash.insert(contentHash, nullptr);
        return nullptr;
    }
    return remember(*stored);
}

const ParsedVersions::Version *ParsedVersions::latest(const QString &workKey)
{
    if (workKey.isEmpty())
        return nullptr;
    if (const auto known = m_latestHash.constFind(workKey); known != m_latestHash.cend())
        return known->isEmpty() ? nullptr : byHash(*known);
    const auto stored = ReportStore(m_db).latestVersion(workKey);
    m_latestHash.insert(workKey, stored ? stored->contentHash : QString());
    if (!stored)
        return nullptr;
    if (const auto known = m_byHash.constFind(stored->contentHash); known != m_byHash.cend() && *known)
        return known->get();
    return remember(*stored);
}

} // namespace pizhu
