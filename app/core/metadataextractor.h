// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportmetadata.h"

#include <QList>
#include <QStringList>

namespace pizhu {

// Finds the government site's information block — 索引号, 发布机构, 文号,
// 发布日期 … — in both layouts seen on real pages: several "key value" pairs on
// one line, or each key and its value on lines of their own. Fills in the
// metadata and marks every line of the block for removal.
class MetadataExtractor
{
public:
    struct Found
    {
        QString indexNumber;
        QString documentNumber;
        QString publisher;
        QString title; // 名称 / 标题, when the block gives one
        QDate published;
        QDate written; // 成文日期 / 生成日期: when it was signed, not published
    };

    // lines: trimmed, non-empty. drop[i] is set for each metadata line.
    static Found extract(const QStringList &lines, QList<bool> &drop);
};

} // namespace pizhu
