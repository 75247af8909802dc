<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_US">
<context>
    <name>respan::Commands</name>
    <message numerus="yes">
        <source>Empty %n slot(s)</source>
        <translation>
            <numerusform>Empty %n slot</numerusform>
            <numerusform>Empty %n slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n element(s)</source>
        <translation>
            <numerusform>Place %n element</numerusform>
            <numerusform>Place %n elements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::CsvTable</name>
    <message numerus="yes">
        <source>%n field(s), but the header has %1</source>
        <translation>
            <numerusform>%n field, but the header has %1</numerusform>
            <numerusform>%n fields, but the header has %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::Passport</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::cli</name>
    <message numerus="yes">
        <source>wrote the materials passport of %n element(s) to %1</source>
        <translation>
            <numerusform>wrote the materials passport of %n element to %1</numerusform>
            <numerusform>wrote the materials passport of %n elements to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s); nothing was imported</source>
        <translation>
            <numerusform>%1: %n error; nothing was imported</numerusform>
            <numerusform>%1: %n errors; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conflict(s) with the project; nothing was imported (the project&apos;s data is never overwritten: remove or rename the element in one of the two first)</source>
        <translation>
            <numerusform>%1: %n conflict with the project; nothing was imported (the project's data is never overwritten: remove or rename the element in one of the two first)</numerusform>
            <numerusform>%1: %n conflicts with the project; nothing was imported (the project's data is never overwritten: remove or rename the element in one of the two first)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n element(s) into %1</source>
        <translation>
            <numerusform>imported %n element into %1</numerusform>
            <numerusform>imported %n elements into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::DropPlanner</name>
    <message numerus="yes">
        <source>%n element(s) placed and pinned.</source>
        <translation>
            <numerusform>%n element placed and pinned.</numerusform>
            <numerusform>%n elements placed and pinned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::MainWindow</name>
    <message numerus="yes">
        <source>Delete %n element(s)</source>
        <translation>
            <numerusform>Delete %n element</numerusform>
            <numerusform>Delete %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pin %n placement(s)</source>
        <translation>
            <numerusform>Pin %n placement</numerusform>
            <numerusform>Pin %n placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n placement(s)</source>
        <translation>
            <numerusform>Unpin %n placement</numerusform>
            <numerusform>Unpin %n placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpinned assignment(s) removed.</source>
        <translation>
            <numerusform>%n unpinned assignment removed.</numerusform>
            <numerusform>%n unpinned assignments removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::ViaductView</name>
    <message numerus="yes">
        <source>Place %n element(s) here</source>
        <translation>
            <numerusform>Place %n element here</numerusform>
            <numerusform>Place %n elements here</numerusform>
        </translation>
    </message>
</context>
</TS>
