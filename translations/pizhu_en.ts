<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
