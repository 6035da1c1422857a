// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinebuilder.h"

#include "headingclassifier.h"
#include "partroleclassifier.h"

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

using Style = HeadingMatch::Style;

// The outline is collected flat (parents by index), then assembled: pointers
// into growing vectors would not survive.
struct FlatNode
{
    OutlineNode node;
    int parent = -1;
    Style style = Style::None;
};

// Which style makes the parts; None when the text has no recognisable parts.
Style choosePartStyle(const QList<HeadingMatch> &matches, const QStringList &body, int coveredYear)
{
    Style best = Style::None;
    for (const HeadingMatch &m : matches) {
        if (HeadingClassifier::canBePart(m.style)
            && (best == Style::None || HeadingClassifier::rank(m.style) < HeadingClassifier::rank(best)))
            best = m.style;
    }
    if (best == Style::None)
        return best;
    // Numbered headings that name none of the mandated parts are an ordinary
    // document's, not a report's.
    for (qsizetype i = 0; i < matches.size(); ++i) {
        if (matches[i].style != best)
            continue;
        const QStringView title = QStringView(body[i]).sliced(matches[i].titleStart,
                                                                matches[i].titleEnd - matches[i].titleStart);
        if (PartRoleClassifier::classify(title, coveredYear).front() != PartRole::Other)
            return best;
    }
    return Style::None;
}

void assemble(std::vector<FlatNode> &flat, int index, OutlineNode &into,
              const std::vector<std::vector<int>> &children)
{
    into = std::move(flat[index].node);
    into.children.reserve(children[index].size());
    for (int child : children[index]) {
        into.children.emplace_back();
        assemble(flat, child, into.children.back(), children);
    }
}

} // namespace

void OutlineBuilder::build(const QString &title, const QStringList &body, int coveredYear, Report &report)
{
    QList<HeadingMatch> matches;
    matches.reserve(body.size());
    qsizetype total = title.size() + 1;
    for (const QString &line : body) {
        matches.append(HeadingClassifier::classify(line));
        total += line.size() + 1;
    }
    const Style partStyle = choosePartStyle(matches, body, coveredYear);

    QString &text = report.canonicalText;
    text.clear();
    text.reserve(total);
    report.blocks.clear();

    auto addBlock = [&](Block b, QStringView content) {
        if (!text.isEmpty())
            text.append(u'\n');
        b.ordinal = int(report.blocks.size());
        const qsizetype at = text.size();
        b.titleStart += at;
        b.titleEnd += at;
        b.start = at;
        text.append(content);
        b.end = text.size();
        report.blocks.append(std::move(b));
    };

    std::vector<FlatNode> flat;
    flat.push_back({OutlineNode{Block::Kind::Title, 0, PartRole::None, {}, {}, title, -1, {}}, -1, Style::None});
    if (!title.isEmpty()) {
        Block b;
        b.kind = Block::Kind::Title;
        b.title = title;
        b.titleEnd = title.size();
        addBlock(std::move(b), title);
        flat.front().node.blockOrdinal = 0;
    }

    QList<int> stack; // flat indices of the open headings, outermost first
    auto pathOf = [&flat, &stack]() {
        QStringList parts;
        for (int i : std::as_const(stack))
            parts << flat[i].node.label + flat[i].node.title;
        return parts.join(u" › "_s);
    };

    for (qsizetype i = 0; i < body.size(); ++i) {
        const QString &line = body[i];
        const HeadingMatch &m = matches[i];
        bool heading = false;
        if (m.isHeading() && partStyle != Style::None) {
            if (m.style == partStyle) {
                stack.clear();
                heading = true;
            } else if (!stack.isEmpty() && HeadingClassifier::rank(m.style) > HeadingClassifier::rank(partStyle)) {
                // A style already open closes back to its level (a sibling);
                // a new one opens a level below the innermost heading.
                for (qsizetype s = stack.size() - 1; s >= 0; --s) {
                    if (flat[stack[s]].style == m.style) {
                        stack.resize(s);
                        break;
                    }
                }
                heading = !stack.isEmpty();
            }
        }
        if (!heading) {
            Block b;
            b.headingPath = pathOf();
            addBlock(std::move(b), line);
            continue;
        }

        const int depth = int(stack.size()) + 1;
        Block b;
        b.kind = depth == 1 ? Block::Kind::Part : depth == 2 ? Block::Kind::Section : Block::Kind::Item;
        b.level = depth;
        b.label = m.label;
        b.title = line.mid(m.titleStart, m.titleEnd - m.titleStart);
        b.titleStart = m.titleStart;
        b.titleEnd = m.titleEnd;

        FlatNode node;
        node.parent = stack.isEmpty() ? 0 : stack.back();
        node.style = m.style;
        node.node.kind = b.kind;
        node.node.level = depth;
        node.node.label = b.label;
        node.node.title = b.title;
        if (b.kind == Block::Kind::Part) {
            node.node.roles = PartRoleClassifier::classify(b.title, coveredYear);
            node.node.role = node.node.roles.front();
        } else if (b.kind == Block::Kind::Section && flat[node.parent].node.role != PartRole::Leadership
                   && PartRoleClassifier::isLeadership(b.title)) {
            node.node.role = PartRole::Leadership; // the leadership part, demoted into measures
            node.node.roles = {PartRole::Leadership};
        }
        b.role = node.node.role;
        node.node.blockOrdinal = int(report.blocks.size());
        flat.push_back(std::move(node));
        stack.append(int(flat.size()) - 1);
        b.headingPath = pathOf();

        // Parts and sections written inline with their text get a block each;
        // an item keeps its lead sentence as the start of its paragraph.
        const bool split = m.hasBody() && depth <= 2;
        const QString path = b.headingPath;
        addBlock(std::move(b), split ? QStringView(line).first(m.bodyStart).trimmed() : QStringView(line));
        if (split) {
            Block p;
            p.headingPath = path;
            addBlock(std::move(p), QStringView(line).sliced(m.bodyStart));
        }
    }

    std::vector<std::vector<int>> children(flat.size());
    for (size_t i = 1; i < flat.size(); ++i)
        children[size_t(flat[i].parent)].push_back(int(i));
    assemble(flat, 0, report.outline, children);
}

} // namespace pizhu
