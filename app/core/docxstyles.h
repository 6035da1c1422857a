// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <optional>

class QXmlStreamReader;

namespace pizhu {

// The styles of a Word document (word/styles.xml), as far as importing needs
// them: the numbering a paragraph style carries, directly or through its
// basedOn chain (Word's headings are numbered this way), and which styles
// make the entries of a table of contents.
class DocxStyles
{
public:
    struct NumberingRef
    {
        std::optional<int> numId;
        std::optional<int> level;
    };

    // Reads styles.xml. On malformed XML the reader has the error; what was
    // read before it is kept.
    static DocxStyles read(QXmlStreamReader &xml);

    // The numbering of a paragraph in this style (numId and level inherited
    // separately, the nearest style in the chain first). An empty id means
    // the default paragraph style.
    NumberingRef numbering(const QString &styleId) const;
    // The numId a numbering style (w:type="numbering") stands for.
    std::optional<int> numberingStyleNumId(const QString &styleId) const;
    // "toc 1" … "toc 9": entries of a table of contents, which repeat the headings.
    bool isTableOfContents(const QString &styleId) const;

private:
    struct Style
    {
        QString basedOn;
        bool tableOfContents = false;
        NumberingRef numbering;
    };
    NumberingRef resolve(QString id) const;

    QHash<QString, Style> m_styles;
    QString m_defaultParagraph;
};

} // namespace pizhu
