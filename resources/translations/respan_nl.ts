<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_US">
<context>
    <name>respan::AssignmentChecker</name>
    <message>
        <source>element or slot no longer exists</source>
        <translation>element of positie bestaat niet meer</translation>
    </message>
</context>
<context>
    <name>respan::Certification</name>
    <message>
        <source>before harvest</source>
        <translation>vóór het oogsten</translation>
    </message>
    <message>
        <source>after harvest</source>
        <translation>na het oogsten</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>running</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>afgekeurd</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>voorwaardelijk</translation>
    </message>
    <message>
        <source>the step has no id</source>
        <translation>de stap heeft geen id</translation>
    </message>
    <message>
        <source>step id %1 is used twice</source>
        <translation>stap-id %1 komt twee keer voor</translation>
    </message>
    <message>
        <source>a duration cannot be negative</source>
        <translation>een duur kan niet negatief zijn</translation>
    </message>
    <message>
        <source>predecessor %1 is not a step of the protocol</source>
        <translation>voorganger %1 is geen stap van het protocol</translation>
    </message>
    <message>
        <source>step %1 cannot follow itself</source>
        <translation>stap %1 kan niet op zichzelf volgen</translation>
    </message>
    <message>
        <source>a capacity needs a resource</source>
        <translation>een capaciteit hoort bij een middel</translation>
    </message>
    <message>
        <source>resource %1 needs a capacity of at least 1 girder</source>
        <translation>middel %1 heeft een capaciteit van minstens 1 ligger nodig</translation>
    </message>
    <message>
        <source>resource %1 has capacity %2 at step %3; rows of one resource must agree</source>
        <translation>middel %1 heeft capaciteit %2 bij stap %3; rijen van één middel moeten overeenkomen</translation>
    </message>
    <message>
        <source>the predecessors form a cycle: %1</source>
        <translation>de voorgangers vormen een kringloop: %1</translation>
    </message>
    <message>
        <source>MRd %1 kNm</source>
        <translation>MRd %1 kNm</translation>
    </message>
    <message>
        <source>MRd estimated from the load class</source>
        <translation>MRd geschat uit de belastingklasse</translation>
    </message>
    <message>
        <source>VRd %1 kN</source>
        <translation>VRd %1 kN</translation>
    </message>
    <message>
        <source>VRd estimated from the load class</source>
        <translation>VRd geschat uit de belastingklasse</translation>
    </message>
    <message>
        <source>Resistances from step %1 (%2): %3, verified; before: %4 (%5)</source>
        <translation>Weerstanden uit stap %1 (%2): %3, geverifieerd; daarvoor: %4 (%5)</translation>
    </message>
    <message>
        <source>ends before it starts (%1)</source>
        <translation>eindigt voordat hij begint (%1)</translation>
    </message>
    <message>
        <source>a step with an end date needs its start date</source>
        <translation>een stap met een einddatum heeft ook zijn begindatum nodig</translation>
    </message>
    <message>
        <source>a %1 step has not ended; give its end date with passed, failed or conditional</source>
        <translation>een stap met status %1 is niet afgelopen; geef de einddatum met goedgekeurd, afgekeurd of voorwaardelijk</translation>
    </message>
    <message>
        <source>must be above 0 kNm</source>
        <translation>moet boven 0 kNm liggen</translation>
    </message>
    <message>
        <source>must be above 0 kN</source>
        <translation>moet boven 0 kN liggen</translation>
    </message>
    <message>
        <source>resistances count only from a passed or conditional step, not from a %1 one</source>
        <translation>weerstanden tellen alleen uit een goedgekeurde of voorwaardelijke stap, niet uit een stap met status %1</translation>
    </message>
    <message>
        <source>step %1 failed (%2)</source>
        <translation>stap %1 afgekeurd (%2)</translation>
    </message>
    <message>
        <source>step %1 failed: %2 (%3)</source>
        <translation>stap %1 afgekeurd: %2 (%3)</translation>
    </message>
    <message>
        <source>every protocol step done (%1)</source>
        <translation>elke stap van het protocol gedaan (%1)</translation>
    </message>
</context>
<context>
    <name>respan::Commands</name>
    <message>
        <source>Move %1 to slot %2</source>
        <translation>%1 verplaatsen naar positie %2</translation>
    </message>
    <message>
        <source>Remove %1 from slot %2</source>
        <translation>%1 uit positie %2 halen</translation>
    </message>
    <message numerus="yes">
        <source>Empty %n slot(s)</source>
        <translation>
            <numerusform>%n positie leegmaken</numerusform>
            <numerusform>%n posities leegmaken</numerusform>
        </translation>
    </message>
    <message>
        <source>Place %1 in slot %2</source>
        <translation>%1 plaatsen in positie %2</translation>
    </message>
    <message numerus="yes">
        <source>Place %n element(s)</source>
        <translation>
            <numerusform>%n ligger plaatsen</numerusform>
            <numerusform>%n liggers plaatsen</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>%1 koppelen aan %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 verwijderen uit %2</translation>
    </message>
    <message>
        <source>Add element %1</source>
        <translation>Ligger %1 toevoegen</translation>
    </message>
    <message>
        <source>Delete element %1</source>
        <translation>Ligger %1 verwijderen</translation>
    </message>
    <message>
        <source>Add slot %1 to span %2</source>
        <translation>Positie %1 toevoegen aan overspanning %2</translation>
    </message>
    <message>
        <source>Delete slot %1</source>
        <translation>Positie %1 verwijderen</translation>
    </message>
    <message>
        <source>Add span %1 to %2</source>
        <translation>Overspanning %1 toevoegen aan %2</translation>
    </message>
    <message>
        <source>Delete span %1 of %2</source>
        <translation>Overspanning %1 van %2 verwijderen</translation>
    </message>
    <message>
        <source>Add structure %1</source>
        <translation>Kunstwerk %1 toevoegen</translation>
    </message>
    <message>
        <source>Delete structure %1</source>
        <translation>Kunstwerk %1 verwijderen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be redone: %2</source>
        <translation>&quot;%1&quot; kon niet opnieuw worden uitgevoerd: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be undone: %2</source>
        <translation>&quot;%1&quot; kon niet ongedaan worden gemaakt: %2</translation>
    </message>
    <message>
        <source>another edit is in progress; try again when it is done</source>
        <translation>er is al een andere bewerking bezig; probeer het opnieuw als die klaar is</translation>
    </message>
    <message>
        <source>the element no longer exists</source>
        <translation>de ligger bestaat niet meer</translation>
    </message>
    <message>
        <source>the structure no longer exists</source>
        <translation>het kunstwerk bestaat niet meer</translation>
    </message>
    <message>
        <source>the span no longer exists</source>
        <translation>de overspanning bestaat niet meer</translation>
    </message>
    <message>
        <source>the slot no longer exists</source>
        <translation>de positie bestaat niet meer</translation>
    </message>
    <message>
        <source>the attached document no longer exists</source>
        <translation>het bijgevoegde document bestaat niet meer</translation>
    </message>
    <message>
        <source>MRd %1 kNm</source>
        <translation>MRd %1 kNm</translation>
    </message>
    <message>
        <source>VRd %1 kN</source>
        <translation>VRd %1 kN</translation>
    </message>
    <message>
        <source>Resistances entered (%1, %2), replacing the estimate from load class %3</source>
        <translation>Weerstanden ingevoerd (%1, %2), in plaats van de schatting uit belastingklasse %3</translation>
    </message>
</context>
<context>
    <name>respan::CsvImport</name>
    <message>
        <source>not a number</source>
        <translation>geen getal</translation>
    </message>
    <message>
        <source>ambiguous number: write %1 or %2, whichever is meant (a thousands separator is only accepted together with a decimal part)</source>
        <translation>dubbelzinnig getal: schrijf %1 of %2, wat er ook bedoeld is (een scheidingsteken voor duizendtallen wordt alleen aanvaard samen met een decimaal deel)</translation>
    </message>
    <message>
        <source>in a file with semicolons between fields the decimal separator is a comma (1,5), and a point may only separate thousands (1.234,5)</source>
        <translation>in een bestand met puntkomma&apos;s tussen de velden is het decimaalteken een komma (1,5) en mag een punt alleen duizendtallen scheiden (1.234,5)</translation>
    </message>
    <message>
        <source>in a file with commas between fields the decimal separator is a point (1.5), and a comma may only separate thousands (1,234.5)</source>
        <translation>in een bestand met komma&apos;s tussen de velden is het decimaalteken een punt (1.5) en mag een komma alleen duizendtallen scheiden (1,234.5)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>structure %1</source>
        <translation>kunstwerk %1</translation>
    </message>
    <message>
        <source>span %1 of %2</source>
        <translation>overspanning %1 van %2</translation>
    </message>
    <message>
        <source>slot %1 of %2 is in row %3 already</source>
        <translation>positie %1 van %2 staat al in rij %3</translation>
    </message>
    <message>
        <source>slot %1 of %2 exists in the project already</source>
        <translation>positie %1 van %2 bestaat al in het project</translation>
    </message>
    <message>
        <source>the site of structure %1 has changed</source>
        <translation>de locatie van kunstwerk %1 is gewijzigd</translation>
    </message>
    <message>
        <source>span %1 of %2 has changed</source>
        <translation>overspanning %1 van %2 is gewijzigd</translation>
    </message>
    <message>
        <source>slot %1 of span %2 of %3 exists already</source>
        <translation>positie %1 van overspanning %2 van %3 bestaat al</translation>
    </message>
    <message>
        <source>imported from CSV</source>
        <translation>geïmporteerd uit CSV</translation>
    </message>
    <message>
        <source>an element with this id exists in the project already</source>
        <translation>er bestaat al een ligger met dit nummer in het project</translation>
    </message>
    <message>
        <source>this id is used in row %1 already</source>
        <translation>dit nummer wordt al gebruikt in rij %1</translation>
    </message>
    <message>
        <source>element id %1 is already used</source>
        <translation>liggernummer %1 is al in gebruik</translation>
    </message>
    <message>
        <source>%1 exists in the project with %2 = %3, but this row gives %4; the file must give the same value</source>
        <translation>%1 bestaat al in het project met %2 = %3, maar deze rij geeft %4; het bestand moet dezelfde waarde geven</translation>
    </message>
    <message>
        <source>%1 has %2 = %3 in row %4, but this row gives %5; every row of it must give the same value</source>
        <translation>%1 heeft %2 = %3 in rij %4, maar deze rij geeft %5; elke rij ervan moet dezelfde waarde geven</translation>
    </message>
    <message>
        <source>required: the field must not be empty</source>
        <translation>verplicht: het veld mag niet leeg zijn</translation>
    </message>
    <message>
        <source>must be before_harvest or after_harvest</source>
        <translation>moet before_harvest of after_harvest zijn</translation>
    </message>
    <message>
        <source>must be 0 days or more</source>
        <translation>moet 0 dagen of meer zijn</translation>
    </message>
    <message>
        <source>must be 1 girder or more at once</source>
        <translation>moet 1 ligger of meer tegelijk zijn</translation>
    </message>
    <message>
        <source>a capacity needs a resource: the resource column is empty</source>
        <translation>een capaciteit hoort bij een middel: de kolom resource is leeg</translation>
    </message>
    <message>
        <source>must be 0 euro or more</source>
        <translation>moet 0 euro of meer zijn</translation>
    </message>
    <message>
        <source>the file has no steps; a project without recertification sets plan_certification to false instead</source>
        <translation>het bestand heeft geen stappen; een project zonder herkeuring zet in plaats daarvan plan_certification op false</translation>
    </message>
    <message>
        <source>no element %1 in the project</source>
        <translation>geen element %1 in het project</translation>
    </message>
    <message>
        <source>no step %1 in the project&apos;s protocol</source>
        <translation>geen stap %1 in het protocol van het project</translation>
    </message>
    <message>
        <source>step %1 of %2 is in row %3 already</source>
        <translation>stap %1 van %2 staat al in rij %3</translation>
    </message>
    <message>
        <source>must be planned, running, passed, failed or conditional</source>
        <translation>moet planned, running, passed, failed of conditional zijn</translation>
    </message>
    <message>
        <source>certification import</source>
        <translation>import van herkeuringsresultaten</translation>
    </message>
    <message>
        <source>not a point of RD New (EPSG:28992): x must be -7,000..300,000 m and y 289,000..629,000 m</source>
        <translation>geen punt van RD New (EPSG:28992): x moet -7.000..300.000 m en y 289.000..629.000 m zijn</translation>
    </message>
    <message>
        <source>site %1 is also on row %2</source>
        <translation>locatie %1 staat ook in rij %2</translation>
    </message>
    <message>
        <source>the file has no sites</source>
        <translation>het bestand bevat geen locaties</translation>
    </message>
    <message>
        <source>layer %1 has no coordinate reference system (a Shapefile needs its .prj); ReSpan reads RD New (EPSG:28992) or WGS84 (EPSG:4326)</source>
        <translation>laag %1 heeft geen coördinatenstelsel (een Shapefile heeft zijn .prj nodig); ReSpan leest RD New (EPSG:28992) of WGS84 (EPSG:4326)</translation>
    </message>
    <message>
        <source>layer %1 is in %2; ReSpan reads RD New (EPSG:28992) or WGS84 (EPSG:4326)</source>
        <translation>laag %1 is in %2; ReSpan leest RD New (EPSG:28992) of WGS84 (EPSG:4326)</translation>
    </message>
    <message>
        <source>cannot project WGS84 to RD New: %1</source>
        <translation>kan WGS84 niet naar RD New projecteren: %1</translation>
    </message>
    <message>
        <source>the geometry cannot be projected to RD New</source>
        <translation>de geometrie kan niet naar RD New worden geprojecteerd</translation>
    </message>
    <message>
        <source>required: every feature names its site in the attribute &quot;site&quot;</source>
        <translation>verplicht: elk object noemt zijn locatie in het attribuut &quot;site&quot;</translation>
    </message>
    <message>
        <source>must be outline or blocked</source>
        <translation>moet outline of blocked zijn</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>het object heeft geen geometrie</translation>
    </message>
    <message>
        <source>cannot read %1 as GeoJSON, GeoPackage or Shapefile%2</source>
        <translation>kan %1 niet lezen als GeoJSON, GeoPackage of Shapefile%2</translation>
    </message>
    <message>
        <source>site %1 has blocked areas but no outline feature</source>
        <translation>locatie %1 heeft geblokkeerde vlakken maar geen omtrek</translation>
    </message>
    <message>
        <source>site %1 has %2 outline features; give it one</source>
        <translation>locatie %1 heeft %2 omtrekken; geef er één</translation>
    </message>
    <message>
        <source>site %1 (feature %2): %3</source>
        <translation>locatie %1 (object %2): %3</translation>
    </message>
    <message>
        <source>the required column %1 is missing (or give the position as rd_x and rd_y)</source>
        <translation>de verplichte kolom %1 ontbreekt (of geef de positie als rd_x en rd_y)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>factor %1 is also on row %2</source>
        <translation>factor %1 staat ook op rij %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>the file has no factors</source>
        <translation>het bestand bevat geen factoren</translation>
    </message>
    <message>
        <source>%1 and %2 come together: one of them is empty</source>
        <translation>%1 en %2 horen bij elkaar: een van beide is leeg</translation>
    </message>
    <message>
        <source>required: a position as %1/%2 (WGS84) or as %3/%4 (RD New)</source>
        <translation>verplicht: een positie als %1/%2 (WGS84) of als %3/%4 (RD New)</translation>
    </message>
    <message>
        <source>%1/%2 and %3/%4 are %5 m apart; give one of them</source>
        <translation>%1/%2 en %3/%4 liggen %5 m uit elkaar; geef er één</translation>
    </message>
</context>
<context>
    <name>respan::CsvReader</name>
    <message>
        <source>the file is not valid UTF-16 (unpaired surrogate)</source>
        <translation>het bestand is geen geldige UTF-16 (ongepaard surrogaat)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 (odd number of bytes)</source>
        <translation>het bestand is geen geldige UTF-16 (oneven aantal bytes)</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark but is not valid UTF-8</source>
        <translation>het bestand begint met een UTF-8-bytevolgordemarkering maar is geen geldige UTF-8</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; it was read as Windows-1252 (check accented letters, or save the file as UTF-8)</source>
        <translation>het bestand is geen geldige UTF-8; het is gelezen als Windows-1252 (controleer letters met accenten, of sla het bestand op als UTF-8)</translation>
    </message>
    <message>
        <source>the file contains NUL characters: it is not a text file, or UTF-16/UTF-32 without byte order mark</source>
        <translation>het bestand bevat NUL-tekens: het is geen tekstbestand, of UTF-16/UTF-32 zonder bytevolgordemarkering</translation>
    </message>
</context>
<context>
    <name>respan::CsvTable</name>
    <message>
        <source>the file is empty: it has no header row</source>
        <translation>het bestand is leeg: het heeft geen kopregel</translation>
    </message>
    <message>
        <source>cannot tell from the header whether fields are separated by commas or by semicolons</source>
        <translation>uit de kopregel valt niet op te maken of de velden door komma&apos;s of door puntkomma&apos;s worden gescheiden</translation>
    </message>
    <message>
        <source>a column without a name; it is ignored</source>
        <translation>een kolom zonder naam; deze wordt genegeerd</translation>
    </message>
    <message>
        <source>unknown column; it is ignored</source>
        <translation>onbekende kolom; deze wordt genegeerd</translation>
    </message>
    <message>
        <source>column %1 appears twice in the header (columns %2 and %3)</source>
        <translation>kolom %1 komt twee keer voor in de kopregel (kolommen %2 en %3)</translation>
    </message>
    <message>
        <source>the required column %1 is missing</source>
        <translation>de verplichte kolom %1 ontbreekt</translation>
    </message>
    <message>
        <source>a quoted field is not closed: its closing quote is missing</source>
        <translation>een veld tussen aanhalingstekens is niet afgesloten: het afsluitende aanhalingsteken ontbreekt</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field</source>
        <translation>tekst na het afsluitende aanhalingsteken van een veld tussen aanhalingstekens</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one: enclose the field in quotes and double the quote</source>
        <translation>een aanhalingsteken in een veld dat er niet mee begint: zet het veld tussen aanhalingstekens en verdubbel het aanhalingsteken</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header has %1</source>
        <translation>
            <numerusform>%n veld, maar de kopregel heeft er %1</numerusform>
            <numerusform>%n velden, maar de kopregel heeft er %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::Element</name>
    <message>
        <source>In structure</source>
        <translation>In kunstwerk</translation>
    </message>
    <message>
        <source>Harvested</source>
        <translation>Geoogst</translation>
    </message>
    <message>
        <source>In storage</source>
        <translation>In tussenopslag</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Herkeurd</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Gereserveerd</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Ingebouwd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgekeurd</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geverifieerd</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschat</translation>
    </message>
    <message>
        <source>an installed girder stays installed; it can only be rejected before it is built in</source>
        <translation>een ingebouwde ligger blijft ingebouwd; hij kan alleen vóór het inbouwen worden afgekeurd</translation>
    </message>
    <message>
        <source>a rejected girder stays rejected; enter it again as a new element if a new assessment clears it</source>
        <translation>een afgekeurde ligger blijft afgekeurd; voer hem opnieuw in als nieuw element als een nieuwe beoordeling hem vrijgeeft</translation>
    </message>
    <message>
        <source>the lifecycle does not go back from %1 to %2</source>
        <translation>de levenscyclus gaat niet terug van %1 naar %2</translation>
    </message>
    <message>
        <source>%1 cannot become %2 directly: it must be %3 first</source>
        <translation>%1 kan niet direct %2 worden: eerst moet hij %3 zijn</translation>
    </message>
</context>
<context>
    <name>respan::Fields</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Kunstwerk</translation>
    </message>
    <message>
        <source>Site latitude (WGS84)</source>
        <translation>Breedtegraad locatie (WGS84)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Site longitude (WGS84)</source>
        <translation>Lengtegraad locatie (WGS84)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Overspanning</translation>
    </message>
    <message>
        <source>Required element length</source>
        <translation>Benodigde liggerlengte</translation>
    </message>
    <message>
        <source>Required length</source>
        <translation>Benodigde lengte</translation>
    </message>
    <message>
        <source>Installation date</source>
        <translation>Plaatsingsdatum</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>Design moment MEd</source>
        <translation>Rekenwaarde moment MEd</translation>
    </message>
    <message>
        <source>MEd</source>
        <translation>MEd</translation>
    </message>
    <message>
        <source>Design shear VEd</source>
        <translation>Rekenwaarde dwarskracht VEd</translation>
    </message>
    <message>
        <source>VEd</source>
        <translation>VEd</translation>
    </message>
    <message>
        <source>1 – excellent</source>
        <translation>1 – uitstekend</translation>
    </message>
    <message>
        <source>2 – good</source>
        <translation>2 – goed</translation>
    </message>
    <message>
        <source>3 – reasonable</source>
        <translation>3 – redelijk</translation>
    </message>
    <message>
        <source>4 – mediocre</source>
        <translation>4 – matig</translation>
    </message>
    <message>
        <source>5 – poor</source>
        <translation>5 – slecht</translation>
    </message>
    <message>
        <source>6 – very poor</source>
        <translation>6 – zeer slecht</translation>
    </message>
    <message>
        <source>year must be between %1 and %2</source>
        <translation>het jaar moet tussen %1 en %2 liggen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Donor structure</source>
        <translation>Donorkunstwerk</translation>
    </message>
    <message>
        <source>Position in donor</source>
        <translation>Positie in donor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Lengte</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hoogte</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breedte</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Massa</translation>
    </message>
    <message>
        <source>Year built</source>
        <translation>Bouwjaar</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Bouwjaar</translation>
    </message>
    <message>
        <source>Original load class</source>
        <translation>Oorspronkelijke belastingklasse</translation>
    </message>
    <message>
        <source>Load class</source>
        <translation>Belastingklasse</translation>
    </message>
    <message>
        <source>BK-60-1963</source>
        <translation>BK-60-1963</translation>
    </message>
    <message>
        <source>Bending resistance MRd</source>
        <translation>Buigweerstand MRd</translation>
    </message>
    <message>
        <source>MRd</source>
        <translation>MRd</translation>
    </message>
    <message>
        <source>Shear resistance VRd</source>
        <translation>Dwarskrachtweerstand VRd</translation>
    </message>
    <message>
        <source>VRd</source>
        <translation>VRd</translation>
    </message>
    <message>
        <source>Resistances are</source>
        <translation>Weerstanden zijn</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Whether the resistances are estimated or verified</source>
        <translation>Of de weerstanden geschat of geverifieerd zijn</translation>
    </message>
    <message>
        <source>Condition (NEN 2767)</source>
        <translation>Conditie (NEN 2767)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Conditie</translation>
    </message>
    <message>
        <source>NEN 2767 condition score must be a whole number from %1 to %2</source>
        <translation>de conditiescore volgens NEN 2767 moet een geheel getal van %1 tot en met %2 zijn</translation>
    </message>
    <message>
        <source>NEN 2767 condition score: 1 excellent … 6 very poor</source>
        <translation>Conditiescore volgens NEN 2767: 1 uitstekend … 6 zeer slecht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Beschikbaar vanaf</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: available now</source>
        <translation>JJJJ-MM-DD; leeg: nu beschikbaar</translation>
    </message>
    <message>
        <source>must be %1 or %2</source>
        <translation>moet %1 of %2 zijn</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>moet een van deze zijn: %1</translation>
    </message>
    <message>
        <source>Length a girder must have after cutting: span between bearing centre lines plus both end allowances</source>
        <translation>Lengte die een ligger na inkorten moet hebben: overspanning tussen de hartlijnen van de opleggingen plus de oplegging aan beide einden</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>LM1 (EN 1991-2 Load Model 1)</source>
        <translation>LM1 (EN 1991-2 belastingmodel 1)</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>Belastingmodel</translation>
    </message>
    <message>
        <source>Traffic load model of the estimated demands</source>
        <translation>Verkeersbelastingmodel van de geschatte belastingen</translation>
    </message>
    <message>
        <source>Carriageway width</source>
        <translation>Breedte rijbaan</translation>
    </message>
    <message>
        <source>Carriageway</source>
        <translation>Rijbaan</translation>
    </message>
    <message>
        <source>Width w between the kerbs; empty: slot count x girder spacing</source>
        <translation>Breedte w tussen de schampkanten; leeg: aantal posities x liggerafstand</translation>
    </message>
    <message>
        <source>Girder spacing</source>
        <translation>Liggerafstand</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>Hart-op-hart</translation>
    </message>
    <message>
        <source>Centre-to-centre distance s of the girders; empty: 1.2 m</source>
        <translation>Hart-op-hartafstand s van de liggers; leeg: 1,2 m</translation>
    </message>
    <message>
        <source>Compression layer thickness</source>
        <translation>Dikte druklaag</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Druklaag</translation>
    </message>
    <message>
        <source>Cast-in-place compression layer; empty: 0.20 m</source>
        <translation>In het werk gestorte druklaag; leeg: 0,20 m</translation>
    </message>
    <message>
        <source>Surfacing thickness</source>
        <translation>Dikte wegdek</translation>
    </message>
    <message>
        <source>Surfacing</source>
        <translation>Wegdek</translation>
    </message>
    <message>
        <source>Asphalt on the deck; empty: 0.10 m</source>
        <translation>Asfalt op het dek; leeg: 0,10 m</translation>
    </message>
    <message>
        <source>Consequence class</source>
        <translation>Gevolgklasse</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>EN 1990 consequence class; RWS bridges are CC3</source>
        <translation>Gevolgklasse volgens EN 1990; bruggen van RWS zijn CC3</translation>
    </message>
    <message>
        <source>Calculation span</source>
        <translation>Overspanning</translation>
    </message>
    <message>
        <source>Span L between the bearings for the estimated demands; empty: required length - 0.6 m</source>
        <translation>Overspanning L tussen de opleggingen voor de geschatte belastingen; leeg: vereiste lengte - 0,6 m</translation>
    </message>
    <message>
        <source>Entered design moment; empty: estimated from the load model</source>
        <translation>Ingevoerd rekenmoment; leeg: geschat met het belastingmodel</translation>
    </message>
    <message>
        <source>Entered design shear; empty: estimated from the load model</source>
        <translation>Ingevoerde rekendwarskracht; leeg: geschat met het belastingmodel</translation>
    </message>
    <message>
        <source>Design bending resistance MRd; empty: estimated from the original load class</source>
        <translation>Rekenwaarde buigweerstand MRd; leeg: geschat uit de oorspronkelijke belastingklasse</translation>
    </message>
    <message>
        <source>Design shear resistance VRd; empty: estimated from the original load class</source>
        <translation>Rekenwaarde dwarskrachtweerstand VRd; leeg: geschat uit de oorspronkelijke belastingklasse</translation>
    </message>
    <message>
        <source>Harvest date</source>
        <translation>Oogstdatum</translation>
    </message>
    <message>
        <source>Harvested</source>
        <translation>Geoogst</translation>
    </message>
    <message>
        <source>The day the girder leaves its donor structure (past or planned); steps after harvest start no earlier</source>
        <translation>De dag waarop de ligger het donorkunstwerk verlaat (geweest of gepland); stappen na het oogsten beginnen niet eerder</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: not planned yet</source>
        <translation>JJJJ-MM-DD; leeg: nog niet gepland</translation>
    </message>
    <message>
        <source>Storage site</source>
        <translation>Opslaglocatie</translation>
    </message>
    <message>
        <source>Id of the interim-storage site where the girder lies or will lie between harvest and installation</source>
        <translation>Id van de tussenopslag waar de ligger tussen oogsten en plaatsen ligt of zal liggen</translation>
    </message>
    <message>
        <source>empty: not stored</source>
        <translation>leeg: niet opgeslagen</translation>
    </message>
    <message>
        <source>Fixed total length</source>
        <translation>Vaste totale lengte</translation>
    </message>
    <message>
        <source>Fixed total</source>
        <translation>Vast totaal</translation>
    </message>
    <message>
        <source>The crossing: when ReSpan chooses the spans&apos; required lengths, their sum stays at most this and falls short of it by at most the design length step; empty: no fixed total</source>
        <translation>De kruising: als ReSpan de vereiste lengtes van de overspanningen kiest, blijft hun som hooguit dit en ten hoogste één ontwerplengtestap eronder; leeg: geen vast totaal</translation>
    </message>
    <message>
        <source>Shortest required length</source>
        <translation>Kortste vereiste lengte</translation>
    </message>
    <message>
        <source>Length min</source>
        <translation>Lengte min</translation>
    </message>
    <message>
        <source>Lower bound when ReSpan chooses the required length around the stock (the pier may move); with the upper bound, or empty for both</source>
        <translation>Ondergrens als ReSpan de vereiste lengte rond de voorraad kiest (de pijler mag verschuiven); samen met de bovengrens, of beide leeg</translation>
    </message>
    <message>
        <source>Longest required length</source>
        <translation>Langste vereiste lengte</translation>
    </message>
    <message>
        <source>Length max</source>
        <translation>Lengte max</translation>
    </message>
    <message>
        <source>Upper bound when ReSpan chooses the required length around the stock; with the lower bound, or empty for both</source>
        <translation>Bovengrens als ReSpan de vereiste lengte rond de voorraad kiest; samen met de ondergrens, of beide leeg</translation>
    </message>
</context>
<context>
    <name>respan::Geo</name>
    <message>
        <source>PROJ cannot convert RD New (EPSG:28992) to WGS84: %1</source>
        <translation>PROJ kan RD New (EPSG:28992) niet omrekenen naar WGS84: %1</translation>
    </message>
    <message>
        <source>PROJ cannot convert the point (%1, %2)</source>
        <translation>PROJ kan het punt (%1, %2) niet omrekenen</translation>
    </message>
</context>
<context>
    <name>respan::Impact</name>
    <message>
        <source>Reuse</source>
        <translation>Hergebruik</translation>
    </message>
    <message>
        <source>New girder</source>
        <translation>Nieuwe ligger</translation>
    </message>
    <message>
        <source>Crush and build new</source>
        <translation>Breken en nieuw bouwen</translation>
    </message>
    <message>
        <source>Harvest transport</source>
        <translation>Transport bij oogst</translation>
    </message>
    <message>
        <source>Transport to site</source>
        <translation>Transport naar de bouwplaats</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Opslag</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Herkeuring</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Aanpassing</translation>
    </message>
    <message>
        <source>New production</source>
        <translation>Nieuwe productie</translation>
    </message>
    <message>
        <source>New transport</source>
        <translation>Transport nieuw</translation>
    </message>
    <message>
        <source>Crushing</source>
        <translation>Breken</translation>
    </message>
</context>
<context>
    <name>respan::ImpactFactors</name>
    <message>
        <source>unknown factor; the factors are: %1</source>
        <translation>onbekende factor; de factoren zijn: %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2 %3</source>
        <translation>moet tussen %1 en %2 %3 liggen</translation>
    </message>
    <message>
        <source>%1 has no unit (a ratio)</source>
        <translation>%1 heeft geen eenheid (een verhouding)</translation>
    </message>
    <message>
        <source>%1 is in %2</source>
        <translation>%1 is in %2</translation>
    </message>
    <message>
        <source>a factor needs its source, or the illustrative flag</source>
        <translation>een factor heeft een bron nodig, of de markering illustratief</translation>
    </message>
    <message>
        <source>must be between 1900 and 2200, or empty</source>
        <translation>moet tussen 1900 en 2200 liggen, of leeg zijn</translation>
    </message>
    <message>
        <source>British Precast, structural precast factsheet, cradle to grave</source>
        <translation>British Precast, factsheet constructief prefab beton, wieg tot graf</translation>
    </message>
    <message>
        <source>illustrative; replace by the STREAM Goederenvervoer 2020 factor (CE Delft) for the vehicle used</source>
        <translation>illustratief; vervang door de factor uit STREAM Goederenvervoer 2020 (CE Delft) voor het gebruikte voertuig</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>illustratief</translation>
    </message>
    <message>
        <source>Estévez et al. (UPC): crushing to recycled aggregate, about 3 kg CO2/t</source>
        <translation>Estévez e.a. (UPC): breken tot gerecycled granulaat, ongeveer 3 kg CO2/t</translation>
    </message>
    <message>
        <source>illustrative: about 8 l of diesel for sawing one end at 3.2 kg CO2/l well-to-wheel (TLN)</source>
        <translation>illustratief: ongeveer 8 l diesel voor het afzagen van één eind bij 3,2 kg CO2/l well-to-wheel (TLN)</translation>
    </message>
    <message>
        <source>SBK Bepalingsmethode set A1 climate price; A2 is &quot;a ruime verdubbeling&quot; of it (we-boost.nl)</source>
        <translation>SBK Bepalingsmethode, klimaatprijs van set A1; A2 is daar &quot;een ruime verdubbeling&quot; van (we-boost.nl)</translation>
    </message>
    <message>
        <source>CE Delft, Milieuprijzen als weegfactor in de bepalingsmethode, Table 6 (set A2, EN 15804+A2)</source>
        <translation>CE Delft, Milieuprijzen als weegfactor in de bepalingsmethode, tabel 6 (set A2, EN 15804+A2)</translation>
    </message>
    <message>
        <source>illustrative: no public price per tonne of a new Dutch girder was found</source>
        <translation>illustratief: geen openbare prijs per ton voor een nieuwe Nederlandse ligger gevonden</translation>
    </message>
    <message>
        <source>illustrative: no public heavy-transport rate was found</source>
        <translation>illustratief: geen openbaar tarief voor zwaar transport gevonden</translation>
    </message>
    <message>
        <source>illustrative: no public demolition and crushing rate was found</source>
        <translation>illustratief: geen openbaar tarief voor sloop en breken gevonden</translation>
    </message>
</context>
<context>
    <name>respan::ImportMessage</name>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>value &quot;%1&quot;</source>
        <translation>waarde &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>respan::Loads</name>
    <message>
        <source>no original load class is given</source>
        <translation>er is geen oorspronkelijke belastingklasse opgegeven</translation>
    </message>
    <message>
        <source>no public load values for %1</source>
        <translation>geen openbare belastingwaarden voor %1</translation>
    </message>
    <message>
        <source>%1 is not a load class ReSpan knows (known: BK-30-1963, BK-45-1963, BK-60-1963 and their VOSB 1963 spellings)</source>
        <translation>%1 is geen belastingklasse die ReSpan kent (bekend: BK-30-1963, BK-45-1963, BK-60-1963 en hun VOSB 1963-schrijfwijzen)</translation>
    </message>
    <message>
        <source>entered (%1)</source>
        <translation>ingevoerd (%1)</translation>
    </message>
    <message>
        <source>resistance unknown: %1</source>
        <translation>weerstand onbekend: %1</translation>
    </message>
    <message>
        <source>estimated from %1: (%2 x %3 kN/m own weight + %4 x %5 kN/m2 x %6 m width) on the original span %7 m, simply supported</source>
        <translation>geschat uit %1: (%2 x %3 kN/m eigen gewicht + %4 x %5 kN/m2 x %6 m breedte) op de oorspronkelijke overspanning %7 m, vrij opgelegd</translation>
    </message>
    <message>
        <source>VOSB 1963 class %1</source>
        <translation>VOSB 1963 klasse %1</translation>
    </message>
    <message>
        <source>VOSB 1938 class %1</source>
        <translation>VOSB 1938 klasse %1</translation>
    </message>
</context>
<context>
    <name>respan::Matching</name>
    <message>
        <source>pinned here, but the pin is in conflict: %1</source>
        <translation>hier vastgezet, maar de vastzetting is in conflict: %1</translation>
    </message>
    <message>
        <source>placed here, but the placement breaks a rule: %1</source>
        <translation>hier geplaatst, maar de plaatsing overtreedt een regel: %1</translation>
    </message>
    <message>
        <source>pinned elsewhere: in %1</source>
        <translation>elders vastgezet: in %1</translation>
    </message>
    <message>
        <source>another section chosen for this span: %1; the girder is used in %2</source>
        <translation>voor deze overspanning is een andere doorsnede gekozen: %1; de ligger is gebruikt in %2</translation>
    </message>
    <message>
        <source>used elsewhere: in %1</source>
        <translation>elders gebruikt: in %1</translation>
    </message>
    <message>
        <source>used elsewhere for more filled slots: in %1</source>
        <translation>elders gebruikt voor meer gevulde posities: in %1</translation>
    </message>
    <message>
        <source>used elsewhere for a larger saving: in %1</source>
        <translation>elders gebruikt voor een grotere besparing: in %1</translation>
    </message>
    <message>
        <source>pinned elsewhere: in %1 (a pin in conflict)</source>
        <translation>elders vastgezet: in %1 (een vastzetting in conflict)</translation>
    </message>
    <message>
        <source>placed elsewhere: in %1 (a placement that breaks a rule)</source>
        <translation>elders geplaatst: in %1 (een plaatsing die een regel overtreedt)</translation>
    </message>
    <message>
        <source>the slot is held by its pin of %1, which is in conflict; it stays empty until the pin is changed</source>
        <translation>de positie wordt bezet door de vastzetting van %1, die in conflict is; ze blijft leeg tot de vastzetting wordt gewijzigd</translation>
    </message>
    <message>
        <source>the slot holds %1, which breaks a rule; it counts as empty until the placement is changed</source>
        <translation>de positie bevat %1, dat een regel overtreedt; ze telt als leeg tot de plaatsing wordt gewijzigd</translation>
    </message>
    <message>
        <source>another section chosen for this span: %1</source>
        <translation>voor deze overspanning is een andere doorsnede gekozen: %1</translation>
    </message>
    <message>
        <source>admissible and free: not placed yet</source>
        <translation>toelaatbaar en vrij: nog niet geplaatst</translation>
    </message>
    <message>
        <source>admissible and free: the search stopped before the plan was proven optimal</source>
        <translation>toelaatbaar en vrij: de zoektocht stopte voordat het plan bewezen optimaal was</translation>
    </message>
    <message>
        <source>pinned to %1, but the pin is in conflict: %2</source>
        <translation>vastgezet in %1, maar de vastzetting is in conflict: %2</translation>
    </message>
    <message>
        <source>placed in %1, but the placement breaks a rule: %2</source>
        <translation>geplaatst in %1, maar de plaatsing overtreedt een regel: %2</translation>
    </message>
    <message>
        <source>no admissible slot: the project has no slots</source>
        <translation>geen toelaatbare positie: het project heeft geen posities</translation>
    </message>
    <message>
        <source>no admissible slot; nearest is %1: %2</source>
        <translation>geen toelaatbare positie; het dichtst bij is %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>admissible in %n empty slot(s); not placed yet</source>
        <translation>
            <numerusform>toelaatbaar in %n lege positie; nog niet geplaatst</numerusform>
            <numerusform>toelaatbaar in %n lege posities; nog niet geplaatst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>admissible in %n empty slot(s), but the search stopped before the plan was proven optimal</source>
        <translation>
            <numerusform>toelaatbaar in %n lege positie, maar de zoektocht stopte voordat het plan bewezen optimaal was</numerusform>
            <numerusform>toelaatbaar in %n lege posities, maar de zoektocht stopte voordat het plan bewezen optimaal was</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every admissible slot (%n) is filled</source>
        <translation>
            <numerusform>de enige toelaatbare positie (%n) is gevuld</numerusform>
            <numerusform>elke toelaatbare positie (%n) is gevuld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of its %n admissible slot(s), %1 are filled and %2 lie in spans that hold another section (R8)</source>
        <translation>
            <numerusform>van zijn %n toelaatbare positie zijn er %1 gevuld en liggen er %2 in overspanningen met een andere doorsnede (R8)</numerusform>
            <numerusform>van zijn %n toelaatbare posities zijn er %1 gevuld en liggen er %2 in overspanningen met een andere doorsnede (R8)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a better use elsewhere: every admissible slot (%n) is filled by a better candidate</source>
        <translation>
            <numerusform>elders beter te gebruiken: de toelaatbare positie (%n) is gevuld door een betere kandidaat</numerusform>
            <numerusform>elders beter te gebruiken: elke toelaatbare positie (%n) is gevuld door een betere kandidaat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a better use elsewhere: of its %n admissible slot(s), %1 are filled by better candidates and %2 lie in spans given another section (R8)</source>
        <translation>
            <numerusform>elders beter te gebruiken: van zijn %n toelaatbare positie zijn er %1 gevuld door betere kandidaten en liggen er %2 in overspanningen met een andere doorsnede (R8)</numerusform>
            <numerusform>elders beter te gebruiken: van zijn %n toelaatbare posities zijn er %1 gevuld door betere kandidaten en liggen er %2 in overspanningen met een andere doorsnede (R8)</numerusform>
        </translation>
    </message>
    <message>
        <source>the plan names an element or slot that does not exist</source>
        <translation>het plan noemt een element of positie die niet bestaat</translation>
    </message>
    <message>
        <source>element %1 is used more than once</source>
        <translation>element %1 wordt meer dan eens gebruikt</translation>
    </message>
    <message>
        <source>slot %1 holds more than one element</source>
        <translation>positie %1 bevat meer dan één element</translation>
    </message>
    <message>
        <source>a pinned assignment is missing from the plan</source>
        <translation>een vastgezette toewijzing ontbreekt in het plan</translation>
    </message>
    <message>
        <source>the element or slot does not exist</source>
        <translation>het element of de positie bestaat niet</translation>
    </message>
    <message>
        <source>length</source>
        <translation>lengte</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>draagvermogen</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>conditie</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>grondslag</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>tijdstip</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>besparing</translation>
    </message>
    <message>
        <source>section</source>
        <translation>doorsnede</translation>
    </message>
    <message>
        <source>girder %1 m is %2 m shorter than required %3 m</source>
        <translation>ligger van %1 m is %2 m korter dan de vereiste %3 m</translation>
    </message>
    <message>
        <source>girder %1 m would need a cut of %2 m, more than the allowed %3 m</source>
        <translation>ligger van %1 m zou %2 m moeten worden ingekort, meer dan de toegestane %3 m</translation>
    </message>
    <message>
        <source>condition score %1 is worse than the allowed %2</source>
        <translation>conditiescore %1 is slechter dan de toegestane %2</translation>
    </message>
    <message>
        <source>capacity basis is %1, but verified is required</source>
        <translation>grondslag van de weerstanden is %1, maar geverifieerd is vereist</translation>
    </message>
    <message>
        <source>available from %1, after installation on %2</source>
        <translation>beschikbaar vanaf %1, na plaatsing op %2</translation>
    </message>
    <message>
        <source>status is %1</source>
        <translation>status is %1</translation>
    </message>
    <message>
        <source>net saving %1 kg CO2e is not positive</source>
        <translation>netto besparing %1 kg CO2e is niet positief</translation>
    </message>
    <message>
        <source>%1 x %2 mm</source>
        <translation>%1 x %2 mm</translation>
    </message>
    <message>
        <source>girder section %1 differs from section %2 of the other girders in this span</source>
        <translation>doorsnede %1 van de ligger verschilt van doorsnede %2 van de andere liggers in deze overspanning</translation>
    </message>
    <message>
        <source>resistance unknown (not entered, and its original load class has no public load values to estimate it from)</source>
        <translation>weerstand onbekend (niet ingevoerd, en de oorspronkelijke belastingklasse heeft geen openbare belastingwaarden om hem uit te schatten)</translation>
    </message>
    <message>
        <source> (estimated, %1)</source>
        <translation> (geschat, %1)</translation>
    </message>
    <message>
        <source> (estimated from load class)</source>
        <translation> (geschat uit belastingklasse)</translation>
    </message>
    <message>
        <source>MEd %1 kNm%2 &gt; MRd %3 kNm%4</source>
        <translation>MEd %1 kNm%2 &gt; MRd %3 kNm%4</translation>
    </message>
    <message>
        <source>VEd %1 kN%2 &gt; VRd %3 kN%4</source>
        <translation>VEd %1 kN%2 &gt; VRd %3 kN%4</translation>
    </message>
    <message numerus="yes">
        <source>recertified by %1, %n day(s) after the latest delivery on %2 (installation %3 minus %4 days&apos; lead)</source>
        <translation>
            <numerusform>herkeurd op %1, %n dag na de laatste levering op %2 (inbouw %3 min %4 dagen levertijd)</numerusform>
            <numerusform>herkeurd op %1, %n dagen na de laatste levering op %2 (inbouw %3 min %4 dagen levertijd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recertified by %1, %n day(s) after installation on %2</source>
        <translation>
            <numerusform>herkeurd op %1, %n dag na de inbouw op %2</numerusform>
            <numerusform>herkeurd op %1, %n dagen na de inbouw op %2</numerusform>
        </translation>
    </message>
    <message>
        <source>available from %1, after the latest delivery on %2 (installation %3 minus %4 days&apos; lead)</source>
        <translation>beschikbaar vanaf %1, na de laatste levering op %2 (inbouw %3 min %4 dagen levertijd)</translation>
    </message>
    <message>
        <source>admissible, but reuse here saves nothing against crushing it and building new: net EUR %1 (%2)</source>
        <translation>toelaatbaar, maar hergebruik bespaart hier niets ten opzichte van breken en nieuw bouwen: netto EUR %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>admissible in %n empty slot(s), but reuse saves nothing there against crushing it and building new (%1)</source>
        <translation>
            <numerusform>toelaatbaar in %n lege positie, maar hergebruik bespaart daar niets ten opzichte van breken en nieuw bouwen (%1)</numerusform>
            <numerusform>toelaatbaar in %n lege posities, maar hergebruik bespaart daar niets ten opzichte van breken en nieuw bouwen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>in MKI euro</source>
        <translation>in MKI-euro</translation>
    </message>
    <message>
        <source>in euro</source>
        <translation>in euro</translation>
    </message>
    <message numerus="yes">
        <source>of its %n admissible slot(s), %1 are filled by better candidates, %2 lie in spans given another section (R8) and in %3 reuse saves nothing against crushing it and building new (%4)</source>
        <translation>
            <numerusform>van zijn %n toelaatbare positie zijn er %1 gevuld door betere kandidaten, liggen er %2 in overspanningen met een andere doorsnede (R8) en bespaart hergebruik in %3 niets tegenover breken en nieuw bouwen (%4)</numerusform>
            <numerusform>van zijn %n toelaatbare posities zijn er %1 gevuld door betere kandidaten, liggen er %2 in overspanningen met een andere doorsnede (R8) en bespaart hergebruik in %3 niets tegenover breken en nieuw bouwen (%4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::OutputGuard</name>
    <message>
        <source>%1 is the project file itself; choose another name for the output</source>
        <translation>%1 is het projectbestand zelf; kies een andere naam voor de uitvoer</translation>
    </message>
    <message>
        <source>%1 is a ReSpan project; an export never overwrites a project</source>
        <translation>%1 is een ReSpan-project; een export overschrijft nooit een project</translation>
    </message>
    <message>
        <source>%1 is locked by a ReSpan session; choose another name for the output</source>
        <translation>%1 is vergrendeld door een ReSpan-sessie; kies een andere naam voor de uitvoer</translation>
    </message>
    <message>
        <source>%1 belongs to the project %2 (lock, autosave or journal); choose another name for the output</source>
        <translation>%1 hoort bij het project %2 (vergrendeling, automatisch opgeslagen kopie of journaal); kies een andere naam voor de uitvoer</translation>
    </message>
</context>
<context>
    <name>respan::Passport</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>moet %1 zijn, niet %2</translation>
    </message>
    <message>
        <source>this key is required</source>
        <translation>deze sleutel is verplicht</translation>
    </message>
    <message>
        <source>contains a NUL character or an unpaired surrogate, which cannot be stored</source>
        <translation>bevat een NUL-teken of een ongepaard surrogaat, dat niet kan worden opgeslagen</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>moet tussen %1 en %2 liggen</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) or null</source>
        <translation>een datum (JJJJ-MM-DD) of null</translation>
    </message>
    <message>
        <source>not a valid date (use YYYY-MM-DD)</source>
        <translation>geen geldige datum (gebruik JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>een datum en tijdstip</translation>
    </message>
    <message>
        <source>not a valid time (use YYYY-MM-DDThh:mm:ss.sssZ, in UTC or with an offset)</source>
        <translation>geen geldig tijdstip (gebruik JJJJ-MM-DDTuu:mm:ss.sssZ, in UTC of met een verschuiving)</translation>
    </message>
    <message>
        <source>year must be between %1 and %2</source>
        <translation>het jaar moet tussen %1 en %2 liggen</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>moet een van deze zijn: %1</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>een object of null</translation>
    </message>
    <message>
        <source>not part of passport schema version %1; ignored</source>
        <translation>hoort niet bij versie %1 van het paspoortschema; genegeerd</translation>
    </message>
    <message>
        <source>no element with this id in the project: %1</source>
        <translation>geen ligger met dit nummer in het project: %1</translation>
    </message>
    <message>
        <source>document %1 of element %2: its content (%3 bytes) does not match the recorded size (%4 bytes) and SHA-256; the project file may be damaged</source>
        <translation>bijlage %1 van ligger %2: de inhoud (%3 bytes) komt niet overeen met de vastgelegde grootte (%4 bytes) en SHA-256; het projectbestand is mogelijk beschadigd</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(ontbreekt)</translation>
    </message>
    <message>
        <source>donor %1: added</source>
        <translation>donor %1: toegevoegd</translation>
    </message>
    <message>
        <source>donor %1: %2 %3 taken from the passport</source>
        <translation>donor %1: %2 %3 overgenomen uit het paspoort</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 in the project, %3 in the passport</source>
        <translation>%1: %2 in het project, %3 in het paspoort</translation>
    </message>
    <message>
        <source>element %1 (%2) is in the project with different data: %3</source>
        <translation>ligger %1 (%2) staat in het project met andere gegevens: %3</translation>
    </message>
    <message>
        <source>donor structure %1 (%2) is in the project with different data: %3</source>
        <translation>donorkunstwerk %1 (%2) staat in het project met andere gegevens: %3</translation>
    </message>
    <message>
        <source>the passport has errors or conflicts; nothing was imported</source>
        <translation>het paspoort bevat fouten of conflicten; er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>element id %1 is already used</source>
        <translation>liggernummer %1 is al in gebruik</translation>
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits</source>
        <translation>moet uit 64 hexadecimale cijfers in kleine letters bestaan</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>geen geldige base64</translation>
    </message>
    <message>
        <source>the document&apos;s content is not in the passport (it was exported without document contents); export it again with contents to import it</source>
        <translation>de inhoud van het document staat niet in het paspoort (het is zonder documentinhoud geëxporteerd); exporteer het opnieuw met inhoud om het te importeren</translation>
    </message>
    <message>
        <source>the content has %1 bytes, but size_bytes says %2</source>
        <translation>de inhoud heeft %1 bytes, maar size_bytes zegt %2</translation>
    </message>
    <message>
        <source>the content&apos;s SHA-256 is %1, not the recorded %2: the document was changed or damaged</source>
        <translation>de SHA-256 van de inhoud is %1, niet de vastgelegde %2: het document is gewijzigd of beschadigd</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>does not match the content of this entry: it was changed after it was exported</source>
        <translation>komt niet overeen met de inhoud van dit item: het is na het exporteren gewijzigd</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>langer dan %1 tekens</translation>
    </message>
    <message>
        <source>not a ReSpan materials passport: &quot;schema&quot; must be &quot;%1&quot;</source>
        <translation>geen materialenpaspoort van ReSpan: &quot;schema&quot; moet &quot;%1&quot; zijn</translation>
    </message>
    <message>
        <source>this passport has schema version %1, which ReSpan %2 cannot read (it reads version %3): a ReSpan that reads passport schema version %1 is needed</source>
        <translation>dit paspoort heeft schemaversie %1, die ReSpan %2 niet kan lezen (het leest versie %3): er is een ReSpan nodig die versie %1 van het paspoortschema leest</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>geen geldige JSON: %1 op regel %2, kolom %3</translation>
    </message>
    <message>
        <source>a passport is a JSON object ({ ... }), not a list or a value</source>
        <translation>een paspoort is een JSON-object ({ ... }), geen lijst of losse waarde</translation>
    </message>
    <message>
        <source>donor %1 is described twice (first at donors[%2])</source>
        <translation>donor %1 wordt twee keer beschreven (eerst bij donors[%2])</translation>
    </message>
    <message>
        <source>element %1 appears twice (first at elements[%2])</source>
        <translation>ligger %1 komt twee keer voor (eerst bij elements[%2])</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in the same object; which of the two values is meant cannot be known, so nothing is read from this passport</source>
        <translation>de sleutel &quot;%1&quot; komt twee keer voor in hetzelfde object; welke van de twee waarden bedoeld is, valt niet te weten, dus er wordt niets uit dit paspoort gelezen</translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation>een getal of null</translation>
    </message>
</context>
<context>
    <name>respan::ProjectDocument</name>
    <message>
        <source>element id %1 is already used</source>
        <translation>liggernummer %1 is al in gebruik</translation>
    </message>
    <message>
        <source>a structure named %1 already exists</source>
        <translation>er bestaat al een kunstwerk met de naam %1</translation>
    </message>
    <message>
        <source>a structure needs a name</source>
        <translation>een kunstwerk moet een naam hebben</translation>
    </message>
    <message>
        <source>span %1 already exists in %2</source>
        <translation>overspanning %1 bestaat al in %2</translation>
    </message>
    <message>
        <source>slot %1 already exists in span %2</source>
        <translation>positie %1 bestaat al in overspanning %2</translation>
    </message>
    <message>
        <source>element id %1 is used twice</source>
        <translation>liggernummer %1 komt twee keer voor</translation>
    </message>
    <message>
        <source>storage site %1 is there twice</source>
        <translation>opslaglocatie %1 komt twee keer voor</translation>
    </message>
    <message>
        <source>the impact factor table must have every factor once</source>
        <translation>de tabel met milieufactoren moet elke factor één keer bevatten</translation>
    </message>
    <message>
        <source>impact factor %1 is not in its place</source>
        <translation>milieufactor %1 staat niet op zijn plaats</translation>
    </message>
</context>
<context>
    <name>respan::ProjectFile</name>
    <message>
        <source>%1: cannot reopen to flush it to disk</source>
        <translation>%1: kan het bestand niet opnieuw openen om het naar schijf te schrijven</translation>
    </message>
    <message>
        <source>%1: flushing to disk failed</source>
        <translation>%1: wegschrijven naar schijf is mislukt</translation>
    </message>
    <message>
        <source>%1: holds a %2 named &quot;%3&quot; that ReSpan did not create; the file was altered outside ReSpan and is refused</source>
        <translation>%1: bevat een %2 met de naam &quot;%3&quot; die ReSpan niet heeft gemaakt; het bestand is buiten ReSpan gewijzigd en wordt geweigerd</translation>
    </message>
    <message>
        <source>%1: the file is damaged (%2)</source>
        <translation>%1: het bestand is beschadigd (%2)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: bestand bestaat niet</translation>
    </message>
    <message>
        <source>%1: the file is empty; it is not a ReSpan project</source>
        <translation>%1: het bestand is leeg; het is geen ReSpan-project</translation>
    </message>
    <message>
        <source>%1: not a ReSpan project (not an SQLite database)</source>
        <translation>%1: geen ReSpan-project (geen SQLite-database)</translation>
    </message>
    <message>
        <source>%1: an SQLite database of another application (application id 0x%2), not a ReSpan project</source>
        <translation>%1: een SQLite-database van een ander programma (applicatie-id 0x%2), geen ReSpan-project</translation>
    </message>
    <message>
        <source>%1: written by a newer ReSpan (file format %2); this version reads up to format %3. Open it with a newer ReSpan.</source>
        <translation>%1: geschreven door een nieuwere ReSpan (bestandsformaat %2); deze versie leest tot en met formaat %3. Open het met een nieuwere ReSpan.</translation>
    </message>
    <message>
        <source>%1: a ReSpan project without a format version</source>
        <translation>%1: een ReSpan-project zonder formaatversie</translation>
    </message>
    <message>
        <source>%1: cannot make a copy to upgrade</source>
        <translation>%1: kan geen kopie maken om bij te werken</translation>
    </message>
    <message>
        <source>%1: cannot write the backup %2 before upgrading</source>
        <translation>%1: kan de reservekopie %2 niet schrijven voor het bijwerken</translation>
    </message>
    <message>
        <source>%1: inconsistent data (%2)</source>
        <translation>%1: inconsistente gegevens (%2)</translation>
    </message>
    <message>
        <source>%1: the file changed format while open</source>
        <translation>%1: het bestandsformaat is gewijzigd terwijl het open was</translation>
    </message>
    <message>
        <source>%1: the content of attached document %2 is missing</source>
        <translation>%1: de inhoud van bijlage %2 ontbreekt</translation>
    </message>
    <message>
        <source>%1: a file of that name exists already</source>
        <translation>%1: er bestaat al een bestand met die naam</translation>
    </message>
    <message>
        <source>%1: table %2, row %3, column %4: %5</source>
        <translation>%1: tabel %2, rij %3, kolom %4: %5</translation>
    </message>
    <message>
        <source>not an integer</source>
        <translation>geen geheel getal</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>geen getal</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>geen eindig getal</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>geen tekst</translation>
    </message>
    <message>
        <source>not a date: %1</source>
        <translation>geen datum: %1</translation>
    </message>
    <message>
        <source>not a time: %1</source>
        <translation>geen tijdstip: %1</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>onbekende status</translation>
    </message>
    <message>
        <source>unknown capacity basis</source>
        <translation>onbekende grondslag van de weerstanden</translation>
    </message>
    <message>
        <source>refers to a missing element</source>
        <translation>verwijst naar een ontbrekende ligger</translation>
    </message>
    <message>
        <source>refers to a missing structure</source>
        <translation>verwijst naar een ontbrekend kunstwerk</translation>
    </message>
    <message>
        <source>refers to a missing span</source>
        <translation>verwijst naar een ontbrekende overspanning</translation>
    </message>
    <message>
        <source>%1: structure %2: %3 = %4: %5</source>
        <translation>%1: kunstwerk %2: %3 = %4: %5</translation>
    </message>
    <message>
        <source>the content of document %1 of element %2 is not available</source>
        <translation>de inhoud van bijlage %1 van ligger %2 is niet beschikbaar</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk reported an input/output error (%1)</source>
        <translation>de schijf meldde een invoer-/uitvoerfout (%1)</translation>
    </message>
    <message>
        <source>the file or its folder cannot be written</source>
        <translation>het bestand of de map kan niet worden beschreven</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>het bestand kan niet worden geopend</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>een ander programma gebruikt het bestand</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>het bestand is beschadigd (%1)</translation>
    </message>
    <message>
        <source>%1: %2 (SQLite error %3)</source>
        <translation>%1: %2 (SQLite-fout %3)</translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation>%1: kan niet openen (%2)</translation>
    </message>
    <message>
        <source>the Qt SQLite driver does not expose its handle</source>
        <translation>het Qt SQLite-stuurprogramma geeft zijn handle niet vrij</translation>
    </message>
    <message>
        <source>%1: cannot replace the file (%2)</source>
        <translation>%1: het bestand kan niet worden vervangen (%2)</translation>
    </message>
    <message>
        <source>%1: the definition of %2 &quot;%3&quot; is not the one ReSpan writes (file format %4); the file was altered outside ReSpan and is refused</source>
        <translation>%1: de definitie van %2 &quot;%3&quot; is niet die welke ReSpan schrijft (bestandsformaat %4); het bestand is buiten ReSpan gewijzigd en wordt geweigerd</translation>
    </message>
    <message>
        <source>%1: the file is damaged: the %2 &quot;%3&quot; is missing</source>
        <translation>%1: het bestand is beschadigd: %2 &quot;%3&quot; ontbreekt</translation>
    </message>
    <message>
        <source>%1: the content is missing</source>
        <translation>%1: de inhoud ontbreekt</translation>
    </message>
    <message>
        <source>%1: %2 bytes stored, %3 recorded</source>
        <translation>%1: %2 bytes opgeslagen, %3 vastgelegd</translation>
    </message>
    <message>
        <source>%1: the SHA-256 of the stored content differs from the recorded one</source>
        <translation>%1: de SHA-256 van de opgeslagen inhoud wijkt af van de vastgelegde</translation>
    </message>
    <message>
        <source>%1: the content of attached document %2 is not available</source>
        <translation>%1: de inhoud van het bijgevoegde document %2 is niet beschikbaar</translation>
    </message>
    <message>
        <source>%1 has an unfinished save (%1-journal) that no ReSpan session of this file left behind; ReSpan has not applied it. If the file was restored from a backup, move %1-journal away and open it again.</source>
        <translation>%1 heeft een onvoltooide opslag (%1-journal) die geen ReSpan-sessie van dit bestand heeft achtergelaten; ReSpan heeft die niet toegepast. Als het bestand uit een back-up is teruggezet, verplaats dan %1-journal en open het opnieuw.</translation>
    </message>
    <message>
        <source>%1: no temporary folder to read it in</source>
        <translation>%1: geen tijdelijke map om het in te lezen</translation>
    </message>
    <message>
        <source>%1: cannot copy it to read its last saved state</source>
        <translation>%1: kan het niet kopiëren om de laatst opgeslagen toestand te lezen</translation>
    </message>
    <message>
        <source>%1: cannot set the file&apos;s permissions</source>
        <translation>%1: de rechten van het bestand kunnen niet worden ingesteld</translation>
    </message>
    <message>
        <source>%1: the file cannot be read whole (%2)</source>
        <translation>%1: het bestand kan niet in zijn geheel worden gelezen (%2)</translation>
    </message>
    <message>
        <source>it has an unfinished save (its -journal file) that a read-only command does not roll back; open it in ReSpan to finish the recovery</source>
        <translation>het heeft een onvoltooide opslag (het -journal-bestand) die een alleen-lezen opdracht niet terugdraait; open het in ReSpan om het herstel af te ronden</translation>
    </message>
    <message>
        <source>unknown load model</source>
        <translation>onbekend belastingmodel</translation>
    </message>
    <message>
        <source>unknown consequence class</source>
        <translation>onbekende gevolgklasse</translation>
    </message>
    <message>
        <source>refers to a missing step record</source>
        <translation>verwijst naar een ontbrekend stapverslag</translation>
    </message>
    <message>
        <source>refers to a document the element does not have</source>
        <translation>verwijst naar een document dat het element niet heeft</translation>
    </message>
    <message>
        <source>unknown phase</source>
        <translation>onbekende fase</translation>
    </message>
    <message>
        <source>a manual stay needs both dates</source>
        <translation>een handmatig verblijf heeft beide datums nodig</translation>
    </message>
    <message>
        <source>a manual stay ends before it starts</source>
        <translation>een handmatig verblijf eindigt voordat het begint</translation>
    </message>
    <message>
        <source>a place in the yard needs x, y, angle and layer</source>
        <translation>een plaats op het terrein heeft x, y, hoek en laag nodig</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>geen waarde</translation>
    </message>
    <message>
        <source>not a factor value</source>
        <translation>geen factorwaarde</translation>
    </message>
    <message>
        <source>not a year</source>
        <translation>geen jaartal</translation>
    </message>
</context>
<context>
    <name>respan::ProjectLock</name>
    <message>
        <source>%1 on %2 (%3, process %4) since %5</source>
        <translation>%1 op %2 (%3, proces %4) sinds %5</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>onbekende gebruiker</translation>
    </message>
    <message>
        <source>(unreadable lock file)</source>
        <translation>(onleesbaar vergrendelingsbestand)</translation>
    </message>
    <message>
        <source>the file or its folder is read-only for you (%1)</source>
        <translation>het bestand of de map is voor u alleen-lezen (%1)</translation>
    </message>
    <message>
        <source>the file cannot be opened for writing (%1)</source>
        <translation>het bestand kan niet worden geopend om te schrijven (%1)</translation>
    </message>
    <message>
        <source>the file system refuses to lock the file (%1)</source>
        <translation>het bestandssysteem weigert het bestand te vergrendelen (%1)</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (%2)</source>
        <translation>kan het vergrendelingsbestand %1 niet aanmaken (%2)</translation>
    </message>
    <message>
        <source>cannot write the lock file %1 (%2)</source>
        <translation>kan het vergrendelingsbestand %1 niet schrijven (%2)</translation>
    </message>
    <message>
        <source>another ReSpan process (it has just opened the file, or opened it under another name)</source>
        <translation>een ander ReSpan-proces (het heeft het bestand net geopend, of geopend onder een andere naam)</translation>
    </message>
</context>
<context>
    <name>respan::ProjectSession</name>
    <message>
        <source>%1 is open in another ReSpan: %2</source>
        <translation>%1 is geopend in een andere ReSpan: %2</translation>
    </message>
    <message>
        <source>%1 has unsaved work from a ReSpan session that ended abnormally (%2). Open it in ReSpan to recover or discard that work first.</source>
        <translation>%1 bevat niet-opgeslagen werk van een ReSpan-sessie die abnormaal is beëindigd (%2). Open het eerst in ReSpan om dat werk terug te halen of te verwerpen.</translation>
    </message>
    <message>
        <source>the project has no file yet; use Save As</source>
        <translation>het project heeft nog geen bestand; kies Opslaan als</translation>
    </message>
    <message>
        <source>%1 is open read-only; save it under another name</source>
        <translation>%1 is alleen-lezen geopend; sla het op onder een andere naam</translation>
    </message>
    <message>
        <source>%1: cannot write the autosave</source>
        <translation>%1: kan de automatische opslag niet schrijven</translation>
    </message>
    <message>
        <source>the content of %1 is not available</source>
        <translation>de inhoud van %1 is niet beschikbaar</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2</source>
        <translation>%1 kan niet worden gewijzigd: %2</translation>
    </message>
    <message>
        <source>%1 was moved, deleted or replaced by another program since it was opened; nothing was written. Save the project under another name.</source>
        <translation>%1 is sinds het openen door een ander programma verplaatst, verwijderd of vervangen; er is niets geschreven. Sla het project onder een andere naam op.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>%1: cannot lock the new file</source>
        <translation>%1: het nieuwe bestand kan niet worden vergrendeld</translation>
    </message>
</context>
<context>
    <name>respan::ProjectSettings</name>
    <message>
        <source>Longest piece that may be cut off a girder to fit a span (rule R1)</source>
        <translation>Langste stuk dat van een ligger mag worden afgezaagd om in een overspanning te passen (regel R1)</translation>
    </message>
    <message>
        <source>Highest admissible NEN 2767 condition score (rule R3)</source>
        <translation>Hoogste toelaatbare conditiescore volgens NEN 2767 (regel R3)</translation>
    </message>
    <message>
        <source>Admit only elements with verified resistances (rule R4)</source>
        <translation>Alleen liggers met geverifieerde weerstanden toelaten (regel R4)</translation>
    </message>
    <message>
        <source>Emissions of new precast structural concrete, per tonne</source>
        <translation>Emissie van nieuw constructief prefabbeton, per ton</translation>
    </message>
    <message>
        <source>British Precast factsheet, structural precast, cradle to grave</source>
        <translation>British Precast-factsheet, constructief prefabbeton, cradle to grave</translation>
    </message>
    <message>
        <source>Emissions of road transport, per tonne-kilometre</source>
        <translation>Emissie van wegtransport, per tonkilometer</translation>
    </message>
    <message>
        <source>illustrative; replace by the STREAM Goederenvervoer 2020 factor for the vehicle used</source>
        <translation>illustratief; vervangen door de factor uit STREAM Goederenvervoer 2020 voor het gebruikte voertuig</translation>
    </message>
    <message>
        <source>Road distance divided by geodesic distance</source>
        <translation>Afstand over de weg gedeeld door de geodetische afstand</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>illustratief</translation>
    </message>
    <message>
        <source>Name of the project</source>
        <translation>Naam van het project</translation>
    </message>
    <message>
        <source>Author of the plan</source>
        <translation>Opsteller van het plan</translation>
    </message>
    <message>
        <source>unknown setting; known settings are: %1</source>
        <translation>onbekende instelling; bekende instellingen zijn: %1</translation>
    </message>
    <message>
        <source>must be greater than %1 and at most %2</source>
        <translation>moet groter zijn dan %1 en ten hoogste %2</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>moet tussen %1 en %2 liggen</translation>
    </message>
    <message>
        <source>not a number (use a decimal point)</source>
        <translation>geen getal (gebruik een decimale punt)</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>geen geheel getal</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>langer dan %1 tekens</translation>
    </message>
    <message>
        <source>ReSpan default of the matching rules; a project choice</source>
        <translation>ReSpan-standaardwaarde van de matchingsregels; een projectkeuze</translation>
    </message>
    <message>
        <source>Longest cut-off</source>
        <translation>Langste afzaaglengte</translation>
    </message>
    <message>
        <source>Worst admissible condition</source>
        <translation>Slechtst toelaatbare conditie</translation>
    </message>
    <message>
        <source>Verified resistances required</source>
        <translation>Geverifieerde weerstanden vereist</translation>
    </message>
    <message>
        <source>Emissions of new concrete</source>
        <translation>Emissie van nieuw beton</translation>
    </message>
    <message>
        <source>Emissions of road transport</source>
        <translation>Emissie van wegtransport</translation>
    </message>
    <message>
        <source>Road distance factor</source>
        <translation>Omrijfactor</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projectnaam</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Opsteller</translation>
    </message>
    <message>
        <source>Revision of the report (its revision block)</source>
        <translation>Revisie van het rapport (het revisieblok)</translation>
    </message>
    <message>
        <source>Report revision</source>
        <translation>Revisie rapport</translation>
    </message>
    <message>
        <source>Status of the report, e.g. concept or final</source>
        <translation>Status van het rapport, bijv. concept of definitief</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Status rapport</translation>
    </message>
    <message>
        <source>Who checked the plan and the report</source>
        <translation>Wie het plan en het rapport heeft gecontroleerd</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Gecontroleerd door</translation>
    </message>
    <message>
        <source>Client the report is made for</source>
        <translation>Opdrachtgever voor wie het rapport is gemaakt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <source>EN 1991-2 recommended value (1000-year return period); the Dutch national annex value was not found: illustrative until an engineer enters it</source>
        <translation>aanbevolen waarde van EN 1991-2 (herhalingstijd 1000 jaar); de waarde van de Nederlandse nationale bijlage is niet gevonden: illustratief tot een constructeur hem invoert</translation>
    </message>
    <message>
        <source>illustrative; NEN-EN 1990 NB Table A2.4(B) not found (the Dutch buildings annex gives 1.2 / 1.5 for CC2): enter the annex value</source>
        <translation>illustratief; NEN-EN 1990 NB tabel A2.4(B) niet gevonden (de Nederlandse bijlage voor gebouwen geeft 1,2 / 1,5 voor CC2): voer de waarde uit de bijlage in</translation>
    </message>
    <message>
        <source>illustrative; a common design value, not checked against NEN-EN 1991-1-1+NB</source>
        <translation>illustratief; een gangbare ontwerpwaarde, niet getoetst aan NEN-EN 1991-1-1+NB</translation>
    </message>
    <message>
        <source>Adjustment factor of the tandem axle load in lane 1 (alpha_Q1)</source>
        <translation>Aanpassingsfactor van de tandemasbelasting in rijstrook 1 (alpha_Q1)</translation>
    </message>
    <message>
        <source>Tandem factor lane 1</source>
        <translation>Tandemfactor rijstrook 1</translation>
    </message>
    <message>
        <source>Adjustment factor of the tandem axle load in lane 2 (alpha_Q2)</source>
        <translation>Aanpassingsfactor van de tandemasbelasting in rijstrook 2 (alpha_Q2)</translation>
    </message>
    <message>
        <source>Tandem factor lane 2</source>
        <translation>Tandemfactor rijstrook 2</translation>
    </message>
    <message>
        <source>Adjustment factor of the tandem axle load in lane 3 (alpha_Q3)</source>
        <translation>Aanpassingsfactor van de tandemasbelasting in rijstrook 3 (alpha_Q3)</translation>
    </message>
    <message>
        <source>Tandem factor lane 3</source>
        <translation>Tandemfactor rijstrook 3</translation>
    </message>
    <message>
        <source>Adjustment factor of the distributed load in lane 1 (alpha_q1)</source>
        <translation>Aanpassingsfactor van de verdeelde belasting in rijstrook 1 (alpha_q1)</translation>
    </message>
    <message>
        <source>Distributed load factor lane 1</source>
        <translation>Factor verdeelde belasting rijstrook 1</translation>
    </message>
    <message>
        <source>Adjustment factor of the distributed load in the other lanes and the remaining area (alpha_qi, alpha_qr)</source>
        <translation>Aanpassingsfactor van de verdeelde belasting in de andere rijstroken en de resterende strook (alpha_qi, alpha_qr)</translation>
    </message>
    <message>
        <source>Distributed load factor other lanes</source>
        <translation>Factor verdeelde belasting overige stroken</translation>
    </message>
    <message>
        <source>Partial factor of permanent loads (deck, surfacing, own weight)</source>
        <translation>Belastingfactor van permanente belastingen (druklaag, wegdek, eigen gewicht)</translation>
    </message>
    <message>
        <source>Partial factor permanent</source>
        <translation>Belastingfactor permanent</translation>
    </message>
    <message>
        <source>Partial factor of traffic loads</source>
        <translation>Belastingfactor van verkeersbelastingen</translation>
    </message>
    <message>
        <source>Partial factor traffic</source>
        <translation>Belastingfactor verkeer</translation>
    </message>
    <message>
        <source>Unit weight of reinforced concrete (compression layer)</source>
        <translation>Volumiek gewicht van gewapend beton (druklaag)</translation>
    </message>
    <message>
        <source>Unit weight of concrete</source>
        <translation>Volumiek gewicht beton</translation>
    </message>
    <message>
        <source>Unit weight of the surfacing</source>
        <translation>Volumiek gewicht van het wegdek</translation>
    </message>
    <message>
        <source>Unit weight of surfacing</source>
        <translation>Volumiek gewicht wegdek</translation>
    </message>
    <message>
        <source>ReSpan default (docs/contract/planning.md section 1)</source>
        <translation>standaard van ReSpan (docs/contract/planning.md paragraaf 1)</translation>
    </message>
    <message>
        <source>First day of the plan: no step is scheduled earlier, and girders without a harvest date are harvested then; empty: today</source>
        <translation>Eerste dag van de planning: geen stap wordt eerder gepland, en liggers zonder oogstdatum worden dan geoogst; leeg: vandaag</translation>
    </message>
    <message>
        <source>the day the project file was created</source>
        <translation>de dag waarop het projectbestand is gemaakt</translation>
    </message>
    <message>
        <source>Start of the plan</source>
        <translation>Begin van de planning</translation>
    </message>
    <message>
        <source>Days between a girder leaving storage and its installation (rule R5)</source>
        <translation>Dagen tussen het vertrek van een ligger uit de opslag en de inbouw (regel R5)</translation>
    </message>
    <message>
        <source>Delivery lead time</source>
        <translation>Levertijd</translation>
    </message>
    <message>
        <source>The ready dates of the recertification schedule enter rule R5 (a girder is placed only where it is certified in time)</source>
        <translation>De gereeddata van de herkeuringsplanning tellen mee in regel R5 (een ligger wordt alleen geplaatst waar hij op tijd gekeurd is)</translation>
    </message>
    <message>
        <source>Plan recertification</source>
        <translation>Herkeuring plannen</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>geen datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>Road distance from the plant to the site for a new girder (impact: the new and crush scenarios)</source>
        <translation>Wegafstand van de fabriek naar de bouwplaats voor een nieuwe ligger (milieu-effect: de scenario&apos;s nieuw en breken)</translation>
    </message>
    <message>
        <source>Transport of a new girder</source>
        <translation>Transport van een nieuwe ligger</translation>
    </message>
    <message>
        <source>MKI weighting set: A1 (11 CML categories) or A2 (EN 15804+A2, required in tenders from 2025); A2 gives 1.4-2.1 times the A1 MKI</source>
        <translation>MKI-wegingsset: A1 (11 CML-categorieën) of A2 (EN 15804+A2, vereist in aanbestedingen vanaf 2025); A2 geeft 1,4-2,1 keer de MKI van A1</translation>
    </message>
    <message>
        <source>SBK Bepalingsmethode; A2 required from 2025 (helpcenter.ecochain.com, we-boost.nl)</source>
        <translation>SBK Bepalingsmethode; A2 vereist vanaf 2025 (helpcenter.ecochain.com, we-boost.nl)</translation>
    </message>
    <message>
        <source>MKI weighting set</source>
        <translation>MKI-wegingsset</translation>
    </message>
    <message>
        <source>must be A1 or A2</source>
        <translation>moet A1 of A2 zijn</translation>
    </message>
    <message>
        <source>Grid of the required lengths ReSpan may choose for a span within its bounds, and how far the spans may fall short of a structure&apos;s fixed total length</source>
        <translation>Raster van de vereiste lengtes die ReSpan binnen de grenzen van een overspanning mag kiezen, en hoeveel de overspanningen onder de vaste totale lengte van een kunstwerk mogen blijven</translation>
    </message>
    <message>
        <source>ReSpan default (docs/contract/planning.md section 6)</source>
        <translation>Standaardwaarde van ReSpan (docs/contract/planning.md paragraaf 6)</translation>
    </message>
    <message>
        <source>Design length step</source>
        <translation>Ontwerplengtestap</translation>
    </message>
</context>
<context>
    <name>respan::Rules</name>
    <message>
        <source>R5 timing: recertified by %1, after the latest delivery of this slot in the plan&apos;s schedule</source>
        <translation>R5 tijd: herkeurd op %1, na de laatste levering voor deze positie in de planning van dit plan</translation>
    </message>
</context>
<context>
    <name>respan::Schema</name>
    <message>
        <source>%1: a row of table %2 refers to a missing row of %3</source>
        <translation>%1: een rij van tabel %2 verwijst naar een ontbrekende rij van %3</translation>
    </message>
</context>
<context>
    <name>respan::SpreadsheetExport</name>
    <message>
        <source>pinned</source>
        <translation>vastgezet</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <source>breaks a rule</source>
        <translation>overtreedt een regel</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Donor structure</source>
        <translation>Donorkunstwerk</translation>
    </message>
    <message>
        <source>MRd (kNm)</source>
        <translation>MRd (kNm)</translation>
    </message>
    <message>
        <source>VRd (kN)</source>
        <translation>VRd (kN)</translation>
    </message>
    <message>
        <source>Placed in</source>
        <translation>Geplaatst in</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Kunstwerk</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Overspanning</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Meegeteld</translation>
    </message>
    <message>
        <source>Required length L (m)</source>
        <translation>Vereiste lengte L (m)</translation>
    </message>
    <message>
        <source>Element length (m)</source>
        <translation>Lengte element (m)</translation>
    </message>
    <message>
        <source>Cut (m)</source>
        <translation>Inkorting (m)</translation>
    </message>
    <message>
        <source>MEd (kNm)</source>
        <translation>MEd (kNm)</translation>
    </message>
    <message>
        <source>Utilisation bending (-)</source>
        <translation>Benuttingsgraad buiging (-)</translation>
    </message>
    <message>
        <source>VEd (kN)</source>
        <translation>VEd (kN)</translation>
    </message>
    <message>
        <source>Utilisation shear (-)</source>
        <translation>Benuttingsgraad dwarskracht (-)</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Afstand (km)</translation>
    </message>
    <message>
        <source>Saving (kg CO2e)</source>
        <translation>Besparing (kg CO2e)</translation>
    </message>
    <message>
        <source>Rule broken</source>
        <translation>Overtreden regel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Unfilled slots</source>
        <translation>Lege posities</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <source>Candidate rank</source>
        <translation>Rang kandidaat</translation>
    </message>
    <message>
        <source>Candidate element</source>
        <translation>Kandidaat-element</translation>
    </message>
    <message>
        <source>Reason key</source>
        <translation>Sleutel reden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>no girders in the project</source>
        <translation>geen liggers in het project</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1 kon niet worden geschreven</translation>
    </message>
    <message>
        <source>ReSpan plan</source>
        <translation>ReSpan-plan</translation>
    </message>
    <message>
        <source>%1 could not be written: its permissions could not be set</source>
        <translation>%1 kon niet worden geschreven: de rechten konden niet worden ingesteld</translation>
    </message>
    <message>
        <source>Unused girders</source>
        <translation>Ongebruikte liggers</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>Lengte (m)</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>Hoogte (mm)</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>Breedte (mm)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <source>Where the value comes from</source>
        <translation>Herkomst van de waarde</translation>
    </message>
    <message>
        <source>set in this project by %1 on %2 (the default was %3)</source>
        <translation>ingesteld in dit project door %1 op %2 (de standaardwaarde was %3)</translation>
    </message>
    <message>
        <source>set in this project</source>
        <translation>ingesteld in dit project</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standaardwaarde</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>standaardwaarde: %1</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Milieu-effect</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Stage key</source>
        <translation>Fasesleutel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Hoeveelheid</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Cost factor</source>
        <translation>Kostenfactor</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <source>MKI EUR (set %1)</source>
        <translation>MKI EUR (set %1)</translation>
    </message>
    <message>
        <source>Cost EUR</source>
        <translation>Kosten EUR</translation>
    </message>
</context>
<context>
    <name>respan::Storage</name>
    <message>
        <source>storage site %1 does not exist in the project</source>
        <translation>opslaglocatie %1 bestaat niet in het project</translation>
    </message>
    <message>
        <source>the site is open from %1 to %2; the stay is %3 to %4</source>
        <translation>de locatie is open van %1 tot en met %2; het verblijf is van %3 tot %4</translation>
    </message>
    <message>
        <source>(always)</source>
        <translation>(altijd)</translation>
    </message>
    <message>
        <source>too large for site %1: does not fit even in the empty yard with %2 m clearance</source>
        <translation>te groot voor locatie %1: past zelfs niet op het lege terrein met %2 m vrije ruimte</translation>
    </message>
    <message numerus="yes">
        <source>no room at site %1: %2 of %n girder(s) placed</source>
        <translation>
            <numerusform>geen ruimte op locatie %1: %2 van %n ligger geplaatst</numerusform>
            <numerusform>geen ruimte op locatie %1: %2 van %n liggers geplaatst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::StorageSite</name>
    <message>
        <source>required: the field must not be empty</source>
        <translation>verplicht: het veld mag niet leeg zijn</translation>
    </message>
    <message>
        <source>must be between -90 and 90 degrees</source>
        <translation>moet tussen -90 en 90 graden liggen</translation>
    </message>
    <message>
        <source>must be between -180 and 180 degrees</source>
        <translation>moet tussen -180 en 180 graden liggen</translation>
    </message>
    <message>
        <source>must be 0 m or more</source>
        <translation>moet 0 m of meer zijn</translation>
    </message>
    <message>
        <source>must be 1 layer or more</source>
        <translation>moet 1 laag of meer zijn</translation>
    </message>
    <message>
        <source>must be 0 euro or more</source>
        <translation>moet 0 euro of meer zijn</translation>
    </message>
    <message>
        <source>must not be before open_from (%1)</source>
        <translation>mag niet vóór open_from (%1) liggen</translation>
    </message>
</context>
<context>
    <name>respan::Validation</name>
    <message>
        <source>longer than %1 characters</source>
        <translation>langer dan %1 tekens</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>een waarde is verplicht</translation>
    </message>
    <message>
        <source>must be greater than %1 %3 and at most %2 %3</source>
        <translation>moet groter zijn dan %1 %3 en ten hoogste %2 %3</translation>
    </message>
    <message>
        <source>must be between %1 and %2 %3</source>
        <translation>moet tussen %1 en %2 %3 liggen</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>geen eindig getal</translation>
    </message>
    <message>
        <source>not a valid date (use YYYY-MM-DD)</source>
        <translation>geen geldige datum (gebruik JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>year must be between %1 and %2</source>
        <translation>het jaar moet tussen %1 en %2 liggen</translation>
    </message>
    <message>
        <source>must not begin or end with spaces</source>
        <translation>mag niet met spaties beginnen of eindigen</translation>
    </message>
    <message>
        <source>span name used twice in structure %1</source>
        <translation>naam van de overspanning komt twee keer voor in kunstwerk %1</translation>
    </message>
    <message>
        <source>slot name used twice in span %1</source>
        <translation>naam van de positie komt twee keer voor in overspanning %1</translation>
    </message>
    <message>
        <source>a value is required: there is no original load class to estimate it from</source>
        <translation>een waarde is verplicht: er is geen oorspronkelijke belastingklasse om hem uit te schatten</translation>
    </message>
    <message>
        <source>; enter the resistances or a known class</source>
        <translation>; voer de weerstanden of een bekende klasse in</translation>
    </message>
    <message>
        <source>the calculation span is longer than the required length %1 m of span %2</source>
        <translation>de overspanning is langer dan de vereiste lengte %1 m van overspanning %2</translation>
    </message>
    <message>
        <source>required with the shortest required length %1 m: give both bounds or neither</source>
        <translation>vereist bij de kortste vereiste lengte %1 m: geef beide grenzen of geen van beide</translation>
    </message>
    <message>
        <source>required with the longest required length %1 m: give both bounds or neither</source>
        <translation>vereist bij de langste vereiste lengte %1 m: geef beide grenzen of geen van beide</translation>
    </message>
    <message>
        <source>above the longest required length %1 m of span %2</source>
        <translation>boven de langste vereiste lengte %1 m van overspanning %2</translation>
    </message>
    <message>
        <source>outside the bounds %1 to %2 m given for span %3</source>
        <translation>buiten de grenzen %1 tot %2 m van overspanning %3</translation>
    </message>
    <message>
        <source>the bounds of the spans of %1 allow too many sums to check this total: narrow them</source>
        <translation>de grenzen van de overspanningen van %1 laten te veel sommen toe om dit totaal te controleren: maak ze smaller</translation>
    </message>
    <message>
        <source>no choice of the spans&apos; lengths meets it: the candidates of the %1 spans of %2 sum to %3 to %4 m, and the sum must lie between the total less the design length step (%5 m) and the total</source>
        <translation>geen keuze van de lengtes van de overspanningen haalt het: de kandidaten van de %1 overspanningen van %2 tellen op tot %3 à %4 m, en de som moet liggen tussen het totaal min de ontwerplengtestap (%5 m) en het totaal</translation>
    </message>
</context>
<context>
    <name>respan::Yard</name>
    <message>
        <source>a ring has fewer than three distinct points</source>
        <translation>een ring heeft minder dan drie verschillende punten</translation>
    </message>
    <message>
        <source>the outline has no area</source>
        <translation>de omtrek heeft geen oppervlakte</translation>
    </message>
    <message>
        <source>a ring turns back on itself (a spike)</source>
        <translation>een ring keert op zichzelf terug (een uitsteeksel)</translation>
    </message>
    <message>
        <source>a ring is open: its last point must repeat its first</source>
        <translation>een ring is open: het laatste punt moet het eerste herhalen</translation>
    </message>
    <message>
        <source>the outline intersects itself</source>
        <translation>de omtrek snijdt zichzelf</translation>
    </message>
    <message>
        <source>a hole lies outside the outline</source>
        <translation>een gat ligt buiten de omtrek</translation>
    </message>
    <message>
        <source>a hole lies inside another hole</source>
        <translation>een gat ligt binnen een ander gat</translation>
    </message>
    <message>
        <source>the holes cut the area in pieces</source>
        <translation>de gaten verdelen het terrein in stukken</translation>
    </message>
    <message>
        <source>two outlines overlap</source>
        <translation>twee omtrekken overlappen</translation>
    </message>
    <message>
        <source>a coordinate is not a finite number</source>
        <translation>een coördinaat is geen eindig getal</translation>
    </message>
    <message>
        <source>the polygon is not valid</source>
        <translation>de polygoon is niet geldig</translation>
    </message>
    <message>
        <source>the polygon is empty</source>
        <translation>de polygoon is leeg</translation>
    </message>
    <message>
        <source>not a WKT POLYGON</source>
        <translation>geen WKT-POLYGON</translation>
    </message>
    <message>
        <source>not readable as WKT: %1</source>
        <translation>niet leesbaar als WKT: %1</translation>
    </message>
    <message>
        <source>not a WKT POLYGON or MULTIPOLYGON</source>
        <translation>geen WKT-POLYGON of -MULTIPOLYGON</translation>
    </message>
    <message>
        <source>polygon %1: %2</source>
        <translation>polygoon %1: %2</translation>
    </message>
    <message>
        <source>the outline runs the wrong way round and cannot be turned</source>
        <translation>de omtrek loopt verkeerd om en kan niet worden omgedraaid</translation>
    </message>
</context>
<context>
    <name>respan::app</name>
    <message>
        <source>Could not open the project</source>
        <translation>Het project kon niet worden geopend</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is not valid UTF-8, the system&apos;s encoding; a file of that name could be mistaken for another one and is not opened. Rename it with valid characters.</source>
        <translation>De bestandsnaam &quot;%1&quot; is geen geldige UTF-8, de codering van het systeem; een bestand met die naam zou met een ander verward kunnen worden en wordt niet geopend. Geef het een naam met geldige tekens.</translation>
    </message>
</context>
<context>
    <name>respan::cli</name>
    <message>
        <source>Usage: respan-cli COMMAND ARGUMENTS</source>
        <translation>Gebruik: respan-cli OPDRACHT ARGUMENTEN</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 usage error, 2 bad input or refused file (nothing changed), 3 other failure.</source>
        <translation>Afsluitstatus: 0 gelukt, 1 gebruiksfout, 2 ongeldige invoer of geweigerd bestand (niets gewijzigd), 3 andere fout.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>fout: %1</translation>
    </message>
    <message>
        <source>usage: respan-cli %1</source>
        <translation>gebruik: respan-cli %1</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation>fout: onbekende opdracht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>error: %1: cannot read (%2)</source>
        <translation>fout: %1: kan niet lezen (%2)</translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation>argumenten ontbreken</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>onverwacht argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>error: %1 exists already; choose another name or remove it first</source>
        <translation>fout: %1 bestaat al; kies een andere naam of verwijder het eerst</translation>
    </message>
    <message>
        <source>created empty project %1</source>
        <translation>leeg project %1 aangemaakt</translation>
    </message>
    <message>
        <source>wrote the A9 -&gt; A44 demo project to %1</source>
        <translation>demoproject A9 -&gt; A44 geschreven naar %1</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s); nothing was imported</source>
        <translation>
            <numerusform>%1: %n fout; er is niets geïmporteerd</numerusform>
            <numerusform>%1: %n fouten; er is niets geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n element(s) into %1</source>
        <translation>
            <numerusform>%n ligger geïmporteerd in %1</numerusform>
            <numerusform>%n liggers geïmporteerd in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1 slot(s) in %2 span(s) of %3 structure(s) into %4</source>
        <translation>%1 positie(s) in %2 overspanning(en) van %3 kunstwerk(en) geïmporteerd in %4</translation>
    </message>
    <message>
        <source>give a project file and at least one KEY=VALUE</source>
        <translation>geef een projectbestand en ten minste één SLEUTEL=WAARDE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form KEY=VALUE</source>
        <translation>&quot;%1&quot; heeft niet de vorm SLEUTEL=WAARDE</translation>
    </message>
    <message>
        <source>error: %1=%2: %3</source>
        <translation>fout: %1=%2: %3</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>er is niets gewijzigd</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>bestand: %1</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>schemaversie: %1</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>integriteitscontrole: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in orde</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>MISLUKT</translation>
    </message>
    <message>
        <source>foreign key check: %1</source>
        <translation>controle van verwijzingen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n overtreding</numerusform>
            <numerusform>%n overtredingen</numerusform>
        </translation>
    </message>
    <message>
        <source>elements: %1</source>
        <translation>liggers: %1</translation>
    </message>
    <message>
        <source>donor structures: %1</source>
        <translation>donorkunstwerken: %1</translation>
    </message>
    <message>
        <source>structures: %1</source>
        <translation>kunstwerken: %1</translation>
    </message>
    <message>
        <source>spans: %1</source>
        <translation>overspanningen: %1</translation>
    </message>
    <message>
        <source>slots: %1</source>
        <translation>posities: %1</translation>
    </message>
    <message>
        <source>assignments: %1 (%2 pinned)</source>
        <translation>toewijzingen: %1 (%2 vastgezet)</translation>
    </message>
    <message>
        <source>history entries: %1</source>
        <translation>statuswijzigingen: %1</translation>
    </message>
    <message>
        <source>error: %1 failed the integrity check</source>
        <translation>fout: %1 doorstaat de integriteitscontrole niet</translation>
    </message>
    <message>
        <source>content: ok</source>
        <translation>inhoud: in orde</translation>
    </message>
    <message>
        <source>error: %1: cannot write (%2)</source>
        <translation>fout: %1: kan niet schrijven (%2)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 heeft een waarde nodig</translation>
    </message>
    <message>
        <source>-o given twice</source>
        <translation>-o is twee keer opgegeven</translation>
    </message>
    <message>
        <source>missing the project file</source>
        <translation>het projectbestand ontbreekt</translation>
    </message>
    <message>
        <source>missing -o OUT.json</source>
        <translation>-o OUT.json ontbreekt</translation>
    </message>
    <message>
        <source>no passport was written</source>
        <translation>er is geen paspoort geschreven</translation>
    </message>
    <message numerus="yes">
        <source>wrote the materials passport of %n element(s) to %1</source>
        <translation>
            <numerusform>materialenpaspoort van %n ligger geschreven naar %1</numerusform>
            <numerusform>materialenpaspoort van %n liggers geschreven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conflict(s) with the project; nothing was imported (the project&apos;s data is never overwritten: remove or rename the element in one of the two first)</source>
        <translation>
            <numerusform>%1: %n conflict met het project; er is niets geïmporteerd (de gegevens van het project worden nooit overschreven: verwijder of hernoem de ligger eerst in een van beide)</numerusform>
            <numerusform>%1: %n conflicten met het project; er is niets geïmporteerd (de gegevens van het project worden nooit overschreven: verwijder of hernoem de ligger eerst in een van beide)</numerusform>
        </translation>
    </message>
    <message>
        <source>element %1 is already in the project with the same data; skipped</source>
        <translation>ligger %1 staat al met dezelfde gegevens in het project; overgeslagen</translation>
    </message>
    <message>
        <source>expected export or import</source>
        <translation>export of import verwacht</translation>
    </message>
    <message>
        <source>expected export or import, not &quot;%1&quot;</source>
        <translation>export of import verwacht, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>-o needs an output file</source>
        <translation>-o vraagt om een uitvoerbestand</translation>
    </message>
    <message>
        <source>wrote %1 elements, %2 placements and %3 unfilled slots to %4</source>
        <translation>%1 elementen, %2 plaatsingen en %3 lege posities geschreven naar %4</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Instellingen:</translation>
    </message>
    <message>
        <source>Objective: %1</source>
        <translation>Doel: %1</translation>
    </message>
    <message>
        <source>Result: proven optimal</source>
        <translation>Resultaat: bewezen optimaal</translation>
    </message>
    <message>
        <source>Result: NOT proven optimal (%1); the best plan found is within %2 % of the upper bound</source>
        <translation>Resultaat: NIET bewezen optimaal (%1); het beste gevonden plan ligt binnen %2 % van de bovengrens</translation>
    </message>
    <message>
        <source>time limit or cancellation</source>
        <translation>tijdslimiet of afbreken</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>Total saving: %1 kg CO2e (upper bound %2 kg CO2e)</source>
        <translation>Totale besparing: %1 kg CO2e (bovengrens %2 kg CO2e)</translation>
    </message>
    <message>
        <source>Filled slots: %1 of %2 (%3 pinned)</source>
        <translation>Gevulde posities: %1 van %2 (%3 vastgezet)</translation>
    </message>
    <message>
        <source>Solve time: %1 s</source>
        <translation>Rekentijd: %1 s</translation>
    </message>
    <message>
        <source>Assignments (%1):</source>
        <translation>Toewijzingen (%1):</translation>
    </message>
    <message>
        <source>cut %1 m, utilisation %2, distance %3 km, saving %4 kg CO2e</source>
        <translation>inkorting %1 m, benuttingsgraad %2, afstand %3 km, besparing %4 kg CO2e</translation>
    </message>
    <message>
        <source>[pinned]</source>
        <translation>[vastgezet]</translation>
    </message>
    <message>
        <source>Unfilled slots (%1):</source>
        <translation>Lege posities (%1):</translation>
    </message>
    <message>
        <source>no girders in the project</source>
        <translation>geen liggers in het project</translation>
    </message>
    <message>
        <source>Unused elements (%1):</source>
        <translation>Ongebruikte elementen (%1):</translation>
    </message>
    <message>
        <source>Pins in conflict (%1):</source>
        <translation>Vastzettingen in conflict (%1):</translation>
    </message>
    <message>
        <source>--json needs an output file</source>
        <translation>--json vraagt om een uitvoerbestand</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>onbekende optie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing project file</source>
        <translation>projectbestand ontbreekt</translation>
    </message>
    <message>
        <source>%1 plan, %2 of %3 slots filled, saving %4 kg CO2e; written to %5</source>
        <translation>%1 plan, %2 van %3 posities gevuld, besparing %4 kg CO2e; geschreven naar %5</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>optimaal</translation>
    </message>
    <message>
        <source>not proven optimal</source>
        <translation>niet bewezen optimaal</translation>
    </message>
    <message>
        <source>stored the plan in %1 (pins kept, proposals replaced)</source>
        <translation>het plan is opgeslagen in %1 (vastzettingen behouden, voorstellen vervangen)</translation>
    </message>
    <message>
        <source>error: no element &quot;%1&quot; in %2</source>
        <translation>fout: geen element &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>error: no structure &quot;%1&quot; in %2</source>
        <translation>fout: geen kunstwerk &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>error: no span &quot;%1&quot; in structure %2</source>
        <translation>fout: geen overspanning &quot;%1&quot; in kunstwerk %2</translation>
    </message>
    <message>
        <source>error: no slot &quot;%1&quot; in span %2 of %3</source>
        <translation>fout: geen positie &quot;%1&quot; in overspanning %2 van %3</translation>
    </message>
    <message>
        <source>error: pin refused: %1</source>
        <translation>fout: vastzetten geweigerd: %1</translation>
    </message>
    <message>
        <source>removed the proposal in slot %1: its girder has another section</source>
        <translation>het voorstel in positie %1 is verwijderd: de ligger heeft een andere doorsnede</translation>
    </message>
    <message>
        <source>%1 %2 leaves %3</source>
        <translation>%1 %2 verlaat %3</translation>
    </message>
    <message>
        <source>pinned girder</source>
        <translation>vastgezette ligger</translation>
    </message>
    <message>
        <source>girder</source>
        <translation>ligger</translation>
    </message>
    <message>
        <source>%1 leaves its previous slot</source>
        <translation>%1 verlaat zijn vorige positie</translation>
    </message>
    <message>
        <source>pinned %1 to %2</source>
        <translation>%1 vastgezet in %2</translation>
    </message>
    <message>
        <source>%1 given twice</source>
        <translation>%1 twee keer opgegeven</translation>
    </message>
    <message>
        <source>missing -o OUT.pdf</source>
        <translation>-o UIT.pdf ontbreekt</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use nl or en</source>
        <translation>onbekende taal &quot;%1&quot;; gebruik nl of en</translation>
    </message>
    <message>
        <source>error: the report needs a graphical application object</source>
        <translation>fout: het rapport vraagt om een grafisch applicatieobject</translation>
    </message>
    <message numerus="yes">
        <source>wrote the matching report (%n page(s)) to %1</source>
        <translation>
            <numerusform>het matchingsrapport (%n pagina) is geschreven naar %1</numerusform>
            <numerusform>het matchingsrapport (%n pagina&apos;s) is geschreven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>error: argument %1 (&quot;%2&quot;) is not valid UTF-8, the system&apos;s encoding; a file of that name could be mistaken for another one and is not opened. Rename it with valid characters.</source>
        <translation>fout: argument %1 (&quot;%2&quot;) is geen geldige UTF-8, de codering van het systeem; een bestand met die naam zou met een ander verward kunnen worden en wordt niet geopend. Geef het een naam met geldige tekens.</translation>
    </message>
    <message>
        <source>error: %1: is a device, not a file</source>
        <translation>fout: %1: is een apparaat, geen bestand</translation>
    </message>
    <message>
        <source>error: %1: is a folder, not a file</source>
        <translation>fout: %1: is een map, geen bestand</translation>
    </message>
    <message>
        <source>error: %1: larger than %2 MiB; no ReSpan input is that large</source>
        <translation>fout: %1: groter dan %2 MiB; geen invoer van ReSpan is zo groot</translation>
    </message>
    <message>
        <source>missing -o OUT.xlsx or -o OUT.csv</source>
        <translation>-o UIT.xlsx of -o UIT.csv ontbreekt</translation>
    </message>
    <message>
        <source>%1: unknown kind of output; the name must end in .xlsx (the plan as a spreadsheet) or .csv (the inventory as elements.csv)</source>
        <translation>%1: onbekend soort uitvoer; de naam moet eindigen op .xlsx (het plan als spreadsheet) of .csv (de voorraad als elements.csv)</translation>
    </message>
    <message numerus="yes">
        <source>wrote the inventory of %n element(s) to %1</source>
        <translation>
            <numerusform>de voorraad van %n ligger geschreven naar %1</numerusform>
            <numerusform>de voorraad van %n liggers geschreven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>attached documents: %1 (%2 bytes), %3</source>
        <translation>bijgevoegde documenten: %1 (%2 bytes), %3</translation>
    </message>
    <message>
        <source>content matches its SHA-256</source>
        <translation>inhoud klopt met de SHA-256</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged</source>
        <translation>
            <numerusform>%n beschadigd</numerusform>
            <numerusform>%n beschadigd</numerusform>
        </translation>
    </message>
    <message>
        <source>attached documents do not match their SHA-256</source>
        <translation>bijgevoegde documenten kloppen niet met hun SHA-256</translation>
    </message>
    <message>
        <source>content: damaged (%1)</source>
        <translation>inhoud: beschadigd (%1)</translation>
    </message>
    <message>
        <source>error: %1: its content is damaged</source>
        <translation>fout: %1: de inhoud is beschadigd</translation>
    </message>
    <message>
        <source>wrote the spreadsheet of the plan to %1</source>
        <translation>spreadsheet van het plan geschreven naar %1</translation>
    </message>
    <message>
        <source>Structure %1: load model %2, %3</source>
        <translation>Kunstwerk %1: belastingmodel %2, %3</translation>
    </message>
    <message>
        <source>Span %1: L = %2 m, w = %3 m, %4 lanes, g_deck = %5 kN/m</source>
        <translation>Overspanning %1: L = %2 m, w = %3 m, %4 rijstroken, g_dek = %5 kN/m</translation>
    </message>
    <message>
        <source>MEd %1 kNm (%2), VEd %3 kN (%4)</source>
        <translation>MEd %1 kNm (%2), VEd %3 kN (%4)</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschat</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>ingevoerd</translation>
    </message>
    <message>
        <source>Demands exclude the girder&apos;s own weight; R2 adds it per girder.</source>
        <translation>De belastingen zijn zonder het eigen gewicht van de ligger; R2 telt dat per ligger op.</translation>
    </message>
    <message>
        <source>Elements:</source>
        <translation>Elementen:</translation>
    </message>
    <message>
        <source>MRd %1 kNm, VRd %2 kN</source>
        <translation>MRd %1 kNm, VRd %2 kN</translation>
    </message>
    <message>
        <source>loads of %1 structures and %2 elements written to %3</source>
        <translation>belastingen van %1 kunstwerken en %2 elementen geschreven naar %3</translation>
    </message>
    <message numerus="yes">
        <source>Plan start %1, delivery lead %n day(s), ready dates %2 R5</source>
        <translation>
            <numerusform>Begin van de planning %1, levertijd %n dag, gereeddata %2 R5</numerusform>
            <numerusform>Begin van de planning %1, levertijd %n dagen, gereeddata %2 R5</numerusform>
        </translation>
    </message>
    <message>
        <source>enter</source>
        <translation>tellen mee in</translation>
    </message>
    <message>
        <source>do not enter</source>
        <translation>tellen niet mee in</translation>
    </message>
    <message>
        <source>ready %1, deadline %2</source>
        <translation>gereed %1, uiterste datum %2</translation>
    </message>
    <message numerus="yes">
        <source>LATE by %n day(s)</source>
        <translation>
            <numerusform>%n dag TE LAAT</numerusform>
            <numerusform>%n dagen TE LAAT</numerusform>
        </translation>
    </message>
    <message>
        <source>a before-harvest step ends after the harvest</source>
        <translation>een stap vóór het oogsten eindigt na het oogsten</translation>
    </message>
    <message numerus="yes">
        <source>%n girder(s) scheduled, %1 late</source>
        <translation>
            <numerusform>%n ligger gepland, %1 te laat</numerusform>
            <numerusform>%n liggers gepland, %1 te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Late: %1</source>
        <translation>Te laat: %1</translation>
    </message>
    <message>
        <source>Resource %1: peak %2 of %3 on %4</source>
        <translation>Middel %1: piek %2 van %3 op %4</translation>
    </message>
    <message numerus="yes">
        <source>schedule of %n girder(s) written to %1</source>
        <translation>
            <numerusform>planning van %n ligger geschreven naar %1</numerusform>
            <numerusform>planning van %n liggers geschreven naar %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replaced the recertification protocol of %1 by %n step(s)</source>
        <translation>
            <numerusform>herkeuringsprotocol van %1 vervangen door %n stap</numerusform>
            <numerusform>herkeuringsprotocol van %1 vervangen door %n stappen</numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1 step result(s) of %2 girder(s) into %3</source>
        <translation>%1 stapresultaat/-resultaten van %2 ligger(s) geïmporteerd in %3</translation>
    </message>
    <message>
        <source>rejected (a failed step): %1</source>
        <translation>afgekeurd (een afgekeurde stap): %1</translation>
    </message>
    <message>
        <source>resistances verified: %1</source>
        <translation>weerstanden geverifieerd: %1</translation>
    </message>
    <message>
        <source>certified (every step done): %1</source>
        <translation>gekeurd (alle stappen gedaan): %1</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 is twee keer gegeven</translation>
    </message>
    <message numerus="yes">
        <source>imported %n storage site(s) into %1: %2</source>
        <translation>
            <numerusform>%n opslaglocatie geïmporteerd in %1: %2</numerusform>
            <numerusform>%n opslaglocaties geïmporteerd in %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site %1 (%2): %3 m2, usable %4 m2; peak %n girder(s) on %5, EUR %6</source>
        <translation>
            <numerusform>Locatie %1 (%2): %3 m2, bruikbaar %4 m2; piek %n ligger op %5, EUR %6</numerusform>
            <numerusform>Locatie %1 (%2): %3 m2, bruikbaar %4 m2; piek %n liggers op %5, EUR %6</numerusform>
        </translation>
    </message>
    <message>
        <source>layout on %1: %2 placed, %3 unplaced</source>
        <translation>indeling op %1: %2 geplaatst, %3 niet geplaatst</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>(manual)</source>
        <translation>(handmatig)</translation>
    </message>
    <message>
        <source>no destination</source>
        <translation>geen bestemming</translation>
    </message>
    <message>
        <source>--at needs a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--at heeft een datum als JJJJ-MM-DD nodig, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Conflict at %1 on %2: %3 (%4)</source>
        <translation>Conflict op %1 op %2: %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n stay(s), %1 conflict(s)</source>
        <translation>
            <numerusform>%n verblijf, %1 conflict(en)</numerusform>
            <numerusform>%n verblijven, %1 conflict(en)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>storage plan of %n site(s) written to %1</source>
        <translation>
            <numerusform>opslagplan van %n locatie geschreven naar %1</numerusform>
            <numerusform>opslagplan van %n locaties geschreven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>MKI weighting set %1</source>
        <translation>MKI-wegingsset %1</translation>
    </message>
    <message>
        <source>scenario      t CO2e     MKI EUR     cost EUR</source>
        <translation>scenario      t CO2e     MKI EUR   kosten EUR</translation>
    </message>
    <message>
        <source>reuse against crush and build new: %1 t CO2e, MKI EUR %2, cost EUR %3 saved</source>
        <translation>hergebruik tegenover breken en nieuw bouwen: %1 t CO2e, MKI EUR %2, kosten EUR %3 bespaard</translation>
    </message>
    <message>
        <source>break-even storage time: %1 months</source>
        <translation>omslagpunt opslagduur: %1 maanden</translation>
    </message>
    <message>
        <source>break-even storage time: none (storage costs nothing)</source>
        <translation>omslagpunt opslagduur: geen (opslag kost niets)</translation>
    </message>
    <message numerus="yes">
        <source>impact of %n girder(s) written to %1</source>
        <translation>
            <numerusform>milieu-effect van %n ligger geschreven naar %1</numerusform>
            <numerusform>milieu-effect van %n liggers geschreven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>MKI</source>
        <translation>MKI</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>kosten</translation>
    </message>
    <message>
        <source>--objective needs carbon, count, mki or cost</source>
        <translation>--objective vraagt carbon, count, mki of cost</translation>
    </message>
    <message>
        <source>unknown objective &quot;%1&quot;; use carbon, count, mki or cost</source>
        <translation>onbekend doel &quot;%1&quot;; gebruik carbon, count, mki of cost</translation>
    </message>
    <message numerus="yes">
        <source>imported %n impact factor(s) into %1: %2</source>
        <translation>
            <numerusform>%n milieufactor geïmporteerd in %1: %2</numerusform>
            <numerusform>%n milieufactoren geïmporteerd in %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>expected --elements, --design, --sites, --protocol, --certification or --factors, not &quot;%1&quot;</source>
        <translation>verwacht --elements, --design, --sites, --protocol, --certification of --factors, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Net saving against crushing and building new (%1): EUR %2 (upper bound EUR %3)</source>
        <translation>Netto besparing tegenover breken en nieuw bouwen (%1): EUR %2 (bovengrens EUR %3)</translation>
    </message>
    <message>
        <source>--time-limit needs a number of seconds greater than 0 and at most 86400, got &quot;%1&quot;</source>
        <translation>--time-limit vraagt een aantal seconden groter dan 0 en hoogstens 86400, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>searching, %1 s: best plan fills %2 slots, %3 nodes</source>
        <translation>zoeken, %1 s: beste plan vult %2 plaatsen, %3 knopen</translation>
    </message>
    <message>
        <source>searching, %1 s: best EUR %2, bound EUR %3 (gap %4 %), %5 nodes</source>
        <translation>zoeken, %1 s: beste EUR %2, grens EUR %3 (verschil %4 %), %5 knopen</translation>
    </message>
    <message>
        <source>searching, %1 s: best %2 kg CO2e, bound %3 kg (gap %4 %), %5 nodes</source>
        <translation>zoeken, %1 s: beste %2 kg CO2e, grens %3 kg (verschil %4 %), %5 knopen</translation>
    </message>
    <message>
        <source>--time-limit needs a number of seconds</source>
        <translation>--time-limit vraagt een aantal seconden</translation>
    </message>
    <message>
        <source>--objective needs carbon or count</source>
        <translation>--objective vraagt carbon of count</translation>
    </message>
    <message>
        <source>unknown objective &quot;%1&quot;; use carbon or count</source>
        <translation>onbekende doelstelling &quot;%1&quot;; gebruik carbon of count</translation>
    </message>
    <message>
        <source>design: the objective &quot;%1&quot; cannot choose span lengths yet; use carbon or count</source>
        <translation>design: met de doelstelling &quot;%1&quot; kunnen nog geen overspanningslengtes gekozen worden; gebruik carbon of count</translation>
    </message>
    <message>
        <source>Span lengths (%1 spans with bounds):</source>
        <translation>Overspanningslengtes (%1 overspanningen met grenzen):</translation>
    </message>
    <message>
        <source>%1 m -&gt; %2 m (bounds %3 to %4 m, %5 candidates)</source>
        <translation>%1 m -&gt; %2 m (grenzen %3 tot %4 m, %5 kandidaten)</translation>
    </message>
    <message>
        <source>At today&apos;s lengths: %1 of %2 slots filled, saving %3 kg CO2e</source>
        <translation>Bij de huidige lengtes: %1 van %2 posities gevuld, besparing %3 kg CO2e</translation>
    </message>
    <message>
        <source>%1 design, %2 of %3 slots filled (%4 at today&apos;s lengths), saving %5 kg CO2e (%6); written to %7</source>
        <translation>%1 ontwerp, %2 van %3 posities gevuld (%4 bij de huidige lengtes), besparing %5 kg CO2e (%6); geschreven naar %7</translation>
    </message>
    <message>
        <source>stored the span lengths and the plan in %1 (pins kept, proposals replaced)</source>
        <translation>overspanningslengtes en plan opgeslagen in %1 (vastgezette liggers behouden, voorstellen vervangen)</translation>
    </message>
</context>
<context>
    <name>respan::ui::CertificationController</name>
    <message>
        <source>Recerti&amp;fication Protocol…</source>
        <translation>Herkeurings&amp;protocol…</translation>
    </message>
    <message>
        <source>Recertification</source>
        <translation>Herkeuring</translation>
    </message>
    <message>
        <source>Edit the project&apos;s recertification steps: durations, predecessors, resources and costs</source>
        <translation>De herkeuringsstappen van het project bewerken: duur, voorgangers, middelen en kosten</translation>
    </message>
    <message>
        <source>Recertification not changed</source>
        <translation>Herkeuring niet gewijzigd</translation>
    </message>
    <message>
        <source>Protocol not changed</source>
        <translation>Protocol niet gewijzigd</translation>
    </message>
    <message>
        <source>Recertification steps changed (not saved to the file yet).</source>
        <translation>Herkeuringsstappen gewijzigd (nog niet in het bestand bewaard).</translation>
    </message>
    <message>
        <source>Recertification protocol changed (not saved to the file yet).</source>
        <translation>Herkeuringsprotocol gewijzigd (nog niet in het bestand bewaard).</translation>
    </message>
</context>
<context>
    <name>respan::ui::CertificationPanel</name>
    <message>
        <source>Receiving structure</source>
        <translation>Ontvangend kunstwerk</translation>
    </message>
    <message>
        <source>Donor structure</source>
        <translation>Donorkunstwerk</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Groeperen op:</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>V&amp;andaag</translation>
    </message>
    <message>
        <source>The project&apos;s recertification steps: durations, predecessors, resources and costs</source>
        <translation>De herkeuringsstappen van het project: duur, voorgangers, middelen en kosten</translation>
    </message>
    <message>
        <source>&amp;Late girders</source>
        <translation>Te &amp;late liggers</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) late (ready %2, needed by %3)</source>
        <translation>
            <numerusform>%1: %n dag te laat (gereed %2, nodig op %3)</numerusform>
            <numerusform>%1: %n dagen te laat (gereed %2, nodig op %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a step on the girder in its structure ends after the harvest date</source>
        <translation>%1: een stap aan de ligger in zijn kunstwerk eindigt na de oogstdatum</translation>
    </message>
    <message>
        <source>Nothing to recertify.</source>
        <translation>Niets te herkeuren.</translation>
    </message>
    <message>
        <source>No girder is late.</source>
        <translation>Geen ligger is te laat.</translation>
    </message>
    <message numerus="yes">
        <source>%n girder(s) to recertify, %1 late</source>
        <translation>
            <numerusform>%n ligger te herkeuren, %1 te laat</numerusform>
            <numerusform>%n liggers te herkeuren, %1 te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>; all ready by %1</source>
        <translation>; alle gereed op %1</translation>
    </message>
    <message>
        <source> (the plan does not wait for it: plan certification is off)</source>
        <translation> (de planning wacht er niet op: herkeuring plannen staat uit)</translation>
    </message>
    <message>
        <source>The project is read-only; the step was not moved.</source>
        <translation>Het project is alleen-lezen; de stap is niet verplaatst.</translation>
    </message>
    <message>
        <source>Move %1 of %2 to %3</source>
        <translation>%1 van %2 verplaatsen naar %3</translation>
    </message>
    <message>
        <source>Pr&amp;otocol…</source>
        <translation>Pr&amp;otocol…</translation>
    </message>
    <message>
        <source>%1 of %2 moved to %3 (undo: Ctrl+Z).</source>
        <translation>%1 van %2 verplaatst naar %3 (ongedaan maken: Ctrl+Z).</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) planned before today not started</source>
        <translation>
            <numerusform>%n stap gepland vóór vandaag niet begonnen</numerusform>
            <numerusform>%n stappen gepland vóór vandaag niet begonnen</numerusform>
        </translation>
    </message>
    <message>
        <source>The schedule plans from the plan start (%1), as the contract says; steps not begun are planned from there even when that is past. Set the plan start to today in Plan &gt; Project Settings to plan them from now.</source>
        <translation>De planning rekent vanaf het begin van de planning (%1); stappen die niet begonnen zijn worden vanaf daar gepland, ook als dat voorbij is. Zet het begin van de planning op vandaag in Planning &gt; Projectinstellingen om ze vanaf nu te plannen.</translation>
    </message>
</context>
<context>
    <name>respan::ui::CrossSectionSketch</name>
    <message>
        <source>Cross-section of the span with lanes and Courbon shares</source>
        <translation>Dwarsdoorsnede van de overspanning met rijstroken en aandelen volgens Courbon</translation>
    </message>
    <message>
        <source>No slots in this span</source>
        <translation>Geen posities in deze overspanning</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>rest</translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation>strook %1</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>η %1</source>
        <translation>η %1</translation>
    </message>
    <message>
        <source>Courbon shares on girder %1 (x = %2 m)</source>
        <translation>Aandelen Courbon, ligger %1 (x = %2 m)</translation>
    </message>
    <message>
        <source>w = %1 m · s = %2 m</source>
        <translation>w = %1 m · s = %2 m</translation>
    </message>
</context>
<context>
    <name>respan::ui::DesignDialog</name>
    <message>
        <source>Design Around the Stock</source>
        <translation>Ontwerpen rond de voorraad</translation>
    </message>
    <message>
        <source>Proven optimal over every choice of the span lengths and every plan.</source>
        <translation>Bewezen optimaal over elke keuze van de overspanningslengtes en elk plan.</translation>
    </message>
    <message>
        <source>Not proven optimal: the best design found is within %1 % of the upper bound %2 t CO2e.</source>
        <translation>Niet bewezen optimaal: het beste gevonden ontwerp ligt binnen %1 % van de bovengrens %2 t CO2e.</translation>
    </message>
    <message>
        <source>Filled slots: %1 → %2 of %3 · CO2e saved: %4 → %5 t</source>
        <translation>Gevulde posities: %1 → %2 van %3 · CO2e bespaard: %4 → %5 t</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Kunstwerk</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Overspanning</translation>
    </message>
    <message>
        <source>Bounds (m)</source>
        <translation>Grenzen (m)</translation>
    </message>
    <message>
        <source>Today (m)</source>
        <translation>Nu (m)</translation>
    </message>
    <message>
        <source>Proposed (m)</source>
        <translation>Voorstel (m)</translation>
    </message>
    <message>
        <source>Change (m)</source>
        <translation>Wijziging (m)</translation>
    </message>
    <message>
        <source>Girders by length</source>
        <translation>Liggers naar lengte</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>No span has bounds: give a span its shortest and longest required length in the span dialog.</source>
        <translation>Geen overspanning heeft grenzen: geef een overspanning haar kortste en langste vereiste lengte in het overspanningsvenster.</translation>
    </message>
    <message>
        <source>Bars: the usable girders of the inventory by length. Light band: the lengths that fit the span somewhere inside its bounds; dark band: at the proposed length. The plan comes with the lengths; Apply stores both as one undo step.</source>
        <translation>Staven: de bruikbare liggers van de voorraad naar lengte. Lichte band: de lengtes die ergens binnen de grenzen in de overspanning passen; donkere band: bij de voorgestelde lengte. Het plan hoort bij de lengtes; Toepassen slaat beide op als één ongedaan-maakstap.</translation>
    </message>
    <message>
        <source>The project changed while ReSpan was designing: run it again to apply.</source>
        <translation>Het project is gewijzigd terwijl ReSpan ontwierp: voer het opnieuw uit om toe te passen.</translation>
    </message>
</context>
<context>
    <name>respan::ui::DocumentController</name>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>%1

File: %2

Your open project has not been changed.</source>
        <translation>%1

Bestand: %2

Uw geopende project is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>Het project kon niet worden geopend</translation>
    </message>
    <message>
        <source>Unsaved work restored; save to keep it.</source>
        <translation>Niet-opgeslagen werk hersteld; sla het project op om het te bewaren.</translation>
    </message>
    <message>
        <source>Could not restore the unsaved work</source>
        <translation>Het niet-opgeslagen werk kon niet worden hersteld</translation>
    </message>
    <message>
        <source>Project upgraded</source>
        <translation>Project bijgewerkt</translation>
    </message>
    <message>
        <source>%1 was written by an older ReSpan (file format %2) and has been upgraded; a copy of the old file was kept beside it.</source>
        <translation>%1 is geschreven door een oudere ReSpan (bestandsformaat %2) en is bijgewerkt; een kopie van het oude bestand staat ernaast.</translation>
    </message>
    <message>
        <source>Opened %1 read-only.</source>
        <translation>%1 alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geopend.</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>Het project kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Unsaved changes kept in an autosave.</source>
        <translation>Niet-opgeslagen wijzigingen automatisch bewaard.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisch opslaan mislukt: %1</translation>
    </message>
    <message>
        <source>Opened %1. A save that was interrupted when ReSpan ended abnormally was undone: the file holds its last saved state.</source>
        <translation>%1 geopend. Een opslag die werd onderbroken toen ReSpan abnormaal stopte, is ongedaan gemaakt: het bestand bevat de laatst opgeslagen toestand.</translation>
    </message>
</context>
<context>
    <name>respan::ui::DocumentsTab</name>
    <message>
        <source>Attach…</source>
        <translation>Koppelen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>MIME-type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Documenten koppelen</translation>
    </message>
    <message>
        <source>Export document</source>
        <translation>Document exporteren</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>New: stored in the project file when the project is saved</source>
        <translation>Nieuw: wordt in het projectbestand opgenomen bij het opslaan</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>No document selected.</source>
        <translation>Geen document geselecteerd.</translation>
    </message>
    <message>
        <source>The stored content of %1 does not match its SHA-256 checksum; it was not exported.</source>
        <translation>De opgeslagen inhoud van %1 komt niet overeen met de SHA-256-controlesom; het is niet geëxporteerd.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>De map %1 kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>No program was found to open %1.</source>
        <translation>Er is geen programma gevonden om %1 te openen.</translation>
    </message>
    <message>
        <source>Tick the documents that prove the step (its evidence)</source>
        <translation>Vink de documenten aan die de stap bewijzen (de bewijsstukken)</translation>
    </message>
    <message>
        <source>The content of %1 cannot be read.</source>
        <translation>De inhoud van %1 kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>respan::ui::DragLabel</name>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <translation>
            <numerusform>%1 + %n andere</numerusform>
            <numerusform>%1 + %n andere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::DrawingExport</name>
    <message>
        <source>There is nothing to export: no structure is drawn.</source>
        <translation>Er is niets te exporteren: er is geen kunstwerk getekend.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>ReSpan plan view, true to scale: %1 px per metre</source>
        <translation>ReSpan-bovenaanzicht, op schaal: %1 px per meter</translation>
    </message>
</context>
<context>
    <name>respan::ui::DrawingLegend</name>
    <message>
        <source>Admissible while dragging</source>
        <translation>Toelaatbaar tijdens slepen</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Geselecteerd</translation>
    </message>
</context>
<context>
    <name>respan::ui::DrawingPanel</name>
    <message>
        <source>Structure:</source>
        <translation>Kunstwerk:</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Uitzoomen (−)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Inzoomen (+)</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>Passend in venster</translation>
    </message>
    <message>
        <source>All structures (%1)</source>
        <translation>Alle kunstwerken (%1)</translation>
    </message>
    <message>
        <source>%1 px/m</source>
        <translation>%1 px/m</translation>
    </message>
    <message>
        <source>%1 · across ×%2</source>
        <translation>%1 · dwars ×%2</translation>
    </message>
    <message>
        <source>Scale along the axis: screen pixels per metre. Zoomed out this far, widths across the axis are drawn %1 times larger so that every girder&apos;s id stays readable; zoom in for a drawing true to scale (exports and the report always are).</source>
        <translation>Schaal langs de as: schermpixels per meter. Zo ver uitgezoomd worden breedtes dwars op de as %1 keer groter getekend, zodat het nummer van elke ligger leesbaar blijft; zoom in voor een tekening op ware schaal (exports en het rapport zijn dat altijd).</translation>
    </message>
    <message>
        <source>Scale: screen pixels per metre (true to scale)</source>
        <translation>Schaal: schermpixels per meter (ware schaal)</translation>
    </message>
</context>
<context>
    <name>respan::ui::DrawingStyle</name>
    <message>
        <source>Empty</source>
        <translation>Leeg</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Vastgezet</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
</context>
<context>
    <name>respan::ui::DropPlanner</name>
    <message>
        <source>%1: no empty slot left in this span</source>
        <translation>%1: geen lege positie meer in deze overspanning</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) placed and pinned.</source>
        <translation>
            <numerusform>%n ligger geplaatst en vastgezet.</numerusform>
            <numerusform>%n liggers geplaatst en vastgezet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not placed: %1</source>
        <translation>Niet geplaatst: %1</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Weggelaten: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 (%3): hold Shift while dropping to replace it</source>
        <translation>%1 bevat %2 (%3): houd Shift ingedrukt bij het loslaten om die te vervangen</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>vastgezet</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <source>; replaces %1 (%2), which goes back to the inventory</source>
        <translation>; vervangt %1 (%2), die teruggaat naar de voorraad</translation>
    </message>
    <message>
        <source>; %1 is left empty</source>
        <translation>; %1 blijft leeg</translation>
    </message>
    <message>
        <source>%1 placed in %2 and pinned%3.</source>
        <translation>%1 geplaatst in %2 en vastgezet%3.</translation>
    </message>
    <message>
        <source>Place %1 in %2%3.</source>
        <translation>%1 in %2 plaatsen%3.</translation>
    </message>
    <message numerus="yes">
        <source>Place %n element(s) here.</source>
        <translation>
            <numerusform>%n ligger hier plaatsen.</numerusform>
            <numerusform>%n liggers hier plaatsen.</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1, where it was pinned, is left empty</source>
        <translation>; %1, waar hij vastgezet was, blijft leeg</translation>
    </message>
</context>
<context>
    <name>respan::ui::ElementEditorDialog</name>
    <message>
        <source>New element</source>
        <translation>Nieuwe ligger</translation>
    </message>
    <message>
        <source>Element %1</source>
        <translation>Ligger %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documenten (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historie (%1)</translation>
    </message>
    <message>
        <source>Identity and origin</source>
        <translation>Identiteit en herkomst</translation>
    </message>
    <message>
        <source>Geometry and resistance</source>
        <translation>Afmetingen en weerstand</translation>
    </message>
    <message>
        <source>Condition and status</source>
        <translation>Conditie en status</translation>
    </message>
    <message>
        <source>Reason for the change:</source>
        <translation>Reden van de wijziging:</translation>
    </message>
    <message>
        <source>Location and availability</source>
        <translation>Locatie en beschikbaarheid</translation>
    </message>
    <message>
        <source>Notes: inspections, damage, agreements…</source>
        <translation>Notities: inspecties, schade, afspraken…</translation>
    </message>
    <message>
        <source>entered in the element editor</source>
        <translation>ingevoerd in de liggereditor</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>geen geheel getal</translation>
    </message>
    <message>
        <source>not a valid date (use YYYY-MM-DD)</source>
        <translation>geen geldige datum (gebruik JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>the id %1 is already used by another element</source>
        <translation>nummer %1 is al in gebruik bij een andere ligger</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (alleen-lezen)</translation>
    </message>
    <message>
        <source>The element has errors; see the marked fields.</source>
        <translation>De ligger bevat fouten; zie de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Edit element %1</source>
        <translation>Ligger %1 bewerken</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Resistance used:</source>
        <translation>Gebruikte weerstand:</translation>
    </message>
    <message>
        <source>Entered: MRd %1 kNm, VRd %2 kN (%3)</source>
        <translation>Ingevoerd: MRd %1 kNm, VRd %2 kN (%3)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Estimated from %1&lt;/i&gt;: MRd %2 kNm%3, VRd %4 kN%5; a lower bound, to be recalculated</source>
        <translation>&lt;i&gt;Geschat uit %1&lt;/i&gt;: MRd %2 kNm%3, VRd %4 kN%5; een ondergrens, opnieuw door te rekenen</translation>
    </message>
    <message>
        <source> (entered)</source>
        <translation> (ingevoerd)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown&lt;/b&gt;: %1. The girder fails rule R2 until resistances are entered.</source>
        <translation>&lt;b&gt;Onbekend&lt;/b&gt;: %1. De ligger voldoet niet aan regel R2 tot er weerstanden zijn ingevoerd.</translation>
    </message>
    <message>
        <source>≈ %1 (class)</source>
        <translation>≈ %1 (klasse)</translation>
    </message>
    <message>
        <source>empty: from the class</source>
        <translation>leeg: uit de klasse</translation>
    </message>
</context>
<context>
    <name>respan::ui::ElementTableModel</name>
    <message>
        <source>Not placed</source>
        <translation>Niet geplaatst</translation>
    </message>
    <message>
        <source>Pinned by a planner</source>
        <translation>Vastgezet door een planner</translation>
    </message>
    <message>
        <source>Proposed (not pinned)</source>
        <translation>Voorgesteld (niet vastgezet)</translation>
    </message>
    <message>
        <source>Structure / span / slot the element is placed in</source>
        <translation>Kunstwerk / overspanning / positie waarin de ligger is geplaatst</translation>
    </message>
    <message>
        <source>Placed in</source>
        <translation>Geplaatst in</translation>
    </message>
    <message>
        <source>%1 of %2 not changed: %3</source>
        <translation>%1 van %2 niet gewijzigd: %3</translation>
    </message>
    <message>
        <source>changed in the inventory table</source>
        <translation>gewijzigd in de voorraadtabel</translation>
    </message>
    <message>
        <source>not a date (use YYYY-MM-DD)</source>
        <translation>geen datum (gebruik JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>geen getal</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation>geen geldige waarde</translation>
    </message>
    <message>
        <source>the id %1 is already used</source>
        <translation>nummer %1 is al in gebruik</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 van %2 wijzigen</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (vastgezet)</translation>
    </message>
    <message>
        <source>Reserved: pinned in %1. Its recorded status is %2.</source>
        <translation>Gereserveerd: vastgezet in %1. De vastgelegde status is %2.</translation>
    </message>
</context>
<context>
    <name>respan::ui::ExchangeController</name>
    <message>
        <source>&amp;Elements (CSV)…</source>
        <translation>&amp;Elementen (CSV)…</translation>
    </message>
    <message>
        <source>Add the girders of an elements.csv file; nothing is added when the file has an error</source>
        <translation>De liggers van een elements.csv-bestand toevoegen; er wordt niets toegevoegd als het bestand een fout bevat</translation>
    </message>
    <message>
        <source>&amp;Design (CSV)…</source>
        <translation>&amp;Ontwerp (CSV)…</translation>
    </message>
    <message>
        <source>Add the structures, spans and slots of a design.csv file; nothing is added when the file has an error</source>
        <translation>De kunstwerken, overspanningen en posities van een design.csv-bestand toevoegen; er wordt niets toegevoegd als het bestand een fout bevat</translation>
    </message>
    <message>
        <source>Materials &amp;Passport…</source>
        <translation>Materialen&amp;paspoort…</translation>
    </message>
    <message>
        <source>Add the elements of a materials passport; nothing changes when it conflicts with the project</source>
        <translation>De elementen van een materialenpaspoort toevoegen; er verandert niets als het botst met het project</translation>
    </message>
    <message>
        <source>&amp;Inventory (CSV)…</source>
        <translation>&amp;Voorraad (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Materials Passport…</source>
        <translation>&amp;Materialenpaspoort…</translation>
    </message>
    <message>
        <source>A materials passport of the selected elements or of all</source>
        <translation>Een materialenpaspoort van de geselecteerde elementen of van alle</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importeren mislukt</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Import elements (CSV)</source>
        <translation>Elementen importeren (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Nothing imported: %1 has errors.</source>
        <translation>Niets geïmporteerd: %1 bevat fouten.</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elementen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n element(s) from %1</source>
        <translation>
            <numerusform>%n element importeren uit %1</numerusform>
            <numerusform>%n elementen importeren uit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importeren geweigerd</translation>
    </message>
    <message>
        <source>%1 imported from %2.</source>
        <translation>%1 geïmporteerd uit %2.</translation>
    </message>
    <message>
        <source>Import design (CSV)</source>
        <translation>Ontwerp importeren (CSV)</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n positie</numerusform>
            <numerusform>%n posities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n slot(s) from %1</source>
        <translation>
            <numerusform>%n positie importeren uit %1</numerusform>
            <numerusform>%n posities importeren uit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import materials passport</source>
        <translation>Materialenpaspoort importeren</translation>
    </message>
    <message>
        <source>Materials passports (*.json);;All files (*)</source>
        <translation>Materialenpaspoorten (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Nothing imported: %1 conflicts with the project.</source>
        <translation>Niets geïmporteerd: %1 botst met het project.</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Niets te importeren</translation>
    </message>
    <message numerus="yes">
        <source>Every element of %1 is in the project already with the same data (%n element(s)).</source>
        <translation>
            <numerusform>Elk element van %1 staat al met dezelfde gegevens in het project (%n element).</numerusform>
            <numerusform>Elk element van %1 staat al met dezelfde gegevens in het project (%n elementen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n element(s) from passport %1</source>
        <translation>
            <numerusform>%n element importeren uit paspoort %1</numerusform>
            <numerusform>%n elementen importeren uit paspoort %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imported from passport %2.</source>
        <translation>%1 geïmporteerd uit paspoort %2.</translation>
    </message>
    <message>
        <source>CSV, comma-separated, decimal point (*.csv)</source>
        <translation>CSV, kommagescheiden, decimale punt (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated, decimal comma (Dutch spreadsheets) (*.csv)</source>
        <translation>CSV, puntkommagescheiden, decimale komma (Nederlandse spreadsheets) (*.csv)</translation>
    </message>
    <message>
        <source>Export inventory (CSV)</source>
        <translation>Voorraad exporteren (CSV)</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) exported to %1.</source>
        <translation>
            <numerusform>%n element geëxporteerd naar %1.</numerusform>
            <numerusform>%n elementen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export design (CSV)</source>
        <translation>Ontwerp exporteren (CSV)</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) exported to %1.</source>
        <translation>
            <numerusform>%n positie geëxporteerd naar %1.</numerusform>
            <numerusform>%n posities geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Niets te exporteren</translation>
    </message>
    <message>
        <source>The inventory is empty.</source>
        <translation>De voorraad is leeg.</translation>
    </message>
    <message>
        <source>Export materials passport</source>
        <translation>Materialenpaspoort exporteren</translation>
    </message>
    <message>
        <source>Materials passports (*.json)</source>
        <translation>Materialenpaspoorten (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Materials passport of %n element(s) written to %1.</source>
        <translation>
            <numerusform>Materialenpaspoort van %n element geschreven naar %1.</numerusform>
            <numerusform>Materialenpaspoort van %n elementen geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the project&apos;s recertification protocol by the steps of a CSV file; nothing changes when the file has an error</source>
        <translation>Vervang het herkeuringsprotocol van het project door de stappen van een CSV-bestand; er verandert niets als het bestand een fout bevat</translation>
    </message>
    <message>
        <source>Recertification &amp;Results (CSV)…</source>
        <translation>Herkeurings&amp;resultaten (CSV)…</translation>
    </message>
    <message>
        <source>Step results per girder: a failed step rejects the girder, resistances of a passed recalculation become verified; nothing changes when the file has an error</source>
        <translation>Stapresultaten per ligger: een afgekeurde stap keurt de ligger af, weerstanden uit een goedgekeurde herberekening worden geverifieerd; er verandert niets als het bestand een fout bevat</translation>
    </message>
    <message>
        <source>Import recertification protocol (CSV)</source>
        <translation>Herkeuringsprotocol importeren (CSV)</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol step(s)</source>
        <translation>
            <numerusform>%n protocolstap</numerusform>
            <numerusform>%n protocolstappen</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the recertification protocol from %1</source>
        <translation>Herkeuringsprotocol vervangen uit %1</translation>
    </message>
    <message>
        <source>Import recertification results (CSV)</source>
        <translation>Herkeuringsresultaten importeren (CSV)</translation>
    </message>
    <message numerus="yes">
        <source>%n step result(s)</source>
        <translation>
            <numerusform>%n stapresultaat</numerusform>
            <numerusform>%n stapresultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>afgekeurd: %1</translation>
    </message>
    <message>
        <source>certified: %1</source>
        <translation>gekeurd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n step result(s) from %1</source>
        <translation>
            <numerusform>%n stapresultaat importeren uit %1</numerusform>
            <numerusform>%n stapresultaten importeren uit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export recertification protocol (CSV)</source>
        <translation>Herkeuringsprotocol exporteren (CSV)</translation>
    </message>
    <message>
        <source>Recertification protocol written to %1.</source>
        <translation>Herkeuringsprotocol geschreven naar %1.</translation>
    </message>
    <message>
        <source>Recertification Pro&amp;tocol (CSV)…</source>
        <translation>Her&amp;keuringsprotocol (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Storage Sites (CSV, GeoJSON, GeoPackage, Shapefile)…</source>
        <translation>Opslag&amp;locaties (CSV, GeoJSON, GeoPackage, Shapefile)…</translation>
    </message>
    <message>
        <source>Yards as outlines in local metres, RD New or WGS84: sites of the same id are replaced; nothing changes when the file has an error</source>
        <translation>Terreinen als omtrek in lokale meters, RD New of WGS84: locaties met hetzelfde id worden vervangen; er verandert niets als het bestand een fout bevat</translation>
    </message>
    <message>
        <source>Import storage sites</source>
        <translation>Opslaglocaties importeren</translation>
    </message>
    <message>
        <source>Storage sites (*.csv *.geojson *.json *.gpkg *.shp);;All files (*)</source>
        <translation>Opslaglocaties (*.csv *.geojson *.json *.gpkg *.shp);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n storage site(s)</source>
        <translation>
            <numerusform>%n opslaglocatie</numerusform>
            <numerusform>%n opslaglocaties</numerusform>
        </translation>
    </message>
    <message>
        <source>Import storage sites from %1</source>
        <translation>Opslaglocaties importeren uit %1</translation>
    </message>
</context>
<context>
    <name>respan::ui::ExchangePrompts</name>
    <message>
        <source>Materials passport</source>
        <translation>Materialenpaspoort</translation>
    </message>
    <message>
        <source>Which elements go into the passport?</source>
        <translation>Welke elementen komen in het paspoort?</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected element(s)</source>
        <translation>
            <numerusform>Het %n geselecteerde element</numerusform>
            <numerusform>De %n geselecteerde elementen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n element(s)</source>
        <translation>
            <numerusform>Het enige element (%n)</numerusform>
            <numerusform>Alle %n elementen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::FactorsDialog</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;CSV importeren…</translation>
    </message>
    <message>
        <source>Impact Factors</source>
        <translation>Milieufactoren</translation>
    </message>
    <message>
        <source>Every CO2e, MKI and cost figure is a quantity times one of these factors. Values without a public source are marked illustrative: replace them by your own. F_new, F_tkm and road_factor are also the matching settings of the same name.</source>
        <translation>Elk CO2e-, MKI- en kostengetal is een hoeveelheid maal een van deze factoren. Waarden zonder openbare bron zijn gemarkeerd als illustratief: vervang ze door uw eigen waarden. F_new, F_tkm en road_factor zijn ook de koppelinstellingen met dezelfde naam.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation>Illustratief</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Import Impact Factors</source>
        <translation>Milieufactoren importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export Impact Factors</source>
        <translation>Milieufactoren exporteren</translation>
    </message>
    <message>
        <source>impact-factors.csv</source>
        <translation>milieufactoren.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>No public source: a value to replace</source>
        <translation>Geen openbare bron: een waarde om te vervangen</translation>
    </message>
    <message>
        <source>%1: value &quot;%2&quot; is not a number</source>
        <translation>%1: waarde &quot;%2&quot; is geen getal</translation>
    </message>
    <message>
        <source>%1: year &quot;%2&quot; is not a whole number</source>
        <translation>%1: jaar &quot;%2&quot; is geen geheel getal</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Nothing imported from %1:</source>
        <translation>Niets geïmporteerd uit %1:</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>respan::ui::FieldEdit</name>
    <message>
        <source>not a number (decimal separator: &quot;%1&quot;)</source>
        <translation>geen getal (decimaalteken: &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>respan::ui::FieldForm</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>respan::ui::FilePrompts</name>
    <message>
        <source>ReSpan projects (*.respan);;All files (*)</source>
        <translation>ReSpan-projecten (*.respan);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Wijzigingen in %1 opslaan voor het sluiten?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Uw wijzigingen gaan verloren als u ze niet opslaat.</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <source>ReSpan was not closed normally while %1 was open (%2).</source>
        <translation>ReSpan is niet normaal afgesloten terwijl %1 geopend was (%2).</translation>
    </message>
    <message>
        <source>Unsaved work from %1 was kept. Restore it, or discard it and open the project as it was last saved?</source>
        <translation>Niet-opgeslagen werk van %1 is bewaard. Wilt u het herstellen, of het verwerpen en het project openen zoals het het laatst is opgeslagen?</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Project opslaan als</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
</context>
<context>
    <name>respan::ui::GanttView</name>
    <message>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Kwartalen</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <source>Recertification schedule</source>
        <translation>Herkeuringsplanning</translation>
    </message>
    <message>
        <source>Donor unknown</source>
        <translation>Donor onbekend</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Niet geplaatst</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n girder(s))</source>
        <translation>
            <numerusform>%1 (%n ligger)</numerusform>
            <numerusform>%1 (%n liggers)</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no recertification protocol.</source>
        <translation>Het project heeft geen herkeuringsprotocol.</translation>
    </message>
    <message>
        <source>No girder needs recertifying: every girder is certified, installed or rejected.</source>
        <translation>Geen ligger hoeft herkeurd te worden: elke ligger is gekeurd, ingebouwd of afgekeurd.</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation>wk %1</translation>
    </message>
    <message>
        <source>Girder (ready date)</source>
        <translation>Ligger (gereeddatum)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ready %1</source>
        <translation>Gereed %1</translation>
    </message>
    <message>
        <source>Every step done</source>
        <translation>Elke stap gedaan</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Uiterste datum %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n day(s) late&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n dag te laat&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n dagen te laat&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>A step on the girder in its structure ends after the harvest date.</source>
        <translation>Een stap aan de ligger in zijn kunstwerk eindigt na de oogstdatum.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 to %3 (%n day(s))</source>
        <translation>
            <numerusform>%1, %2 tot %3 (%n dag)</numerusform>
            <numerusform>%1, %2 tot %3 (%n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation>Werkelijke data</translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation>Geplande data</translation>
    </message>
    <message>
        <source>Latest start %1</source>
        <translation>Uiterste start %1</translation>
    </message>
    <message numerus="yes">
        <source>Resource %1 (%n girder(s) at once)</source>
        <translation>
            <numerusform>Middel %1 (%n ligger tegelijk)</numerusform>
            <numerusform>Middel %1 (%n liggers tegelijk)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Ends after the harvest date.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eindigt na de oogstdatum.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Drag to move the planned start; double-click to edit.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sleep om de geplande start te verplaatsen; dubbelklik om te bewerken.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Double-click to edit.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dubbelklik om te bewerken.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Double-click to see the step (the project is read-only).&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dubbelklik om de stap te bekijken (het project is alleen-lezen).&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>respan::ui::HistoryTab</name>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>on OK</source>
        <translation>bij OK</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nieuw)</translation>
    </message>
</context>
<context>
    <name>respan::ui::ImpactPanel</name>
    <message>
        <source>&amp;Factors…</source>
        <translation>&amp;Factoren…</translation>
    </message>
    <message>
        <source>CO2e (t)</source>
        <translation>CO2e (t)</translation>
    </message>
    <message>
        <source>MKI (EUR)</source>
        <translation>MKI (EUR)</translation>
    </message>
    <message>
        <source>Cost (EUR)</source>
        <translation>Kosten (EUR)</translation>
    </message>
    <message>
        <source>What the charts and the table show</source>
        <translation>Wat de grafieken en de tabel tonen</translation>
    </message>
    <message>
        <source>MKI set A1</source>
        <translation>MKI-set A1</translation>
    </message>
    <message>
        <source>MKI set A2</source>
        <translation>MKI-set A2</translation>
    </message>
    <message>
        <source>MKI weighting set (project setting weighting_set): A2 (EN 15804+A2) is required in tenders from 2025 and gives 1.4-2.1 times the A1 MKI</source>
        <translation>MKI-wegingsset (projectinstelling weighting_set): A2 (EN 15804+A2) is vereist in aanbestedingen vanaf 2025 en geeft 1,4-2,1 keer de MKI van A1</translation>
    </message>
    <message>
        <source>The factors every figure is computed with: values, units and sources; import or export them as CSV</source>
        <translation>De factoren waarmee elk getal wordt berekend: waarden, eenheden en bronnen; importeer of exporteer ze als CSV</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Toon:</translation>
    </message>
    <message>
        <source>&amp;Waterfall</source>
        <translation>&amp;Waterval</translation>
    </message>
    <message>
        <source>&amp;Girders</source>
        <translation>&amp;Liggers</translation>
    </message>
    <message>
        <source>%1 = %2 %3%4</source>
        <translation>%1 = %2 %3%4</translation>
    </message>
    <message>
        <source> (illustrative)</source>
        <translation> (illustratief)</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>geen kosten</translation>
    </message>
    <message>
        <source>rate of site %1: EUR %2 per m2 and month</source>
        <translation>tarief van terrein %1: EUR %2 per m2 per maand</translation>
    </message>
    <message>
        <source>cost of protocol step %1</source>
        <translation>kosten van protocolstap %1</translation>
    </message>
    <message>
        <source>no emission</source>
        <translation>geen emissie</translation>
    </message>
    <message>
        <source>%1, times %2</source>
        <translation>%1, maal %2</translation>
    </message>
    <message>
        <source>No girder is placed yet: nothing is reused.</source>
        <translation>Nog geen ligger geplaatst: er wordt niets hergebruikt.</translation>
    </message>
    <message>
        <source>Unused girders: crushed</source>
        <translation>Ongebruikte liggers: gebroken</translation>
    </message>
    <message>
        <source>%1: reuse</source>
        <translation>%1: hergebruik</translation>
    </message>
    <message>
        <source>%1: crush + new</source>
        <translation>%1: breken + nieuw</translation>
    </message>
    <message>
        <source>No girders in the project</source>
        <translation>Geen liggers in het project</translation>
    </message>
    <message>
        <source>t CO2e</source>
        <translation>t CO2e</translation>
    </message>
    <message>
        <source>%1, %2
%3: %4 %5 × %6</source>
        <translation>%1, %2
%3: %4 %5 × %6</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Avoided</source>
        <translation>Vermeden</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>All new</source>
        <translation>Alles nieuw</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>Zoals gepland</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Girder</source>
        <translation>Ligger</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>Reuse</source>
        <translation>Hergebruik</translation>
    </message>
    <message>
        <source>Crush + new</source>
        <translation>Breken + nieuw</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Bespaard</translation>
    </message>
    <message>
        <source>Break-even (months)</source>
        <translation>Omslagpunt (maanden)</translation>
    </message>
    <message>
        <source>unused: crushed</source>
        <translation>ongebruikt: gebroken</translation>
    </message>
    <message>
        <source>Use MKI weighting set %1</source>
        <translation>MKI-wegingsset %1 gebruiken</translation>
    </message>
    <message>
        <source>Change impact factors</source>
        <translation>Milieufactoren wijzigen</translation>
    </message>
    <message>
        <source>Impact factors changed.</source>
        <translation>Milieufactoren gewijzigd.</translation>
    </message>
    <message>
        <source>By S&amp;tructure</source>
        <translation>Per &amp;kunstwerk</translation>
    </message>
    <message>
        <source>MKI in euro (set %1)</source>
        <translation>MKI in euro (set %1)</translation>
    </message>
    <message>
        <source>cost in euro</source>
        <translation>kosten in euro</translation>
    </message>
    <message numerus="yes">
        <source>Reusing %n girder(s) instead of crushing them and building new saves %1 t CO2e, %2 of MKI (set %3) and %4 of cost.</source>
        <translation>
            <numerusform>Hergebruik van %n ligger in plaats van breken en nieuw bouwen bespaart %1 t CO2e, %2 aan MKI (set %3) en %4 aan kosten.</numerusform>
            <numerusform>Hergebruik van %n liggers in plaats van breken en nieuw bouwen bespaart %1 t CO2e, %2 aan MKI (set %3) en %4 aan kosten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only if every stored girder waited %1 months (%2 years) would reuse cost more than crushing and building new.</source>
        <translation>Pas als elke opgeslagen ligger %1 maanden (%2 jaar) zou wachten, kost hergebruik meer dan breken en nieuw bouwen.</translation>
    </message>
    <message>
        <source>Reuse against crushing the girders and building new, every stage counted (harvest and site transport, storage, certification, cuts, new production and transport, crushing). The CO2e the optimiser and the proposal show is the matching saving S_is: new concrete minus transport only, so it differs.</source>
        <translation>Hergebruik tegenover breken van de liggers en nieuw bouwen, met elke fase (transport bij oogst en naar de bouwplaats, opslag, herkeuring, afzagen, nieuwe productie en transport, breken). De CO2e die de optimalisator en het voorstel tonen is de koppelbesparing S_is: alleen nieuw beton min transport, en wijkt dus af.</translation>
    </message>
</context>
<context>
    <name>respan::ui::InventoryPanel</name>
    <message>
        <source>Filter: id, type, donor, load class, placement…</source>
        <translation>Filter: nummer, type, donor, belastingklasse, plaatsing…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Section: height × width</source>
        <translation>Doorsnede: hoogte × breedte</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Shortest element length shown</source>
        <translation>Kortste getoonde liggerlengte</translation>
    </message>
    <message>
        <source>Longest element length shown</source>
        <translation>Langste getoonde liggerlengte</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Lengte:</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Alle doorsneden</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>%1 of %2 elements</source>
        <translation>%1 van %2 liggers</translation>
    </message>
</context>
<context>
    <name>respan::ui::IssuesModel</name>
    <message>
        <source>Issue</source>
        <translation>Aandachtspunt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Unfilled slots</source>
        <translation>Lege posities</translation>
    </message>
    <message>
        <source>Unused elements</source>
        <translation>Ongebruikte elementen</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicten (%1)</translation>
    </message>
    <message>
        <source>Unfilled slots (%1)</source>
        <translation>Lege posities (%1)</translation>
    </message>
    <message>
        <source>Unused elements (%1)</source>
        <translation>Ongebruikte elementen (%1)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>no element in the inventory</source>
        <translation>geen element in de voorraad</translation>
    </message>
    <message>
        <source>closest: %1: %2</source>
        <translation>dichtstbij: %1: %2</translation>
    </message>
    <message>
        <source>Placements that break a rule now, e.g. because the element&apos;s data changed after it was placed</source>
        <translation>Plaatsingen die nu een regel overtreden, bijvoorbeeld omdat de gegevens van het element na het plaatsen zijn gewijzigd</translation>
    </message>
    <message>
        <source>Empty slots, each with its closest candidates and why they are not there</source>
        <translation>Lege posities, elk met de dichtstbijzijnde kandidaten en waarom die er niet staan</translation>
    </message>
    <message>
        <source>Elements in no slot, with the reason</source>
        <translation>Elementen zonder positie, met de reden</translation>
    </message>
</context>
<context>
    <name>respan::ui::IssuesPanel</name>
    <message>
        <source>Looking for issues…</source>
        <translation>Zoeken naar aandachtspunten…</translation>
    </message>
    <message>
        <source>As the optimiser explained its plan. Conflicts: %1 · unfilled slots: %2 · unused elements: %3.</source>
        <translation>Zoals de optimalisator zijn plan toelichtte. Conflicten: %1 · lege posities: %2 · ongebruikte elementen: %3.</translation>
    </message>
    <message>
        <source>The plan as it stands. Conflicts: %1 · unfilled slots: %2 · unused elements: %3.</source>
        <translation>Het plan zoals het nu is. Conflicten: %1 · lege posities: %2 · ongebruikte elementen: %3.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
</context>
<context>
    <name>respan::ui::LengthWindow</name>
    <message>
        <source>Usable girders of the inventory by length. Light band: they fit the span at some length between %1 and %2 m (%3 girders); dark band: at the proposed %4 m (%5 girders). A girder may be %6 m longer than the span (it is cut).</source>
        <translation>Bruikbare liggers van de voorraad naar lengte. Lichte band: ze passen in de overspanning bij een lengte tussen %1 en %2 m (%3 liggers); donkere band: bij de voorgestelde %4 m (%5 liggers). Een ligger mag %6 m langer zijn dan de overspanning (hij wordt ingekort).</translation>
    </message>
</context>
<context>
    <name>respan::ui::MainActions</name>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nieuw project</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Drawing as &amp;PNG…</source>
        <translation>Tekening als &amp;PNG…</translation>
    </message>
    <message>
        <source>Drawing as &amp;SVG…</source>
        <translation>Tekening als &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Project s&amp;luiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected elements or structure items, or empty the selected slots</source>
        <translation>De geselecteerde liggers of onderdelen van kunstwerken verwijderen, of de geselecteerde posities leegmaken</translation>
    </message>
    <message>
        <source>New &amp;Element…</source>
        <translation>Nieuwe &amp;ligger…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>New &amp;Structure…</source>
        <translation>Nieuw &amp;kunstwerk…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Voo&amp;rkeuren…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>&amp;Passend in venster</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show &amp;All Structures</source>
        <translation>&amp;Alle kunstwerken tonen</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Vastzetten</translation>
    </message>
    <message>
        <source>Fix the elements in the selected slots: the optimiser will not move them</source>
        <translation>De liggers in de geselecteerde posities vastzetten: de optimalisatie verplaatst ze dan niet</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>&amp;Losmaken</translation>
    </message>
    <message>
        <source>Turn the selected placements into proposals the optimiser may change</source>
        <translation>De geselecteerde plaatsingen omzetten in voorstellen die de optimalisatie mag wijzigen</translation>
    </message>
    <message>
        <source>&amp;Remove from Slot</source>
        <translation>Uit positie &amp;halen</translation>
    </message>
    <message>
        <source>&amp;Clear Unpinned Assignments</source>
        <translation>Niet-vastgezette toewijzingen &amp;wissen</translation>
    </message>
    <message>
        <source>Remove every placement that is not pinned (one undo step)</source>
        <translation>Alle plaatsingen verwijderen die niet zijn vastgezet (één stap ongedaan te maken)</translation>
    </message>
    <message>
        <source>&amp;About ReSpan</source>
        <translation>&amp;Over ReSpan</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Project &amp;Settings…</source>
        <translation>Project&amp;instellingen…</translation>
    </message>
    <message>
        <source>Rule limits and carbon factors of this project</source>
        <translation>Grenzen van de regels en CO2-factoren van dit project</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;Print Drawing…</source>
        <translation>Tekening af&amp;drukken…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Edi&amp;t Element…</source>
        <translation>Ligger &amp;bewerken…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Place &amp;in…</source>
        <translation>Pl&amp;aatsen in…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Put the girder selected in the inventory into a slot you choose from a list</source>
        <translation>De in de voorraad geselecteerde ligger in een positie plaatsen die u uit een lijst kiest</translation>
    </message>
    <message>
        <source>C&amp;hoose Girder…</source>
        <translation>Ligger &amp;kiezen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Fill the selected slot with a girder you choose from a list</source>
        <translation>De geselecteerde positie vullen met een ligger die u uit een lijst kiest</translation>
    </message>
</context>
<context>
    <name>respan::ui::MainWindow</name>
    <message>
        <source>Inventory</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Kunstwerken</translation>
    </message>
    <message>
        <source>&lt;opened or saved&gt;</source>
        <translation>&lt;geopend of opgeslagen&gt;</translation>
    </message>
    <message>
        <source>Edit History</source>
        <translation>Bewerkingsgeschiedenis</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Show in Drawing</source>
        <translation>Tonen in tekening</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (alleen-lezen)</translation>
    </message>
    <message>
        <source>Read-only: %1 has this project open. You can look around and export; to make changes, save a copy under another name.</source>
        <translation>Alleen-lezen: %1 heeft dit project geopend. U kunt rondkijken en exporteren; om te wijzigen slaat u een kopie op onder een andere naam.</translation>
    </message>
    <message>
        <source>Read-only: this project is open elsewhere. To make changes, save a copy under another name.</source>
        <translation>Alleen-lezen: dit project is elders geopend. Om te wijzigen slaat u een kopie op onder een andere naam.</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Kopie opslaan…</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>ALLEEN-LEZEN</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <source>%1 elements · %2 structures · %3 of %4 slots filled (%5 pinned)</source>
        <translation>%1 liggers · %2 kunstwerken · %3 van %4 posities gevuld (%5 vastgezet)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n element(s)</source>
        <translation>
            <numerusform>%n ligger verwijderen</numerusform>
            <numerusform>%n liggers verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more filled slots in the drawing first.</source>
        <translation>Selecteer eerst een of meer gevulde posities in de tekening.</translation>
    </message>
    <message>
        <source>No unpinned placement is selected.</source>
        <translation>Er is geen niet-vastgezette plaatsing geselecteerd.</translation>
    </message>
    <message>
        <source>No pinned placement is selected.</source>
        <translation>Er is geen vastgezette plaatsing geselecteerd.</translation>
    </message>
    <message numerus="yes">
        <source>Pin %n placement(s)</source>
        <translation>
            <numerusform>%n plaatsing vastzetten</numerusform>
            <numerusform>%n plaatsingen vastzetten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n placement(s)</source>
        <translation>
            <numerusform>%n plaatsing losmaken</numerusform>
            <numerusform>%n plaatsingen losmaken</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no unpinned assignments.</source>
        <translation>Er zijn geen niet-vastgezette toewijzingen.</translation>
    </message>
    <message>
        <source>Clear unpinned assignments</source>
        <translation>Niet-vastgezette toewijzingen wissen</translation>
    </message>
    <message numerus="yes">
        <source>%n unpinned assignment(s) removed.</source>
        <translation>
            <numerusform>%n niet-vastgezette toewijzing verwijderd.</numerusform>
            <numerusform>%n niet-vastgezette toewijzingen verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Element not changed</source>
        <translation>Ligger niet gewijzigd</translation>
    </message>
    <message>
        <source>Element not added</source>
        <translation>Ligger niet toegevoegd</translation>
    </message>
    <message>
        <source>drawing</source>
        <translation>tekening</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tekeningen (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Drawing exported to %1.</source>
        <translation>Tekening geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>The new language is used when ReSpan is started again.</source>
        <translation>De nieuwe taal wordt gebruikt zodra ReSpan opnieuw wordt gestart.</translation>
    </message>
    <message>
        <source>About ReSpan</source>
        <translation>Over ReSpan</translation>
    </message>
    <message>
        <source>Change project settings</source>
        <translation>Projectinstellingen wijzigen</translation>
    </message>
    <message>
        <source>Settings not changed</source>
        <translation>Instellingen niet gewijzigd</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReSpan %1&lt;/h3&gt;&lt;p&gt;Reuse planning of precast concrete girders harvested from demolished viaducts: inventory, receiving structures, matching and planning.&lt;/p&gt;&lt;p&gt;The planning board checks every placement with the matching engine&apos;s rules R1-R8; Plan &amp;gt; Optimise proposes a plan that is proven optimal or comes with a proven bound.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReSpan %1&lt;/h3&gt;&lt;p&gt;Planning van het hergebruik van geprefabriceerde betonliggers uit gesloopte viaducten: voorraad, ontvangende kunstwerken, matching en planning.&lt;/p&gt;&lt;p&gt;Het planbord toetst elke plaatsing aan de regels R1-R8 van de matchingsrekenkern; Plan &amp;gt; Optimaliseren stelt een plan voor dat bewezen optimaal is of een bewezen grens meekrijgt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read-only: %1. You can look around and export; to make changes, save a copy under another name.</source>
        <translation>Alleen-lezen: %1. U kunt rondkijken en exporteren; sla een kopie onder een andere naam op om wijzigingen te maken.</translation>
    </message>
    <message>
        <source>Print Drawing</source>
        <translation>Tekening afdrukken</translation>
    </message>
    <message>
        <source>Drawing sent to %1.</source>
        <translation>Tekening naar %1 gestuurd.</translation>
    </message>
    <message>
        <source>Select one girder in the inventory first.</source>
        <translation>Selecteer eerst één ligger in de voorraad.</translation>
    </message>
    <message>
        <source>Select one slot in the drawing or in the Structures tree first.</source>
        <translation>Selecteer eerst één positie in de tekening of in de lijst Kunstwerken.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Opslag</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Milieu-effect</translation>
    </message>
</context>
<context>
    <name>respan::ui::MessageReport</name>
    <message>
        <source>Import refused</source>
        <translation>Importeren geweigerd</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Waarschuwingen bij importeren</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: it has %n error(s). Correct the file and import it again.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd uit %1: het bevat %n fout. Verbeter het bestand en importeer het opnieuw.</numerusform>
            <numerusform>Er is niets geïmporteerd uit %1: het bevat %n fouten. Verbeter het bestand en importeer het opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 imported from %2, with %n warning(s).</source>
        <translation>
            <numerusform>%1 geïmporteerd uit %2, met %n waarschuwing.</numerusform>
            <numerusform>%1 geïmporteerd uit %2, met %n waarschuwingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>Passport refused</source>
        <translation>Paspoort geweigerd</translation>
    </message>
    <message>
        <source>Passport warnings</source>
        <translation>Waarschuwingen bij paspoort</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: it has %n error(s).</source>
        <translation>
            <numerusform>Er is niets geïmporteerd uit %1: het bevat %n fout.</numerusform>
            <numerusform>Er is niets geïmporteerd uit %1: het bevat %n fouten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Passport conflicts with the project</source>
        <translation>Paspoort botst met het project</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n element(s) or donor(s) exist in the project with different data. The project is left as it is; change one side and import again.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd uit %1: %n element of donor bestaat al in het project met andere gegevens. Het project blijft zoals het is; wijzig een van beide en importeer opnieuw.</numerusform>
            <numerusform>Er is niets geïmporteerd uit %1: %n elementen of donoren bestaan al in het project met andere gegevens. Het project blijft zoals het is; wijzig een van beide en importeer opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Element or donor</source>
        <translation>Element of donor</translation>
    </message>
    <message>
        <source>Where in the passport</source>
        <translation>Waar in het paspoort</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>In the project</source>
        <translation>In het project</translation>
    </message>
    <message>
        <source>In the passport</source>
        <translation>In het paspoort</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>element %1</translation>
    </message>
    <message>
        <source>donor %1</source>
        <translation>donor %1</translation>
    </message>
</context>
<context>
    <name>respan::ui::MessageReportDialog</name>
    <message>
        <source>&amp;Copy All</source>
        <translation>Alles &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy the whole table as tab-separated text</source>
        <translation>De hele tabel kopiëren als tekst met tabs</translation>
    </message>
</context>
<context>
    <name>respan::ui::OccupancyChart</name>
    <message>
        <source>%1: no girder is stored here</source>
        <translation>%1: hier ligt geen ligger opgeslagen</translation>
    </message>
    <message>
        <source>Girders</source>
        <translation>Liggers</translation>
    </message>
    <message>
        <source>Girder area (m²)</source>
        <translation>Oppervlak liggers (m²)</translation>
    </message>
    <message>
        <source>Usable (m²)</source>
        <translation>Bruikbaar (m²)</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Piek</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>girders</source>
        <translation>liggers</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Getoond</translation>
    </message>
    <message>
        <source>girders (left)</source>
        <translation>liggers (links)</translation>
    </message>
    <message>
        <source>their plan area (right)</source>
        <translation>hun oppervlak (rechts)</translation>
    </message>
    <message>
        <source>- - usable area</source>
        <translation>- - bruikbaar oppervlak</translation>
    </message>
    <message>
        <source>● peak</source>
        <translation>● piek</translation>
    </message>
    <message>
        <source>■ conflict</source>
        <translation>■ conflict</translation>
    </message>
</context>
<context>
    <name>respan::ui::OptimiseProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop the optimiser and look at the best plan found so far</source>
        <translation>De optimalisator stoppen en het beste plan tot nu toe bekijken</translation>
    </message>
    <message>
        <source>Optimising…</source>
        <translation>Optimaliseren…</translation>
    </message>
    <message>
        <source>Optimising: best %1 t, bound %2 t CO2e · %3 s</source>
        <translation>Optimaliseren: beste %1 t, grens %2 t CO2e · %3 s</translation>
    </message>
    <message>
        <source>Optimising: best %1 filled slots · %2 s</source>
        <translation>Optimaliseren: beste %1 gevulde posities · %2 s</translation>
    </message>
    <message>
        <source>Stopping: keeping the best plan so far…</source>
        <translation>Stoppen: het beste plan tot nu toe wordt bewaard…</translation>
    </message>
    <message>
        <source>Optimising: best EUR %1, bound EUR %2 saved · %3 s</source>
        <translation>Optimaliseren: beste EUR %1, grens EUR %2 bespaard · %3 s</translation>
    </message>
</context>
<context>
    <name>respan::ui::PlacementDialog</name>
    <message>
        <source>Place %1 in…</source>
        <translation>%1 plaatsen in…</translation>
    </message>
    <message>
        <source>Choose Girder for %1</source>
        <translation>Ligger kiezen voor %1</translation>
    </message>
    <message>
        <source>Filter slots…</source>
        <translation>Posities filteren…</translation>
    </message>
    <message>
        <source>Filter girders…</source>
        <translation>Liggers filteren…</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>Girder</source>
        <translation>Ligger</translation>
    </message>
    <message>
        <source>Cut (m)</source>
        <translation>Inkorting (m)</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Benuttingsgraad</translation>
    </message>
    <message>
        <source>Saving (kg CO2e)</source>
        <translation>Besparing (kg CO2e)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>holds %1 (pinned)</source>
        <translation>bevat %1 (vastgezet)</translation>
    </message>
    <message>
        <source>holds %1 (proposed)</source>
        <translation>bevat %1 (voorgesteld)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaatsen</translation>
    </message>
    <message>
        <source>No admissible choice is selected.</source>
        <translation>Er is geen toelaatbare keuze geselecteerd.</translation>
    </message>
    <message>
        <source>&amp;Place and Replace</source>
        <translation>&amp;Plaatsen en vervangen</translation>
    </message>
    <message>
        <source>Places %1 in %2 (pinned)</source>
        <translation>Plaatst %1 in %2 (vastgezet)</translation>
    </message>
    <message>
        <source>Slots for %1: the empty ones where it is admissible first, then those where it would replace a girder, each with the best saving first; then the others with their reason.</source>
        <translation>Posities voor %1: eerst de lege waar de ligger toelaatbaar is, dan die waar hij een ligger zou vervangen, elk met de grootste besparing bovenaan; daarna de overige met hun reden.</translation>
    </message>
    <message>
        <source>Girders for %1: those admissible there first, best saving first; then the others with their reason.</source>
        <translation>Liggers voor %1: eerst die daar toelaatbaar zijn, de grootste besparing bovenaan; daarna de overige met hun reden.</translation>
    </message>
</context>
<context>
    <name>respan::ui::PlanningController</name>
    <message>
        <source>Issues</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <source>&amp;Optimise</source>
        <translation>&amp;Optimaliseren</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Let the optimiser fill the slots around the pins (Ctrl+R); you see the proposal before anything changes</source>
        <translation>De optimalisator de posities rond de vastzettingen laten vullen (Ctrl+R); u ziet het voorstel voordat er iets verandert</translation>
    </message>
    <message>
        <source>Most CO2e Saved</source>
        <translation>Meeste CO2e bespaard</translation>
    </message>
    <message>
        <source>Maximise the CO2e saved by the plan</source>
        <translation>De door het plan bespaarde CO2e maximaliseren</translation>
    </message>
    <message>
        <source>Most Slots Filled</source>
        <translation>Meeste posities gevuld</translation>
    </message>
    <message>
        <source>Fill as many slots as possible; among such plans, save the most CO2e</source>
        <translation>Zo veel mogelijk posities vullen; van zulke plannen, het meeste CO2e besparen</translation>
    </message>
    <message>
        <source>Optimisation &amp;Time Limit</source>
        <translation>Optimalisatie&amp;tijdslimiet</translation>
    </message>
    <message>
        <source>%1 Seconds</source>
        <translation>%1 seconden</translation>
    </message>
    <message numerus="yes">
        <source>%n Minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to optimise: the project has no slots.</source>
        <translation>Niets te optimaliseren: het project heeft geen posities.</translation>
    </message>
    <message>
        <source>Optimiser proposal discarded.</source>
        <translation>Voorstel van de optimalisator verworpen.</translation>
    </message>
    <message>
        <source>The plan is already in the project.</source>
        <translation>Het plan staat al in het project.</translation>
    </message>
    <message>
        <source>Apply optimiser plan</source>
        <translation>Plan van de optimalisator toepassen</translation>
    </message>
    <message>
        <source>The plan was not applied: %1</source>
        <translation>Het plan is niet toegepast: %1</translation>
    </message>
    <message>
        <source>Optimiser plan applied: %1 of %2 slots filled, %3 t CO2e saved.</source>
        <translation>Plan van de optimalisator toegepast: %1 van %2 posities gevuld, %3 t CO2e bespaard.</translation>
    </message>
    <message>
        <source>Optimisation O&amp;bjective</source>
        <translation>Optimalisatie&amp;doel</translation>
    </message>
    <message>
        <source>Most MKI Saved</source>
        <translation>Meeste MKI bespaard</translation>
    </message>
    <message>
        <source>Most Money Saved</source>
        <translation>Meeste geld bespaard</translation>
    </message>
    <message>
        <source>Maximise the euros saved against crushing and building new, storage time included: a later slot costs more</source>
        <translation>Maximaliseer de bespaarde euro&apos;s tegenover breken en nieuw bouwen, opslagduur inbegrepen: een latere positie kost meer</translation>
    </message>
    <message>
        <source>Maximise the MKI (environmental cost, euro) saved against crushing and building new; storage has no CO2e factor, so waiting time counts in Most Money Saved only</source>
        <translation>Maximaliseer de bespaarde MKI (milieukosten, euro) tegenover breken en nieuw bouwen; opslag heeft geen CO2e-factor, dus wachttijd telt alleen mee bij Meeste geld bespaard</translation>
    </message>
    <message>
        <source>&amp;Design Around the Stock…</source>
        <translation>Ontwerpen &amp;rond de voorraad…</translation>
    </message>
    <message>
        <source>Choose the lengths of the spans that have bounds together with the plan, so that more of the stock fits; you see the proposal before anything changes</source>
        <translation>Kies de lengtes van de overspanningen met grenzen samen met het plan, zodat meer van de voorraad past; u ziet het voorstel voordat er iets verandert</translation>
    </message>
    <message>
        <source>Nothing to design: the project has no slots.</source>
        <translation>Niets te ontwerpen: het project heeft geen posities.</translation>
    </message>
    <message>
        <source>Designing around the stock for Most CO2e Saved: the MKI and money objectives cannot choose span lengths yet.</source>
        <translation>Ontwerpen rond de voorraad voor Meeste CO2e bespaard: met de MKI- en geld-doelstellingen kunnen nog geen overspanningslengtes gekozen worden.</translation>
    </message>
    <message>
        <source>Design proposal discarded.</source>
        <translation>Ontwerpvoorstel verworpen.</translation>
    </message>
    <message>
        <source>Design around the stock</source>
        <translation>Ontwerpen rond de voorraad</translation>
    </message>
    <message>
        <source>The design was not applied: %1</source>
        <translation>Het ontwerp is niet toegepast: %1</translation>
    </message>
    <message>
        <source>Design applied: %1 span lengths changed, %2 of %3 slots filled, %4 t CO2e saved.</source>
        <translation>Ontwerp toegepast: %1 overspanningslengtes gewijzigd, %2 van %3 posities gevuld, %4 t CO2e bespaard.</translation>
    </message>
</context>
<context>
    <name>respan::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Taal van het systeem</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>A new language takes effect when ReSpan is started again.</source>
        <translation>Een andere taal gaat in zodra ReSpan opnieuw wordt gestart.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Your name in status histories:</source>
        <translation>Uw naam in de statushistorie:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Autosave unsaved changes after:</source>
        <translation>Niet-opgeslagen wijzigingen automatisch bewaren na:</translation>
    </message>
</context>
<context>
    <name>respan::ui::ProposalDialog</name>
    <message>
        <source>Optimiser Proposal</source>
        <translation>Voorstel van de optimalisator</translation>
    </message>
    <message>
        <source>Objective: as many filled slots as possible, then the most CO2e saved.</source>
        <translation>Doel: zo veel mogelijk gevulde posities, daarna het meeste CO2e bespaard.</translation>
    </message>
    <message>
        <source>Objective: the most CO2e saved.</source>
        <translation>Doel: het meeste CO2e bespaard.</translation>
    </message>
    <message>
        <source>No plan that keeps the pins fills more slots, or fills as many and saves more CO2e.</source>
        <translation>Geen plan dat de vastzettingen behoudt vult meer posities, of vult er evenveel en bespaart meer CO2e.</translation>
    </message>
    <message>
        <source>No plan that keeps the pins saves more CO2e.</source>
        <translation>Geen plan dat de vastzettingen behoudt bespaart meer CO2e.</translation>
    </message>
    <message>
        <source>At most %1 slots can be filled; this plan fills %2. Best proven bound on the saving: %3.</source>
        <translation>Er kunnen hoogstens %1 posities worden gevuld; dit plan vult er %2. Beste bewezen grens voor de besparing: %3.</translation>
    </message>
    <message>
        <source>No plan can save more than %1 (proven bound); this one is at most %2 (%3 %) below it.</source>
        <translation>Geen plan kan meer besparen dan %1 (bewezen grens); dit plan ligt hoogstens %2 (%3 %) daaronder.</translation>
    </message>
    <message>
        <source>Stopped by Cancel after %1 s: the best plan found so far.</source>
        <translation>Afgebroken na %1 s: het beste plan tot nu toe.</translation>
    </message>
    <message>
        <source>Stopped at the time limit after %1 s: the best plan found so far.</source>
        <translation>Gestopt bij de tijdslimiet na %1 s: het beste plan tot nu toe.</translation>
    </message>
    <message>
        <source>Solved in %1 s.</source>
        <translation>Opgelost in %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n pin(s) in conflict stay as they are and are not counted in the saving; see the Issues panel.</source>
        <translation>
            <numerusform>%n vastzetting in conflict blijft zoals ze is en telt niet mee in de besparing; zie het paneel Aandachtspunten.</numerusform>
            <numerusform>%n vastzettingen in conflict blijven zoals ze zijn en tellen niet mee in de besparing; zie het paneel Aandachtspunten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project changed while the optimiser ran, so this proposal no longer fits it. Run Plan &gt; Optimise again.</source>
        <translation>Het project is gewijzigd terwijl de optimalisator rekende, dus dit voorstel past er niet meer bij. Kies opnieuw Plan &gt; Optimaliseren.</translation>
    </message>
    <message numerus="yes">
        <source>What changes: %n slot(s)</source>
        <translation>
            <numerusform>Wat verandert: %n positie</numerusform>
            <numerusform>Wat verandert: %n posities</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Put this plan into the project (one undo step); pins stay</source>
        <translation>Dit plan in het project zetten (één ongedaan-maakstap); vastzettingen blijven</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerpen</translation>
    </message>
    <message>
        <source>Proven optimal</source>
        <translation>Bewezen optimaal</translation>
    </message>
    <message>
        <source>Not proven optimal: at most %1 more slot(s) possible</source>
        <translation>Niet bewezen optimaal: hoogstens %1 positie(s) meer mogelijk</translation>
    </message>
    <message>
        <source>Not proven optimal: gap at most %1 (%2 %)</source>
        <translation>Niet bewezen optimaal: verschil hoogstens %1 (%2 %)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Filled slots</source>
        <translation>Gevulde posities</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Pinned (kept)</source>
        <translation>Vastgezet (behouden)</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>In conflict</translation>
    </message>
    <message>
        <source>CO2e saved</source>
        <translation>CO2e bespaard</translation>
    </message>
    <message>
        <source>Proven upper bound</source>
        <translation>Bewezen bovengrens</translation>
    </message>
    <message>
        <source>%1 slots; %2</source>
        <translation>%1 posities; %2</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Saving (kg CO2e)</source>
        <translation>Besparing (kg CO2e)</translation>
    </message>
    <message>
        <source>newly filled</source>
        <translation>nieuw gevuld</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>emptied</source>
        <translation>leeggemaakt</translation>
    </message>
    <message>
        <source>Objective: the most euros saved against crushing the girders and building new, storage time included.</source>
        <translation>Doel: de meeste euro&apos;s bespaard tegenover breken van de liggers en nieuw bouwen, opslagduur inbegrepen.</translation>
    </message>
    <message>
        <source>No plan that keeps the pins saves more.</source>
        <translation>Geen plan dat de vastgezette liggers behoudt bespaart meer.</translation>
    </message>
    <message>
        <source>No plan can save more than %1 (proven bound); this one is at most %2 below it.</source>
        <translation>Geen plan kan meer besparen dan %1 (bewezen grens); dit plan ligt er hoogstens %2 onder.</translation>
    </message>
    <message>
        <source>MKI saved</source>
        <translation>MKI bespaard</translation>
    </message>
    <message>
        <source>Euros saved</source>
        <translation>Euro&apos;s bespaard</translation>
    </message>
    <message>
        <source>Objective: the most MKI (euro) saved against crushing the girders and building new.</source>
        <translation>Doel: de meeste MKI (euro) bespaard tegenover breken van de liggers en nieuw bouwen.</translation>
    </message>
    <message>
        <source>Proven upper bound (euro)</source>
        <translation>Bewezen bovengrens (euro)</translation>
    </message>
    <message>
        <source>Saving (MKI, EUR)</source>
        <translation>Besparing (MKI, EUR)</translation>
    </message>
    <message>
        <source>Saving (EUR)</source>
        <translation>Besparing (EUR)</translation>
    </message>
</context>
<context>
    <name>respan::ui::ProtocolEditorDialog</name>
    <message>
        <source>Recertification Protocol</source>
        <translation>Herkeuringsprotocol</translation>
    </message>
    <message>
        <source>The steps every harvested girder goes through before it may be built in again. The schedule plans them per girder in this order where the predecessors allow. Durations, costs and capacities of the default protocol are illustrative.</source>
        <translation>De stappen die elke geoogste ligger doorloopt voordat hij weer ingebouwd mag worden. De planning plant ze per ligger in deze volgorde, waar de voorgangers het toelaten. Duur, kosten en capaciteiten van het standaardprotocol zijn illustratief.</translation>
    </message>
    <message>
        <source>Step id</source>
        <translation>Stap-id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Tegelijk</translation>
    </message>
    <message>
        <source>Cost (€)</source>
        <translation>Kosten (€)</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijsstukken</translation>
    </message>
    <message>
        <source>Unique id of the step (column step of the protocol CSV)</source>
        <translation>Unieke id van de stap (kolom step van de protocol-CSV)</translation>
    </message>
    <message>
        <source>Name shown in the schedule and the report</source>
        <translation>Naam in de planning en het rapport</translation>
    </message>
    <message>
        <source>Before harvest: on the girder in its old structure; after harvest: not before it was lifted out</source>
        <translation>Voor de oogst: aan de ligger in zijn oude kunstwerk; na de oogst: niet voordat hij eruit gehesen is</translation>
    </message>
    <message>
        <source>Duration in days (0 or more)</source>
        <translation>Duur in dagen (0 of meer)</translation>
    </message>
    <message>
        <source>The resource the step occupies, e.g. lab; empty: unlimited</source>
        <translation>Het middel dat de stap bezet, bijv. lab; leeg: onbeperkt</translation>
    </message>
    <message>
        <source>Girders the resource takes at once (1 or more; the same on every row of a resource)</source>
        <translation>Liggers die het middel tegelijk aankan (1 of meer; gelijk op elke rij van een middel)</translation>
    </message>
    <message>
        <source>Cost per girder in euro</source>
        <translation>Kosten per ligger in euro</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wie het doet</translation>
    </message>
    <message>
        <source>Which document proves it</source>
        <translation>Welk document het bewijst</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>Stap &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove Step</source>
        <translation>Stap &amp;verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problemen:</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <source>The protocol has no steps; add at least one.</source>
        <translation>Het protocol heeft geen stappen; voeg er minstens een toe.</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>stap %1</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>stap %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No problems: the protocol can be scheduled.</source>
        <translation>Geen problemen: het protocol kan gepland worden.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (alleen-lezen)</translation>
    </message>
    <message>
        <source>The protocol has no steps.</source>
        <translation>Het protocol heeft geen stappen.</translation>
    </message>
    <message>
        <source>Edit recertification protocol</source>
        <translation>Herkeuringsprotocol bewerken</translation>
    </message>
    <message>
        <source>Ids of the steps that must be finished first, separated by | or commas</source>
        <translation>Id&apos;s van de stappen die eerst klaar moeten zijn, gescheiden door | of komma&apos;s</translation>
    </message>
    <message numerus="yes">
        <source>Step %1 is no longer in the protocol: %n girder(s) have results recorded for it; they stay in the file but no longer count.</source>
        <translation>
            <numerusform>Stap %1 staat niet meer in het protocol: %n ligger heeft er vastgelegde resultaten voor; die blijven in het bestand maar tellen niet meer mee.</numerusform>
            <numerusform>Stap %1 staat niet meer in het protocol: %n liggers hebben er vastgelegde resultaten voor; die blijven in het bestand maar tellen niet meer mee.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>respan::ui::Report</name>
    <message>
        <source>Matching report</source>
        <translation>Matchingsrapport</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>project not saved</source>
        <translation>project niet opgeslagen</translation>
    </message>
    <message>
        <source>with unsaved changes</source>
        <translation>met niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Matching report: %1</source>
        <translation>Matchingsrapport: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: the PDF could not be started</source>
        <translation>%1 kon niet worden geschreven: de PDF kon niet worden gestart</translation>
    </message>
    <message>
        <source>Girders available (supply)</source>
        <translation>Beschikbare liggers (aanbod)</translation>
    </message>
    <message>
        <source>Slots (demand, required length)</source>
        <translation>Posities (vraag, vereiste lengte)</translation>
    </message>
    <message>
        <source>Length (m): girder length against the span&apos;s required length</source>
        <translation>Lengte (m): liggerlengte tegenover de vereiste lengte van de overspanning</translation>
    </message>
    <message numerus="yes">
        <source>Length (m), in bands of %n metre(s) from the value shown: girder length against the span&apos;s required length</source>
        <translation>
            <numerusform>Lengte (m), in klassen van %n meter vanaf de getoonde waarde: liggerlengte tegenover de vereiste lengte van de overspanning</numerusform>
            <numerusform>Lengte (m), in klassen van %n meter vanaf de getoonde waarde: liggerlengte tegenover de vereiste lengte van de overspanning</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>Utilisation u = max(MEd/MRd, VEd/VRd)</source>
        <translation>Benuttingsgraad u = max(MEd/MRd, VEd/VRd)</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>Dit plan</translation>
    </message>
    <message>
        <source>Optimiser&apos;s plan</source>
        <translation>Plan van de optimalisator</translation>
    </message>
    <message>
        <source>Net saving (t CO2e)</source>
        <translation>Netto besparing (t CO2e)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>The plan in this file saves %1. The optimiser was not run for this report, so whether a better plan exists is not known.</source>
        <translation>Het plan in dit bestand bespaart %1. De optimalisator is voor dit rapport niet uitgevoerd; of er een beter plan bestaat, is dus niet bekend.</translation>
    </message>
    <message>
        <source>The plan in this file is optimal. It saves %1, and the optimiser proved that no plan under rules R1–R8 saves more: the proven optimum is %2.</source>
        <translation>Het plan in dit bestand is optimaal. Het bespaart %1, en de optimalisator heeft bewezen dat geen plan volgens de regels R1–R8 meer bespaart: het bewezen optimum is %2.</translation>
    </message>
    <message numerus="yes">
        <source>The plan in this file is optimal. It saves %1, and the optimiser proved that no plan under rules R1–R8 with the same %n pin(s) saves more: the proven optimum is %2.</source>
        <translation>
            <numerusform>Het plan in dit bestand is optimaal. Het bespaart %1, en de optimalisator heeft bewezen dat geen plan volgens de regels R1–R8 met dezelfde %n vastzetting meer bespaart: het bewezen optimum is %2.</numerusform>
            <numerusform>Het plan in dit bestand is optimaal. Het bespaart %1, en de optimalisator heeft bewezen dat geen plan volgens de regels R1–R8 met dezelfde %n vastzettingen meer bespaart: het bewezen optimum is %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan in this file is optimal. It saves %1, which reaches the proven upper bound of %2 for any plan under rules R1–R8 with the same %n pin(s).</source>
        <translation>
            <numerusform>Het plan in dit bestand is optimaal. Het bespaart %1 en bereikt daarmee de bewezen bovengrens van %2 voor elk plan volgens de regels R1–R8 met dezelfde %n vastzetting.</numerusform>
            <numerusform>Het plan in dit bestand is optimaal. Het bespaart %1 en bereikt daarmee de bewezen bovengrens van %2 voor elk plan volgens de regels R1–R8 met dezelfde %n vastzettingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan in this file saves %1. The proven optimum under rules R1–R8 is %2: this plan is %3 below it (gap %4).</source>
        <translation>Het plan in dit bestand bespaart %1. Het bewezen optimum volgens de regels R1–R8 is %2: dit plan ligt %3 daaronder (verschil %4).</translation>
    </message>
    <message numerus="yes">
        <source>The plan in this file saves %1. With its %n pin(s) held, the proven optimum under rules R1–R8 is %2: this plan is %3 below it (gap %4).</source>
        <translation>
            <numerusform>Het plan in dit bestand bespaart %1. Met zijn %n vastzetting behouden is het bewezen optimum volgens de regels R1–R8 %2: dit plan ligt %3 daaronder (verschil %4).</numerusform>
            <numerusform>Het plan in dit bestand bespaart %1. Met zijn %n vastzettingen behouden is het bewezen optimum volgens de regels R1–R8 %2: dit plan ligt %3 daaronder (verschil %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan in this file saves %1. The optimiser did not prove an optimum in %2 s: its best plan saves %3, and no plan under rules R1–R8 with the same %n pin(s) can save more than %4 (a proven bound). This plan is within %5 of that bound; whether it is optimal is not known.</source>
        <translation>
            <numerusform>Het plan in dit bestand bespaart %1. De optimalisator heeft in %2 s geen optimum bewezen: zijn beste plan bespaart %3, en geen plan volgens de regels R1–R8 met dezelfde %n vastzetting kan meer besparen dan %4 (een bewezen grens). Dit plan ligt binnen %5 van die grens; of het optimaal is, is niet bekend.</numerusform>
            <numerusform>Het plan in dit bestand bespaart %1. De optimalisator heeft in %2 s geen optimum bewezen: zijn beste plan bespaart %3, en geen plan volgens de regels R1–R8 met dezelfde %n vastzettingen kan meer besparen dan %4 (een bewezen grens). Dit plan ligt binnen %5 van die grens; of het optimaal is, is niet bekend.</numerusform>
        </translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>vastgezet</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <source>Unnamed project</source>
        <translation>Naamloos project</translation>
    </message>
    <message>
        <source>Reuse of harvested precast concrete girders: the plan, its checks and what it saves</source>
        <translation>Hergebruik van geoogste geprefabriceerde betonliggers: het plan, de toetsing en wat het bespaart</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Opsteller</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation>Datum van dit rapport</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Projectbestand</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>niet opgeslagen</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 van het bestand</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>niet beschikbaar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>The project had unsaved changes: this report shows the project as it was open, which the file and its hash above do not contain.</source>
        <translation>Het project had niet-opgeslagen wijzigingen: dit rapport toont het project zoals het geopend was, en dat staat niet in het bestand en de hash hierboven.</translation>
    </message>
    <message>
        <source>ReSpan version</source>
        <translation>ReSpan-versie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>girders in the inventory</source>
        <translation>liggers in de voorraad</translation>
    </message>
    <message>
        <source>slots filled (%1 pinned, %2 proposed)</source>
        <translation>posities gevuld (%1 vastgezet, %2 voorgesteld)</translation>
    </message>
    <message>
        <source>CO2e saved by this plan (net, after transport)</source>
        <translation>CO2e bespaard door dit plan (netto, na transport)</translation>
    </message>
    <message>
        <source>cut off the reused girders in total</source>
        <translation>in totaal van de hergebruikte liggers afgezaagd</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) in the file break a rule and are not counted; they are listed under Unfilled slots and unused girders.</source>
        <translation>
            <numerusform>%n plaatsing in het bestand overtreedt een regel en telt niet mee; ze staat onder Lege posities en ongebruikte liggers.</numerusform>
            <numerusform>%n plaatsingen in het bestand overtreden een regel en tellen niet mee; ze staan onder Lege posities en ongebruikte liggers.</numerusform>
        </translation>
    </message>
    <message>
        <source>The optimiser maximises the net CO2e saving under rules R1–R8 and keeps every pin (a planner&apos;s fixed choice); it ran for %1 s.</source>
        <translation>De optimalisator maximaliseert de netto CO2e-besparing volgens de regels R1–R8 en behoudt elke vastzetting (een vaste keuze van de planner); hij rekende %1 s.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kengetallen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Girders in the inventory</source>
        <translation>Liggers in de voorraad</translation>
    </message>
    <message>
        <source>of which neither installed nor rejected</source>
        <translation>waarvan niet geplaatst en niet afgekeurd</translation>
    </message>
    <message>
        <source>Receiving structures / spans / slots</source>
        <translation>Ontvangende kunstwerken / overspanningen / posities</translation>
    </message>
    <message>
        <source>Slots filled (pinned / proposed)</source>
        <translation>Gevulde posities (vastgezet / voorgesteld)</translation>
    </message>
    <message>
        <source>Slots left empty</source>
        <translation>Leeg gebleven posities</translation>
    </message>
    <message>
        <source>Placements that break a rule (not counted)</source>
        <translation>Plaatsingen die een regel overtreden (niet meegeteld)</translation>
    </message>
    <message>
        <source>Girders not used</source>
        <translation>Niet gebruikte liggers</translation>
    </message>
    <message>
        <source>Net CO2e saving of this plan</source>
        <translation>Netto CO2e-besparing van dit plan</translation>
    </message>
    <message>
        <source>Concrete reused (mass built in)</source>
        <translation>Hergebruikt beton (ingebouwde massa)</translation>
    </message>
    <message>
        <source>Length cut off, in total</source>
        <translation>Afgezaagde lengte, in totaal</translation>
    </message>
    <message>
        <source>Proven optimum (same pins)</source>
        <translation>Bewezen optimum (zelfde vastzettingen)</translation>
    </message>
    <message>
        <source>Optimiser&apos;s best plan (not proven optimal)</source>
        <translation>Beste plan van de optimalisator (niet bewezen optimaal)</translation>
    </message>
    <message>
        <source>Proven upper bound on any plan (same pins)</source>
        <translation>Bewezen bovengrens voor elk plan (zelfde vastzettingen)</translation>
    </message>
    <message>
        <source>Gap of this plan</source>
        <translation>Verschil van dit plan</translation>
    </message>
    <message>
        <source>Optimiser: slots filled in its plan</source>
        <translation>Optimalisator: gevulde posities in zijn plan</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimalisator</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>niet uitgevoerd</translation>
    </message>
    <message>
        <source>By structure</source>
        <translation>Per kunstwerk</translation>
    </message>
    <message>
        <source>Receiving structure</source>
        <translation>Ontvangend kunstwerk</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Overspanningen</translation>
    </message>
    <message>
        <source>Slots filled</source>
        <translation>Gevulde posities</translation>
    </message>
    <message>
        <source>Saving (t CO2e)</source>
        <translation>Besparing (t CO2e)</translation>
    </message>
    <message>
        <source>Optimiser&apos;s plan (t CO2e)</source>
        <translation>Plan van de optimalisator (t CO2e)</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Uitgangspunten</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Projectinstellingen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>A girder may go into a slot only when</source>
        <translation>Een ligger mag alleen in een positie als</translation>
    </message>
    <message>
        <source>its length l is at least the span&apos;s required length L and at most L + %1 (it may be shortened, never lengthened); the cut is l − L</source>
        <translation>zijn lengte l minstens de vereiste lengte L van de overspanning is en hoogstens L + %1 (hij mag worden ingekort, nooit verlengd); de inkorting is l − L</translation>
    </message>
    <message>
        <source>its NEN 2767 condition score is at most %1</source>
        <translation>zijn conditiescore volgens NEN 2767 hoogstens %1 is</translation>
    </message>
    <message>
        <source>its resistances are verified (required in this project)</source>
        <translation>zijn weerstanden geverifieerd zijn (vereist in dit project)</translation>
    </message>
    <message>
        <source>its resistances are estimated or verified (verified resistances are not required in this project)</source>
        <translation>zijn weerstanden geschat of geverifieerd zijn (geverifieerde weerstanden zijn in dit project niet vereist)</translation>
    </message>
    <message>
        <source>it is available on or before the span&apos;s installation date</source>
        <translation>hij beschikbaar is op of vóór de plaatsingsdatum van de overspanning</translation>
    </message>
    <message>
        <source>it is neither installed elsewhere nor rejected</source>
        <translation>hij niet elders geplaatst en niet afgekeurd is</translation>
    </message>
    <message>
        <source>its net CO2e saving in the slot is greater than zero</source>
        <translation>zijn netto CO2e-besparing in de positie groter is dan nul</translation>
    </message>
    <message>
        <source>all girders of one span have the same section (height and width): they lie side by side under one deck</source>
        <translation>alle liggers van één overspanning dezelfde doorsnede hebben (hoogte en breedte): ze liggen naast elkaar onder één dek</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Net saving of girder i in a slot of span p of structure d: S = m · (L / l) · F_new − m · D · F_tkm, with m the girder&apos;s mass, L / l the part of it that is built in (the cut-off piece is not credited), F_new = %1 and F_tkm = %2. D is the transport distance: the geodesic distance on the WGS84 ellipsoid (Vincenty) from where the girder is now to the structure&apos;s site, times the road factor %3.</source>
        <translation>Netto besparing van ligger i in een positie van overspanning p van kunstwerk d: S = m · (L / l) · F_new − m · D · F_tkm, met m de massa van de ligger, L / l het deel dat wordt ingebouwd (het afgezaagde stuk telt niet mee), F_new = %1 en F_tkm = %2. D is de transportafstand: de geodetische afstand op de WGS84-ellipsoïde (Vincenty) van de huidige plaats van de ligger naar de bouwplaats van het kunstwerk, maal de wegfactor %3.</translation>
    </message>
    <message>
        <source>%1, span %2</source>
        <translation>%1, overspanning %2</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Donor structure</source>
        <translation>Donorkunstwerk</translation>
    </message>
    <message>
        <source>Length
(m)</source>
        <translation>Lengte
(m)</translation>
    </message>
    <message>
        <source>Cut
(m)</source>
        <translation>Inkorting
(m)</translation>
    </message>
    <message>
        <source>Saving
(kg CO2e)</source>
        <translation>Besparing
(kg CO2e)</translation>
    </message>
    <message>
        <source>empty: see Unfilled slots</source>
        <translation>leeg: zie Lege posities</translation>
    </message>
    <message>
        <source>%1: %2 (%3) breaks a rule and is not counted: %4</source>
        <translation>%1: %2 (%3) overtreedt een regel en telt niet mee: %4</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Overspanning</translation>
    </message>
    <message>
        <source>%1 of %2 slots filled</source>
        <translation>%1 van %2 posities gevuld</translation>
    </message>
    <message>
        <source>Plan view, 1:%1</source>
        <translation>Bovenaanzicht, 1:%1</translation>
    </message>
    <message>
        <source>Plan by structure</source>
        <translation>Plan per kunstwerk</translation>
    </message>
    <message>
        <source>The project has no receiving structures.</source>
        <translation>Het project heeft geen ontvangende kunstwerken.</translation>
    </message>
    <message numerus="yes">
        <source>Site %1° N, %2° E · %n span(s) · %3 of %4 slots filled</source>
        <translation>
            <numerusform>Bouwplaats %1° N, %2° O · %n overspanning · %3 van %4 posities gevuld</numerusform>
            <numerusform>Bouwplaats %1° N, %2° O · %n overspanningen · %3 van %4 posities gevuld</numerusform>
        </translation>
    </message>
    <message>
        <source>net saving %1</source>
        <translation>netto besparing %1</translation>
    </message>
    <message>
        <source>(optimiser&apos;s plan: %1)</source>
        <translation>(plan van de optimalisator: %1)</translation>
    </message>
    <message>
        <source>Span %1 · L = %2 · installation %3</source>
        <translation>Overspanning %1 · L = %2 · plaatsing %3</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>doorsnede %1</translation>
    </message>
    <message>
        <source>Unfilled slots and unused girders</source>
        <translation>Lege posities en ongebruikte liggers</translation>
    </message>
    <message>
        <source>Unfilled slots</source>
        <translation>Lege posities</translation>
    </message>
    <message>
        <source>Every slot holds a girder that keeps every rule.</source>
        <translation>Elke positie bevat een ligger die aan alle regels voldoet.</translation>
    </message>
    <message>
        <source>Unused girders</source>
        <translation>Ongebruikte liggers</translation>
    </message>
    <message>
        <source>Every girder of the inventory is used.</source>
        <translation>Elke ligger in de voorraad wordt gebruikt.</translation>
    </message>
    <message numerus="yes">
        <source>%n girder(s) of the inventory are not used by this plan, and why.</source>
        <translation>
            <numerusform>%n ligger in de voorraad wordt door dit plan niet gebruikt, en waarom.</numerusform>
            <numerusform>%n liggers in de voorraad worden door dit plan niet gebruikt, en waarom.</numerusform>
        </translation>
    </message>
    <message>
        <source>Placements that break a rule</source>
        <translation>Plaatsingen die een regel overtreden</translation>
    </message>
    <message>
        <source>These placements are stored in the project but break a rule with the present data or settings; they are not counted in any figure of this report. Change them on the planning board or let the optimiser replace them.</source>
        <translation>Deze plaatsingen staan in het project maar overtreden met de huidige gegevens of instellingen een regel; ze tellen in geen enkel getal van dit rapport mee. Wijzig ze op het planbord of laat de optimalisator ze vervangen.</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <source>Rule broken</source>
        <translation>Overtreden regel</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <source>The project has no girders, slots or placements to chart.</source>
        <translation>Het project heeft geen liggers, posities of plaatsingen voor een grafiek.</translation>
    </message>
    <message>
        <source>Supply and demand of lengths</source>
        <translation>Aanbod en vraag naar lengte</translation>
    </message>
    <message>
        <source>Girders that can still be placed (neither installed nor rejected) by their length, against the slots by their span&apos;s required length, per band of whole metres. A girder fits a span of its own band or of up to %1 shorter.</source>
        <translation>Liggers die nog kunnen worden geplaatst (niet ingebouwd en niet afgekeurd) naar hun lengte, tegenover de posities naar de vereiste lengte van hun overspanning, per klasse van hele meters. Een ligger past in een overspanning van zijn eigen klasse of in een die tot %1 korter is.</translation>
    </message>
    <message>
        <source>Utilisation of the placed girders</source>
        <translation>Benuttingsgraad van de geplaatste liggers</translation>
    </message>
    <message>
        <source>Placements of this plan (pinned and proposed, not those breaking a rule) by their governing utilisation, the larger of bending and shear.</source>
        <translation>Plaatsingen van dit plan (vastgezet en voorgesteld, niet die een regel overtreden) naar hun maatgevende benuttingsgraad, de grootste van buiging en dwarskracht.</translation>
    </message>
    <message>
        <source>This plan against the optimiser&apos;s plan with the same pins, in tonnes of CO2e.</source>
        <translation>Dit plan tegenover het plan van de optimalisator met dezelfde vastzettingen, in ton CO2e.</translation>
    </message>
    <message>
        <source>This plan, in tonnes of CO2e.</source>
        <translation>Dit plan, in ton CO2e.</translation>
    </message>
    <message>
        <source>Net CO2e saving per receiving structure</source>
        <translation>Netto CO2e-besparing per ontvangend kunstwerk</translation>
    </message>
    <message>
        <source>%1 (part %2 of %3)</source>
        <translation>%1 (deel %2 van %3)</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (vervolg)</translation>
    </message>
    <message numerus="yes">
        <source>Reuse of harvested precast concrete girders in %n receiving structure(s): the plan, its checks and its CO2e saving</source>
        <translation>
            <numerusform>Hergebruik van geoogste prefab betonliggers in %n ontvangend kunstwerk: het plan, de toetsing en de CO2e-besparing</numerusform>
            <numerusform>Hergebruik van geoogste prefab betonliggers in %n ontvangende kunstwerken: het plan, de toetsing en de CO2e-besparing</numerusform>
        </translation>
    </message>
    <message>
        <source>girder reuse</source>
        <translation>hergebruik van liggers</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>matching</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Gecontroleerd door</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusie</translation>
    </message>
    <message numerus="yes">
        <source>%n of the placed girders have estimated resistances: they must be recalculated and recertified before they are built in.</source>
        <translation>
            <numerusform>%n van de geplaatste liggers heeft geschatte weerstanden: die moet worden herberekend en herkeurd voordat hij wordt ingebouwd.</numerusform>
            <numerusform>%n van de geplaatste liggers hebben geschatte weerstanden: die moeten worden herberekend en herkeurd voordat ze worden ingebouwd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n span(s) with girders placed have an installation date before the date of this report (%1): %2. Check whether these spans are built already, and update their dates or the plan.</source>
        <translation>
            <numerusform>Waarschuwing: %n overspanning met geplaatste liggers heeft een plaatsingsdatum vóór de datum van dit rapport (%1): %2. Controleer of deze overspanning al gebouwd is en pas de datum of het plan aan.</numerusform>
            <numerusform>Waarschuwing: %n overspanningen met geplaatste liggers hebben een plaatsingsdatum vóór de datum van dit rapport (%1): %2. Controleer of deze overspanningen al gebouwd zijn en pas de data of het plan aan.</numerusform>
        </translation>
    </message>
    <message>
        <source>About estimated and illustrative values: an estimated resistance is derived from the girder&apos;s original design, not from a recalculation of the girder as it is; a factor labelled illustrative has no public source and stands in for the project&apos;s own figure. Utilisations and savings that depend on them are planning figures, not a basis for construction.</source>
        <translation>Over geschatte en illustratieve waarden: een geschatte weerstand is afgeleid van het oorspronkelijke ontwerp van de ligger, niet van een herberekening van de ligger zoals hij nu is; een factor met het label illustratief heeft geen openbare bron en staat in voor het eigen getal van het project. Benuttingsgraden en besparingen die ervan afhangen zijn planningscijfers, geen grondslag voor de uitvoering.</translation>
    </message>
    <message>
        <source>Illustrative in this project: %1.</source>
        <translation>Illustratief in dit project: %1.</translation>
    </message>
    <message>
        <source>Where the value comes from</source>
        <translation>Herkomst van de waarde</translation>
    </message>
    <message>
        <source>set in this project by %1 on %2 (the default was %3)</source>
        <translation>ingesteld in dit project door %1 op %2 (de standaardwaarde was %3)</translation>
    </message>
    <message>
        <source>an unnamed user</source>
        <translation>een onbekende gebruiker</translation>
    </message>
    <message>
        <source>set in this project (the history does not say by whom or when)</source>
        <translation>ingesteld in dit project (de geschiedenis vermeldt niet door wie of wanneer)</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>standaardwaarde: %1</translation>
    </message>
    <message>
        <source>ReSpan</source>
        <translation>ReSpan</translation>
    </message>
    <message>
        <source>Stored at
(lat, lon)</source>
        <translation>Opslag
(br., lg.)</translation>
    </message>
    <message>
        <source>Resist-
ances</source>
        <translation>Weer-
standen</translation>
    </message>
    <message>
        <source>Con-
dition</source>
        <translation>Con-
ditie</translation>
    </message>
    <message>
        <source>u M / V
(Ed/Rd)</source>
        <translation>u M / V
(Ed/Rd)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geverifieerd</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschat</translation>
    </message>
    <message>
        <source>R1 length: no free girder has a length that fits (too short, or longer than the span by more than the maximum cut)</source>
        <translation>R1 lengte: geen vrije ligger heeft een passende lengte (te kort, of langer dan de overspanning plus de maximale afzaaglengte)</translation>
    </message>
    <message>
        <source>R2 capacity: the girders that fit are too weak for the slot&apos;s demands</source>
        <translation>R2 draagvermogen: de passende liggers zijn te zwak voor de belasting van de positie</translation>
    </message>
    <message>
        <source>R3 condition: the girders that fit are in too poor a condition</source>
        <translation>R3 conditie: de passende liggers zijn in te slechte staat</translation>
    </message>
    <message>
        <source>R4 basis: the girders that fit have estimated resistances, and this project requires verified ones</source>
        <translation>R4 grondslag: de passende liggers hebben geschatte weerstanden, en dit project vereist geverifieerde</translation>
    </message>
    <message>
        <source>R5 timing: the girders that fit are available only after the span&apos;s installation date</source>
        <translation>R5 tijdstip: de passende liggers zijn pas na de plaatsingsdatum van de overspanning beschikbaar</translation>
    </message>
    <message>
        <source>R6 status: the girders that fit are installed elsewhere or rejected</source>
        <translation>R6 status: de passende liggers zijn elders ingebouwd of afgekeurd</translation>
    </message>
    <message>
        <source>R7 saving: the girders that fit would save nothing after transport</source>
        <translation>R7 besparing: de passende liggers zouden na transport niets besparen</translation>
    </message>
    <message>
        <source>R8 section: the girders that fit differ in section from the span&apos;s other girders</source>
        <translation>R8 doorsnede: de passende liggers hebben een andere doorsnede dan de overige liggers van de overspanning</translation>
    </message>
    <message>
        <source>The girders that fit are used in other slots, where the plan saves more</source>
        <translation>De passende liggers worden in andere posities gebruikt, waar het plan meer bespaart</translation>
    </message>
    <message>
        <source>There are no girders in the project</source>
        <translation>Het project bevat geen liggers</translation>
    </message>
    <message>
        <source>No girder was placed here</source>
        <translation>Hier is geen ligger geplaatst</translation>
    </message>
    <message>
        <source>Rejected (its status): not offered for reuse</source>
        <translation>Afgekeurd (zijn status): niet aangeboden voor hergebruik</translation>
    </message>
    <message>
        <source>Installed already (its status)</source>
        <translation>Al ingebouwd (zijn status)</translation>
    </message>
    <message>
        <source>Admissible somewhere, but the plan fills those slots with girders that save more</source>
        <translation>Ergens toelaatbaar, maar het plan vult die posities met liggers die meer besparen</translation>
    </message>
    <message>
        <source>R1 length: no slot&apos;s span fits its length</source>
        <translation>R1 lengte: geen overspanning past bij zijn lengte</translation>
    </message>
    <message>
        <source>R2 capacity: too weak for every slot its length fits</source>
        <translation>R2 draagvermogen: te zwak voor elke positie waar zijn lengte past</translation>
    </message>
    <message>
        <source>R3 condition: its condition is too poor</source>
        <translation>R3 conditie: zijn staat is te slecht</translation>
    </message>
    <message>
        <source>R4 basis: its resistances are estimated, and this project requires verified ones</source>
        <translation>R4 grondslag: zijn weerstanden zijn geschat, en dit project vereist geverifieerde</translation>
    </message>
    <message>
        <source>R5 timing: available only after the installation dates of the spans it fits</source>
        <translation>R5 tijdstip: pas beschikbaar na de plaatsingsdata van de overspanningen waar hij past</translation>
    </message>
    <message>
        <source>R6 status: installed elsewhere or rejected</source>
        <translation>R6 status: elders ingebouwd of afgekeurd</translation>
    </message>
    <message>
        <source>R7 saving: it would save nothing after transport</source>
        <translation>R7 besparing: hij zou na transport niets besparen</translation>
    </message>
    <message>
        <source>R8 section: its section differs from the girders of the spans it fits</source>
        <translation>R8 doorsnede: zijn doorsnede verschilt van de liggers van de overspanningen waar hij past</translation>
    </message>
    <message>
        <source>Example, in the matching engine&apos;s words</source>
        <translation>Voorbeeld, in de woorden van de matchingsengine</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) hold no girder that keeps every rule. They are grouped by the reason of their closest candidate, with one example in the matching engine&apos;s words.</source>
        <translation>
            <numerusform>%n positie bevat geen ligger die aan alle regels voldoet. Gegroepeerd naar de reden van de dichtstbijzijnde kandidaat, met één voorbeeld in de woorden van de matchingsengine.</numerusform>
            <numerusform>%n posities bevatten geen ligger die aan alle regels voldoet. Ze zijn gegroepeerd naar de reden van hun dichtstbijzijnde kandidaat, met één voorbeeld in de woorden van de matchingsengine.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Why the slots stay empty</source>
        <translation>Waarom de posities leeg blijven</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Posities</translation>
    </message>
    <message>
        <source>Every slot&apos;s closest candidates, one by one, are in the spreadsheet export (sheet Unfilled slots).</source>
        <translation>De dichtstbijzijnde kandidaten van elke positie, één voor één, staan in de spreadsheetexport (blad Lege posities).</translation>
    </message>
    <message>
        <source>Why the girders are not used</source>
        <translation>Waarom de liggers niet worden gebruikt</translation>
    </message>
    <message>
        <source>Girders</source>
        <translation>Liggers</translation>
    </message>
    <message>
        <source>Donor structures: %1.</source>
        <translation>Donorkunstwerken: %1.</translation>
    </message>
    <message>
        <source>Every figure follows from these settings and the rules below. Each value is the default with its public source, or set in this project by whom and when (from the project&apos;s history); an illustrative value has no public source.</source>
        <translation>Elk getal volgt uit deze instellingen en de regels hieronder. Elke waarde is de standaardwaarde met haar openbare bron, of ingesteld in dit project door wie en wanneer (uit de geschiedenis van het project); een illustratieve waarde heeft geen openbare bron.</translation>
    </message>
    <message>
        <source>The optimiser chooses one section per span and the best matching of girders to slots for it (branch and bound with Lagrangian bounds and exact assignment problems). It keeps every pin and reports a plan as optimal only when it has proven that no plan saves more, to within 1 mg CO2e; otherwise it reports a proven upper bound.</source>
        <translation>De optimalisator kiest per overspanning één doorsnede en daarvoor de beste toewijzing van liggers aan posities (branch-and-bound met Lagrange-grenzen en exacte toewijzingsproblemen). Hij behoudt elke vastzetting en meldt een plan alleen als optimaal wanneer hij heeft bewezen dat geen plan meer bespaart, tot op 1 mg CO2e; anders meldt hij een bewezen bovengrens.</translation>
    </message>
    <message>
        <source>This plan reuses %1 of the %2 girders in the inventory in %3 of the %4 slots of the new structures (%5); %6 of the %7 structures are filled completely. It saves %8 net, with %9 of reused concrete built in.</source>
        <translation>Dit plan hergebruikt %1 van de %2 liggers in de voorraad in %3 van de %4 posities van de nieuwe kunstwerken (%5); %6 van de %7 kunstwerken zijn volledig gevuld. Het bespaart netto %8, met %9 hergebruikt beton ingebouwd.</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) stay empty in this plan; the reasons are listed under Unfilled slots and unused girders.</source>
        <translation>
            <numerusform>%n positie blijft leeg in dit plan; de redenen staan onder Lege posities en ongebruikte liggers.</numerusform>
            <numerusform>%n posities blijven leeg in dit plan; de redenen staan onder Lege posities en ongebruikte liggers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each receiving structure with the drawing of the planning board (plan view, true to scale; the colours are those of the board) and, per span, the girder in each slot: where it comes from, where it is stored, its resistances and condition, its length and the piece cut off, its utilisation in bending and in shear and its net CO2e saving.</source>
        <translation>Elk ontvangend kunstwerk met de tekening van het planbord (bovenaanzicht, op schaal; de kleuren van het planbord) en per overspanning de ligger in elke positie: waar hij vandaan komt, waar hij ligt opgeslagen, zijn weerstanden en conditie, zijn lengte en het afgezaagde stuk, zijn benuttingsgraad in buiging en in dwarskracht en zijn netto CO2e-besparing.</translation>
    </message>
    <message>
        <source>Demands and resistances</source>
        <translation>Belastingen en weerstanden</translation>
    </message>
    <message>
        <source>A slot&apos;s demand is entered, or estimated with EN 1991-2 Load Model 1: notional lanes with their tandem and distributed loads, shared over the girders by Courbon&apos;s method, plus the compression layer and surfacing, times the partial factors above; the girder&apos;s own weight is added per girder. A girder without entered resistances gets the minimum resistance its original load class implies on its original span (a lower bound). Both are planning estimates for straight decks without skew; the method, a worked example and its limits are in docs/load-model.md.</source>
        <translation>De belasting van een positie is ingevoerd, of geschat met belastingmodel 1 van EN 1991-2: fictieve rijstroken met hun tandem- en verdeelde belastingen, over de liggers verdeeld volgens Courbon, plus druklaag en wegdek, maal de belastingfactoren hierboven; het eigen gewicht van de ligger komt er per ligger bij. Een ligger zonder ingevoerde weerstanden krijgt de minimale weerstand die zijn oorspronkelijke belastingklasse op zijn oorspronkelijke overspanning vraagt (een ondergrens). Beide zijn schattingen voor de planning, voor rechte dekken zonder scheefstand; de methode, een uitgewerkt voorbeeld en de grenzen staan in docs/load-model.md.</translation>
    </message>
    <message>
        <source>Load model per structure</source>
        <translation>Belastingmodel per kunstwerk</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Kunstwerk</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Carriage-
way</source>
        <translation>Rij-
baan</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>H.o.h.</translation>
    </message>
    <message>
        <source>Deck /
surfacing</source>
        <translation>Druklaag /
wegdek</translation>
    </message>
    <message>
        <source>Demands
estimated</source>
        <translation>Belastingen
geschat</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (standaard)</translation>
    </message>
    <message>
        <source>slots × spacing</source>
        <translation>posities × h.o.h.</translation>
    </message>
    <message>
        <source>%1 of %2 slots</source>
        <translation>%1 van %2 posities</translation>
    </message>
    <message>
        <source>%1 of %2 slots have estimated demands.</source>
        <translation>%1 van %2 posities hebben geschatte belastingen.</translation>
    </message>
    <message>
        <source>No girder&apos;s resistances are estimated from its load class.</source>
        <translation>Van geen enkele ligger zijn de weerstanden uit zijn belastingklasse geschat.</translation>
    </message>
    <message>
        <source>Resistances estimated from the original load class: %1.</source>
        <translation>Weerstanden geschat uit de oorspronkelijke belastingklasse: %1.</translation>
    </message>
    <message>
        <source>Resistance unknown (a class without public load values; fails R2 until entered): %1.</source>
        <translation>Weerstand onbekend (een klasse zonder openbare belastingwaarden; voldoet niet aan R2 tot ze zijn ingevoerd): %1.</translation>
    </message>
    <message>
        <source>its resistances carry the slot&apos;s demands: MEd ≤ MRd and VEd ≤ VRd; the utilisations MEd/MRd (bending) and VEd/VRd (shear) are at most 1; an estimated demand includes the girder&apos;s own weight</source>
        <translation>zijn weerstanden de belastingen van de positie dragen: MEd ≤ MRd en VEd ≤ VRd; de benuttingen MEd/MRd (buiging) en VEd/VRd (dwarskracht) zijn ten hoogste 1; een geschatte belasting omvat het eigen gewicht van de ligger</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Belasting</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>ingevoerd</translation>
    </message>
    <message>
        <source>from class</source>
        <translation>uit klasse</translation>
    </message>
    <message>
        <source>Recertification</source>
        <translation>Herkeuring</translation>
    </message>
    <message numerus="yes">
        <source>Every girder that is not certified, installed or rejected goes through the project&apos;s protocol of %n step(s), scheduled from %1 by deadline (installation minus %2 days&apos; delivery lead). The ready dates %3 rule R5. Durations, costs and capacities of the default protocol are illustrative.</source>
        <translation>
            <numerusform>Elke ligger die niet gekeurd, ingebouwd of afgekeurd is, doorloopt het protocol van het project van %n stap, gepland vanaf %1 op volgorde van uiterste datum (inbouw min %2 dagen levertijd). De gereeddata %3 regel R5. Duur, kosten en capaciteiten van het standaardprotocol zijn illustratief.</numerusform>
            <numerusform>Elke ligger die niet gekeurd, ingebouwd of afgekeurd is, doorloopt het protocol van het project van %n stappen, gepland vanaf %1 op volgorde van uiterste datum (inbouw min %2 dagen levertijd). De gereeddata %3 regel R5. Duur, kosten en capaciteiten van het standaardprotocol zijn illustratief.</numerusform>
        </translation>
    </message>
    <message>
        <source>enter</source>
        <translation>tellen mee in</translation>
    </message>
    <message>
        <source>do not enter</source>
        <translation>tellen niet mee in</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>%1 (%2 at once)</source>
        <translation>%1 (%2 tegelijk)</translation>
    </message>
    <message>
        <source>Ready date per girder</source>
        <translation>Gereeddatum per ligger</translation>
    </message>
    <message>
        <source>No girder needs recertifying.</source>
        <translation>Geen ligger hoeft nog herkeurd te worden.</translation>
    </message>
    <message numerus="yes">
        <source>%n girder(s) still need recertifying; %1 of them are late.</source>
        <translation>
            <numerusform>%n ligger moet nog herkeurd worden; %1 daarvan is te laat.</numerusform>
            <numerusform>%n liggers moeten nog herkeurd worden; %1 daarvan zijn te laat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Girder</source>
        <translation>Ligger</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Stappen gedaan</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>a step before harvest ends after the harvest</source>
        <translation>een stap vóór het oogsten eindigt na het oogsten</translation>
    </message>
    <message>
        <source>Resource %1: at most %2 of %3 girders at once, first on %4.</source>
        <translation>Middel %1: hoogstens %2 van %3 liggers tegelijk, voor het eerst op %4.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijsstukken</translation>
    </message>
    <message>
        <source>No document is attached to a recertification step yet.</source>
        <translation>Er is nog geen document aan een herkeuringsstap gekoppeld.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message numerus="yes">
        <source>Outline %1 m², usable %2 m² (outline minus blocked areas); clearance %3 m, lanes %4 m, stacked up to %5; %6 EUR/m² a month. Peak: %n girder(s) on %7. Storage cost EUR %8.</source>
        <translation>
            <numerusform>Omtrek %1 m², bruikbaar %2 m² (omtrek min geblokkeerde vlakken); vrije ruimte %3 m, rijstroken %4 m, gestapeld tot %5; %6 EUR/m² per maand. Piek: %n ligger op %7. Opslagkosten EUR %8.</numerusform>
            <numerusform>Omtrek %1 m², bruikbaar %2 m² (omtrek min geblokkeerde vlakken); vrije ruimte %3 m, rijstroken %4 m, gestapeld tot %5; %6 EUR/m² per maand. Piek: %n liggers op %7. Opslagkosten EUR %8.</numerusform>
        </translation>
    </message>
    <message>
        <source>The yard on its peak day %1: %2 placed, %3 not placed. Blue: put by hand; red: breaks a rule; yellow: access lanes; hatched: blocked.</source>
        <translation>Het terrein op zijn piekdag %1: %2 geplaatst, %3 niet geplaatst. Blauw: met de hand neergelegd; rood: overtreedt een regel; geel: rijstroken; gearceerd: geblokkeerd.</translation>
    </message>
    <message>
        <source>Occupancy per week</source>
        <translation>Bezetting per week</translation>
    </message>
    <message>
        <source>Girders present, the most on any day of the ISO week (Monday first); the peak week dark.</source>
        <translation>Aanwezige liggers, het hoogste aantal op een dag van de ISO-week (maandag eerst); de piekweek donker.</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Verblijven</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>%1 (manual)</source>
        <translation>%1 (handmatig)</translation>
    </message>
    <message>
        <source>no destination</source>
        <translation>geen bestemming</translation>
    </message>
    <message>
        <source>Interim storage</source>
        <translation>Tussenopslag</translation>
    </message>
    <message numerus="yes">
        <source>A girder with a storage site stays there from its harvest date (or the plan start) to its slot&apos;s installation minus %n day(s) of delivery lead; an unassigned girder to the project&apos;s last installation. Cost = length × width × rate × days / 30.4375. A rate or outline without a public source is illustrative.</source>
        <translation>
            <numerusform>Een ligger met een opslaglocatie ligt daar vanaf zijn oogstdatum (of de start van het plan) tot de plaatsing van zijn positie min %n dag levertijd; een niet toegewezen ligger tot de laatste plaatsing van het project. Kosten = lengte × breedte × tarief × dagen / 30,4375. Een tarief of omtrek zonder openbare bron is illustratief.</numerusform>
            <numerusform>Een ligger met een opslaglocatie ligt daar vanaf zijn oogstdatum (of de start van het plan) tot de plaatsing van zijn positie min %n dagen levertijd; een niet toegewezen ligger tot de laatste plaatsing van het project. Kosten = lengte × breedte × tarief × dagen / 30,4375. Een tarief of omtrek zonder openbare bron is illustratief.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stays and cost</source>
        <translation>Verblijven en kosten</translation>
    </message>
    <message>
        <source>Storage conflicts</source>
        <translation>Opslagconflicten</translation>
    </message>
    <message>
        <source>None: every stored girder fits its yard on every day.</source>
        <translation>Geen: elke opgeslagen ligger past elke dag op zijn terrein.</translation>
    </message>
    <message>
        <source>At %1° N, %2° E%3.</source>
        <translation>Op %1° NB, %2° OL%3.</translation>
    </message>
    <message>
        <source> (RD New x %1 m, y %2 m)</source>
        <translation> (RD New x %1 m, y %2 m)</translation>
    </message>
    <message>
        <source>reuse %1</source>
        <translation>hergebruik %1</translation>
    </message>
    <message>
        <source>crush + new %1</source>
        <translation>breken + nieuw %1</translation>
    </message>
    <message>
        <source>Bars in %1; upper bar: reuse as planned, lower bar: crush and build new.</source>
        <translation>Staven in %1; bovenste staaf: hergebruik zoals gepland, onderste staaf: breken en nieuw bouwen.</translation>
    </message>
    <message>
        <source>Totals per scenario</source>
        <translation>Totalen per scenario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>t CO2e</source>
        <translation>t CO2e</translation>
    </message>
    <message>
        <source>MKI EUR (%1)</source>
        <translation>MKI EUR (%1)</translation>
    </message>
    <message>
        <source>Cost EUR</source>
        <translation>Kosten EUR</translation>
    </message>
    <message>
        <source>Reuse (the placed girders)</source>
        <translation>Hergebruik (de geplaatste liggers)</translation>
    </message>
    <message>
        <source>New girders for the same slots</source>
        <translation>Nieuwe liggers voor dezelfde posities</translation>
    </message>
    <message>
        <source>Crush the girders and build new</source>
        <translation>De liggers breken en nieuw bouwen</translation>
    </message>
    <message>
        <source>Crushing of the unused girders</source>
        <translation>Breken van de ongebruikte liggers</translation>
    </message>
    <message>
        <source>Saved by reuse (crush + new − reuse)</source>
        <translation>Bespaard door hergebruik (breken + nieuw − hergebruik)</translation>
    </message>
    <message>
        <source>Per structure</source>
        <translation>Per kunstwerk</translation>
    </message>
    <message>
        <source>Saved t CO2e</source>
        <translation>Bespaard t CO2e</translation>
    </message>
    <message>
        <source>Saved MKI EUR</source>
        <translation>Bespaard MKI EUR</translation>
    </message>
    <message>
        <source>Saved EUR</source>
        <translation>Bespaard EUR</translation>
    </message>
    <message>
        <source>Per girder</source>
        <translation>Per ligger</translation>
    </message>
    <message>
        <source>Reuse t</source>
        <translation>Hergebruik t</translation>
    </message>
    <message>
        <source>Crush+new t</source>
        <translation>Breken+nieuw t</translation>
    </message>
    <message>
        <source>Reuse EUR</source>
        <translation>Hergebruik EUR</translation>
    </message>
    <message>
        <source>Crush+new EUR</source>
        <translation>Breken+nieuw EUR</translation>
    </message>
    <message>
        <source>Break-even (months)</source>
        <translation>Omslagpunt (maanden)</translation>
    </message>
    <message>
        <source>unused: crushed</source>
        <translation>ongebruikt: gebroken</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Factoren</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>illustrative: %1</source>
        <translation>illustratief: %1</translation>
    </message>
    <message>
        <source>Impact and cost</source>
        <translation>Milieu-effect en kosten</translation>
    </message>
    <message>
        <source>Every figure is a quantity times a factor of the table below. Per placed girder three scenarios: reuse it (harvest transport, transport to site, storage, certification, modification), build the slot new (production and transport of the built-in mass), or crush it and build new. MKI is the climate part, weighted with set %1 (A2 gives 1.4-2.1 times the A1 MKI). Reuse saves %2 t CO2e, MKI EUR %3 and EUR %4 against crushing and building new.</source>
        <translation>Elk getal is een hoeveelheid maal een factor uit de tabel hieronder. Per geplaatste ligger drie scenario&apos;s: hergebruiken (transport bij oogst, transport naar de bouwplaats, opslag, herkeuring, aanpassing), de positie nieuw bouwen (productie en transport van de ingebouwde massa), of breken en nieuw bouwen. De MKI is het klimaatdeel, gewogen met set %1 (A2 geeft 1,4-2,1 keer de MKI van A1). Hergebruik bespaart %2 t CO2e, MKI EUR %3 en EUR %4 tegenover breken en nieuw bouwen.</translation>
    </message>
    <message>
        <source>Storage breaks even after %1 months: a plan whose girders waited that long would save no money.</source>
        <translation>Opslag bereikt het omslagpunt na %1 maanden: een plan waarvan de liggers zo lang wachten, bespaart geen geld meer.</translation>
    </message>
    <message>
        <source>CO2e per structure by stage</source>
        <translation>CO2e per kunstwerk per fase</translation>
    </message>
    <message>
        <source>Cost per structure by stage</source>
        <translation>Kosten per kunstwerk per fase</translation>
    </message>
    <message>
        <source>Factors and their sources</source>
        <translation>Factoren en hun bronnen</translation>
    </message>
    <message>
        <source>Weighting set %1. A factor marked illustrative has no public source: replace it by your own (the Impact panel, Factors…).</source>
        <translation>Wegingsset %1. Een factor gemarkeerd als illustratief heeft geen openbare bron: vervang hem door uw eigen waarde (paneel Milieu-effect, Factoren…).</translation>
    </message>
</context>
<context>
    <name>respan::ui::ReportActions</name>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Rapport (PDF)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>The matching report for project leads and clients, with a preview</source>
        <translation>Het matchingsrapport voor projectleiders en opdrachtgevers, met een voorbeeld</translation>
    </message>
    <message>
        <source>Inventory, plan and unfilled slots as a spreadsheet</source>
        <translation>Voorraad, plan en lege posities als spreadsheet</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-rapport</translation>
    </message>
    <message>
        <source>Export Spreadsheet</source>
        <translation>Spreadsheet exporteren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Spreadsheet exported to %1.</source>
        <translation>Spreadsheet geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Spreadsheet (&amp;xlsx)…</source>
        <translation>Spreadsheet (&amp;xlsx)…</translation>
    </message>
</context>
<context>
    <name>respan::ui::ReportPreviewDialog</name>
    <message>
        <source>Stop the Optimiser</source>
        <translation>Optimalisator stoppen</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF opslaan…</translation>
    </message>
    <message>
        <source>Matching Report</source>
        <translation>Matchingsrapport</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Computing the proven optimum with the project&apos;s pins…</source>
        <translation>Het bewezen optimum met de vastzettingen van het project wordt berekend…</translation>
    </message>
    <message>
        <source>Computing the proven optimum with the project&apos;s pins… %1 s; best plan %2 kg CO2e, bound %3 kg CO2e</source>
        <translation>Het bewezen optimum met de vastzettingen van het project wordt berekend… %1 s; beste plan %2 kg CO2e, grens %3 kg CO2e</translation>
    </message>
    <message>
        <source>The plan is optimal (proven).</source>
        <translation>Het plan is optimaal (bewezen).</translation>
    </message>
    <message>
        <source>The plan is %1 % below the proven optimum.</source>
        <translation>Het plan ligt %1 % onder het bewezen optimum.</translation>
    </message>
    <message>
        <source>The optimum is not proven; the plan is within %1 % of the bound.</source>
        <translation>Het optimum is niet bewezen; het plan ligt binnen %1 % van de grens.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n pagina.</numerusform>
            <numerusform>%n pagina&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is not ready yet.</source>
        <translation>Het rapport is nog niet klaar.</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>respan::ui::ResourceStrip</name>
    <message>
        <source>Resource use</source>
        <translation>Gebruik van middelen</translation>
    </message>
    <message>
        <source>No step of the protocol uses a limited resource.</source>
        <translation>Geen stap van het protocol gebruikt een beperkt middel.</translation>
    </message>
    <message>
        <source>%1: peak %2 of %3</source>
        <translation>%1: piek %2 van %3</translation>
    </message>
</context>
<context>
    <name>respan::ui::SettingsDialog</name>
    <message>
        <source>Project Settings</source>
        <translation>Projectinstellingen</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>geen geheel getal</translation>
    </message>
    <message>
        <source>Rules and factors of the plan</source>
        <translation>Regels en factoren van het plan</translation>
    </message>
    <message>
        <source>Project and report</source>
        <translation>Project en rapport</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Source of the default: %1</source>
        <translation>Bron van de standaardwaarde: %1</translation>
    </message>
    <message>
        <source>Load model of the estimated demands (docs/load-model.md)</source>
        <translation>Belastingmodel van de geschatte belastingen (docs/load-model.md)</translation>
    </message>
    <message>
        <source>Planning in time</source>
        <translation>Planning in de tijd</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: today</source>
        <translation>JJJJ-MM-DD; leeg: vandaag</translation>
    </message>
</context>
<context>
    <name>respan::ui::SlotDialog</name>
    <message>
        <source>Slot %1</source>
        <translation>Positie %1</translation>
    </message>
    <message>
        <source>slot %1 already exists in this span</source>
        <translation>positie %1 bestaat al in deze overspanning</translation>
    </message>
    <message>
        <source>empty: estimated %1 (%2)</source>
        <translation>leeg: geschat %1 (%2)</translation>
    </message>
</context>
<context>
    <name>respan::ui::SpanDialog</name>
    <message>
        <source>New span in %1</source>
        <translation>Nieuwe overspanning in %1</translation>
    </message>
    <message>
        <source>Slots are named prefix1, prefix2, …</source>
        <translation>Posities heten voorvoegsel1, voorvoegsel2, …</translation>
    </message>
    <message>
        <source>Number of slots:</source>
        <translation>Aantal posities:</translation>
    </message>
    <message>
        <source>Slot name prefix:</source>
        <translation>Voorvoegsel van de positienamen:</translation>
    </message>
    <message>
        <source>Design moment MEd per slot:</source>
        <translation>Rekenwaarde moment MEd per positie:</translation>
    </message>
    <message>
        <source>Design shear VEd per slot:</source>
        <translation>Rekenwaarde dwarskracht VEd per positie:</translation>
    </message>
    <message>
        <source>Span %1 of %2</source>
        <translation>Overspanning %1 van %2</translation>
    </message>
    <message>
        <source>span %1 already exists in this structure</source>
        <translation>overspanning %1 bestaat al in dit kunstwerk</translation>
    </message>
    <message>
        <source>default: required length − 0.6</source>
        <translation>standaard: vereiste lengte − 0,6</translation>
    </message>
    <message>
        <source>empty: estimated</source>
        <translation>leeg: geschat</translation>
    </message>
    <message>
        <source>longer than the required length %1 m</source>
        <translation>langer dan de vereiste lengte %1 m</translation>
    </message>
    <message>
        <source>empty: the length stays as it is</source>
        <translation>leeg: de lengte blijft zoals ze is</translation>
    </message>
</context>
<context>
    <name>respan::ui::StepEditorDialog</name>
    <message>
        <source>Recertification of %1</source>
        <translation>Herkeuring van %1</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Stap:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Planning:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Began</source>
        <translation>&amp;Begonnen</translation>
    </message>
    <message>
        <source>Actual start:</source>
        <translation>Werkelijke start:</translation>
    </message>
    <message>
        <source>Actual end:</source>
        <translation>Werkelijk einde:</translation>
    </message>
    <message>
        <source>The planner&apos;s own start for a step not yet begun; the schedule starts it no earlier (what dragging its bar in the Gantt view sets)</source>
        <translation>De eigen start van de planner voor een stap die nog niet begonnen is; de planning start hem niet eerder (wat het slepen van de balk in het Gantt-overzicht instelt)</translation>
    </message>
    <message>
        <source>Planned start:</source>
        <translation>Geplande start:</translation>
    </message>
    <message>
        <source>e.g. fck 58 MPa, cover 35 mm</source>
        <translation>bijv. fck 58 MPa, dekking 35 mm</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultaat:</translation>
    </message>
    <message>
        <source>MRd found by the step (a recalculation); replaces the girder&apos;s own and marks it verified when the step passed</source>
        <translation>MRd uit de stap (een herberekening); vervangt die van de ligger en markeert hem als geverifieerd wanneer de stap is goedgekeurd</translation>
    </message>
    <message>
        <source>MRd (k&amp;Nm):</source>
        <translation>MRd (k&amp;Nm):</translation>
    </message>
    <message>
        <source>&amp;VRd (kN):</source>
        <translation>&amp;VRd (kN):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>Evidence (the girder&apos;s documents; tick what proves this step)</source>
        <translation>Bewijsstukken (de documenten van de ligger; vink aan wat deze stap bewijst)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s)</source>
        <translation>
            <numerusform>%1, %n dag</numerusform>
            <numerusform>%1, %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>na %1</translation>
    </message>
    <message numerus="yes">
        <source>resource %1 (%n girder(s) at once)</source>
        <translation>
            <numerusform>middel %1 (%n ligger tegelijk)</numerusform>
            <numerusform>middel %1 (%n liggers tegelijk)</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>bewijsstuk: %1</translation>
    </message>
    <message>
        <source>Not scheduled: the girder is %1.</source>
        <translation>Niet gepland: de ligger is %1.</translation>
    </message>
    <message>
        <source>Not scheduled.</source>
        <translation>Niet gepland.</translation>
    </message>
    <message>
        <source>%1 to %2 (actual)</source>
        <translation>%1 tot %2 (werkelijk)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>latest start %1</source>
        <translation>uiterste start %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n day(s) late&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n dag te laat&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n dagen te laat&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>girder needed by %1</source>
        <translation>ligger nodig op %1</translation>
    </message>
    <message>
        <source>MRd: &quot;%1&quot; is not a number.</source>
        <translation>MRd: &quot;%1&quot; is geen getal.</translation>
    </message>
    <message>
        <source>VRd: &quot;%1&quot; is not a number.</source>
        <translation>VRd: &quot;%1&quot; is geen getal.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (alleen-lezen)</translation>
    </message>
    <message>
        <source>The step has errors; see the list under the fields.</source>
        <translation>De stap bevat fouten; zie de lijst onder de velden.</translation>
    </message>
    <message>
        <source>Edit recertification of %1</source>
        <translation>Herkeuring van %1 bewerken</translation>
    </message>
    <message>
        <source>The girder is no longer in the project.</source>
        <translation>De ligger staat niet meer in het project.</translation>
    </message>
    <message>
        <source>step editor</source>
        <translation>stappeneditor</translation>
    </message>
    <message>
        <source>&amp;Ended</source>
        <translation>&amp;Geëindigd</translation>
    </message>
    <message>
        <source>Start no earlier &amp;than</source>
        <translation>Niet &amp;eerder starten dan</translation>
    </message>
</context>
<context>
    <name>respan::ui::StoragePanel</name>
    <message>
        <source>E&amp;xport Yard…</source>
        <translation>Terrein e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Back to the &amp;Plan</source>
        <translation>Terug naar het &amp;plan</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Replays the yard over time: the girders present on the day shown (arrow keys: a day, Page Up/Down: a week)</source>
        <translation>Speelt het terrein in de tijd af: de liggers die er op de getoonde dag liggen (pijltoetsen: een dag, Page Up/Down: een week)</translation>
    </message>
    <message>
        <source>Save the yard as shown as a PNG picture or an SVG drawing</source>
        <translation>Het terrein zoals getoond opslaan als PNG-afbeelding of SVG-tekening</translation>
    </message>
    <message>
        <source>Girder</source>
        <translation>Ligger</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Cost (EUR)</source>
        <translation>Kosten (EUR)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Double-click to enter the stay by hand; it is then marked manual</source>
        <translation>Dubbelklik om het verblijf met de hand in te voeren; het heet dan handmatig</translation>
    </message>
    <message>
        <source>Let the plan set the selected girder&apos;s stay and place again</source>
        <translation>Het plan weer het verblijf en de plaats van de gekozen ligger laten bepalen</translation>
    </message>
    <message>
        <source>&amp;Occupancy</source>
        <translation>&amp;Bezetting</translation>
    </message>
    <message>
        <source>Sta&amp;ys</source>
        <translation>&amp;Verblijven</translation>
    </message>
    <message>
        <source>No storage sites. Import them with File &gt; Import &gt; Storage Sites… (CSV with WKT outlines, GeoJSON, GeoPackage or Shapefile).</source>
        <translation>Geen opslaglocaties. Importeer ze met Bestand &gt; Importeren &gt; Opslaglocaties… (CSV met WKT-omtrekken, GeoJSON, GeoPackage of Shapefile).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 m², usable %3 m². Peak %n girder(s) on %4 (%5 m² of girders). Storage cost EUR %6.</source>
        <translation>
            <numerusform>%1: %2 m², bruikbaar %3 m². Piek %n ligger op %4 (%5 m² liggers). Opslagkosten EUR %6.</numerusform>
            <numerusform>%1: %2 m², bruikbaar %3 m². Piek %n liggers op %4 (%5 m² liggers). Opslagkosten EUR %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 m², usable %3 m². No girder is stored here.</source>
        <translation>%1: %2 m², bruikbaar %3 m². Hier ligt geen ligger opgeslagen.</translation>
    </message>
    <message>
        <source>Not placed on %1: %2</source>
        <translation>Niet geplaatst op %1: %2</translation>
    </message>
    <message>
        <source>No storage conflicts.</source>
        <translation>Geen opslagconflicten.</translation>
    </message>
    <message>
        <source>Entered by hand (manual)</source>
        <translation>Met de hand ingevoerd (handmatig)</translation>
    </message>
    <message>
        <source>no destination</source>
        <translation>geen bestemming</translation>
    </message>
    <message>
        <source>%1 (manual)</source>
        <translation>%1 (handmatig)</translation>
    </message>
    <message>
        <source>The project is read-only; the stay was not changed.</source>
        <translation>Het project is alleen-lezen; het verblijf is niet gewijzigd.</translation>
    </message>
    <message>
        <source>A stay ends on or after the day it starts; %1&apos;s stay was not changed.</source>
        <translation>Een verblijf eindigt op of na de dag waarop het begint; het verblijf van %1 is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Stay of %1 entered by hand</source>
        <translation>Verblijf van %1 met de hand ingevoerd</translation>
    </message>
    <message>
        <source>Stay of %1 set by hand to %2 – %3 (undo: Ctrl+Z).</source>
        <translation>Verblijf van %1 handmatig op %2 – %3 gezet (ongedaan maken: Ctrl+Z).</translation>
    </message>
    <message>
        <source>The plan already sets this girder&apos;s stay and place.</source>
        <translation>Het plan bepaalt het verblijf en de plaats van deze ligger al.</translation>
    </message>
    <message>
        <source>Stay and place of %1 back to the plan</source>
        <translation>Verblijf en plaats van %1 terug naar het plan</translation>
    </message>
    <message>
        <source>%1&apos;s stay and place follow the plan again.</source>
        <translation>Verblijf en plaats van %1 volgen weer het plan.</translation>
    </message>
    <message>
        <source>The project is read-only; the girder was not moved.</source>
        <translation>Het project is alleen-lezen; de ligger is niet verplaatst.</translation>
    </message>
    <message>
        <source>Move %1 in the yard</source>
        <translation>%1 op het terrein verplaatsen</translation>
    </message>
    <message>
        <source>Let the layout place %1</source>
        <translation>%1 door de indeling laten plaatsen</translation>
    </message>
    <message>
        <source>%1 put at x %2 m, y %3 m, %4° (undo: Ctrl+Z).</source>
        <translation>%1 gezet op x %2 m, y %3 m, %4° (ongedaan maken: Ctrl+Z).</translation>
    </message>
    <message>
        <source>%1 is placed by the automatic layout again.</source>
        <translation>%1 wordt weer door de automatische indeling geplaatst.</translation>
    </message>
    <message>
        <source>Storage yard %1 on %2</source>
        <translation>Opslagterrein %1 op %2</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 kan niet worden geschreven</translation>
    </message>
    <message>
        <source>Export Yard</source>
        <translation>Terrein exporteren</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <source>Yard written to %1.</source>
        <translation>Terrein geschreven naar %1.</translation>
    </message>
    <message>
        <source>In red: %1</source>
        <translation>In rood: %1</translation>
    </message>
    <message>
        <source>Re&amp;move Site</source>
        <translation>Terrein ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Take this site out of the project (undo brings it back); girders stored there keep its name and show as a conflict until they get another site</source>
        <translation>Dit terrein uit het project halen (ongedaan maken brengt het terug); liggers die er liggen houden de naam en staan als conflict tot ze een ander terrein krijgen</translation>
    </message>
    <message>
        <source>Remove storage site %1</source>
        <translation>Opslagterrein %1 verwijderen</translation>
    </message>
    <message>
        <source>Storage site %1 removed.</source>
        <translation>Opslagterrein %1 verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>Storage site %1 removed; %n girder(s) stored there now have an unknown site (Edit &gt; Undo brings it back).</source>
        <translation>
            <numerusform>Opslagterrein %1 verwijderd; %n ligger die daar ligt heeft nu een onbekend terrein (Bewerken &gt; Ongedaan maken brengt het terug).</numerusform>
            <numerusform>Opslagterrein %1 verwijderd; %n liggers die daar liggen hebben nu een onbekend terrein (Bewerken &gt; Ongedaan maken brengt het terug).</numerusform>
        </translation>
    </message>
    <message>
        <source>yard-%1-%2.png</source>
        <translation>terrein-%1-%2.png</translation>
    </message>
</context>
<context>
    <name>respan::ui::StructureDialog</name>
    <message>
        <source>New structure</source>
        <translation>Nieuw kunstwerk</translation>
    </message>
    <message>
        <source>Structure %1</source>
        <translation>Kunstwerk %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>bijv. %1</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>a structure named %1 already exists</source>
        <translation>er bestaat al een kunstwerk met de naam %1</translation>
    </message>
    <message>
        <source>LM1 (EN 1991-2 Load Model 1)</source>
        <translation>LM1 (EN 1991-2 belastingmodel 1)</translation>
    </message>
    <message>
        <source>CC2</source>
        <translation>CC2</translation>
    </message>
    <message>
        <source>CC3 (RWS bridges)</source>
        <translation>CC3 (bruggen van RWS)</translation>
    </message>
    <message>
        <source>default: slots × spacing</source>
        <translation>standaard: posities × h.o.h.</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>standaard: %1</translation>
    </message>
    <message>
        <source>Span %1</source>
        <translation>Overspanning %1</translation>
    </message>
    <message>
        <source>Load model and deck</source>
        <translation>Belastingmodel en dek</translation>
    </message>
    <message>
        <source>Estimated demand per slot</source>
        <translation>Geschatte belasting per positie</translation>
    </message>
    <message>
        <source>Span:</source>
        <translation>Overspanning:</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>MEd (kNm)</source>
        <translation>MEd (kNm)</translation>
    </message>
    <message>
        <source>VEd (kN)</source>
        <translation>VEd (kN)</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Permanent (kNm)</source>
        <translation>Permanent (kNm)</translation>
    </message>
    <message>
        <source>Tandem (kNm)</source>
        <translation>Tandem (kNm)</translation>
    </message>
    <message>
        <source>UDL (kNm)</source>
        <translation>Verdeeld (kNm)</translation>
    </message>
    <message>
        <source>η per lane</source>
        <translation>η per strook</translation>
    </message>
    <message>
        <source>x (m)</source>
        <translation>x (m)</translation>
    </message>
    <message>
        <source>γG × g_deck × L² / 8: compression layer and surfacing</source>
        <translation>γG × g_dek × L² / 8: druklaag en wegdek</translation>
    </message>
    <message>
        <source>γQ × Σ η × tandem moment of each lane</source>
        <translation>γQ × Σ η × tandemmoment van elke rijstrook</translation>
    </message>
    <message>
        <source>γQ × Σ η × distributed-load moment of each lane and the remaining area</source>
        <translation>γQ × Σ η × moment door verdeelde belasting van elke rijstrook en de resterende strook</translation>
    </message>
    <message>
        <source>Courbon share of lane 1, 2, ... and the remaining area on this girder</source>
        <translation>Aandeel volgens Courbon van strook 1, 2, ... en de resterende strook op deze ligger</translation>
    </message>
    <message>
        <source>Add spans and slots to see their estimated demands.</source>
        <translation>Voeg overspanningen en posities toe om hun geschatte belastingen te zien.</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the estimate.</source>
        <translation>Verbeter de gemarkeerde velden om de schatting te zien.</translation>
    </message>
    <message>
        <source>Entered; the estimate would be %1 kNm</source>
        <translation>Ingevoerd; de schatting zou %1 kNm zijn</translation>
    </message>
    <message>
        <source>Entered; the estimate would be %1 kN</source>
        <translation>Ingevoerd; de schatting zou %1 kN zijn</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>ingevoerd</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschat</translation>
    </message>
    <message>
        <source>partly entered</source>
        <translation>deels ingevoerd</translation>
    </message>
    <message>
        <source>L = %1 m, %2 lanes, g_deck = %3 kN/m. Design values without the girder&apos;s own weight (rule R2 adds it per girder). Courbon&apos;s method: straight decks without skew, with cross girders; see docs/load-model.md.</source>
        <translation>L = %1 m, %2 rijstroken, g_dek = %3 kN/m. Rekenwaarden zonder het eigen gewicht van de ligger (regel R2 telt dat per ligger op). Methode van Courbon: rechte dekken zonder scheefstand, met dwarsdragers; zie docs/load-model.md.</translation>
    </message>
    <message>
        <source>empty: no fixed total</source>
        <translation>leeg: geen vast totaal</translation>
    </message>
</context>
<context>
    <name>respan::ui::StructurePanel</name>
    <message>
        <source>Add a structure</source>
        <translation>Een kunstwerk toevoegen</translation>
    </message>
    <message>
        <source>+ Span</source>
        <translation>+ Overspanning</translation>
    </message>
    <message>
        <source>Add a span with its slots to the selected structure</source>
        <translation>Een overspanning met haar posities toevoegen aan het geselecteerde kunstwerk</translation>
    </message>
    <message>
        <source>Edit the selected structure, span or slot</source>
        <translation>Het geselecteerde kunstwerk, de overspanning of de positie bewerken</translation>
    </message>
    <message>
        <source>Delete the selected structure, span or slot</source>
        <translation>Het geselecteerde kunstwerk, de overspanning of de positie verwijderen</translation>
    </message>
    <message>
        <source>Add structure…</source>
        <translation>Kunstwerk toevoegen…</translation>
    </message>
    <message>
        <source>Add span…</source>
        <translation>Overspanning toevoegen…</translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation>Positie toevoegen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Kunstwerken</translation>
    </message>
    <message>
        <source>Edit structure %1</source>
        <translation>Kunstwerk %1 bewerken</translation>
    </message>
    <message>
        <source>Edit span %1</source>
        <translation>Overspanning %1 bewerken</translation>
    </message>
    <message>
        <source>Edit slot %1</source>
        <translation>Positie %1 bewerken</translation>
    </message>
</context>
<context>
    <name>respan::ui::StructureTreeModel</name>
    <message>
        <source>%1
Site: %2, %3 (WGS84)</source>
        <translation>%1
Locatie: %2, %3 (WGS84)</translation>
    </message>
    <message>
        <source>%1 of %2 filled</source>
        <translation>%1 van %2 gevuld</translation>
    </message>
    <message>
        <source>Span %1</source>
        <translation>Overspanning %1</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>vastgezet</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1 (voorgesteld)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>L (m)</source>
        <translation>L (m)</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <source>MEd (kNm)</source>
        <translation>MEd (kNm)</translation>
    </message>
    <message>
        <source>VEd (kN)</source>
        <translation>VEd (kN)</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Ligger</translation>
    </message>
    <message>
        <source>A structure needs a name.</source>
        <translation>Een kunstwerk moet een naam hebben.</translation>
    </message>
    <message>
        <source>Rename structure %1</source>
        <translation>Kunstwerk %1 hernoemen</translation>
    </message>
    <message>
        <source>A span needs a name.</source>
        <translation>Een overspanning moet een naam hebben.</translation>
    </message>
    <message>
        <source>Rename span %1</source>
        <translation>Overspanning %1 hernoemen</translation>
    </message>
    <message>
        <source>Required length not changed: %1</source>
        <translation>Benodigde lengte niet gewijzigd: %1</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>geen getal</translation>
    </message>
    <message>
        <source>Change required length of span %1</source>
        <translation>Benodigde lengte van overspanning %1 wijzigen</translation>
    </message>
    <message>
        <source>Installation date not changed: %1</source>
        <translation>Plaatsingsdatum niet gewijzigd: %1</translation>
    </message>
    <message>
        <source>Change installation date of span %1</source>
        <translation>Plaatsingsdatum van overspanning %1 wijzigen</translation>
    </message>
    <message>
        <source>A slot needs a name.</source>
        <translation>Een positie moet een naam hebben.</translation>
    </message>
    <message>
        <source>Rename slot %1</source>
        <translation>Positie %1 hernoemen</translation>
    </message>
    <message>
        <source>Demand not changed: %1</source>
        <translation>Belasting niet gewijzigd: %1</translation>
    </message>
    <message>
        <source>Change demands of slot %1</source>
        <translation>Belasting van positie %1 wijzigen</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Het project is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>Drop on a span or a slot.</source>
        <translation>Laat los op een overspanning of een positie.</translation>
    </message>
    <message>
        <source>Nothing to place.</source>
        <translation>Niets te plaatsen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cut %1 m, utilisation %2</source>
        <translation>inkorting %1 m, benuttingsgraad %2</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <source>Estimated from load model %1, without the girder&apos;s own weight (added per girder). Type a value to enter it; clear it to estimate again.</source>
        <translation>Geschat met belastingmodel %1, zonder het eigen gewicht van de ligger (per ligger opgeteld). Typ een waarde om hem in te voeren; maak het veld leeg om opnieuw te schatten.</translation>
    </message>
    <message>
        <source>Entered value; clear it to estimate it from the load model.</source>
        <translation>Ingevoerde waarde; maak het veld leeg om hem met het belastingmodel te schatten.</translation>
    </message>
    <message>
        <source>Estimate demand of slot %1</source>
        <translation>Belasting van positie %1 schatten</translation>
    </message>
</context>
<context>
    <name>respan::ui::StructureTreeView</name>
    <message>
        <source>Release to place here.</source>
        <translation>Loslaten om hier te plaatsen.</translation>
    </message>
</context>
<context>
    <name>respan::ui::ViaductScene</name>
    <message>
        <source>Span %1 · L = %2 · %3 · %4/%5 filled</source>
        <translation>Overspanning %1 · L = %2 · %3 · %4/%5 gevuld</translation>
    </message>
    <message>
        <source>cut %1 · u %2</source>
        <translation>inkorting %1 · u %2</translation>
    </message>
    <message>
        <source>MEd %1 · VEd %2</source>
        <translation>MEd %1 · VEd %2</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>vastgezet</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <source>Slot %1 of span %2: %3
%4 (%5): %6, %7 × %8 mm</source>
        <translation>Positie %1 van overspanning %2: %3
%4 (%5): %6, %7 × %8 mm</translation>
    </message>
    <message>
        <source>cut %1, utilisation %2, saves %3 kg CO2e</source>
        <translation>inkorting %1, benuttingsgraad %2, bespaart %3 kg CO2e</translation>
    </message>
    <message>
        <source>breaks %1 · %2</source>
        <translation>overtreedt %1 · %2</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <source>Slot %1 of span %2 (empty): %3</source>
        <translation>Positie %1 van overspanning %2 (leeg): %3</translation>
    </message>
    <message>
        <source>Span %1 · %2 · %3</source>
        <translation>Overspanning %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Span %1 · %2</source>
        <translation>Overspanning %1 · %2</translation>
    </message>
    <message>
        <source>Span %1</source>
        <translation>Overspanning %1</translation>
    </message>
    <message>
        <source>(estimated, %1, without the girder&apos;s own weight)</source>
        <translation>(geschat, %1, zonder het eigen gewicht van de ligger)</translation>
    </message>
</context>
<context>
    <name>respan::ui::ViaductView</name>
    <message>
        <source>The project is open read-only: nothing can be placed.</source>
        <translation>Het project is alleen-lezen geopend: er kan niets worden geplaatst.</translation>
    </message>
    <message>
        <source>Drop on a slot, or on a span&apos;s label to fill its empty slots.</source>
        <translation>Laat los op een positie, of op het opschrift van een overspanning om haar lege posities te vullen.</translation>
    </message>
    <message>
        <source>Place %1 in %2: cut %3 m, utilisation %4, saves %5 kg CO2e%6</source>
        <translation>%1 in %2 plaatsen: inkorting %3 m, benuttingsgraad %4, bespaart %5 kg CO2e%6</translation>
    </message>
    <message>
        <source>%1 cannot go into %2: %3</source>
        <translation>%1 kan niet in %2: %3</translation>
    </message>
</context>
<context>
    <name>respan::ui::YardView</name>
    <message>
        <source>Storage yard</source>
        <translation>Opslagterrein</translation>
    </message>
    <message>
        <source>No storage site</source>
        <translation>Geen opslaglocatie</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>&amp;Turn by 90°	R</source>
        <translation>90° &amp;draaien	R</translation>
    </message>
    <message>
        <source>Let the &amp;automatic layout place it</source>
        <translation>Door de &amp;automatische indeling laten plaatsen</translation>
    </message>
    <message>
        <source>%1: %2 m × %3 m, layer %4</source>
        <translation>%1: %2 m × %3 m, laag %4</translation>
    </message>
    <message>
        <source>put here by hand</source>
        <translation>hier met de hand neergelegd</translation>
    </message>
    <message>
        <source>breaks a rule: %1</source>
        <translation>overtreedt een regel: %1</translation>
    </message>
    <message>
        <source>overlaps another girder</source>
        <translation>overlapt een andere ligger</translation>
    </message>
    <message>
        <source>outside the yard or too near its edge</source>
        <translation>buiten het terrein of te dicht bij de rand</translation>
    </message>
    <message>
        <source>on or too near a blocked area</source>
        <translation>op of te dicht bij een geblokkeerd vlak</translation>
    </message>
    <message>
        <source>on an access lane</source>
        <translation>op een rijstrook</translation>
    </message>
    <message>
        <source>not on an equal girder below</source>
        <translation>ligt niet op een gelijke ligger eronder</translation>
    </message>
</context>
</TS>
