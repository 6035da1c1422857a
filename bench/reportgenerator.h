// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pizhu::bench {

// Builds a large report from the sample's body: the body repeated with
// numbering that keeps counting (五、六、…, （七）（八）…, 6. 7. …) and every
// paragraph made unique, so that the duplicate detector keeps all of it and
// the outline grows with the text.
class ReportGenerator
{
public:
    static QString generate(const QString &sampleText, qsizetype targetChars);
};

} // namespace pizhu::bench
