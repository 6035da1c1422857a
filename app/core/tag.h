// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pizhu {

// A label staff put on annotations: 承诺, 指标, 问题 … or their own.
struct Tag
{
    qint64 id = -1; // the storage's id; -1 until stored
    QString name;
    QString color; // "#RRGGBB"
    QString description;

    friend bool operator==(const Tag &, const Tag &) = default;
};

} // namespace pizhu
