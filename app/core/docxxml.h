// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QXmlStreamReader>
#include <optional>

namespace pizhu {

// Small helpers for reading WordprocessingML with QXmlStreamReader. Elements
// are matched by namespace URI, not by prefix: "w" is only a convention, and
// Strict OOXML uses another namespace for the same vocabulary.
class DocxXml
{
public:
    static bool isWordNamespace(QStringView uri)
    {
        return uri == u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            || uri == u"http://purl.oclc.org/ooxml/wordprocessingml/main";
    }

    static bool isMarkupCompatibility(QStringView uri)
    {
        return uri == u"http://schemas.openxmlformats.org/markup-compatibility/2006";
    }

    // The reader stands on the start of w:<name>.
    static bool is(const QXmlStreamReader &xml, QStringView name)
    {
        return xml.name() == name && isWordNamespace(xml.namespaceUri());
    }

    // w:<name> of the current element; writers that leave the attribute
    // unprefixed exist, and Word reads them too.
    static std::optional<QString> attribute(const QXmlStreamReader &xml, QStringView name)
    {
        const QXmlStreamAttributes attributes = xml.attributes();
        for (const QXmlStreamAttribute &a : attributes) {
            if (a.name() == name && (a.namespaceUri().isEmpty() || isWordNamespace(a.namespaceUri())))
                return a.value().toString();
        }
        return std::nullopt;
    }

    static QString value(const QXmlStreamReader &xml) { return attribute(xml, u"val").value_or(QString()); }

    // w:val as a number; nullopt when missing or not a number.
    static std::optional<int> intValue(const QXmlStreamReader &xml)
    {
        const auto v = attribute(xml, u"val");
        if (!v)
            return std::nullopt;
        bool ok = false;
        const int n = v->trimmed().toInt(&ok);
        return ok ? std::optional<int>(n) : std::nullopt;
    }

    // An on/off property such as <w:vanish/>: on unless w:val says otherwise.
    static bool onOff(const QXmlStreamReader &xml)
    {
        const auto v = attribute(xml, u"val");
        return !v || !(*v == u"0" || *v == u"false" || *v == u"off");
    }
};

} // namespace pizhu
