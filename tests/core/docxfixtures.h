// SPDX-License-Identifier: GPL-3.0-or-later
// .docx packages for tests, built with KZip the way Word writes them:
// [Content_Types].xml, _rels/.rels, word/document.xml with its relationships,
// styles and numbering. Also the two reports the seed files in
// tests/data/docx are made of.
#pragma once

#include <KZip>

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace pizhu::docxfixtures {

using namespace Qt::StringLiterals;

using Files = QList<std::pair<QString, QByteArray>>;

inline QByteArray zipOf(const Files &files, KZip::Compression compression = KZip::DeflateCompression)
{
    QBuffer buffer;
    KZip zip(&buffer);
    if (!zip.open(QIODevice::WriteOnly))
        qFatal("cannot create zip");
    zip.setCompression(compression);
    for (const auto &[name, data] : files) {
        if (!zip.writeFile(name, data))
            qFatal("cannot write zip entry");
    }
    zip.close();
    return buffer.data();
}

inline const QString kDocumentStart = uR"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:body>)"_s;
inline const QString kDocumentEnd =
    uR"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>)"_s;

inline const QString kPackageRelationships = uR"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)"_s;

// The files of a .docx as Word writes them (less docProps and settings,
// which Word does not need either).
inline Files docxFiles(const QString &body, const QString &numbering = {}, const QString &styles = {})
{
    QString types = uR"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"_s;
    QString documentRels = uR"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"_s;
    Files files;
    if (!styles.isEmpty()) {
        types += uR"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"_s;
        documentRels += uR"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"_s;
    }
    if (!numbering.isEmpty()) {
        types += uR"(<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>)"_s;
        documentRels += uR"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>)"_s;
    }
    types += u"</Types>"_s;
    documentRels += u"</Relationships>"_s;
    files.append({u"[Content_Types].xml"_s, types.toUtf8()});
    files.append({u"_rels/.rels"_s, kPackageRelationships.toUtf8()});
    files.append({u"word/document.xml"_s, (kDocumentStart + body + kDocumentEnd).toUtf8()});
    files.append({u"word/_rels/document.xml.rels"_s, documentRels.toUtf8()});
    if (!styles.isEmpty())
        files.append({u"word/styles.xml"_s, styles.toUtf8()});
    if (!numbering.isEmpty())
        files.append({u"word/numbering.xml"_s, numbering.toUtf8()});
    return files;
}

inline QByteArray docx(const QString &body, const QString &numbering = {}, const QString &styles = {})
{
    return zipOf(docxFiles(body, numbering, styles));
}

inline QString run(const QString &text)
{
    return u"<w:r><w:t xml:space=\"preserve\">"_s + text.toHtmlEscaped() + u"</w:t></w:r>"_s;
}

inline QString para(const QString &text, const QString &properties = {})
{
    const QString pPr = properties.isEmpty() ? QString() : u"<w:pPr>"_s + properties + u"</w:pPr>"_s;
    return u"<w:p>"_s + pPr + run(text) + u"</w:p>"_s;
}

inline QString numPr(int numId, int level)
{
    return u"<w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/></w:numPr>"_s.arg(level).arg(numId);
}

inline QString numbered(int numId, int level, const QString &text)
{
    return para(text, numPr(numId, level));
}

inline QString styled(const QString &style, const QString &text, const QString &more = {})
{
    return para(text, u"<w:pStyle w:val=\"%1\"/>"_s.arg(style) + more);
}

inline QString level(int ilvl, const QString &format, const QString &text, const QString &extra = {})
{
    return uR"(<w:lvl w:ilvl="%1"><w:start w:val="1"/><w:numFmt w:val="%2"/>%4<w:lvlText w:val="%3"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>)"_s
        .arg(ilvl)
        .arg(format, text, extra);
}

inline QString numberingXml(const QString &content)
{
    return uR"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"_s
        + content + u"</w:numbering>"_s;
}

// Numbering as Chinese reports use it: 一、 / （一） / 1. in one definition,
// plain 1. and ① in others; num 3 restarts definition 0, num 4 continues it.
inline QString reportNumbering()
{
    return numberingXml(
        u"<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"_s
        + level(0, u"chineseCounting"_s, u"%1、"_s) + level(1, u"chineseCounting"_s, u"（%2）"_s)
        + level(2, u"decimal"_s, u"%3."_s, u"<w:pStyle w:val=\"3\"/>"_s) + u"</w:abstractNum>"_s
        + u"<w:abstractNum w:abstractNumId=\"1\">"_s + level(0, u"decimal"_s, u"%1."_s) + u"</w:abstractNum>"_s
        + u"<w:abstractNum w:abstractNumId=\"2\">"_s + level(0, u"decimalEnclosedCircle"_s, u"%1"_s)
        + level(1, u"bullet"_s, u"\uF06C"_s) + u"</w:abstractNum>"_s
        + u"<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
          u"<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
          u"<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
          u"<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/></w:num>"
          u"<w:num w:numId=\"5\"><w:abstractNumId w:val=\"2\"/></w:num>"_s);
}

// Chinese Word names its heading styles 1, 2, 3; "heading 1" carries the numbering.
inline QString reportStyles()
{
    return uR"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 3"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="2"/></w:pPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="PartHeading"><w:name w:val="Part Heading"/><w:basedOn w:val="1"/></w:style><w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/><w:basedOn w:val="a"/></w:style></w:styles>)"_s;
}

// A small 法治政府建设年度报告 with every heading numbered by Word.
inline QString reportBody()
{
    QString b;
    b += para(u"青岚市松川区人民政府关于2023年度法治政府建设情况的报告"_s, u"<w:jc w:val=\"center\"/>"_s);
    b += para(u"2023年，松川区坚持以习近平法治思想为指导，扎实推进依法行政。现将有关情况报告如下。"_s);
    b += styled(u"1"_s, u"2023年度推进法治政府建设的主要举措和成效"_s);
    b += styled(u"2"_s, u"坚持高位推动，压实法治建设工作责任"_s);
    b += numbered(1, 2, u"健全工作推进机制。区委全面依法治区委员会召开全体会议2次，审议通过文件6件。"_s);
    b += numbered(1, 2, u"强化法治督察考核。组织开展法治政府建设专项督察，发现问题线索52条。"_s);
    b += styled(u"2"_s, u"深化“放管服”改革，依法全面履行政府职能"_s);
    b += para(u"编制并公布政务服务事项目录1368项，“一网通办”率达98.6%。"_s);
    b += uR"(<w:tbl><w:tblPr><w:tblStyle w:val="a3"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2765"/><w:gridCol w:w="2765"/></w:tblGrid>)"_s
        + u"<w:tr><w:tc>"_s + para(u"指标"_s) + u"</w:tc><w:tc>"_s + para(u"2023年"_s) + u"</w:tc></w:tr>"_s
        + u"<w:tr><w:tc>"_s + para(u"一网通办率"_s) + u"</w:tc><w:tc>"_s + para(u"98.6%"_s) + u"</w:tc></w:tr></w:tbl>"_s;
    b += styled(u"1"_s, u"存在的不足和原因"_s);
    b += para(u"法治宣传的针对性有待增强，基层执法力量仍显不足。"_s);
    b += styled(u"PartHeading"_s, u"党政主要负责人履行推进法治建设第一责任人职责情况"_s);
    b += para(u"区政府主要负责人带头学法，主持召开常务会议专题研究法治政府建设4次。"_s);
    b += styled(u"1"_s, u"2024年度推进法治政府建设的主要安排"_s);
    b += styled(u"2"_s, u"持续加强党对法治政府建设的领导"_s);
    b += styled(u"2"_s, u"深入推进严格规范公正文明执法"_s);
    b += para(u"松川区人民政府"_s, u"<w:jc w:val=\"right\"/>"_s);
    b += para(u"2024年2月1日"_s, u"<w:jc w:val=\"right\"/>"_s);
    return b;
}

inline QByteArray reportDocx()
{
    return docx(reportBody(), reportNumbering(), reportStyles());
}

// Numbering, a table, tracked changes and a table of contents together.
inline QString numberedBody()
{
    QString b;
    b += uR"(<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>)"_s
        + para(u"目录"_s) + styled(u"10"_s, u"一、主要举措和成效\t1"_s) + u"</w:sdtContent></w:sdt>"_s;
    b += styled(u"10"_s, u"二、存在的不足\t3"_s); // a contents entry outside the control
    b += styled(u"1"_s, u"主要举措和成效"_s);
    b += styled(u"2"_s, u"依法履职"_s);
    b += styled(u"3"_s, u"梳理权责清单"_s);
    b += styled(u"3"_s, u"规范执法"_s);
    b += styled(u"2"_s, u"依法决策"_s);
    b += numbered(5, 0, u"圈号第一项"_s);
    b += numbered(5, 1, u"项目符号不生成编号"_s);
    b += numbered(5, 0, u"圈号第二项"_s);
    b += styled(u"1"_s, u"存在的不足"_s);
    b += u"<w:p>"_s + run(u"保留"_s) + u"<w:del w:id=\"1\" w:author=\"审核\" w:date=\"2024-01-01T00:00:00Z\"><w:r><w:delText>删除</w:delText></w:r></w:del>"_s
        + u"<w:ins w:id=\"2\" w:author=\"审核\" w:date=\"2024-01-01T00:00:00Z\">"_s + run(u"插入"_s) + u"</w:ins></w:p>"_s;
    b += numbered(2, 0, u"独立列表第一项"_s);
    b += numbered(2, 0, u"独立列表第二项"_s);
    b += uR"(<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>)"_s
        + u"<w:tr><w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/></w:tcPr>"_s + para(u"序号"_s)
        + u"</w:tc><w:tc>"_s + para(u"单位"_s) + u"</w:tc></w:tr>"_s
        + u"<w:tr><w:tc>"_s + para(u"1"_s) + u"</w:tc><w:tc>"_s + para(u"区司法局"_s) + para(u"区法院"_s)
        + u"</w:tc></w:tr></w:tbl>"_s;
    b += styled(u"1"_s, u"下一步工作打算"_s);
    return b;
}

inline QByteArray numberedDocx()
{
    return docx(numberedBody(), reportNumbering(), reportStyles());
}

} // namespace pizhu::docxfixtures
