// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace pizhu {

// One place a search found: a passage of a report's text, or an annotation
// whose note or quote holds the words.
struct SearchHit
{
    enum class Kind { Text, Note };

    Kind kind = Kind::Text;
    // The version the offsets refer to (a text hit: the report's latest
    // version; a note: the version its anchor was placed on, or the latest
    // when that version is not stored).
    QString contentHash;
    // UTF-16 offsets into that version's canonical text, end exclusive: the
    // words found (text) or the annotation's passage (note).
    qsizetype start = 0;
    qsizetype end = 0;
    // A few dozen characters around the words, on one line ("…" where cut);
    // the words are context[markStart, markEnd). Plain text, never HTML.
    QString context;
    qsizetype markStart = 0;
    qsizetype markEnd = 0;
    QUuid annotation; // notes only
    bool inQuote = false; // notes: found in the quoted passage, not in the note

    friend bool operator==(const SearchHit &, const SearchHit &) = default;
};

} // namespace pizhu
