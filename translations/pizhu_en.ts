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
