// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Notes on the sample report for the export tests: a note before the first
// part and in every part, several tags (one with a comma and quotes in its
// name), every commitment status, Markdown notes (bold, lists, a heading,
// code, a link), characters that fonts share with the Kangxi radicals (文 行
// 长 见 门 革 …) and an orphan.

#include "anchorfactory.h"
#include "exportednotes.h"
#include "reportreader.h"

#include <QDateTime>
#include <QTimeZone>
#include <memory>

using namespace Qt::StringLiterals;

namespace pizhu::fixtures {

inline const QString kSampleReport = QStringLiteral(PIZHU_SOURCE_DIR "/resources/samples/gongshu-2022.txt");

struct FixtureNote
{
    QString partStart; // the note's passage is the first one after this text …
    QString quote; // … and this is it
    QStringList tags;
    CommitmentStatus status = CommitmentStatus::None;
    QString note;
    QString unit;
    QDate due;
};

inline const Tag kPromise { -1, u"承诺"_s, u"#2F6FD6"_s, {} };
inline const Tag kFigure { -1, u"指标"_s, u"#0E8C80"_s, {} };
inline const Tag kProblem { -1, u"问题"_s, u"#C62828"_s, {} };
inline const Tag kFollow { -1, u"跟踪事项"_s, {}, {} };
inline const Tag kOdd { -1, u"A, \"B\""_s, u"#FFD54F"_s, {} }; // CSV must quote it

inline QList<FixtureNote> fixtureNotes()
{
    return {
        { {}, u"“运河法治文化带”获省县乡法治政府建设“最佳实践”项目"_s, { u"成效"_s }, CommitmentStatus::None,
            u"开篇提到的**最佳实践**，文化、行政、门户都要留意。"_s, {}, {} },
        { u"一、2022年度"_s, u"成立拱墅区“城市眼·云共治”运行中心"_s, { kPromise.name, kFollow.name },
            CommitmentStatus::NotStarted,
            u"**持续跟踪**\n\n- 每季度核对运行情况\n- 对照清单逐项销号\n\n## 小结\n\n长期见效，门类齐全。"_s,
            u"区数据资源局"_s, QDate(2023, 12, 31) },
        { u"2.“放管服”改革不断深化"_s, u"“一网通办”率达97.1%"_s, { kFigure.name, kOdd.name },
            CommitmentStatus::InProgress, u"需要与责任单位\"确认\"，再报,\n第二行：革新。"_s,
            u"区政务服务中心"_s, QDate(2024, 6, 30) },
        { u"3.法治化营商环境"_s, u"“开门大吉”入选第四届“新华信用杯”全国优秀信用案例"_s, { kPromise.name },
            CommitmentStatus::Done, u"1. 第一步：梳理\n2. 第二步：见效"_s, {}, {} },
        { u"二、2022年度"_s, u"“两高一低”问题专项整治形势依然严峻"_s, { kProblem.name },
            CommitmentStatus::Unfulfilled,
            u"- 列表开头的批注\n- `代码 code` 与 [链接](https://example.org/行)"_s, u"区司法局"_s,
            QDate(2023, 6, 30) },
        { u"(二)强化督察整改"_s, u"法治督察与巡察衔接联动常态化"_s, { kProblem.name, kFollow.name },
            CommitmentStatus::Unverifiable, u"督察是否到位？"_s, {}, {} },
        { u"四、2023年度"_s, u"深化街道法治化综合改革"_s, { kPromise.name }, CommitmentStatus::InProgress, {},
            u"各街道"_s, QDate(2023, 12, 31) },
    };
}

inline const QString kOrphanQuote = u"这一句在报告里根本找不到，无论如何都不会有"_s;
inline const QString kOrphanNote = u"原文已删改，需核实。"_s;

inline std::shared_ptr<const Report> sampleReport()
{
    static const std::shared_ptr<const Report> report = [] {
        auto read = ReportReader::read(kSampleReport);
        if (!read)
            qFatal("cannot read %s: %s", qPrintable(kSampleReport), qPrintable(read.error().message));
        return std::make_shared<const Report>(std::move(read).value());
    }();
    return report;
}

inline Tag tagNamed(const QString &name)
{
    for (const Tag &t : { kPromise, kFigure, kProblem, kFollow, kOdd }) {
        if (t.name == name)
            return t;
    }
    return Tag { -1, name, {}, {} };
}

// The notes in document order (the orphan first, as NotesCollector gives them).
inline ExportedNotes sampleNotes()
{
    const std::shared_ptr<const Report> report = sampleReport();
    ExportedNotes notes;
    notes.report = report;
    notes.label = report->metadata.title;
    notes.workKey = report->workKey();
    auto base = [&](int n) {
        ExchangedAnnotation e;
        Annotation &a = e.annotation;
        a.id = QUuid::createUuidV5(QUuid(), u"export-fixture-%1"_s.arg(n));
        a.workKey = notes.workKey;
        a.contentHash = report->contentHash();
        a.color = n % 5;
        a.created = QDateTime(QDate(2024, 3, 1), QTime(8, 0), QTimeZone::UTC).addSecs(3600 * n);
        a.modified = a.created.addSecs(600);
        a.author = u"法制科"_s;
        e.source = u"urn:sha256:"_s + a.contentHash;
        return e;
    };
    ExchangedAnnotation orphan = base(99);
    orphan.annotation.orphaned = true;
    orphan.annotation.anchor.exact = kOrphanQuote;
    orphan.annotation.anchor.start = 10;
    orphan.annotation.anchor.end = 10 + kOrphanQuote.size();
    orphan.annotation.anchor.headingPath = u"一、2022年度推进法治政府建设的主要举措和成效"_s;
    orphan.annotation.note = kOrphanNote;
    orphan.annotation.status = CommitmentStatus::Unverifiable;
    notes.annotations << orphan;

    int n = 0;
    for (const FixtureNote &f : fixtureNotes()) {
        const qsizetype from = f.partStart.isEmpty() ? 0 : report->canonicalText.indexOf(f.partStart);
        const qsizetype start = report->canonicalText.indexOf(f.quote, qMax<qsizetype>(0, from));
        if (from < 0 || start < 0)
            qFatal("the sample report has no %s", qPrintable(f.quote));
        ExchangedAnnotation e = base(n++);
        e.annotation.anchor = AnchorFactory::create(*report, start, start + f.quote.size());
        e.annotation.note = f.note;
        e.annotation.status = f.status;
        e.annotation.responsibleUnit = f.unit;
        e.annotation.due = f.due;
        for (const QString &name : f.tags)
            e.tags << tagNamed(name);
        notes.annotations << e;
    }
    return notes;
}

} // namespace pizhu::fixtures
