// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"
#include "quantityscanner.h"

#include <QList>
#include <QStringView>

namespace pizhu {

// Names the quantities of one paragraph after the way reports write them:
// - the name after a quantity used as an attribute: 1831张行政执法证, 为2000余家商户;
// - else the noun phrase before it, without the marker (达/为/共/累计/同比增长 …),
//   the verb (办理/受理/清理/审查 …) and the programme in quotes that opens the
//   clause (“亲清在线”线上兑付资金 → 线上兑付资金; “一网通办”率 keeps its name);
// - names listed with 、 share one value (A、B均100%) or pair with a list of
//   values in order (编制、人员下沉比例达74.42%、69.44%), the first names borrowing
//   the last one's measure (下沉比例);
// - a bare level (创建全国民主法治社区1个,省级5个) completes itself from the figure before.
class FigureLabeler
{
public:
    // text: the paragraph; folded: ChineseText::fold(text); matches: QuantityScanner::scan
    // over it. The figures in order, with label and sentence; offsets stay paragraph-relative.
    static QList<Figure> label(
        QStringView text, QStringView folded, const QList<QuantityScanner::Match> &matches);
};

} // namespace pizhu
