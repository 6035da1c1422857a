// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace pizhu {

struct ReportMetadata
{
    QString title;
    QString issuer; // the organ that issues the report (before 关于 in the title)
    QString publisher; // 发布机构 on the web page, often an office of the issuer
    QString indexNumber; // 索引号
    QString documentNumber; // 文号
    QDate published; // 发布日期 / 公布日期
    int year = 0; // the year the report covers, 0 if unknown
    QString sourcePath;
    QString sourceFormat; // "text" for now; html, docx, pdf with their importers
    QString encoding;
};

} // namespace pizhu
