<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FiguresFormatter</name>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesCommand</name>
    <message numerus="yes">
        <source>… and %n more skipped entries</source>
        <translation>
            <numerusform>… and %n more skipped entry</numerusform>
            <numerusform>… and %n more skipped entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationsCommand</name>
    <message numerus="yes">
        <source>Delete %n Annotation(s)</source>
        <translation>
            <numerusform>Delete %n Annotation</numerusform>
            <numerusform>Delete %n Annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pizhu::AnnotationsDock</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s)</source>
        <translation>
            <numerusform>%1 of %n annotation</numerusform>
            <numerusform>%1 of %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pizhu::BarChartObject</name>
    <message numerus="yes">
        <source>%n other(s)</source>
        <extracomment>The last bar of a long chart: the entries that did not fit, summed up</extracomment>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pizhu::CommitmentTracker</name>
    <message numerus="yes">
        <source>%1 of %n commitment(s) shown, %2 overdue</source>
        <translation>
            <numerusform>%1 of %n commitment shown, %2 overdue</numerusform>
            <numerusform>%1 of %n commitments shown, %2 overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pizhu::FiguresDock</name>
    <message numerus="yes">
        <source>%1 of %n figure(s)</source>
        <translation>
            <numerusform>%1 of %n figure</numerusform>
            <numerusform>%1 of %n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n figure(s) to %1.</source>
        <translation>
            <numerusform>Saved %n figure to %1.</numerusform>
            <numerusform>Saved %n figures to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pizhu::LibraryDock</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n report(s)</source>
        <translation>
            <numerusform>%1 of %n report</numerusform>
            <numerusform>%1 of %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pizhu::LibraryModel</name>
    <message numerus="yes">
        <source>%1
%2 · %n version(s)</source>
        <translation>
            <numerusform>%1
%2 · %n version</numerusform>
            <numerusform>%1
%2 · %n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pizhu::NotesExportController</name>
    <message numerus="yes">
        <source>Exporting %n note(s)…</source>
        <translation>
            <numerusform>Exporting %n note…</numerusform>
            <numerusform>Exporting %n notes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pizhu::SearchModel</name>
    <message numerus="yes">
        <source>%n hit(s) shown, more in the report</source>
        <translation>
            <numerusform>%n hit shown, more in the report</numerusform>
            <numerusform>%n hits shown, more in the report</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pizhu::SearchPanel</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in %1</source>
        <translation>
            <numerusform>%n hit in %1</numerusform>
            <numerusform>%n hits in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pizhu::TagListModel</name>
    <message numerus="yes">
        <source>%1: %n annotation(s)</source>
        <translation>
            <numerusform>%1: %n annotation</numerusform>
            <numerusform>%1: %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pizhu::TagManagerDialog</name>
    <message numerus="yes">
        <source>Merge “%1” into “%2”? %n annotation(s) tagged “%1” will be tagged “%2” instead, and “%1” is deleted.</source>
        <translation>
            <numerusform>Merge “%1” into “%2”? %n annotation tagged “%1” will be tagged “%2” instead, and “%1” is deleted.</numerusform>
            <numerusform>Merge “%1” into “%2”? %n annotations tagged “%1” will be tagged “%2” instead, and “%1” is deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is taken off %n annotation(s).</source>
        <translation>
            <numerusform>Delete the tag “%1”? It is taken off %n annotation.</numerusform>
            <numerusform>Delete the tag “%1”? It is taken off %n annotations.</numerusform>
        </translation>
    </message>
</context>
</TS>
