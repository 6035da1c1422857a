// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatedetector.h"

#include "chinesetext.h"

#include <QHash>

namespace pizhu {

int DuplicateDetector::removeCopies(const QStringList &lines, QList<bool> &drop)
{
    // Work on the lines still in play, compared by their folded words so that a
    // copy re-typeset with other spaces or full-width digits still matches.
    QList<int> live;
    QStringList keys;
    for (int i = 0; i < lines.size(); ++i) {
        if (!drop[i]) {
            live.append(i);
            keys.append(ChineseText::matchKey(lines[i]));
        }
    }

    int copies = 0;
    QHash<QString, int> firstSeen; // substantial line → its first position in live
    int i = 0;
    while (i < live.size()) {
        const QString &key = keys[i];
        if (key.size() < kSubstantialLength) {
            ++i;
            continue;
        }
        auto it = firstSeen.constFind(key);
        if (it == firstSeen.constEnd()) {
            firstSeen.insert(key, i);
            ++i;
            continue;
        }
        // Extend the match forward; the earlier run must end before this one starts.
        const int k = *it;
        int n = 0;
        int substantial = 0;
        while (i + n < live.size() && k + n < i && keys[k + n] == keys[i + n]) {
            if (keys[i + n].size() >= kSubstantialLength)
                ++substantial;
            ++n;
        }
        if (substantial < kMinRepeatedLines) {
            ++i;
            continue;
        }
        // Drop from the end of the first copy to the end of the second: what lies
        // between them is page chrome (navigation, a repeated metadata block).
        for (int j = k + n; j < i + n; ++j)
            drop[live[j]] = true;
        ++copies;
        i += n;
    }
    return copies;
}

} // namespace pizhu
