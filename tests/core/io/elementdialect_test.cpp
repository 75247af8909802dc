// The dialect matrix: one inventory written in every accepted way must give identical elements.
#include <gtest/gtest.h>

#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"
#include "iotestutil.h"

namespace respan::io {
namespace {

// The inventory by hand in the comma dialect. Row 2 has quoted separators of both dialects and
// doubled quotes, row 3 a line break inside a quoted field, row 4 padding around an unquoted
// field and accented letters that Windows-1252 can hold.
const std::vector<QStringList> kComma = {
    {QStringLiteral(
        "id,donor_structure,donor_position,type,length_m,height_mm,width_mm,mass_t,year_built,"
        "original_load_class,moment_capacity_knm,shear_capacity_kn,capacity_basis,condition,status,"
        "location_lat,location_lon,available_from")},
    {QStringLiteral("A9W-01,\"Viaduct Amstelveen, Café Brücke\",\"span 1; girder "
                    "\"\"3\"\"\",inverted-T,17.92,900,"
                    "1180,23.7,1976,BK-60-1963,3020.5,640,verified,2,in_storage,52.4628,4.6012,")},
    {QStringLiteral(
        "KKW-02,Keizer Karelweg,\"girder 2\n(second line)\",T-beam,20.38,850,1180,28.125,,,3350,"
        "750.25,,3,certified,52.3019,-4.8641,2026-03-01")},
    {QStringLiteral("A9H-03, Holendrecht ,girder "
                    "3,,21.95,1000,1180,1234.5,1981,BK-60-1963,4200,850,estimated,6,"
                    "in_structure,-52.2954,4.9541,2027-10-01")},
};

// The same inventory as a Dutch spreadsheet writes it: semicolons, decimal commas, a thousands
// point, columns in another order and other case.
const std::vector<QStringList> kSemicolon = {
    {QStringLiteral(
        "ID;Length_M ;height_mm;width_mm;mass_t;year_built;original_load_class;moment_capacity_knm;"
        "shear_capacity_kn;capacity_basis;condition;status;location_lat;location_lon;available_"
        "from;"
        "donor_structure;donor_position;type")},
    {QStringLiteral("A9W-01;17,92;900;1180;23,7;1976;BK-60-1963;3020,5;640;verified;2;in_storage;"
                    "52,4628;4,6012;;"
                    "Viaduct Amstelveen, Café Brücke;\"span 1; girder \"\"3\"\"\";inverted-T")},
    {QStringLiteral(
        "KKW-02;20,38;850;1180;28,125;;;3350;750,25;;3;certified;52,3019;-4,8641;2026-03-01;"
        "Keizer Karelweg;\"girder 2\n(second line)\";T-beam")},
    {QStringLiteral(
        "A9H-03;21,95;1000;1180;1.234,5;1981;BK-60-1963;4200;850;estimated;6;in_structure;-52,2954;"
        "4,9541;2027-10-01; Holendrecht ;girder 3;")},
};

QByteArray utf16(const QString& text, bool littleEndian) {
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xFF);
        if (littleEndian) {
            out.append(lo).append(hi);
        } else {
            out.append(hi).append(lo);
        }
    }
    return out;
}

std::vector<Element> expectedElements() {
    std::vector<Element> out(3);
    Element& a = out[0];
    a.id = QStringLiteral("A9W-01");
    a.donorStructure = QStringLiteral("Viaduct Amstelveen, Café Brücke");
    a.donorPosition = QStringLiteral("span 1; girder \"3\"");
    a.type = QStringLiteral("inverted-T");
    a.length = Metres(17.92);
    a.height = Millimetres(900);
    a.width = Millimetres(1180);
    a.mass = Tonnes(23.7);
    a.yearBuilt = 1976;
    a.originalLoadClass = QStringLiteral("BK-60-1963");
    a.momentCapacity = KiloNewtonMetres(3020.5);
    a.shearCapacity = KiloNewtons(640);
    a.capacityBasis = CapacityBasis::Verified;
    a.condition = 2;
    a.status = ElementStatus::InStorage;
    a.location = {52.4628, 4.6012};
    Element& b = out[1];
    b.id = QStringLiteral("KKW-02");
    b.donorStructure = QStringLiteral("Keizer Karelweg");
    b.donorPosition = QStringLiteral("girder 2\n(second line)");
    b.type = QStringLiteral("T-beam");
    b.length = Metres(20.38);
    b.height = Millimetres(850);
    b.width = Millimetres(1180);
    b.mass = Tonnes(28.125);
    b.momentCapacity = KiloNewtonMetres(3350);
    b.shearCapacity = KiloNewtons(750.25);
    b.condition = 3;
    b.status = ElementStatus::Certified;
    b.location = {52.3019, -4.8641};
    b.availableFrom = QDate(2026, 3, 1);
    Element& c = out[2];
    c.id = QStringLiteral("A9H-03");
    c.donorStructure = QStringLiteral("Holendrecht");
    c.donorPosition = QStringLiteral("girder 3");
    c.length = Metres(21.95);
    c.height = Millimetres(1000);
    c.width = Millimetres(1180);
    c.mass = Tonnes(1234.5);
    c.yearBuilt = 1981;
    c.originalLoadClass = QStringLiteral("BK-60-1963");
    c.momentCapacity = KiloNewtonMetres(4200);
    c.shearCapacity = KiloNewtons(850);
    c.capacityBasis = CapacityBasis::Estimated;
    c.condition = 6;
    c.status = ElementStatus::InStructure;
    c.location = {-52.2954, 4.9541};
    c.availableFrom = QDate(2027, 10, 1);
    return out;
}

struct Variant {
    const char* name;
    QByteArray bytes;
    CsvDialect dialect;
    TextEncoding encoding;
};

std::vector<Variant> variants() {
    const QString commaLf = test::joinRows(kComma, QLatin1Char(','), QStringLiteral("\n"));
    const QString commaCrLf = test::joinRows(kComma, QLatin1Char(','), QStringLiteral("\r\n"));
    const QString commaCr = test::joinRows(kComma, QLatin1Char(','), QStringLiteral("\r"));
    const QString semiLf = test::joinRows(kSemicolon, QLatin1Char(';'), QStringLiteral("\n"));
    const QString semiCrLf = test::joinRows(kSemicolon, QLatin1Char(';'), QStringLiteral("\r\n"));
    const QByteArray bom("\xEF\xBB\xBF");
    const auto comma = CsvDialect::CommaPoint;
    const auto semi = CsvDialect::SemicolonComma;
    QString noFinalBreak = semiCrLf;
    noFinalBreak.chop(2);
    return {
        {"comma LF UTF-8", commaLf.toUtf8(), comma, TextEncoding::Utf8},
        {"comma CRLF UTF-8", commaCrLf.toUtf8(), comma, TextEncoding::Utf8},
        {"comma CR UTF-8", commaCr.toUtf8(), comma, TextEncoding::Utf8},
        {"comma LF UTF-8 BOM", bom + commaLf.toUtf8(), comma, TextEncoding::Utf8Bom},
        {"comma CRLF UTF-8 BOM", bom + commaCrLf.toUtf8(), comma, TextEncoding::Utf8Bom},
        {"semicolon LF UTF-8", semiLf.toUtf8(), semi, TextEncoding::Utf8},
        {"semicolon CRLF UTF-8", semiCrLf.toUtf8(), semi, TextEncoding::Utf8},
        {"semicolon CRLF UTF-8 BOM", bom + semiCrLf.toUtf8(), semi, TextEncoding::Utf8Bom},
        {"semicolon CRLF no final line break", noFinalBreak.toUtf8(), semi, TextEncoding::Utf8},
        {"comma CRLF UTF-16LE", utf16(commaCrLf, true), comma, TextEncoding::Utf16LE},
        {"semicolon CRLF UTF-16LE", utf16(semiCrLf, true), semi, TextEncoding::Utf16LE},
        {"semicolon LF UTF-16BE", utf16(semiLf, false), semi, TextEncoding::Utf16BE},
        // é and ü are the same bytes in Latin-1 and Windows-1252.
        {"semicolon CRLF Windows-1252", semiCrLf.toLatin1(), semi, TextEncoding::Windows1252},
        {"comma LF Windows-1252", commaLf.toLatin1(), comma, TextEncoding::Windows1252},
    };
}

TEST(ElementDialects, EveryVariantGivesTheSameElements) {
    const std::vector<Element> expected = expectedElements();
    for (const Variant& v : variants()) {
        SCOPED_TRACE(v.name);
        ProjectDocument doc;
        const ElementImport r = parseElementsCsv(v.bytes, doc, QStringLiteral("t"));
        ASSERT_TRUE(r.ok()) << test::describe(r.errors).toStdString();
        EXPECT_EQ(r.dialect, v.dialect);
        EXPECT_EQ(r.encoding, v.encoding);
        ASSERT_EQ(r.elements.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            EXPECT_EQ(test::fieldsOf(r.elements[i]), expected[i]) << "element " << i;
        }
        // Only the guessed encoding is worth a warning; a declared or valid one is not.
        if (v.encoding == TextEncoding::Windows1252) {
            ASSERT_EQ(r.warnings.size(), 1u);
            EXPECT_EQ(r.warnings[0].rule, QStringLiteral("encoding"));
            EXPECT_EQ(r.warnings[0].row, 2);  // "Café" is on row 2
        } else {
            EXPECT_TRUE(r.warnings.empty()) << test::describe(r.warnings).toStdString();
        }
    }
}

TEST(ElementDialects, ErrorRowsCountTheQuotedLineBreak) {
    // Row 3 spans two lines, so the element after it is row 5, in every line-end convention.
    for (const QString& eol :
         {QStringLiteral("\n"), QStringLiteral("\r\n"), QStringLiteral("\r")}) {
        std::vector<QStringList> rows = kComma;
        rows[3][0].replace(QStringLiteral(",6,in_structure"), QStringLiteral(",7,in_structure"));
        const ElementImport r =
            parseElementsCsv(test::joinRows(rows, QLatin1Char(','), eol).toUtf8(),
                             ProjectDocument(), QStringLiteral("t"));
        EXPECT_EQ(
            test::places(r.errors),
            (std::set<test::Place>{{5, QStringLiteral("condition"), QStringLiteral("range")}}));
    }
}

}  // namespace
}  // namespace respan::io
