// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <functional>
#include <vector>

class QXmlStreamReader;

namespace pizhu {

class DocxNumbering;
class DocxStyles;
struct ImportOptions;

// Walks the body of word/document.xml and writes it as lines: a paragraph's
// runs joined, with its numbering label in front; a table row's cells joined
// by "｜"; tracked deletions, hidden text, fields' codes, drawings and the
// table of contents left out. Content controls, tracked insertions, smart
// tags and the like are looked through.
class DocxDocumentReader
{
public:
    enum class Status {
        Ok,
        NotWordprocessing, // the root is not w:document: another kind of Office file
        XmlError, // the reader has the error
        Cancelled,
    };

    DocxDocumentReader(QXmlStreamReader &xml, const DocxStyles &styles, DocxNumbering &numbering);
    Q_DISABLE_COPY_MOVE(DocxDocumentReader)

    // options: the cancel request and progress hook; percent: how far the
    // reader is, for the progress hook.
    Status read(const ImportOptions &options, const std::function<int()> &percent);
    const QStringList &lines() const { return m_lines; }

    // Between cells of a table row: the parser takes it for no heading or
    // punctuation of its own, and a reader sees the columns.
    static constexpr char16_t kCellSeparator = u'｜';

private:
    class ParagraphText;
    using Row = std::vector<QStringList>;

    template<typename Handle>
    void children(int depth, const Handle &handle);
    template<typename Handle>
    void contentControl(int depth, const Handle &handle);
    template<typename Handle>
    void alternateContent(int depth, const Handle &handle);

    void blocks(QStringList &out, int depth);
    void paragraph(QStringList &out, int depth);
    void run(ParagraphText &text);
    void table(QStringList &out, int depth);
    Row row(int depth);
    bool readFlag(QStringView name); // a properties element: does it hold w:<name> switched on?
    bool isTableOfContentsControl();
    void paragraphDone();

    QXmlStreamReader &m_xml;
    const DocxStyles &m_styles;
    DocxNumbering &m_numbering;
    const ImportOptions *m_options = nullptr;
    const std::function<int()> *m_percent = nullptr;
    int m_lastPercent = -1;
    bool m_cancelled = false;
    QStringList m_lines;
};

} // namespace pizhu
