// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxdocumentreader.h"

#include "docxnumbering.h"
#include "docxstyles.h"
#include "docxxml.h"
#include "headingclassifier.h"
#include "importoptions.h"

#include <QXmlStreamReader>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

// Deeper nesting (tables in tables in content controls …) is no report's;
// it is skipped rather than followed, so that the recursion stays bounded.
constexpr int kMaxDepth = 48;

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
        || (u >= 0xFF00 && u <= 0xFFEF) || c.isSurrogate();
}

bool isWidePunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303F) || (u >= 0xFE30 && u <= 0xFE4F)
        || (u >= 0xFF00 && u <= 0xFFEF && !c.isLetterOrNumber());
}

} // namespace

// The text of one paragraph as its runs come. Tabs and line breaks inside a
// paragraph are not line ends: the report's paragraph is one line. Between
// Chinese characters they become nothing (a title broken over two lines
// joins up), elsewhere a space; a page break does end the line.
class DocxDocumentReader::ParagraphText
{
public:
    void append(QStringView text)
    {
        if (text.isEmpty())
            return;
        const QChar next = text.front();
        if (m_pending != Pending::None && !m_current.isEmpty()) {
            const QChar prev = m_current.back();
            bool space = false;
            if (!prev.isSpace() && !next.isSpace()) {
                space = m_pending == Pending::Tab ? !isWidePunctuation(prev) : !(isCjk(prev) || isCjk(next));
            }
            if (space)
                m_current += u' ';
        }
        m_pending = Pending::None;
        for (QChar c : text) {
            // Control characters and line separators would split the line.
            const char16_t u = c.unicode();
            m_current += (u < 0x20 || u == 0x7F || u == 0x2028 || u == 0x2029) ? QChar(u' ') : c;
        }
    }
    void tab() { m_pending = Pending::Tab; }
    void lineBreak()
    {
        if (m_pending == Pending::None)
            m_pending = Pending::Break;
    }
    void pageBreak() { flush(); }
    QStringList finish()
    {
        flush();
        return std::move(m_lines);
    }

private:
    enum class Pending { None, Tab, Break };

    void flush()
    {
        const QString line = m_current.trimmed();
        if (!line.isEmpty())
            m_lines.append(line);
        m_current.clear();
        m_pending = Pending::None;
    }

    QString m_current;
    QStringList m_lines;
    Pending m_pending = Pending::None;
};

DocxDocumentReader::DocxDocumentReader(QXmlStreamReader &xml, const DocxStyles &styles, DocxNumbering &numbering)
    : m_xml(xml)
    , m_styles(styles)
    , m_numbering(numbering)
{
}

DocxDocumentReader::Status DocxDocumentReader::read(const ImportOptions &options, const std::function<int()> &percent)
{
    m_options = &options;
    m_percent = &percent;
    m_lines.clear();
    if (!m_xml.readNextStartElement())
        return m_xml.hasError() ? Status::XmlError : Status::NotWordprocessing;
    if (!DocxXml::is(m_xml, u"document"))
        return Status::NotWordprocessing;
    while (m_xml.readNextStartElement()) {
        if (DocxXml::is(m_xml, u"body"))
            blocks(m_lines, 0);
        else
            m_xml.skipCurrentElement();
    }
    // Run to the end: what follows the body must be well-formed too.
    while (!m_xml.atEnd())
        m_xml.readNext();
    if (m_cancelled)
        return Status::Cancelled;
    return m_xml.hasError() ? Status::XmlError : Status::Ok;
}

// Calls handle() on each child of the current element, the reader on the
// child's start; handle() must consume the child. Wrappers Word puts around
// content at any level are looked through, deleted content is skipped.
template<typename Handle>
void DocxDocumentReader::children(int depth, const Handle &handle)
{
    while (m_xml.readNextStartElement()) {
        if (depth >= kMaxDepth) {
            m_xml.skipCurrentElement();
        } else if (DocxXml::is(m_xml, u"del") || DocxXml::is(m_xml, u"moveFrom")) {
            m_xml.skipCurrentElement(); // tracked deletions: no longer in the text
        } else if (DocxXml::is(m_xml, u"ins") || DocxXml::is(m_xml, u"moveTo") || DocxXml::is(m_xml, u"customXml")
                   || DocxXml::is(m_xml, u"smartTag") || DocxXml::is(m_xml, u"hyperlink")
                   || DocxXml::is(m_xml, u"fldSimple") || DocxXml::is(m_xml, u"dir")
                   || DocxXml::is(m_xml, u"bdo")) {
            children(depth + 1, handle);
        } else if (DocxXml::is(m_xml, u"sdt")) {
            contentControl(depth + 1, handle);
        } else if (m_xml.name() == u"AlternateContent" && DocxXml::isMarkupCompatibility(m_xml.namespaceUri())) {
            alternateContent(depth + 1, handle);
        } else {
            handle();
        }
    }
}

// w:sdt: its content, unless it is the table of contents, which only repeats
// the headings (and would give the parser every part twice).
template<typename Handle>
void DocxDocumentReader::contentControl(int depth, const Handle &handle)
{
    bool tableOfContents = false;
    while (m_xml.readNextStartElement()) {
        if (DocxXml::is(m_xml, u"sdtPr"))
            tableOfContents = isTableOfContentsControl();
        else if (DocxXml::is(m_xml, u"sdtContent") && !tableOfContents)
            children(depth, handle);
        else
            m_xml.skipCurrentElement();
    }
}

// mc:AlternateContent holds the same content more than once; the first
// choice is what Word shows.
template<typename Handle>
void DocxDocumentReader::alternateContent(int depth, const Handle &handle)
{
    bool chosen = false;
    while (m_xml.readNextStartElement()) {
        if (!chosen && m_xml.name() == u"Choice" && DocxXml::isMarkupCompatibility(m_xml.namespaceUri())) {
            chosen = true;
            children(depth, handle);
        } else {
            m_xml.skipCurrentElement();
        }
    }
}

bool DocxDocumentReader::isTableOfContentsControl()
{
    // Scans the properties without recursion: docPartGallery sits a few levels down.
    bool toc = false;
    int open = 1;
    while (open > 0 && !m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++open;
            if (DocxXml::is(m_xml, u"docPartGallery") && DocxXml::value(m_xml) == u"Table of Contents")
                toc = true;
            break;
        case QXmlStreamReader::EndElement:
            --open;
            break;
        default:
            break;
        }
    }
    return toc;
}

void DocxDocumentReader::blocks(QStringList &out, int depth)
{
    children(depth, [&] {
        if (DocxXml::is(m_xml, u"p"))
            paragraph(out, depth + 1);
        else if (DocxXml::is(m_xml, u"tbl"))
            table(out, depth + 1);
        else
            m_xml.skipCurrentElement(); // sectPr, bookmarks, cell properties …
    });
}

void DocxDocumentReader::paragraph(QStringList &out, int depth)
{
    ParagraphText text;
    QString styleId;
    DocxStyles::NumberingRef own;
    children(depth, [&] {
        if (DocxXml::is(m_xml, u"pPr")) {
            while (m_xml.readNextStartElement()) {
                if (DocxXml::is(m_xml, u"pStyle")) {
                    styleId = DocxXml::value(m_xml);
                    m_xml.skipCurrentElement();
                } else if (DocxXml::is(m_xml, u"numPr")) {
                    while (m_xml.readNextStartElement()) {
                        if (DocxXml::is(m_xml, u"numId"))
                            own.numId = DocxXml::intValue(m_xml);
                        else if (DocxXml::is(m_xml, u"ilvl"))
                            own.level = DocxXml::intValue(m_xml);
                        m_xml.skipCurrentElement();
                    }
                } else {
                    m_xml.skipCurrentElement();
                }
            }
        } else if (DocxXml::is(m_xml, u"r")) {
            run(text);
        } else {
            m_xml.skipCurrentElement();
        }
    });
    if (m_xml.hasError() || m_styles.isTableOfContents(styleId))
        return;

    // The paragraph's own numbering overrides its style's, field by field, as in Word.
    DocxStyles::NumberingRef ref = m_styles.numbering(styleId);
    if (own.numId)
        ref.numId = own.numId;
    if (own.level)
        ref.level = own.level;
    QString label;
    if (ref.numId && *ref.numId > 0) {
        const int level = ref.level ? *ref.level : std::max(0, m_numbering.levelForStyle(*ref.numId, styleId));
        label = m_numbering.next(*ref.numId, level);
    }
    QStringList lines = text.finish();
    if (!lines.isEmpty()) {
        lines.first().prepend(label.trimmed());
        out += lines;
    }
    paragraphDone();
}

void DocxDocumentReader::run(ParagraphText &text)
{
    bool hidden = false;
    while (m_xml.readNextStartElement()) {
        if (DocxXml::is(m_xml, u"rPr")) {
            hidden = readFlag(u"vanish");
        } else if (hidden) {
            m_xml.skipCurrentElement();
        } else if (DocxXml::is(m_xml, u"t")) {
            text.append(m_xml.readElementText(QXmlStreamReader::SkipChildElements));
        } else {
            if (DocxXml::is(m_xml, u"tab") || DocxXml::is(m_xml, u"ptab")) {
                text.tab();
            } else if (DocxXml::is(m_xml, u"br")) {
                if (DocxXml::attribute(m_xml, u"type").value_or(QString()) == u"page")
                    text.pageBreak();
                else
                    text.lineBreak();
            } else if (DocxXml::is(m_xml, u"cr")) {
                text.lineBreak();
            } else if (DocxXml::is(m_xml, u"noBreakHyphen")) {
                text.append(u"-");
            }
            // Field codes (instrText), deleted text, drawings, footnote marks: not text.
            m_xml.skipCurrentElement();
        }
    }
}

bool DocxDocumentReader::readFlag(QStringView name)
{
    bool on = false;
    while (m_xml.readNextStartElement()) {
        if (DocxXml::is(m_xml, name))
            on = DocxXml::onOff(m_xml);
        m_xml.skipCurrentElement();
    }
    return on;
}

void DocxDocumentReader::table(QStringList &out, int depth)
{
    std::vector<Row> rows;
    children(depth, [&] {
        if (DocxXml::is(m_xml, u"tr"))
            rows.push_back(row(depth + 1));
        else
            m_xml.skipCurrentElement();
    });
    // A table of one column is a frame around text, as some offices lay out
    // whole reports: its paragraphs stay paragraphs, headings included.
    const bool frame = std::all_of(rows.cbegin(), rows.cend(), [](const Row &r) { return r.size() <= 1; });
    for (const Row &r : rows) {
        if (frame) {
            for (const QStringList &cell : r)
                out += cell;
            continue;
        }
        QStringList cells;
        bool empty = true;
        for (const QStringList &cell : r) {
            cells.append(cell.join(u' '));
            empty = empty && cells.back().isEmpty();
        }
        if (empty)
            continue;
        QString line = cells.join(QChar(kCellSeparator));
        // A row whose first cell starts like "1." or "（一）" must not pass for
        // a heading; behind a separator it cannot.
        if (HeadingClassifier::classify(line).isHeading())
            line.prepend(QChar(kCellSeparator));
        out.append(line);
    }
}

DocxDocumentReader::Row DocxDocumentReader::row(int depth)
{
    Row cells;
    bool deleted = false;
    children(depth, [&] {
        if (DocxXml::is(m_xml, u"trPr")) {
            deleted = readFlag(u"del"); // a row deleted with changes tracked
        } else if (DocxXml::is(m_xml, u"tc")) {
            QStringList lines;
            blocks(lines, depth + 1);
            cells.push_back(lines);
        } else {
            m_xml.skipCurrentElement();
        }
    });
    return deleted ? Row() : cells;
}

void DocxDocumentReader::paragraphDone()
{
    if (m_options->isCancelled()) {
        m_cancelled = true;
        m_xml.raiseError(u"cancelled"_s); // unwinds every loop above
        return;
    }
    const int percent = (*m_percent)();
    if (percent != m_lastPercent) {
        m_lastPercent = percent;
        m_options->report(percent);
    }
}

} // namespace pizhu
