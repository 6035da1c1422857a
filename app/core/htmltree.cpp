// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltree.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

const QSet<QString> &voidTags()
{
    static const QSet<QString> tags = {u"br"_s,   u"img"_s,  u"meta"_s, u"link"_s,  u"input"_s, u"hr"_s,
                                       u"wbr"_s,  u"source"_s, u"area"_s, u"base"_s, u"col"_s,  u"embed"_s,
                                       u"param"_s, u"track"_s};
    return tags;
}

// Elements whose content is never text to read.
const QSet<QString> &skippedTags()
{
    static const QSet<QString> tags = {u"script"_s, u"style"_s, u"noscript"_s, u"template"_s,
                                       u"svg"_s,    u"object"_s, u"iframe"_s, u"select"_s};
    return tags;
}

// Opening one of these closes an open element of the same kind: <p>a<p>b, <li>, <tr>, <td>.
bool closesSame(const QString &tag)
{
    return tag == u"p"_s || tag == u"li"_s || tag == u"tr"_s || tag == u"td"_s || tag == u"th"_s
        || tag == u"option"_s || tag == u"dt"_s || tag == u"dd"_s;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':';
}

} // namespace

QString HtmlTree::Node::attribute(const QString &name) const
{
    for (const auto &a : attributes) {
        if (a.first == name)
            return a.second;
    }
    return {};
}

bool HtmlTree::isBlock(const QString &tag)
{
    static const QSet<QString> blocks = {
        u"p"_s,  u"div"_s,   u"br"_s,    u"li"_s,      u"tr"_s,      u"table"_s,   u"h1"_s,      u"h2"_s,
        u"h3"_s, u"h4"_s,    u"h5"_s,    u"h6"_s,      u"ul"_s,      u"ol"_s,      u"dl"_s,      u"dt"_s,
        u"dd"_s, u"section"_s, u"article"_s, u"header"_s, u"footer"_s, u"nav"_s, u"blockquote"_s, u"pre"_s,
        u"hr"_s, u"body"_s,  u"center"_s, u"form"_s,   u"main"_s,    u"aside"_s,   u"title"_s,   u"tbody"_s,
        u"thead"_s};
    return blocks.contains(tag);
}

QString HtmlTree::decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    static const QHash<QString, QChar> named = {
        {u"nbsp"_s, QChar(0x00A0)}, {u"lt"_s, u'<'},  {u"gt"_s, u'>'},  {u"amp"_s, u'&'},
        {u"quot"_s, u'"'},          {u"apos"_s, u'\''}, {u"ldquo"_s, QChar(0x201C)}, {u"rdquo"_s, QChar(0x201D)},
        {u"lsquo"_s, QChar(0x2018)}, {u"rsquo"_s, QChar(0x2019)}, {u"mdash"_s, QChar(0x2014)},
        {u"ndash"_s, QChar(0x2013)}, {u"hellip"_s, QChar(0x2026)}, {u"middot"_s, QChar(0x00B7)},
        {u"ensp"_s, QChar(0x2002)}, {u"emsp"_s, QChar(0x2003)}, {u"times"_s, QChar(0x00D7)},
        {u"copy"_s, QChar(0x00A9)}, {u"reg"_s, QChar(0x00AE)}, {u"bull"_s, QChar(0x2022)},
        {u"laquo"_s, QChar(0x00AB)}, {u"raquo"_s, QChar(0x00BB)}, {u"deg"_s, QChar(0x00B0)},
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'&') {
            out.append(text[i]);
            continue;
        }
        const qsizetype semi = text.indexOf(u';', i + 1);
        if (semi < 0 || semi - i > 10) {
            out.append(text[i]);
            continue;
        }
        const QStringView name = text.sliced(i + 1, semi - i - 1);
        char32_t code = 0;
        bool ok = false;
        if (name.startsWith(u"#x"_s, Qt::CaseInsensitive))
            code = name.sliced(2).toUInt(&ok, 16);
        else if (name.startsWith(u'#'))
            code = name.sliced(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            out.append(QString::fromUcs4(&code, 1));
            i = semi;
        } else if (auto it = named.constFind(name.toString()); it != named.constEnd()) {
            out.append(*it);
            i = semi;
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

int HtmlTree::add(Node node, int parent)
{
    const int index = int(m_nodes.size());
    node.parent = parent;
    m_nodes.push_back(std::move(node));
    if (parent >= 0)
        m_nodes[size_t(parent)].children.push_back(index);
    return index;
}

HtmlTree::HtmlTree(QStringView html)
{
    Node root;
    root.tag = u"#root"_s;
    add(std::move(root), -1);
    std::vector<int> open{0};
    const qsizetype n = html.size();
    qsizetype i = 0;
    auto addText = [&](qsizetype from, qsizetype to) {
        if (to > from) {
            Node t;
            t.text = decodeEntities(html.sliced(from, to - from));
            add(std::move(t), open.back());
        }
    };
    while (i < n) {
        const qsizetype lt = html.indexOf(u'<', i);
        if (lt < 0) {
            addText(i, n);
            break;
        }
        addText(i, lt);
        i = lt;
        if (html.sliced(i).startsWith(u"<!--"_s)) {
            const qsizetype end = html.indexOf(u"-->"_s, i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (i + 1 < n && (html[i + 1] == u'!' || html[i + 1] == u'?')) { // doctype, processing instruction
            const qsizetype end = html.indexOf(u'>', i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        const bool closing = i + 1 < n && html[i + 1] == u'/';
        qsizetype p = i + (closing ? 2 : 1);
        const qsizetype nameStart = p;
        while (p < n && isNameChar(html[p]))
            ++p;
        if (p == nameStart) { // a lone "<" in text
            addText(i, i + 1);
            i += 1;
            continue;
        }
        const QString tag = html.sliced(nameStart, p - nameStart).toString().toLower();
        // Attributes up to the closing '>', quotes respected.
        QList<QPair<QString, QString>> attributes;
        while (p < n && html[p] != u'>') {
            if (html[p].isSpace() || html[p] == u'/') {
                ++p;
                continue;
            }
            const qsizetype a = p;
            while (p < n && !html[p].isSpace() && html[p] != u'=' && html[p] != u'>')
                ++p;
            const QString name = html.sliced(a, p - a).toString().toLower();
            QString value;
            while (p < n && html[p].isSpace())
                ++p;
            if (p < n && html[p] == u'=') {
                ++p;
                while (p < n && html[p].isSpace())
                    ++p;
                if (p < n && (html[p] == u'"' || html[p] == u'\'')) {
                    const QChar quote = html[p];
                    const qsizetype end = html.indexOf(quote, p + 1);
                    const qsizetype stop = end < 0 ? n : end;
                    value = decodeEntities(html.sliced(p + 1, stop - p - 1));
                    p = end < 0 ? n : end + 1;
                } else {
                    const qsizetype v = p;
                    while (p < n && !html[p].isSpace() && html[p] != u'>')
                        ++p;
                    value = decodeEntities(html.sliced(v, p - v));
                }
            }
            if (!name.isEmpty())
                attributes.append({name, value});
        }
        i = p < n ? p + 1 : n;

        if (closing) {
            // Close up to the matching open element; a stray close tag is ignored.
            for (size_t k = open.size(); k-- > 1;) {
                if (m_nodes[size_t(open[k])].tag == tag) {
                    open.resize(k);
                    break;
                }
            }
            continue;
        }
        if (skippedTags().contains(tag)) {
            const QString close = u"</"_s + tag;
            const qsizetype end = html.indexOf(close, i, Qt::CaseInsensitive);
            const qsizetype gt = end < 0 ? -1 : html.indexOf(u'>', end);
            i = gt < 0 ? n : gt + 1;
            continue;
        }
        if (closesSame(tag) && m_nodes[size_t(open.back())].tag == tag)
            open.pop_back();
        Node element;
        element.tag = tag;
        element.attributes = attributes;
        element.id = element.attribute(u"id"_s);
        element.cls = element.attribute(u"class"_s);
        const int index = add(std::move(element), open.back());
        if (!voidTags().contains(tag))
            open.push_back(index);
    }
}

QList<int> HtmlTree::elements(const QString &tag) const
{
    QList<int> found;
    for (int i = 0; i < size(); ++i) {
        if (m_nodes[size_t(i)].tag == tag)
            found.append(i);
    }
    return found;
}

bool HtmlTree::isInside(int node, int ancestor) const
{
    for (int p = node; p >= 0; p = m_nodes[size_t(p)].parent) {
        if (p == ancestor)
            return true;
    }
    return false;
}

} // namespace pizhu
