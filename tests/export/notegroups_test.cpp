// SPDX-License-Identifier: GPL-3.0-or-later
// Notes in groups and sections: by part in document order with the orphans
// last, by tag (a note under each of its tags), by status in a fixed order.
#include "notegroups.h"
#include "notesexportfixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pizhu;

namespace {

QStringList titles(const QList<NoteGroups::Group> &groups)
{
    QStringList out;
    for (const NoteGroups::Group &g : groups)
        out << g.title;
    return out;
}

QList<qsizetype> notesOf(const NoteGroups::Group &group)
{
    QList<qsizetype> out;
    for (const NoteGroups::Section &s : group.sections)
        out += s.notes;
    return out;
}

} // namespace

class NoteGroupsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingPath();
    void byPart();
    void byPartWithoutTheReport();
    void byTag();
    void byStatus();
};

void NoteGroupsTest::headingPath()
{
    Annotation a;
    a.anchor.headingPath = u"一、举措 › （二）改革 › 1.深化"_s;
    QCOMPARE(NoteGroups::partOf(a), u"一、举措"_s);
    QCOMPARE(NoteGroups::sectionOf(a), u"（二）改革"_s);
    a.anchor.headingPath.clear();
    QCOMPARE(NoteGroups::partOf(a), QString());
    QCOMPARE(NoteGroups::partTitle(a), u"Before the first part"_s);
}

void NoteGroupsTest::byPart()
{
    const ExportedNotes notes = fixtures::sampleNotes();
    const QList<NoteGroups::Group> groups = NoteGroups::build(notes, NotesExportOptions::Grouping::Part);
    QCOMPARE(groups.size(), 6);
    QCOMPARE(groups.at(0).title, u"Before the first part"_s);
    QCOMPARE(groups.last().title, NoteGroups::orphansTitle());
    const PartRole roles[] = { PartRole::None, PartRole::Measures, PartRole::Shortcomings,
        PartRole::Leadership, PartRole::Plans, PartRole::None };
    for (qsizetype g = 0; g < groups.size(); ++g)
        QCOMPARE(groups.at(g).role, roles[g]);
    QList<qsizetype> all;
    for (const NoteGroups::Group &g : groups)
        all += notesOf(g);
    QCOMPARE(all, (QList<qsizetype> { 1, 2, 3, 4, 5, 6, 7, 0 }));
    // The three measures are in one section; the shortcoming has none.
    QCOMPARE(groups.at(1).sections.size(), 1);
    QCOMPARE(groups.at(1).sections.at(0).notes.size(), 3);
    QCOMPARE(groups.at(2).sections.at(0).title, QString());
    QCOMPARE(groups.at(1).noteCount(), 3);
}

void NoteGroupsTest::byPartWithoutTheReport()
{
    ExportedNotes notes = fixtures::sampleNotes();
    notes.report.reset();
    const QList<NoteGroups::Group> groups = NoteGroups::build(notes, NotesExportOptions::Grouping::Part);
    QCOMPARE(groups.size(), 6);
    QCOMPARE(groups.at(1).role, PartRole::None); // no outline to take the roles from
    QVERIFY(groups.at(1).title.startsWith(u"一、"_s));
}

void NoteGroupsTest::byTag()
{
    const ExportedNotes notes = fixtures::sampleNotes();
    const QList<NoteGroups::Group> groups = NoteGroups::build(notes, NotesExportOptions::Grouping::Tag);
    QCOMPARE(titles(groups),
        (QStringList {
            u"承诺"_s, u"跟踪事项"_s, u"问题"_s, u"成效"_s, u"指标"_s, u"A, \"B\""_s, u"No tag"_s }));
    QCOMPARE(notesOf(groups.at(0)), (QList<qsizetype> { 2, 4, 7 }));
    QCOMPARE(groups.at(0).color, u"#2F6FD6"_s);
    QCOMPARE(notesOf(groups.last()), QList<qsizetype> { 0 });
    // Sections are the parts.
    QVERIFY(groups.at(0).sections.at(0).title.startsWith(u"一、"_s));
    QVERIFY(groups.at(0).sections.at(1).title.startsWith(u"四、"_s));
    QCOMPARE(groups.last().sections.at(0).title, NoteGroups::orphansTitle());
}

void NoteGroupsTest::byStatus()
{
    const ExportedNotes notes = fixtures::sampleNotes();
    const QList<NoteGroups::Group> groups = NoteGroups::build(notes, NotesExportOptions::Grouping::Status);
    QCOMPARE(titles(groups),
        (QStringList { u"Not started"_s, u"In progress"_s, u"Done"_s, u"Unfulfilled"_s,
            u"Cannot be verified"_s, u"Not a commitment"_s }));
    QCOMPARE(notesOf(groups.at(1)), (QList<qsizetype> { 3, 7 }));
    // The orphan after the leaders' note, in a section of its own.
    QCOMPARE(notesOf(groups.at(4)), (QList<qsizetype> { 6, 0 }));
    QCOMPARE(groups.at(4).sections.last().title, NoteGroups::orphansTitle());
    // An empty status has no group.
    ExportedNotes few;
    few.annotations << notes.annotations.at(4);
    QCOMPARE(titles(NoteGroups::build(few, NotesExportOptions::Grouping::Status)), QStringList { u"Done"_s });
}

QTEST_GUILESS_MAIN(NoteGroupsTest)
#include "notegroups_test.moc"
