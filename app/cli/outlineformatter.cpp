// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlineformatter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pizhu::cli {

namespace {

void appendTree(const OutlineNode &node, int depth, QString &out)
{
    out += QString(depth * 2, u' ') + node.label + node.title;
    if (node.role != PartRole::None)
        out += u"  ["_s + partRoleId(node.role) + u']';
    out += u'\n';
    for (const OutlineNode &child : node.children)
        appendTree(child, depth + 1, out);
}

QJsonObject headingJson(const OutlineNode &node)
{
    QJsonObject o{{u"label"_s, node.label}, {u"title"_s, node.title}};
    if (node.role != PartRole::None)
        o.insert(u"role"_s, partRoleId(node.role));
    return o;
}

} // namespace

QString OutlineFormatter::text(const Report &report)
{
    QString out;
    const QString title = report.metadata.title.isEmpty() ? u"(untitled)"_s : report.metadata.title;
    out += title + u'\n';
    for (const OutlineNode &part : report.parts())
        appendTree(part, 1, out);
    return out;
}

QJsonObject OutlineFormatter::json(const Report &report)
{
    const ReportMetadata &m = report.metadata;
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };

    QJsonArray parts;
    for (const OutlineNode &part : report.parts()) {
        QJsonObject p = headingJson(part);
        QJsonArray roles;
        for (PartRole r : part.roles)
            roles.append(partRoleId(r));
        p.insert(u"roles"_s, roles);
        QJsonArray sections;
        for (const OutlineNode &section : part.children) {
            QJsonObject s = headingJson(section);
            QJsonArray items;
            for (const OutlineNode &item : section.children)
                items.append(headingJson(item));
            s.insert(u"items"_s, items);
            sections.append(s);
        }
        p.insert(u"sections"_s, sections);
        parts.append(p);
    }
    return QJsonObject{
        {u"title"_s, orNull(m.title)},
        {u"issuer"_s, orNull(m.issuer)},
        {u"publisher"_s, orNull(m.publisher)},
        {u"published"_s, m.published.isValid() ? QJsonValue(m.published.toString(Qt::ISODate)) : QJsonValue()},
        {u"year"_s, m.year > 0 ? QJsonValue(m.year) : QJsonValue()},
        {u"index_number"_s, orNull(m.indexNumber)},
        {u"document_number"_s, orNull(m.documentNumber)},
        {u"encoding"_s, orNull(m.encoding)},
        {u"paragraph_count"_s, report.paragraphCount()},
        {u"duplicates_removed"_s, report.duplicatesRemoved},
        {u"content_hash"_s, report.contentHash()},
        {u"work_key"_s, report.workKey()},
        {u"parts"_s, parts},
    };
}

} // namespace pizhu::cli
