// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reports and notes for the search tests (storage, command line, window).

#include "annotation.h"
#include "annotationstore.h"
#include "report.h"
#include "reportstore.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace pizhu {

inline Report searchReport(const QString &title, const QString &issuer, int year, const QString &body)
{
    Report r;
    r.metadata.title = title;
    r.metadata.issuer = issuer;
    r.metadata.year = year;
    r.canonicalText = title + u'\n' + body;
    return r;
}

// An annotation on [start, end) of the report's text with a note.
inline Annotation searchNote(const Report &report, qsizetype start, qsizetype end, const QString &note)
{
    Annotation a;
    a.id = QUuid::createUuid();
    a.workKey = report.workKey();
    a.contentHash = report.contentHash();
    a.anchor.start = start;
    a.anchor.end = end;
    a.anchor.exact = report.canonicalText.mid(start, end - start);
    a.note = note;
    a.created = a.modified = QDateTime::currentDateTimeUtc();
    return a;
}

// Two reports of two issuers and two years, with notes.
struct SearchLibrary
{
    Report gongshu = searchReport(u"拱墅区2022年法治政府建设年度报告"_s, u"杭州市拱墅区人民政府"_s, 2022,
        u"一、2022年度推进法治政府建设的主要举措和成效\n"
        "（一）依法全面履行政府职能。“一网通办”率达97.1%，法治政府建设取得新成效。\n"
        "二、存在的不足和原因\n"
        "法治宣传教育的针对性还需加强，Smart City 项目推进较慢。\n"_s);
    Report xihu = searchReport(u"西湖区2023年法治政府建设年度报告"_s, u"杭州市西湖区人民政府"_s, 2023,
        u"一、主要举措和成效\n"
        "深入推进依法行政，行政复议案件办结率100%。\n"
        "二、下一步工作打算\n"
        "持续推进法治政府建设，开展AI辅助执法试点。\n"_s);
    qint64 gongshuId = -1;
    qint64 xihuId = -1;
    Annotation note;

    // Stores the reports and one note on 一网通办; false on failure.
    bool store(Database &db)
    {
        ReportStore reports(db);
        const auto a = reports.store(gongshu);
        const auto b = reports.store(xihu);
        if (!a || !b)
            return false;
        gongshuId = a.value();
        xihuId = b.value();
        const qsizetype at = gongshu.canonicalText.indexOf(u"“一网通办”"_s);
        note = searchNote(gongshu, at, at + 6, u"跟踪督办：政务服务事项的办理时限"_s);
        return AnnotationStore(db).add(note).ok();
    }
};

} // namespace pizhu
