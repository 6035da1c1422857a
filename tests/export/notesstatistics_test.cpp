// SPDX-License-Identifier: GPL-3.0-or-later
// The notes counted as the dashboard and the PDF's overview chart them, on
// the sample report with the export fixtures' notes: parts in their
// mandated order, tags by use, statuses in their order, units by count then
// name, the report's figures by part.
#include "figureextractor.h"
#include "notelabels.h"
#include "notesexportfixtures.h"
#include "notesstatistics.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

using Counts = NotesStatistics::Counts;

int total(const Counts &counts)
{
    int n = 0;
    for (const auto &c : counts)
        n += c.second;
    return n;
}

} // namespace

class NotesStatisticsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleCounts();
    void figuresByPart();
    void tagsByUseThenFirstUse();
    void unitsByCountThenName();
    void otherVersionsByHeading();
    void withoutTheReport();
    void charts();
};

void NotesStatisticsTest::sampleCounts()
{
    const ExportedNotes notes = fixtures::sampleNotes();
    const NotesStatistics s = NotesStatistics::build(notes, {});
    // The opening note and the orphan are outside the parts; three in the
    // measures, one shortcoming, one on the leaders' duty, one plan.
    QCOMPARE(s.notesByPart,
        (Counts { { NoteLabels::roleText(PartRole::Measures), 3 },
            { NoteLabels::roleText(PartRole::Shortcomings), 1 },
            { NoteLabels::roleText(PartRole::Leadership), 1 }, { NoteLabels::roleText(PartRole::Plans), 1 },
            { NotesStatistics::tr("Outside the parts"), 2 } }));
    // 承诺 3 before 跟踪事项 and 问题 (2 each, in the order first used), then the ones used once.
    QCOMPARE(s.notesByTag,
        (Counts { { u"承诺"_s, 3 }, { u"跟踪事项"_s, 2 }, { u"问题"_s, 2 }, { u"成效"_s, 1 },
            { u"指标"_s, 1 }, { u"A, \"B\""_s, 1 } }));
    QCOMPARE(s.untagged, 1); // the orphan
    QCOMPARE(s.tagColors.value(u"承诺"_s), u"#2F6FD6"_s);
    QVERIFY(!s.tagColors.contains(u"跟踪事项"_s)); // it has no colour
    QCOMPARE(s.commitmentsByStatus,
        (Counts { { NoteLabels::statusText(CommitmentStatus::NotStarted), 1 },
            { NoteLabels::statusText(CommitmentStatus::InProgress), 2 },
            { NoteLabels::statusText(CommitmentStatus::Done), 1 },
            { NoteLabels::statusText(CommitmentStatus::Unfulfilled), 1 },
            { NoteLabels::statusText(CommitmentStatus::Unverifiable), 2 } }));
    QCOMPARE(s.notesWith(CommitmentStatus::None), 1);
    QCOMPARE(s.notesWith(CommitmentStatus::Unverifiable), 2);
    const QString none = NotesStatistics::tr("(no unit)");
    QCOMPARE(s.commitmentsByUnit,
        (Counts { { none, 3 }, { u"区司法局"_s, 1 }, { u"区政务服务中心"_s, 1 }, { u"区数据资源局"_s, 1 },
            { u"各街道"_s, 1 } }));
    QVERIFY(s.figuresByPart.isEmpty()); // none given
}

void NotesStatisticsTest::figuresByPart()
{
    const ExportedNotes notes = fixtures::sampleNotes();
    const QList<Figure> figures = FigureExtractor::extract(*notes.report);
    QCOMPARE(figures.size(), 71);
    // Extracted when not given: the same counts.
    const NotesStatistics s = NotesStatistics::build(notes);
    QCOMPARE(s.figuresByPart, NotesStatistics::build(notes, figures).figuresByPart);
    QCOMPARE(total(s.figuresByPart), 71);
    const int measures = int(std::count_if(
        figures.cbegin(), figures.cend(), [](const Figure &f) { return f.part == PartRole::Measures; }));
    QVERIFY(measures > 30);
    QCOMPARE(s.figuresByPart.front(),
        (QPair<QString, int> { NoteLabels::roleText(PartRole::Measures), measures }));
    // The parts in their mandated order.
    QStringList order;
    for (PartRole r : { PartRole::Measures, PartRole::Shortcomings, PartRole::Leadership, PartRole::Plans,
             PartRole::Other })
        order << NoteLabels::roleText(r);
    order << NotesStatistics::tr("Outside the parts");
    qsizetype last = -1;
    for (const auto &[label, count] : s.figuresByPart) {
        QVERIFY(count > 0);
        QVERIFY2(order.indexOf(label) > last, qPrintable(label));
        last = order.indexOf(label);
    }
}

void NotesStatisticsTest::tagsByUseThenFirstUse()
{
    ExportedNotes notes = fixtures::sampleNotes();
    // A tag named twice in one note counts once; names differing in case are one tag.
    notes.annotations[1].tags << Tag { -1, u"成效"_s, {}, {} };
    notes.annotations[4].tags << Tag { -1, u"a, \"b\""_s, {}, {} } << Tag { -1, u"A, \"B\""_s, {}, {} };
    const NotesStatistics s = NotesStatistics::build(notes, {});
    // Used twice each: 跟踪事项 (first in note 2), A, "B" (note 3, as spelt there), 问题 (note 5).
    QCOMPARE(s.notesByTag,
        (Counts { { u"承诺"_s, 3 }, { u"跟踪事项"_s, 2 }, { u"A, \"B\""_s, 2 }, { u"问题"_s, 2 },
            { u"成效"_s, 1 }, { u"指标"_s, 1 } }));
}

void NotesStatisticsTest::unitsByCountThenName()
{
    ExportedNotes notes = fixtures::sampleNotes();
    notes.annotations[4].annotation.responsibleUnit = u"  区司法局 "_s; // the same unit as note 5's
    notes.annotations[6].annotation.responsibleUnit = u"区政务服务中心"_s;
    // Notes that are no commitment have no unit to count.
    notes.annotations[1].annotation.responsibleUnit = u"区司法局"_s;
    const NotesStatistics s = NotesStatistics::build(notes, {});
    // Ties by name (code points), whatever their order in the document.
    QCOMPARE(s.commitmentsByUnit,
        (Counts { { u"区司法局"_s, 2 }, { u"区政务服务中心"_s, 2 }, { NotesStatistics::tr("(no unit)"), 1 },
            { u"区数据资源局"_s, 1 }, { u"各街道"_s, 1 } }));
    QCOMPARE(total(s.commitmentsByUnit), total(s.commitmentsByStatus));
}

void NotesStatisticsTest::otherVersionsByHeading()
{
    // A note anchored on another version of the report: its offsets mean
    // nothing here, its heading path names the part.
    ExportedNotes notes = fixtures::sampleNotes();
    ExchangedAnnotation plan = notes.annotations.at(7); // 深化街道法治化综合改革, in the plans
    plan.annotation.contentHash = QString(64, u'0');
    plan.annotation.anchor.start = 5; // before the first part in this version
    plan.annotation.anchor.end = 10;
    notes.annotations = { plan };
    const NotesStatistics s = NotesStatistics::build(notes, {});
    QCOMPARE(s.notesByPart, (Counts { { NoteLabels::roleText(PartRole::Plans), 1 } }));
    // On this version the offsets decide.
    notes.annotations[0].annotation.contentHash = notes.report->contentHash();
    QCOMPARE(NotesStatistics::build(notes, {}).notesByPart,
        (Counts { { NotesStatistics::tr("Outside the parts"), 1 } }));
}

void NotesStatisticsTest::withoutTheReport()
{
    ExportedNotes notes = fixtures::sampleNotes();
    notes.report.reset();
    const NotesStatistics s = NotesStatistics::build(notes);
    QVERIFY(s.notesByPart.isEmpty());
    QVERIFY(s.figuresByPart.isEmpty());
    QCOMPARE(total(s.commitmentsByStatus), 7);
    QCOMPARE(s.notesByTag.front(), (QPair<QString, int> { u"承诺"_s, 3 }));
}

void NotesStatisticsTest::charts()
{
    const NotesStatistics s = NotesStatistics::build(fixtures::sampleNotes());
    const QList<NotesStatistics::Chart> charts = s.charts();
    QCOMPARE(charts.size(), 5);
    QCOMPARE(charts.at(0).title, NotesStatistics::tr("Notes by part"));
    QCOMPARE(charts.at(0).counts, s.notesByPart);
    QCOMPARE(charts.at(1).counts, s.notesByTag);
    QCOMPARE(charts.at(2).counts, s.commitmentsByStatus);
    QCOMPARE(charts.at(3).counts, s.commitmentsByUnit);
    QCOMPARE(charts.at(4).counts, s.figuresByPart);
    // The tags' bars in the tags' colours; a tag without one in the chart's.
    const NotesStatistics::Chart &tags = charts.at(1);
    QCOMPARE(tags.barColor(0), QColor(u"#2F6FD6"_s)); // 承诺
    QCOMPARE(tags.barColor(1), tags.color); // 跟踪事项
    QCOMPARE(tags.barColor(2), QColor(u"#C62828"_s)); // 问题
    QCOMPARE(charts.at(0).barColor(0), charts.at(0).color);
}

QTEST_MAIN(NotesStatisticsTest)
#include "notesstatistics_test.moc"
