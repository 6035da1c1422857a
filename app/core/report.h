// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "block.h"
#include "outlinenode.h"
#include "reportmetadata.h"

#include <QList>
#include <QString>

namespace pizhu {

// A parsed report: its canonical text, the blocks that text consists of, and
// the outline built over them. A value type; the parser fills it in.
class Report
{
public:
    ReportMetadata metadata;
    QString canonicalText;
    QList<Block> blocks;
    OutlineNode outline; // root = title; children = the top-level parts
    int duplicatesRemoved = 0;
    QStringList warnings;

    const std::vector<OutlineNode> &parts() const { return outline.children; }
    // Paragraphs of text as the report has them: body paragraphs and items
    // (an item is its lead sentence and its text), not titles or headings.
    int paragraphCount() const;

    // sha256 of the canonical text (UTF-8), hex: identifies this exact version.
    QString contentHash() const;
    // Hashes the text now (unless it is remembered already) and keeps the hash
    // for contentHash() while canonicalText stays the same: the background
    // opener does it, so that the window does not hash a 10 MB report on its
    // own thread, and copies of the report share it.
    void rememberContentHash();
    // Identifies the same report across versions and formats: issuer, year, title.
    QString workKey() const;

    // The index of the block that contains the offset (the last one starting
    // before it), -1 for an empty report.
    int blockAt(qsizetype offset) const;
    // The roles of the part the offset lies in: the part's own (every role a
    // merged part names) and its section's, for a part demoted to a section
    // (the leaders' duties inside the measures). Empty before the first part.
    QList<PartRole> rolesAt(qsizetype offset) const;

private:
    // The text m_contentHash is of, shared with canonicalText: while both hold
    // the same buffer it cannot have changed (a change would detach it).
    QString m_hashedText;
    QString m_contentHash;
};

} // namespace pizhu
