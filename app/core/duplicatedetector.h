// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace pizhu {

// Government pages often carry the report twice (a print view and the article,
// or the same text in two tabs). Finds each later copy and marks it, together
// with whatever page chrome sits between the copies, for removal.
class DuplicateDetector
{
public:
    // A copy must repeat at least this many substantial lines in order.
    static constexpr int kMinRepeatedLines = 3;
    static constexpr int kSubstantialLength = 16;

    // lines: trimmed, non-empty; lines already marked in drop are ignored.
    // Returns how many copies were removed.
    static int removeCopies(const QStringList &lines, QList<bool> &drop);
};

} // namespace pizhu
