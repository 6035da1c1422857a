// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureextractor.h"

#include "chinesetext.h"
#include "figurelabeler.h"
#include "quantityscanner.h"

#include <algorithm>

namespace pizhu {

QList<Figure> FigureExtractor::extractFromParagraph(QStringView text)
{
    const QString folded = ChineseText::fold(text);
    return FigureLabeler::label(text, folded, QuantityScanner::scan(text, folded));
}

QList<Figure> FigureExtractor::extract(const Report &report)
{
    QList<Figure> out;
    const Block *section = nullptr;
    for (const Block &block : report.blocks) {
        if (block.kind == Block::Kind::Part)
            section = nullptr;
        else if (block.kind == Block::Kind::Section)
            section = &block;
        // The title names the report; its year is no indicator.
        if (block.kind == Block::Kind::Title)
            continue;
        // A heading's own label (1. or （一）) is not part of its text.
        const qsizetype from = std::clamp(block.titleStart, block.start, block.end);
        const QStringView text = QStringView(report.canonicalText).sliced(from, block.end - from);
        for (Figure figure : extractFromParagraph(text)) {
            figure.start += from;
            figure.end += from;
            figure.part = report.rolesAt(figure.start).value(0, PartRole::None);
            if (section) {
                figure.sectionLabel = section->label;
                figure.sectionTitle = section->title;
            }
            figure.headingPath = block.headingPath; // a heading's path ends with itself
            out.append(std::move(figure));
        }
    }
    return out;
}

} // namespace pizhu
