// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <vector>

namespace pizhu {

// A forgiving HTML tree for saved government pages: enough structure to find
// the article and read its text, nothing more. Scripts, styles and comments
// are dropped; unclosed and stray tags are tolerated; parsing is linear.
class HtmlTree
{
public:
    struct Node
    {
        QString tag; // lower case; empty for a text node
        QString id;
        QString cls;
        QString text; // text nodes: entities decoded, whitespace as in the source
        QList<QPair<QString, QString>> attributes;
        int parent = -1;
        std::vector<int> children;

        bool isText() const { return tag.isEmpty(); }
        QString attribute(const QString &name) const;
    };

    explicit HtmlTree(QStringView html);

    const Node &node(int i) const { return m_nodes[size_t(i)]; }
    int root() const { return 0; }
    int size() const { return int(m_nodes.size()); }
    // Every element with this tag, in document order.
    QList<int> elements(const QString &tag) const;
    bool isInside(int node, int ancestor) const;

    static QString decodeEntities(QStringView text);
    static bool isBlock(const QString &tag);

private:
    int add(Node node, int parent);
    std::vector<Node> m_nodes;
};

} // namespace pizhu
