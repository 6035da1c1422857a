// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxstyles.h"

#include "docxxml.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

// A basedOn chain longer than this is a loop or an attack; Word's own are a few deep.
constexpr int kMaxChain = 32;

void readNumPr(QXmlStreamReader &xml, DocxStyles::NumberingRef &ref)
{
    while (xml.readNextStartElement()) {
        if (DocxXml::is(xml, u"numId"))
            ref.numId = DocxXml::intValue(xml);
        else if (DocxXml::is(xml, u"ilvl"))
            ref.level = DocxXml::intValue(xml);
        xml.skipCurrentElement();
    }
}

void readPPr(QXmlStreamReader &xml, DocxStyles::NumberingRef &ref)
{
    while (xml.readNextStartElement()) {
        if (DocxXml::is(xml, u"numPr"))
            readNumPr(xml, ref);
        else
            xml.skipCurrentElement();
    }
}

} // namespace

DocxStyles DocxStyles::read(QXmlStreamReader &xml)
{
    DocxStyles styles;
    if (!xml.readNextStartElement())
        return styles;
    while (xml.readNextStartElement()) {
        if (!DocxXml::is(xml, u"style")) {
            xml.skipCurrentElement();
            continue;
        }
        const QString id = DocxXml::attribute(xml, u"styleId").value_or(QString());
        const QString type = DocxXml::attribute(xml, u"type").value_or(u"paragraph"_s);
        const auto isDefault = DocxXml::attribute(xml, u"default");
        Style style;
        while (xml.readNextStartElement()) {
            if (DocxXml::is(xml, u"name")) {
                // Built-in style names are English whatever the language of Word.
                static const QRegularExpression toc(u"^toc [1-9]$"_s, QRegularExpression::CaseInsensitiveOption);
                style.tableOfContents = toc.matchView(DocxXml::value(xml)).hasMatch();
                xml.skipCurrentElement();
            } else if (DocxXml::is(xml, u"basedOn")) {
                style.basedOn = DocxXml::value(xml);
                xml.skipCurrentElement();
            } else if (DocxXml::is(xml, u"pPr")) {
                readPPr(xml, style.numbering);
            } else {
                xml.skipCurrentElement();
            }
        }
        if (id.isEmpty())
            continue;
        if (type == u"paragraph" && isDefault && (*isDefault == u"1" || *isDefault == u"true"))
            styles.m_defaultParagraph = id;
        // Character and table styles share the id space but carry no paragraph numbering.
        if (type == u"paragraph" || type == u"numbering")
            styles.m_styles.insert(id, style);
    }
    return styles;
}

DocxStyles::NumberingRef DocxStyles::numbering(const QString &styleId) const
{
    return resolve(styleId.isEmpty() ? m_defaultParagraph : styleId);
}

DocxStyles::NumberingRef DocxStyles::resolve(QString id) const
{
    NumberingRef ref;
    for (int hop = 0; hop < kMaxChain && !id.isEmpty(); ++hop) {
        const auto it = m_styles.constFind(id);
        if (it == m_styles.constEnd())
            break;
        if (!ref.numId)
            ref.numId = it->numbering.numId;
        if (!ref.level)
            ref.level = it->numbering.level;
        if (ref.numId && ref.level)
            break;
        id = it->basedOn;
    }
    return ref;
}

std::optional<int> DocxStyles::numberingStyleNumId(const QString &styleId) const
{
    if (styleId.isEmpty())
        return std::nullopt;
    return resolve(styleId).numId;
}

bool DocxStyles::isTableOfContents(const QString &styleId) const
{
    const auto it = m_styles.constFind(styleId.isEmpty() ? m_defaultParagraph : styleId);
    return it != m_styles.constEnd() && it->tableOfContents;
}

} // namespace pizhu
