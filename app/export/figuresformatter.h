// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace pizhu {

// The three renderings of `pizhu figures`: a table for people, and JSON and
// CSV (UTF-8 with a byte-order mark, for spreadsheets) with the same fields:
// label, value, unit, kind, normalized, normalized_to, approximate, sentence,
// part, section, start, end.
class FiguresFormatter
{
    Q_DECLARE_TR_FUNCTIONS(FiguresFormatter)

public:
    static QString text(const QList<Figure> &figures);
    static QJsonArray json(const QList<Figure> &figures);
    static QString csv(const QList<Figure> &figures);

    // The columns of the JSON objects and the CSV, in order.
    static QStringList fields();
};

} // namespace pizhu
