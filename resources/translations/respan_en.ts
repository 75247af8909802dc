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
    <name>respan::Matching</name>
    <message numerus="yes">
        <source>admissible in %n empty slot(s); not placed yet</source>
        <translation>
            <numerusform>admissible in %n empty slot; not placed yet</numerusform>
            <numerusform>admissible in %n empty slots; not placed yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>admissible in %n empty slot(s), but the search stopped before the plan was proven optimal</source>
        <translation>
            <numerusform>admissible in %n empty slot, but the search stopped before the plan was proven optimal</numerusform>
            <numerusform>admissible in %n empty slots, but the search stopped before the plan was proven optimal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every admissible slot (%n) is filled</source>
        <translation>
            <numerusform>its only admissible slot (%n) is filled</numerusform>
            <numerusform>every admissible slot (%n) is filled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of its %n admissible slot(s), %1 are filled and %2 lie in spans that hold another section (R8)</source>
        <translation>
            <numerusform>of its %n admissible slot, %1 is filled and %2 lies in a span that holds another section (R8)</numerusform>
            <numerusform>of its %n admissible slots, %1 are filled and %2 lie in spans that hold another section (R8)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a better use elsewhere: every admissible slot (%n) is filled by a better candidate</source>
        <translation>
            <numerusform>a better use elsewhere: its only admissible slot (%n) is filled by a better candidate</numerusform>
            <numerusform>a better use elsewhere: every admissible slot (%n) is filled by a better candidate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a better use elsewhere: of its %n admissible slot(s), %1 are filled by better candidates and %2 lie in spans given another section (R8)</source>
        <translation>
            <numerusform>a better use elsewhere: of its %n admissible slot, %1 is filled by a better candidate and %2 lies in a span given another section (R8)</numerusform>
            <numerusform>a better use elsewhere: of its %n admissible slots, %1 are filled by better candidates and %2 lie in spans given another section (R8)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recertified by %1, %n day(s) after the latest delivery on %2 (installation %3 minus %4 days&apos; lead)</source>
        <translation>
            <numerusform>recertified by %1, %n day after the latest delivery on %2 (installation %3 minus %4 days&apos; lead)</numerusform>
            <numerusform>recertified by %1, %n days after the latest delivery on %2 (installation %3 minus %4 days&apos; lead)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recertified by %1, %n day(s) after installation on %2</source>
        <translation>
            <numerusform>recertified by %1, %n day after installation on %2</numerusform>
            <numerusform>recertified by %1, %n days after installation on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>admissible in %n empty slot(s), but reuse saves nothing there against crushing it and building new (%1)</source>
        <translation>
            <numerusform>admissible in %n empty slot, but reuse saves nothing there against crushing it and building new (%1)</numerusform>
            <numerusform>admissible in %n empty slots, but reuse saves nothing there against crushing it and building new (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of its %n admissible slot(s), %1 are filled by better candidates, %2 lie in spans given another section (R8) and in %3 reuse saves nothing against crushing it and building new (%4)</source>
        <translation>
            <numerusform>of its %n admissible slot, %1 are filled by better candidates, %2 lie in spans given another section (R8) and in %3 reuse saves nothing against crushing it and building new (%4)</numerusform>
            <numerusform>of its %n admissible slots, %1 are filled by better candidates, %2 lie in spans given another section (R8) and in %3 reuse saves nothing against crushing it and building new (%4)</numerusform>
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
    <name>respan::Storage</name>
    <message numerus="yes">
        <source>no room at site %1: %2 of %n girder(s) placed</source>
        <translation>
            <numerusform>no room at site %1: %2 of %n girder placed</numerusform>
            <numerusform>no room at site %1: %2 of %n girders placed</numerusform>
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
            <numerusform>%1: %n conflict with the project; nothing was imported (the project&apos;s data is never overwritten: remove or rename the element in one of the two first)</numerusform>
            <numerusform>%1: %n conflicts with the project; nothing was imported (the project&apos;s data is never overwritten: remove or rename the element in one of the two first)</numerusform>
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
    <message numerus="yes">
        <source>wrote the matching report (%n page(s)) to %1</source>
        <translation>
            <numerusform>wrote the matching report (%n page) to %1</numerusform>
            <numerusform>wrote the matching report (%n pages) to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote the inventory of %n element(s) to %1</source>
        <translation>
            <numerusform>wrote the inventory of %n element to %1</numerusform>
            <numerusform>wrote the inventory of %n elements to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged</source>
        <translation>
            <numerusform>%n damaged</numerusform>
            <numerusform>%n damaged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan start %1, delivery lead %n day(s), ready dates %2 R5</source>
        <translation>
            <numerusform>Plan start %1, delivery lead %n day, ready dates %2 R5</numerusform>
            <numerusform>Plan start %1, delivery lead %n days, ready dates %2 R5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LATE by %n day(s)</source>
        <translation>
            <numerusform>LATE by %n day</numerusform>
            <numerusform>LATE by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n girder(s) scheduled, %1 late</source>
        <translation>
            <numerusform>%n girder scheduled, %1 late</numerusform>
            <numerusform>%n girders scheduled, %1 late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>schedule of %n girder(s) written to %1</source>
        <translation>
            <numerusform>schedule of %n girder written to %1</numerusform>
            <numerusform>schedule of %n girders written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replaced the recertification protocol of %1 by %n step(s)</source>
        <translation>
            <numerusform>replaced the recertification protocol of %1 by %n step</numerusform>
            <numerusform>replaced the recertification protocol of %1 by %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n storage site(s) into %1: %2</source>
        <translation>
            <numerusform>imported %n storage site into %1: %2</numerusform>
            <numerusform>imported %n storage sites into %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site %1 (%2): %3 m2, usable %4 m2; peak %n girder(s) on %5, EUR %6</source>
        <translation>
            <numerusform>Site %1 (%2): %3 m2, usable %4 m2; peak %n girder on %5, EUR %6</numerusform>
            <numerusform>Site %1 (%2): %3 m2, usable %4 m2; peak %n girders on %5, EUR %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stay(s), %1 conflict(s)</source>
        <translation>
            <numerusform>%n stay, %1 conflict(s)</numerusform>
            <numerusform>%n stays, %1 conflict(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>storage plan of %n site(s) written to %1</source>
        <translation>
            <numerusform>storage plan of %n site written to %1</numerusform>
            <numerusform>storage plan of %n sites written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>impact of %n girder(s) written to %1</source>
        <translation>
            <numerusform>impact of %n girder written to %1</numerusform>
            <numerusform>impact of %n girders written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n impact factor(s) into %1: %2</source>
        <translation>
            <numerusform>imported %n impact factor into %1: %2</numerusform>
            <numerusform>imported %n impact factors into %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::CertificationPanel</name>
    <message numerus="yes">
        <source>%1: %n day(s) late (ready %2, needed by %3)</source>
        <translation>
            <numerusform>%1: %n day late (ready %2, needed by %3)</numerusform>
            <numerusform>%1: %n days late (ready %2, needed by %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n girder(s) to recertify, %1 late</source>
        <translation>
            <numerusform>%n girder to recertify, %1 late</numerusform>
            <numerusform>%n girders to recertify, %1 late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) planned before today not started</source>
        <translation>
            <numerusform>%n step planned before today not started</numerusform>
            <numerusform>%n steps planned before today not started</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::DragLabel</name>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <translation>
            <numerusform>%1 + %n more</numerusform>
            <numerusform>%1 + %n more</numerusform>
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
    <message numerus="yes">
        <source>Place %n element(s) here.</source>
        <translation>
            <numerusform>Place %n element here.</numerusform>
            <numerusform>Place %n elements here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::ExchangeController</name>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n element(s) from %1</source>
        <translation>
            <numerusform>Import %n element from %1</numerusform>
            <numerusform>Import %n elements from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n slot</numerusform>
            <numerusform>%n slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n slot(s) from %1</source>
        <translation>
            <numerusform>Import %n slot from %1</numerusform>
            <numerusform>Import %n slots from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every element of %1 is in the project already with the same data (%n element(s)).</source>
        <translation>
            <numerusform>Every element of %1 is in the project already with the same data (%n element).</numerusform>
            <numerusform>Every element of %1 is in the project already with the same data (%n elements).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n element(s) from passport %1</source>
        <translation>
            <numerusform>Import %n element from passport %1</numerusform>
            <numerusform>Import %n elements from passport %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) exported to %1.</source>
        <translation>
            <numerusform>%n element exported to %1.</numerusform>
            <numerusform>%n elements exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) exported to %1.</source>
        <translation>
            <numerusform>%n slot exported to %1.</numerusform>
            <numerusform>%n slots exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Materials passport of %n element(s) written to %1.</source>
        <translation>
            <numerusform>Materials passport of %n element written to %1.</numerusform>
            <numerusform>Materials passport of %n elements written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol step(s)</source>
        <translation>
            <numerusform>%n protocol step</numerusform>
            <numerusform>%n protocol steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step result(s)</source>
        <translation>
            <numerusform>%n step result</numerusform>
            <numerusform>%n step results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n step result(s) from %1</source>
        <translation>
            <numerusform>Import %n step result from %1</numerusform>
            <numerusform>Import %n step results from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n storage site(s)</source>
        <translation>
            <numerusform>%n storage site</numerusform>
            <numerusform>%n storage sites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::ExchangePrompts</name>
    <message numerus="yes">
        <source>The %n selected element(s)</source>
        <translation>
            <numerusform>The %n selected element</numerusform>
            <numerusform>The %n selected elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n element(s)</source>
        <translation>
            <numerusform>The only element (%n)</numerusform>
            <numerusform>All %n elements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::GanttView</name>
    <message numerus="yes">
        <source>%1 (%n girder(s))</source>
        <translation>
            <numerusform>%1 (%n girder)</numerusform>
            <numerusform>%1 (%n girders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n day(s) late&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n day late&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n days late&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 to %3 (%n day(s))</source>
        <translation>
            <numerusform>%1, %2 to %3 (%n day)</numerusform>
            <numerusform>%1, %2 to %3 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resource %1 (%n girder(s) at once)</source>
        <translation>
            <numerusform>Resource %1 (%n girder at once)</numerusform>
            <numerusform>Resource %1 (%n girders at once)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::ImpactPanel</name>
    <message numerus="yes">
        <source>Reusing %n girder(s) instead of crushing them and building new saves %1 t CO2e, %2 of MKI (set %3) and %4 of cost.</source>
        <translation>
            <numerusform>Reusing %n girder instead of crushing it and building new saves %1 t CO2e, %2 of MKI (set %3) and %4 of cost.</numerusform>
            <numerusform>Reusing %n girders instead of crushing them and building new saves %1 t CO2e, %2 of MKI (set %3) and %4 of cost.</numerusform>
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
    <name>respan::ui::MessageReport</name>
    <message numerus="yes">
        <source>Nothing was imported from %1: it has %n error(s). Correct the file and import it again.</source>
        <translation>
            <numerusform>Nothing was imported from %1: it has %n error. Correct the file and import it again.</numerusform>
            <numerusform>Nothing was imported from %1: it has %n errors. Correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 imported from %2, with %n warning(s).</source>
        <translation>
            <numerusform>%1 imported from %2, with %n warning.</numerusform>
            <numerusform>%1 imported from %2, with %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: it has %n error(s).</source>
        <translation>
            <numerusform>Nothing was imported from %1: it has %n error.</numerusform>
            <numerusform>Nothing was imported from %1: it has %n errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n element(s) or donor(s) exist in the project with different data. The project is left as it is; change one side and import again.</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n element or donor exists in the project with different data. The project is left as it is; change one side and import again.</numerusform>
            <numerusform>Nothing was imported from %1: %n elements or donors exist in the project with different data. The project is left as it is; change one side and import again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::PlanningController</name>
    <message numerus="yes">
        <source>%n Minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::ProposalDialog</name>
    <message numerus="yes">
        <source>%n pin(s) in conflict stay as they are and are not counted in the saving; see the Issues panel.</source>
        <translation>
            <numerusform>%n pin in conflict stays as it is and is not counted in the saving; see the Issues panel.</numerusform>
            <numerusform>%n pins in conflict stay as they are and are not counted in the saving; see the Issues panel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What changes: %n slot(s)</source>
        <translation>
            <numerusform>What changes: %n slot</numerusform>
            <numerusform>What changes: %n slots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::ProtocolEditorDialog</name>
    <message numerus="yes">
        <source>Step %1 is no longer in the protocol: %n girder(s) have results recorded for it; they stay in the file but no longer count.</source>
        <translation>
            <numerusform>Step %1 is no longer in the protocol: %n girder has results recorded for it; they stay in the file but no longer count.</numerusform>
            <numerusform>Step %1 is no longer in the protocol: %n girders have results recorded for it; they stay in the file but no longer count.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::Report</name>
    <message numerus="yes">
        <source>Length (m), in bands of %n metre(s) from the value shown: girder length against the span&apos;s required length</source>
        <translation>
            <numerusform>Length (m), in bands of %n metre from the value shown: girder length against the span&apos;s required length</numerusform>
            <numerusform>Length (m), in bands of %n metres from the value shown: girder length against the span&apos;s required length</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan in this file is optimal. It saves %1, and the optimiser proved that no plan under rules R1–R8 with the same %n pin(s) saves more: the proven optimum is %2.</source>
        <translation>
            <numerusform>The plan in this file is optimal. It saves %1, and the optimiser proved that no plan under rules R1–R8 with the same %n pin saves more: the proven optimum is %2.</numerusform>
            <numerusform>The plan in this file is optimal. It saves %1, and the optimiser proved that no plan under rules R1–R8 with the same %n pins saves more: the proven optimum is %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan in this file is optimal. It saves %1, which reaches the proven upper bound of %2 for any plan under rules R1–R8 with the same %n pin(s).</source>
        <translation>
            <numerusform>The plan in this file is optimal. It saves %1, which reaches the proven upper bound of %2 for any plan under rules R1–R8 with the same %n pin.</numerusform>
            <numerusform>The plan in this file is optimal. It saves %1, which reaches the proven upper bound of %2 for any plan under rules R1–R8 with the same %n pins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan in this file saves %1. With its %n pin(s) held, the proven optimum under rules R1–R8 is %2: this plan is %3 below it (gap %4).</source>
        <translation>
            <numerusform>The plan in this file saves %1. With its %n pin held, the proven optimum under rules R1–R8 is %2: this plan is %3 below it (gap %4).</numerusform>
            <numerusform>The plan in this file saves %1. With its %n pins held, the proven optimum under rules R1–R8 is %2: this plan is %3 below it (gap %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan in this file saves %1. The optimiser did not prove an optimum in %2 s: its best plan saves %3, and no plan under rules R1–R8 with the same %n pin(s) can save more than %4 (a proven bound). This plan is within %5 of that bound; whether it is optimal is not known.</source>
        <translation>
            <numerusform>The plan in this file saves %1. The optimiser did not prove an optimum in %2 s: its best plan saves %3, and no plan under rules R1–R8 with the same %n pin can save more than %4 (a proven bound). This plan is within %5 of that bound; whether it is optimal is not known.</numerusform>
            <numerusform>The plan in this file saves %1. The optimiser did not prove an optimum in %2 s: its best plan saves %3, and no plan under rules R1–R8 with the same %n pins can save more than %4 (a proven bound). This plan is within %5 of that bound; whether it is optimal is not known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) in the file break a rule and are not counted; they are listed under Unfilled slots and unused girders.</source>
        <translation>
            <numerusform>%n placement in the file breaks a rule and is not counted; it is listed under Unfilled slots and unused girders.</numerusform>
            <numerusform>%n placements in the file break a rule and are not counted; they are listed under Unfilled slots and unused girders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site %1° N, %2° E · %n span(s) · %3 of %4 slots filled</source>
        <translation>
            <numerusform>Site %1° N, %2° E · %n span · %3 of %4 slots filled</numerusform>
            <numerusform>Site %1° N, %2° E · %n spans · %3 of %4 slots filled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n girder(s) of the inventory are not used by this plan, and why.</source>
        <translation>
            <numerusform>%n girder of the inventory is not used by this plan, and why.</numerusform>
            <numerusform>%n girders of the inventory are not used by this plan, and why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reuse of harvested precast concrete girders in %n receiving structure(s): the plan, its checks and its CO2e saving</source>
        <translation>
            <numerusform>Reuse of harvested precast concrete girders in %n receiving structure: the plan, its checks and its CO2e saving</numerusform>
            <numerusform>Reuse of harvested precast concrete girders in %n receiving structures: the plan, its checks and its CO2e saving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the placed girders have estimated resistances: they must be recalculated and recertified before they are built in.</source>
        <translation>
            <numerusform>%n of the placed girders has estimated resistances: it must be recalculated and recertified before it is built in.</numerusform>
            <numerusform>%n of the placed girders have estimated resistances: they must be recalculated and recertified before they are built in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n span(s) with girders placed have an installation date before the date of this report (%1): %2. Check whether these spans are built already, and update their dates or the plan.</source>
        <translation>
            <numerusform>Warning: %n span with girders placed has an installation date before the date of this report (%1): %2. Check whether this span is built already, and update its date or the plan.</numerusform>
            <numerusform>Warning: %n spans with girders placed have an installation date before the date of this report (%1): %2. Check whether these spans are built already, and update their dates or the plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) hold no girder that keeps every rule. They are grouped by the reason of their closest candidate, with one example in the matching engine&apos;s words.</source>
        <translation>
            <numerusform>%n slot holds no girder that keeps every rule. It is listed with the reason of its closest candidate, in the matching engine&apos;s words.</numerusform>
            <numerusform>%n slots hold no girder that keeps every rule. They are grouped by the reason of their closest candidate, with one example in the matching engine&apos;s words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) stay empty in this plan; the reasons are listed under Unfilled slots and unused girders.</source>
        <translation>
            <numerusform>%n slot stays empty in this plan; the reasons are listed under Unfilled slots and unused girders.</numerusform>
            <numerusform>%n slots stay empty in this plan; the reasons are listed under Unfilled slots and unused girders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every girder that is not certified, installed or rejected goes through the project&apos;s protocol of %n step(s), scheduled from %1 by deadline (installation minus %2 days&apos; delivery lead). The ready dates %3 rule R5. Durations, costs and capacities of the default protocol are illustrative.</source>
        <translation>
            <numerusform>Every girder that is not certified, installed or rejected goes through the project&apos;s protocol of %n step, scheduled from %1 by deadline (installation minus %2 days&apos; delivery lead). The ready dates %3 rule R5. Durations, costs and capacities of the default protocol are illustrative.</numerusform>
            <numerusform>Every girder that is not certified, installed or rejected goes through the project&apos;s protocol of %n steps, scheduled from %1 by deadline (installation minus %2 days&apos; delivery lead). The ready dates %3 rule R5. Durations, costs and capacities of the default protocol are illustrative.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n girder(s) still need recertifying; %1 of them are late.</source>
        <translation>
            <numerusform>%n girder still needs recertifying; %1 of them are late.</numerusform>
            <numerusform>%n girders still need recertifying; %1 of them are late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outline %1 m², usable %2 m² (outline minus blocked areas); clearance %3 m, lanes %4 m, stacked up to %5; %6 EUR/m² a month. Peak: %n girder(s) on %7. Storage cost EUR %8.</source>
        <translation>
            <numerusform>Outline %1 m², usable %2 m² (outline minus blocked areas); clearance %3 m, lanes %4 m, stacked up to %5; %6 EUR/m² a month. Peak: %n girder on %7. Storage cost EUR %8.</numerusform>
            <numerusform>Outline %1 m², usable %2 m² (outline minus blocked areas); clearance %3 m, lanes %4 m, stacked up to %5; %6 EUR/m² a month. Peak: %n girders on %7. Storage cost EUR %8.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A girder with a storage site stays there from its harvest date (or the plan start) to its slot&apos;s installation minus %n day(s) of delivery lead; an unassigned girder to the project&apos;s last installation. Cost = length × width × rate × days / 30.4375. A rate or outline without a public source is illustrative.</source>
        <translation>
            <numerusform>A girder with a storage site stays there from its harvest date (or the plan start) to its slot&apos;s installation minus %n day of delivery lead; an unassigned girder to the project&apos;s last installation. Cost = length × width × rate × days / 30.4375. A rate or outline without a public source is illustrative.</numerusform>
            <numerusform>A girder with a storage site stays there from its harvest date (or the plan start) to its slot&apos;s installation minus %n days of delivery lead; an unassigned girder to the project&apos;s last installation. Cost = length × width × rate × days / 30.4375. A rate or outline without a public source is illustrative.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::ReportPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::StepEditorDialog</name>
    <message numerus="yes">
        <source>%1, %n day(s)</source>
        <translation>
            <numerusform>%1, %n day</numerusform>
            <numerusform>%1, %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>resource %1 (%n girder(s) at once)</source>
        <translation>
            <numerusform>resource %1 (%n girder at once)</numerusform>
            <numerusform>resource %1 (%n girders at once)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n day(s) late&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n day late&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n days late&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::StoragePanel</name>
    <message numerus="yes">
        <source>%1: %2 m², usable %3 m². Peak %n girder(s) on %4 (%5 m² of girders). Storage cost EUR %6.</source>
        <translation>
            <numerusform>%1: %2 m², usable %3 m². Peak %n girder on %4 (%5 m² of girders). Storage cost EUR %6.</numerusform>
            <numerusform>%1: %2 m², usable %3 m². Peak %n girders on %4 (%5 m² of girders). Storage cost EUR %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Storage site %1 removed; %n girder(s) stored there now have an unknown site (Edit &gt; Undo brings it back).</source>
        <translation>
            <numerusform>Storage site %1 removed; %n girder stored there now has an unknown site (Edit &gt; Undo brings it back).</numerusform>
            <numerusform>Storage site %1 removed; %n girders stored there now have an unknown site (Edit &gt; Undo brings it back).</numerusform>
        </translation>
    </message>
</context>
</TS>
