// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <array>
#include <optional>

class QXmlStreamReader;

namespace pizhu {

class DocxStyles;

// Word's automatic numbering (word/numbering.xml) played forward: the labels
// Word would show before numbered paragraphs ("一、", "（二）", "3."), so that
// text imported from a .docx carries the numbering the parser builds the
// outline from. Word never stores these labels in the document text.
class DocxNumbering
{
public:
    static constexpr int kLevels = 9;

    // Reads numbering.xml; styles resolve definitions that a numbering style
    // links to. On malformed XML the reader has the error.
    static DocxNumbering read(QXmlStreamReader &xml, const DocxStyles &styles);

    // The label of the next paragraph numbered (numId, level), advancing the
    // counters as Word does. Empty for no numbering: numId 0 or unknown, an
    // undefined level, bullets.
    QString next(int numId, int level);
    // The level of numId's definition that is linked to a paragraph style
    // (w:lvl/w:pStyle), -1 if none: headings get their level this way.
    int levelForStyle(int numId, const QString &styleId) const;

    // A number in one of Word's formats (w:numFmt): 3 → "三" (chineseCounting),
    // "③" (decimalEnclosedCircle), "３" (decimalFullWidth), "iii" (lowerRoman) …
    static QString format(qint64 value, QStringView numFmt);

private:
    struct Level
    {
        qint64 start = 0;
        QString format = QStringLiteral("decimal");
        QString text;
        std::optional<int> restart; // w:lvlRestart: restart after this (1-based) level; 0 never
        bool legal = false; // w:isLgl: every number in the label in decimal
        QString style;
    };
    struct Definition
    {
        std::array<std::optional<Level>, kLevels> levels;
        QString numStyleLink; // the definition lives with the numbering style of this name
    };
    struct Instance
    {
        int definition = -1;
        std::array<std::optional<qint64>, kLevels> startOverride;
        std::array<std::optional<Level>, kLevels> levelOverride;
        std::array<bool, kLevels> used{};
    };

    static void readLevel(QXmlStreamReader &xml, std::array<std::optional<Level>, kLevels> &levels);
    const Level *levelAt(const Instance &instance, int index) const;

    QHash<int, Definition> m_definitions; // by w:abstractNumId
    QHash<int, Instance> m_instances; // by w:numId
    // Counters belong to the definition, not the instance: two w:num of one
    // w:abstractNum continue each other's numbering in Word unless one
    // overrides the start.
    QHash<int, std::array<std::optional<qint64>, kLevels>> m_counters;
};

} // namespace pizhu
