// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partrole.h"

#include <QString>

namespace pizhu {

// A quantitative indicator a report gives: 97.1% (一网通办率), 10.33亿元
// (线上兑付资金), 1831张 (行政执法证). A value type; FigureExtractor finds them.
struct Figure
{
    enum class Kind {
        Percentage, // %, ‰, 个百分点, 百分之…
        Amount, // 元, 万元, 亿元, 美元
        Count, // a number with its measure word: 件, 项, 个, 家, 万人次 …
        Duration, // 天, 个月, 个工作日, 小时
        Measure, // other units: 分, 倍, 公里, 平方米, 吨 …
    };

    QString label; // the indicator's name: 一网通办率, 线上兑付资金, 行政执法证
    QString value; // the number as written: "97.1", "20余", "10.33", "3至5", "十余"
    QString unit; // as written, multiplier included: "%", "亿元", "件", "万人次"; "百分之" for 百分之九十
    Kind kind = Kind::Count;
    // The value in plain numbers: amounts in their currency's base unit (元),
    // percentages as the percentage (‰ divided by ten), counts as the count,
    // with 万/亿 applied. For a range (3至5个) the lower bound.
    double normalized = 0;
    double normalizedTo = 0; // a range's upper bound; equal to normalized otherwise
    // 余/多 (20余个), 约/近/超/逾 before the number, 左右/以上/以内/以下 after it.
    bool approximate = false;

    QString sentence; // the sentence of the canonical text that gives it
    // UTF-16 offsets into Report::canonicalText of value and unit; end exclusive.
    // Figures that share one value (A、B均100%) share the offsets.
    qsizetype start = -1;
    qsizetype end = -1;
    PartRole part = PartRole::None; // the first of Report::rolesAt(start)
    QString sectionLabel; // the enclosing section heading: （一）…
    QString sectionTitle;
    QString headingPath; // the block's heading path, e.g. "一、… › （二）… › 1.…"

    bool isRange() const { return normalizedTo != normalized; }
    QString section() const { return sectionLabel + sectionTitle; }
    friend bool operator==(const Figure &, const Figure &) = default;
};

// Stable identifiers of the kinds for JSON and CSV: percentage, amount, count, duration, measure.
QString figureKindId(Figure::Kind kind);

} // namespace pizhu
