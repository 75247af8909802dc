<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_US">
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
        <source>%1 exists in the project with %2 = %3; the file must give the same value</source>
        <translation>%1 bestaat in het project met %2 = %3; het bestand moet dezelfde waarde geven</translation>
    </message>
    <message>
        <source>%1 has %2 = %3 in row %4; every row of it must give the same value</source>
        <translation>%1 heeft %2 = %3 in rij %4; elke rij ervan moet dezelfde waarde geven</translation>
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
        <source>must be one of: %1</source>
        <translation>moet een van deze zijn: %1</translation>
    </message>
    <message>
        <source>imported from CSV</source>
        <translation>geïmporteerd uit CSV</translation>
    </message>
    <message>
        <source>must be estimated or verified</source>
        <translation>moet estimated of verified zijn</translation>
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
        <source>%1: cannot replace the file</source>
        <translation>%1: kan het bestand niet vervangen</translation>
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
        <source>(the folder is not writable)</source>
        <translation>(de map is niet beschrijfbaar)</translation>
    </message>
    <message>
        <source>(cannot create a lock file: %1)</source>
        <translation>(kan geen vergrendelingsbestand maken: %1)</translation>
    </message>
    <message>
        <source>(unreadable lock file)</source>
        <translation>(onleesbaar vergrendelingsbestand)</translation>
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
        <source>%1 was just opened by someone else</source>
        <translation>%1 is zojuist door iemand anders geopend</translation>
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
</context>
<context>
    <name>respan::ProjectSettings</name>
    <message>
        <source>Longest piece that may be cut off a girder to fit a span (rule R1)</source>
        <translation>Langste stuk dat van een ligger mag worden afgezaagd om in een overspanning te passen (regel R1)</translation>
    </message>
    <message>
        <source>ReSpan default (matching.md); a project choice</source>
        <translation>ReSpan-standaardwaarde (matching.md); een projectkeuze</translation>
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
</context>
<context>
    <name>respan::ProvisionalAssignmentChecker</name>
    <message>
        <source>element or slot no longer exists</source>
        <translation>ligger of positie bestaat niet meer</translation>
    </message>
    <message>
        <source>%1 is too short for span %2: %3 m &lt; %4 m</source>
        <translation>%1 is te kort voor overspanning %2: %3 m &lt; %4 m</translation>
    </message>
    <message>
        <source>%1 is too long for span %2: cutting %3 m exceeds the %4 m allowed</source>
        <translation>%1 is te lang voor overspanning %2: inkorten met %3 m is meer dan de toegestane %4 m</translation>
    </message>
    <message>
        <source>%1 is too weak in bending: MEd %2 kNm &gt; MRd %3 kNm</source>
        <translation>%1 is te zwak op buiging: MEd %2 kNm &gt; MRd %3 kNm</translation>
    </message>
    <message>
        <source>%1 is too weak in shear: VEd %2 kN &gt; VRd %3 kN</source>
        <translation>%1 is te zwak op afschuiving: VEd %2 kN &gt; VRd %3 kN</translation>
    </message>
    <message>
        <source>%1 has section %2 × %3 mm; %4 in the same span has %5 × %6 mm</source>
        <translation>%1 heeft doorsnede %2 × %3 mm; %4 in dezelfde overspanning heeft %5 × %6 mm</translation>
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
        <source>NEN 2767 condition score must be a whole number from 1 to 6</source>
        <translation>de conditiescore volgens NEN 2767 moet een geheel getal van 1 tot en met 6 zijn</translation>
    </message>
    <message>
        <source>span name used twice in structure %1</source>
        <translation>naam van de overspanning komt twee keer voor in kunstwerk %1</translation>
    </message>
    <message>
        <source>slot name used twice in span %1</source>
        <translation>naam van de positie komt twee keer voor in overspanning %1</translation>
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
        <source>expected --elements or --design, not &quot;%1&quot;</source>
        <translation>--elements of --design verwacht, niet &quot;%1&quot;</translation>
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
        <source>attached documents: %1 (%2 bytes)</source>
        <translation>bijlagen: %1 (%2 bytes)</translation>
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
        <source>Scale: screen pixels per metre</source>
        <translation>Schaal: schermpixels per meter</translation>
    </message>
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
    <message>
        <source>%1 placed in slot %2 and pinned.</source>
        <translation>%1 geplaatst in positie %2 en vastgezet.</translation>
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
        <source>Id:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Donor structure:</source>
        <translation>Donorkunstwerk:</translation>
    </message>
    <message>
        <source>Position in donor:</source>
        <translation>Positie in donorkunstwerk:</translation>
    </message>
    <message>
        <source>Year built:</source>
        <translation>Bouwjaar:</translation>
    </message>
    <message>
        <source>Original load class:</source>
        <translation>Oorspronkelijke belastingklasse:</translation>
    </message>
    <message>
        <source>Geometry and resistance</source>
        <translation>Afmetingen en weerstand</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Lengte:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Hoogte:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Breedte:</translation>
    </message>
    <message>
        <source>Mass:</source>
        <translation>Massa:</translation>
    </message>
    <message>
        <source>Bending resistance MRd:</source>
        <translation>Buigweerstand MRd:</translation>
    </message>
    <message>
        <source>Shear resistance VRd:</source>
        <translation>Dwarskrachtweerstand VRd:</translation>
    </message>
    <message>
        <source>Resistances are:</source>
        <translation>Weerstanden zijn:</translation>
    </message>
    <message>
        <source>Condition and status</source>
        <translation>Conditie en status</translation>
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
        <source>Condition score according to NEN 2767</source>
        <translation>Conditiescore volgens NEN 2767</translation>
    </message>
    <message>
        <source>Condition (NEN 2767):</source>
        <translation>Conditie (NEN 2767):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
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
        <source>Latitude:</source>
        <translation>Breedtegraad:</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Lengtegraad:</translation>
    </message>
    <message>
        <source>Available from:</source>
        <translation>Beschikbaar vanaf:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: available now</source>
        <translation>JJJJ-MM-DD; leeg: nu beschikbaar</translation>
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
        <source>The content of %1 cannot be read.</source>
        <translation>De inhoud van %1 kan niet worden gelezen.</translation>
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
        <source>Design bending resistance MRd</source>
        <translation>Rekenwaarde van de buigweerstand MRd</translation>
    </message>
    <message>
        <source>Design shear resistance VRd</source>
        <translation>Rekenwaarde van de dwarskrachtweerstand VRd</translation>
    </message>
    <message>
        <source>NEN 2767 condition score: 1 excellent … 6 very poor</source>
        <translation>Conditiescore volgens NEN 2767: 1 uitstekend … 6 zeer slecht</translation>
    </message>
    <message>
        <source>Whether the resistances are estimated or verified</source>
        <translation>Of de weerstanden geschat of geverifieerd zijn</translation>
    </message>
    <message>
        <source>Structure / span / slot the element is placed in</source>
        <translation>Kunstwerk / overspanning / positie waarin de ligger is geplaatst</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Placed in</source>
        <translation>Geplaatst in</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <source>Mass (t)</source>
        <translation>Massa (t)</translation>
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
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Conditie</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Bouwjaar</translation>
    </message>
    <message>
        <source>Load class</source>
        <translation>Belastingklasse</translation>
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
        <source>Available from</source>
        <translation>Beschikbaar vanaf</translation>
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
</context>
<context>
    <name>respan::ui::FieldEdit</name>
    <message>
        <source>not a number (decimal separator: &quot;%1&quot;)</source>
        <translation>geen getal (decimaalteken: &quot;%1&quot;)</translation>
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
        <translation>&amp;Afsluiten</translation>
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
        <source>&amp;Edit Element…</source>
        <translation>Ligger &amp;bewerken…</translation>
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
        <translation>&amp;Voorkeuren…</translation>
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
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
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
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
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
        <source>&lt;h3&gt;ReSpan %1&lt;/h3&gt;&lt;p&gt;Reuse planning of precast concrete girders harvested from demolished viaducts: inventory, receiving structures, matching and planning.&lt;/p&gt;&lt;p&gt;Until the matching engine is in place, the planning board checks placements only for length, capacity and section (a provisional check).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReSpan %1&lt;/h3&gt;&lt;p&gt;Planning van hergebruik van prefab betonliggers uit gesloopte viaducten: voorraad, nieuwe kunstwerken, koppeling en planning.&lt;/p&gt;&lt;p&gt;Zolang de koppelingsrekenkern er nog niet is, controleert het planbord plaatsingen alleen op lengte, draagvermogen en doorsnede (een voorlopige controle).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change project settings</source>
        <translation>Projectinstellingen wijzigen</translation>
    </message>
    <message>
        <source>Settings not changed</source>
        <translation>Instellingen niet gewijzigd</translation>
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
        <source> min</source>
        <translation> min</translation>
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
        <source>Autosave unsaved changes every:</source>
        <translation>Niet-opgeslagen wijzigingen automatisch bewaren elke:</translation>
    </message>
    <message>
        <source>Your name in status histories:</source>
        <translation>Uw naam in de statushistorie:</translation>
    </message>
</context>
<context>
    <name>respan::ui::SettingsDialog</name>
    <message>
        <source>Project Settings</source>
        <translation>Projectinstellingen</translation>
    </message>
    <message>
        <source>%1
Source of the default: %2</source>
        <translation>%1
Bron van de standaardwaarde: %2</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>geen geheel getal</translation>
    </message>
</context>
<context>
    <name>respan::ui::SlotDialog</name>
    <message>
        <source>Slot %1</source>
        <translation>Positie %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Design moment MEd:</source>
        <translation>Rekenwaarde moment MEd:</translation>
    </message>
    <message>
        <source>Design shear VEd:</source>
        <translation>Rekenwaarde dwarskracht VEd:</translation>
    </message>
    <message>
        <source>slot %1 already exists in this span</source>
        <translation>positie %1 bestaat al in deze overspanning</translation>
    </message>
</context>
<context>
    <name>respan::ui::SpanDialog</name>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Required element length:</source>
        <translation>Benodigde liggerlengte:</translation>
    </message>
    <message>
        <source>Installation date:</source>
        <translation>Plaatsingsdatum:</translation>
    </message>
    <message>
        <source>Length a girder must have after cutting: span between bearing centre lines plus both end allowances</source>
        <translation>Lengte die een ligger na inkorten moet hebben: overspanning tussen de hartlijnen van de opleggingen plus de oplegging aan beide einden</translation>
    </message>
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
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Site latitude (WGS84):</source>
        <translation>Breedtegraad locatie (WGS84):</translation>
    </message>
    <message>
        <source>Site longitude (WGS84):</source>
        <translation>Lengtegraad locatie (WGS84):</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>a structure named %1 already exists</source>
        <translation>er bestaat al een kunstwerk met de naam %1</translation>
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
        <source>%1 (%2)
cut %3 m, utilisation %4</source>
        <translation>%1 (%2)
inkorting %3 m, benutting %4</translation>
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
        <source>Slot %1 of span %2: MEd %3, VEd %4
%5 (%6): %7, %8 × %9 mm, MRd %10, VRd %11
cut %12, utilisation %13</source>
        <translation>Positie %1 van overspanning %2: MEd %3, VEd %4
%5 (%6): %7, %8 × %9 mm, MRd %10, VRd %11
inkorting %12, benutting %13</translation>
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
        <source>Slot %1 of span %2 (empty): MEd %3, VEd %4</source>
        <translation>Positie %1 van overspanning %2 (leeg): MEd %3, VEd %4</translation>
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
        <source>Place %1 in slot %2: cut %3 m, utilisation %4</source>
        <translation>%1 plaatsen in positie %2: inkorting %3 m, benutting %4</translation>
    </message>
    <message numerus="yes">
        <source>Place %n element(s) here</source>
        <translation>
            <numerusform>%n ligger hier plaatsen</numerusform>
            <numerusform>%n liggers hier plaatsen</numerusform>
        </translation>
    </message>
</context>
</TS>
