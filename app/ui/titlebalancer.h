// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QTextBlock;

namespace pizhu {

// Long titles on lines of even length, as official documents set them. Qt
// fills a line before it breaks, which leaves a title's last few characters
// alone on a line of their own ("…法治政\n府建设年度报告" or "…年度报\n告").
// Narrowing the centred block by equal margins to the length of n even lines
// makes the breaks fall there instead, without touching the text (the
// reader's offsets are the report's).
class TitleBalancer
{
public:
    // block: a centred title; lineWidth: the width its lines may take.
    static void balance(const QTextBlock &block, qreal lineWidth);

    // The margin on either side for text of textWidth on lines of lineWidth:
    // 0 when it fits on one line; slack: the widest character, so that the
    // even lines never need one line more.
    static qreal margin(qreal textWidth, qreal lineWidth, qreal slack);
};

} // namespace pizhu
