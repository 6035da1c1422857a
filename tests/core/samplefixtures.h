// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sample report dressed as the formats staff receive: a government web
// page, a Word document, a PDF printed by Qt. Shared by tests and benchmarks.

#include "docxfixtures.h"
#include "report.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

#include <QString>

using namespace Qt::StringLiterals;

namespace pizhu {

// The sample as a government site would serve it: a head with scripts and
// styles, a navigation bar, breadcrumbs, the information table, the article
// in a TRS_Editor div, share buttons and a footer.
inline QString samplePage(const Report &r)
{
    QString body;
    for (const Block &b : r.blocks) {
        if (b.kind != Block::Kind::Title)
            body += u"<p style=\"text-indent:2em\">"_s + r.canonicalText.mid(b.start, b.length()).toHtmlEscaped()
                + u"</p>\n"_s;
    }
    return uR"(<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>%1 - 杭州市拱墅区人民政府</title>
<meta name="ArticleTitle" content="%1">
<meta name="PubDate" content="2023-02-01 15:35">
<script>var nav = "<p>不是正文</p>"; if (a < b) { document.write('首页'); }</script>
<style>p { margin: 0 } .x:before { content: "样式" }</style>
</head><body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/hdjl">互动交流</a></li><li><a href="/fw">政务服务</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 法治政府建设</div>
<table class="xxgk"><tr><td>索引号：</td><td>K1493206-6/2023-26418</td><td>发布机构：</td><td>区府办</td></tr>
<tr><td>文号：</td><td></td><td>发布日期：</td><td>2023-02-01</td></tr></table>
<div class="article"><h1>%1</h1>
<div class="TRS_Editor">
%2</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
</div>
<!-- <p>注释里的段落</p> -->
<footer>主办单位：杭州市拱墅区人民政府办公室 版权所有 浙ICP备12345678号</footer>
</body></html>
)"_s.arg(r.metadata.title.toHtmlEscaped(), body);
}

inline QStringList paragraphs(const Report &r)
{
    QStringList out;
    for (const Block &b : r.blocks)
        out << r.canonicalText.mid(b.start, b.length());
    return out;
}

inline QByteArray docxOf(const Report &r)
{
    QString body;
    for (const QString &p : paragraphs(r))
        body += docxfixtures::para(p.toHtmlEscaped());
    return docxfixtures::docx(body);
}

// As an office suite prints a report: A4, a CJK face, body paragraphs with a
// two-character indent, page numbers in the footer (QTextDocument::print).
inline QByteArray pdfOf(const Report &r)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QTextDocument doc;
    QFont font(u"Noto Sans CJK SC"_s);
    font.setPointSize(12);
    doc.setDefaultFont(font);
    QTextCursor cursor(&doc);
    for (const Block &b : r.blocks) {
        QTextBlockFormat f;
        if (b.kind == Block::Kind::Paragraph || b.kind == Block::Kind::Item)
            f.setTextIndent(24);
        f.setBottomMargin(6);
        if (b.ordinal == 0)
            cursor.setBlockFormat(f);
        else
            cursor.insertBlock(f);
        cursor.insertText(r.canonicalText.mid(b.start, b.length()));
    }
    doc.print(&writer);
    return buffer.data();
}

} // namespace pizhu
