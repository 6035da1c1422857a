// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"
#include "report.h"

#include <QList>
#include <QStringView>

namespace pizhu {

// Every quantitative indicator of a report, in document order: what it
// measures, its value and unit as written, the value normalised, the
// sentence, part and section it is given in. Rule-based and deterministic
// (QuantityScanner finds the quantities, FigureLabeler names them).
class FigureExtractor
{
public:
    static QList<Figure> extract(const Report &report);
    // The figures of one paragraph outside any report (a note, a test
    // sentence): offsets into text, no part or section.
    static QList<Figure> extractFromParagraph(QStringView text);
};

} // namespace pizhu
