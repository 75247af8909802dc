<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_US">
<context>
    <name>respan::Commands</name>
    <message>
        <source>Move %1 to slot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from slot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Empty %n slot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Place %1 in slot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Place %n element(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add slot %1 to span %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add span %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete span %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add structure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete structure %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::Element</name>
    <message>
        <source>In structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harvested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ProjectDocument</name>
    <message>
        <source>element id %1 is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a structure named %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a structure needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span %1 already exists in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1 already exists in span %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ProjectFile</name>
    <message>
        <source>%1: cannot reopen to flush it to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: flushing to disk failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds a %2 named &quot;%3&quot; that ReSpan did not create; the file was altered outside ReSpan and is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; it is not a ReSpan project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a ReSpan project (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an SQLite database of another application (application id 0x%2), not a ReSpan project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written by a newer ReSpan (file format %2); this version reads up to format %3. Open it with a newer ReSpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a ReSpan project without a format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make a copy to upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the backup %2 before upgrading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: inconsistent data (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot replace the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file changed format while open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the content of attached document %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a file of that name exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: table %2, row %3, column %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown capacity basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a missing element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a missing structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a missing span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: structure %2: %3 = %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of document %1 of element %2 is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an input/output error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or its folder cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (SQLite error %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQLite driver does not expose its handle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ProjectLock</name>
    <message>
        <source>%1 on %2 (%3, process %4) since %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the folder is not writable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot create a lock file: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable lock file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ProjectSession</name>
    <message>
        <source>%1 is open in another ReSpan: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved work from a ReSpan session that ended abnormally (%2). Open it in ReSpan to recover or discard that work first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was just opened by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no file yet; use Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only; save it under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of %1 is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ProjectSettings</name>
    <message>
        <source>Longest piece that may be cut off a girder to fit a span (rule R1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReSpan default (matching.md); a project choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest admissible NEN 2767 condition score (rule R3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit only elements with verified resistances (rule R4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emissions of new precast structural concrete, per tonne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>British Precast factsheet, structural precast, cradle to grave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emissions of road transport, per tonne-kilometre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illustrative; replace by the STREAM Goederenvervoer 2020 factor for the vehicle used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road distance divided by geodesic distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting; known settings are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than %1 and at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number (use a decimal point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ProvisionalAssignmentChecker</name>
    <message>
        <source>element or slot no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too short for span %2: %3 m &lt; %4 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long for span %2: cutting %3 m exceeds the %4 m allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too weak in bending: MEd %2 kNm &gt; MRd %3 kNm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too weak in shear: VEd %2 kN &gt; VRd %3 kN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has section %2 × %3 mm; %4 in the same span has %5 × %6 mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::Validation</name>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than %1 %3 and at most %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not begin or end with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEN 2767 condition score must be a whole number from 1 to 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span name used twice in structure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot name used twice in span %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::cli</name>
    <message>
        <source>Usage: respan-cli COMMAND ARGUMENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 usage error, 2 bad input or refused file (nothing changed), 3 other failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: respan-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1: cannot read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 exists already; choose another name or remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created empty project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote the A9 -&gt; A44 demo project to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected --elements or --design, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s); nothing was imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n element(s) into %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1 slot(s) in %2 span(s) of %3 structure(s) into %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a project file and at least one KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1=%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>elements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donor structures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slots: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignments: %1 (%2 pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached documents: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 failed the integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content: ok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::DocumentController</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

File: %2

Your open project has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work restored; save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older ReSpan (file format %2) and has been upgraded; a copy of the old file was kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes kept in an autosave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::DocumentsTab</name>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: stored in the project file when the project is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored content of %1 does not match its SHA-256 checksum; it was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program was found to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::DrawingExport</name>
    <message>
        <source>There is nothing to export: no structure is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReSpan plan view, true to scale: %1 px per metre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::DrawingLegend</name>
    <message>
        <source>Admissible while dragging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::DrawingPanel</name>
    <message>
        <source>Scale: screen pixels per metre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All structures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 px/m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::DrawingStyle</name>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::DropPlanner</name>
    <message>
        <source>%1: no empty slot left in this span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 placed in slot %2 and pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) placed and pinned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::ElementEditorDialog</name>
    <message>
        <source>New element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity and origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor structure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in donor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year built:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original load class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry and resistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bending resistance MRd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shear resistance VRd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resistances are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – reasonable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – mediocre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 – very poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition score according to NEN 2767</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition (NEN 2767):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location and availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: inspections, damage, agreements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered in the element editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is already used by another element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element has errors; see the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::ElementTableModel</name>
    <message>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned by a planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed (not pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design bending resistance MRd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design shear resistance VRd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEN 2767 condition score: 1 excellent … 6 very poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the resistances are estimated or verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure / span / slot the element is placed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass (t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRd (kNm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRd (kN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 not changed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in the inventory table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::FieldEdit</name>
    <message>
        <source>not a number (decimal separator: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::FilePrompts</name>
    <message>
        <source>ReSpan projects (*.respan);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReSpan was not closed normally while %1 was open (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work from %1 was kept. Restore it, or discard it and open the project as it was last saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::HistoryTab</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::InventoryPanel</name>
    <message>
        <source>Filter: id, type, donor, load class, placement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: height × width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest element length shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest element length shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 elements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::MainActions</name>
    <message>
        <source>&amp;New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected elements or structure items, or empty the selected slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Element…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Element…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Structure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the elements in the selected slots: the optimiser will not move them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the selected placements into proposals the optimiser may change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Unpinned Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every placement that is not pinned (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ReSpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::MainWindow</name>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened or saved&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1 has this project open. You can look around and export; to make changes, save a copy under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this project is open elsewhere. To make changes, save a copy under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elements · %2 structures · %3 of %4 slots filled (%5 pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n element(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more filled slots in the drawing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unpinned placement is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pinned placement is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pin %n placement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n placement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no unpinned assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear unpinned assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unpinned assignment(s) removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Element not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used when ReSpan is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ReSpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReSpan %1&lt;/h3&gt;&lt;p&gt;Reuse planning of precast concrete girders harvested from demolished viaducts: inventory, receiving structures, matching and planning.&lt;/p&gt;&lt;p&gt;Until the matching engine is in place, the planning board checks placements only for length, capacity and section (a provisional check).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when ReSpan is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave unsaved changes every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name in status histories:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::SlotDialog</name>
    <message>
        <source>Slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design moment MEd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design shear VEd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1 already exists in this span</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::SpanDialog</name>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required element length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length a girder must have after cutting: span between bearing centre lines plus both end allowances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New span in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots are named prefix1, prefix2, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of slots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot name prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design moment MEd per slot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design shear VEd per slot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span %1 already exists in this structure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::StructureDialog</name>
    <message>
        <source>New structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site latitude (WGS84):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site longitude (WGS84):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a structure named %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::StructurePanel</name>
    <message>
        <source>Add a structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a span with its slots to the selected structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected structure, span or slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected structure, span or slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add structure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add span…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit structure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit span %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit slot %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::StructureTreeModel</name>
    <message>
        <source>%1
Site: %2, %3 (WGS84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
cut %3 m, utilisation %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEd (kNm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VEd (kN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A structure needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename structure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A span needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename span %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required length not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change required length of span %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation date not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change installation date of span %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slot needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change demands of slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop on a span or a slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::StructureTreeView</name>
    <message>
        <source>Release to place here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::ViaductScene</name>
    <message>
        <source>Span %1 · L = %2 · %3 · %4/%5 filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut %1 · u %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEd %1 · VEd %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 of span %2: MEd %3, VEd %4
%5 (%6): %7, %8 × %9 mm, MRd %10, VRd %11
cut %12, utilisation %13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 of span %2 (empty): MEd %3, VEd %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>respan::ui::ViaductView</name>
    <message>
        <source>The project is open read-only: nothing can be placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop on a slot, or on a span&apos;s label to fill its empty slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 in slot %2: cut %3 m, utilisation %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Place %n element(s) here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
