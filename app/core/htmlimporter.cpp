// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlimporter.h"

#include "htmltree.h"
#include "textloader.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
}

bool isCjkOrPunct(QChar c)
{
    const char16_t u = c.unicode();
    return isCjk(c) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) || u == 0x201C || u == 0x201D;
}

// Whitespace as a browser shows it, and none between Chinese characters
// (a line break in the page's source is not a space in Chinese text).
QString cleanLine(const QString &raw)
{
    QString collapsed;
    collapsed.reserve(raw.size());
    bool space = false;
    for (QChar c : raw) {
        if (c.isSpace() && c != QChar(0x3000)) {
            space = true;
            continue;
        }
        if (space && !collapsed.isEmpty()) {
            const QChar before = collapsed.back();
            if (!(isCjkOrPunct(before) && isCjkOrPunct(c)))
                collapsed.append(u' ');
        }
        space = false;
        collapsed.append(c);
    }
    return collapsed.trimmed();
}

const QStringList &metadataKeys()
{
    static const QStringList keys = {u"索引号"_s, u"发布机构"_s, u"发布单位"_s, u"文号"_s, u"发文字号"_s,
                                     u"发布日期"_s, u"公布日期"_s, u"成文日期"_s, u"生成日期"_s, u"发布时间"_s,
                                     u"公开方式"_s, u"主题分类"_s};
    return keys;
}

class Extractor
{
public:
    explicit Extractor(const HtmlTree &tree)
        : m_tree(tree)
    {
        const int n = tree.size();
        m_weight.assign(size_t(n), 0);
        m_nodes.assign(size_t(n), 1);
        m_inLink.assign(size_t(n), false);
        m_inRow.assign(size_t(n), false);
        m_inPre.assign(size_t(n), false);
        for (int i = 1; i < n; ++i) {
            const auto &node = tree.node(i);
            const auto &parent = tree.node(node.parent);
            m_inLink[size_t(i)] = m_inLink[size_t(node.parent)] || node.tag == u"a"_s;
            m_inRow[size_t(i)] = m_inRow[size_t(node.parent)] || parent.tag == u"tr"_s;
            m_inPre[size_t(i)] = m_inPre[size_t(node.parent)] || parent.tag == u"pre"_s
                || parent.tag == u"textarea"_s;
        }
        // Children come after their parents: summing backwards visits each once.
        for (int i = n - 1; i > 0; --i) {
            const auto &node = tree.node(i);
            if (node.isText() && !m_inLink[size_t(i)]) {
                for (QChar c : node.text)
                    m_weight[size_t(i)] += isCjk(c) ? 1 : 0;
            }
            m_nodes[size_t(node.parent)] += m_nodes[size_t(i)];
            if (!skipped(node))
                m_weight[size_t(node.parent)] += m_weight[size_t(i)];
        }
    }

    // The element holding the article: descend while one child holds most of the text.
    int container() const
    {
        int node = m_tree.root();
        for (;;) {
            int best = -1;
            for (int child : m_tree.node(node).children) {
                if (best < 0 || m_weight[size_t(child)] > m_weight[size_t(best)])
                    best = child;
            }
            if (best < 0 || m_tree.node(best).isText() || m_weight[size_t(best)] * 4 < m_weight[size_t(node)] * 3)
                return node;
            node = best;
        }
    }

    // The text of a subtree as lines: blocks and <br> break lines, table cells
    // are joined in their row. Iterative, so deep nesting cannot overflow the stack.
    QStringList lines(int top) const
    {
        QStringList out;
        QString line;
        auto flush = [&] {
            const QString l = cleanLine(line);
            if (!l.isEmpty())
                out.append(l);
            line.clear();
        };
        struct Frame
        {
            int node;
            bool leaving;
        };
        std::vector<Frame> stack{{top, false}};
        while (!stack.empty()) {
            const Frame f = stack.back();
            stack.pop_back();
            const auto &node = m_tree.node(f.node);
            if (node.isText()) {
                if (!m_inPre[size_t(f.node)]) {
                    line += node.text;
                    continue;
                }
                // Preformatted text (how office suites save plain text as a page) keeps its lines.
                const QStringList parts = node.text.split(u'\n');
                for (qsizetype k = 0; k < parts.size(); ++k) {
                    if (k > 0)
                        flush();
                    line += parts[k];
                }
                continue;
            }
            if (skipped(node) && f.node != top)
                continue;
            const bool block = HtmlTree::isBlock(node.tag);
            if (f.leaving) {
                if (block)
                    flush();
                continue;
            }
            if (block)
                flush();
            if (node.tag == u"td"_s || node.tag == u"th"_s)
                line += u"  "_s;
            stack.push_back({f.node, true});
            for (auto it = node.children.rbegin(); it != node.children.rend(); ++it)
                stack.push_back({*it, false});
        }
        flush();
        return out;
    }

    // Rows and short blocks outside the article that carry the page's metadata.
    QStringList metadataLines(int article) const
    {
        QStringList out;
        QSet<QString> seen;
        std::vector<bool> inArticle(size_t(m_tree.size()), false);
        for (int i = 1; i < m_tree.size(); ++i)
            inArticle[size_t(i)] = i == article || inArticle[size_t(m_tree.node(i).parent)];
        for (int i = 1; i < m_tree.size(); ++i) {
            const auto &node = m_tree.node(i);
            const bool row = node.tag == u"tr"_s;
            const bool leafBlock = (node.tag == u"li"_s || node.tag == u"p"_s || node.tag == u"div"_s
                                    || node.tag == u"span"_s || node.tag == u"dd"_s)
                && !hasBlockChild(i);
            // A metadata row is small; looking inside big subtrees would make this quadratic.
            if ((!row && !leafBlock) || inArticle[size_t(i)] || m_inRow[size_t(i)] || m_nodes[size_t(i)] > 64)
                continue;
            const QString text = cleanLine(lines(i).join(u' '));
            if (text.isEmpty() || text.size() > 160 || seen.contains(text))
                continue;
            if (std::any_of(metadataKeys().cbegin(), metadataKeys().cend(),
                            [&text](const QString &k) { return text.contains(k); })) {
                seen.insert(text);
                out.append(text);
            }
        }
        return out;
    }

private:
    static bool skipped(const HtmlTree::Node &node)
    {
        return node.tag == u"nav"_s || node.tag == u"aside"_s || node.tag == u"footer"_s
            || node.tag == u"head"_s || node.tag == u"button"_s;
    }
    bool hasBlockChild(int i) const
    {
        for (int c : m_tree.node(i).children) {
            if (HtmlTree::isBlock(m_tree.node(c).tag) && m_tree.node(c).tag != u"br"_s)
                return true;
        }
        return false;
    }
    const HtmlTree &m_tree;
    std::vector<int> m_weight; // Chinese characters outside links, per subtree
    std::vector<int> m_nodes; // nodes per subtree
    std::vector<bool> m_inLink;
    std::vector<bool> m_inRow;
    std::vector<bool> m_inPre;
};

QString metaContent(const HtmlTree &tree, const QStringList &names)
{
    for (int m : tree.elements(u"meta"_s)) {
        const QString name = tree.node(m).attribute(u"name"_s).toLower();
        if (names.contains(name))
            return cleanLine(tree.node(m).attribute(u"content"_s));
    }
    return {};
}

QString firstText(const HtmlTree &tree, const Extractor &extractor, const QString &tag, int inside = -1)
{
    for (int e : tree.elements(tag)) {
        if (inside >= 0 && !tree.isInside(e, inside))
            continue;
        const QString t = cleanLine(extractor.lines(e).join(QString()));
        if (!t.isEmpty())
            return t;
    }
    return {};
}

} // namespace

bool HtmlImporter::looksLikeHtml(QByteArrayView head)
{
    const QByteArray start = head.first(qMin<qsizetype>(head.size(), 2048)).toByteArray().toLower();
    return start.contains("<!doctype html") || start.contains("<html") || start.contains("<head")
        || start.contains("<body") || start.contains("<meta ") || start.contains("<div");
}

QString HtmlImporter::declaredCharset(QByteArrayView head)
{
    static const QRegularExpression charset(u"charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QString ascii = QString::fromLatin1(head.first(qMin<qsizetype>(head.size(), 4096)));
    const auto m = charset.match(ascii);
    if (!m.hasMatch())
        return {};
    const QString name = m.captured(1).toUpper();
    if (name == u"GB2312"_s || name == u"GBK"_s || name == u"GB18030"_s || name == u"X-GBK"_s)
        return u"GB18030"_s;
    if (name == u"BIG5"_s || name == u"BIG5-HKSCS"_s)
        return u"Big5"_s;
    if (name == u"UTF8"_s)
        return u"UTF-8"_s;
    return name;
}

Result<ImportedText> HtmlImporter::import(const QByteArray &bytes, const ImportOptions &options)
{
    QString encoding = options.encoding.isEmpty() ? declaredCharset(bytes) : options.encoding;
    if (!encoding.isEmpty() && !QStringDecoder(encoding.toLatin1().constData()).isValid())
        encoding.clear(); // an unknown declared charset: detect instead
    auto decoded = TextLoader::decode(bytes, encoding);
    if (!decoded)
        return decoded.error();
    options.report(20);
    if (options.isCancelled())
        return Error{Error::Kind::Cancelled, tr("Opening was cancelled.")};

    const HtmlTree tree(decoded->text);
    const Extractor extractor(tree);
    const int article = extractor.container();
    QStringList body = extractor.lines(article);
    if (body.isEmpty())
        return Error{Error::Kind::BadInput, tr("the web page contains no text")};
    options.report(80);

    QStringList head = extractor.metadataLines(article);
    const QString published = metaContent(tree, {u"pubdate"_s, u"publishdate"_s, u"firstpublishedtime"_s});
    if (!published.isEmpty())
        head << u"发布日期 "_s + published;
    QString title = metaContent(tree, {u"articletitle"_s});
    if (title.isEmpty())
        title = firstText(tree, extractor, u"h1"_s, article);
    if (title.isEmpty())
        title = firstText(tree, extractor, u"h1"_s);
    if (title.isEmpty()) {
        // "<title>报告标题 - 某某区人民政府</title>": the longest part is the article's.
        const QStringList parts = firstText(tree, extractor, u"title"_s)
                                      .split(QRegularExpression(u"\\s+[-_|—]+\\s+|_"_s), Qt::SkipEmptyParts);
        for (const QString &p : parts) {
            if (p.size() > title.size())
                title = p.trimmed();
        }
    }
    const bool bodyHasTitle = !title.isEmpty()
        && std::any_of(body.cbegin(), body.cbegin() + qMin<qsizetype>(body.size(), 6),
                       [&title](const QString &l) { return l.contains(title); });
    if (!title.isEmpty() && !bodyHasTitle)
        head << title;
    return ImportedText{(head + body).join(u'\n'), u"html"_s, decoded->encoding};
}

} // namespace pizhu
