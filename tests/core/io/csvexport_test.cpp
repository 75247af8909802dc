// writeElementsCsv / writeDesignCsv and the round trip through the importers.
#include <gtest/gtest.h>

#include <limits>

#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"
#include "core/model/validation.h"
#include "iotestutil.h"

namespace respan::io {
namespace {

const char* dialect_name(CsvDialect d) {
    return d == CsvDialect::CommaPoint ? "comma" : "semicolon";
}

/// Elements with every awkward value the format has to survive.
std::vector<Element> awkwardElements() {
    std::vector<Element> out;
    Element a;
    a.id = QStringLiteral("Ω-1,\"x\";y");
    a.donorStructure = QStringLiteral("Viaduct \"De Hoek\", A9; west");
    a.donorPosition = QStringLiteral("span 1\r\ngirder 2\nend\rcr");
    a.type = QStringLiteral("  leading and trailing  ");
    a.originalLoadClass = QStringLiteral("\ttab");
    a.length = Metres(1.1 + 2.2);  // 3.3000000000000003
    a.height = Millimetres(10.000000000000002);
    a.width = Millimetres(9999.999999999998);
    a.mass = Tonnes(0.010000000000000002);
    a.yearBuilt = 1800;
    a.momentCapacity = KiloNewtonMetres(1e6);
    a.shearCapacity = KiloNewtons(1.1 + 0.2);  // 1.3000000000000003
    a.capacityBasis = CapacityBasis::Verified;
    a.condition = 6;
    a.status = ElementStatus::Rejected;
    a.location = {-89.99999999999999, 179.99999999999997};
    a.availableFrom = QDate(2200, 12, 31);
    out.push_back(a);

    Element b;
    b.id = QStringLiteral("plain");
    b.length = Metres(200);
    b.height = Millimetres(10000);
    b.width = Millimetres(10);
    b.mass = Tonnes(2000);
    b.momentCapacity = KiloNewtonMetres(123456.789);
    b.shearCapacity = KiloNewtons(1.0 + 1.0 / 3.0);
    b.status = ElementStatus::InStructure;
    b.location = {0.0, -0.0};
    out.push_back(b);

    Element c;
    c.id = QStringLiteral("Brücke 🌉 测试");
    c.donorStructure = QStringLiteral("\"");
    c.donorPosition = QStringLiteral("\"quoted\"");
    c.type = QStringLiteral("=SUM(A1)");
    c.originalLoadClass = QStringLiteral("1.234");  // text that looks like an ambiguous number
    c.length = Metres(17.92);
    c.height = Millimetres(1234.5);
    c.width = Millimetres(1180);
    c.mass = Tonnes(23.7);
    c.yearBuilt = 2200;
    c.momentCapacity = KiloNewtonMetres(3020);
    c.shearCapacity = KiloNewtons(640);
    c.condition = 1;
    c.location = {52.4628, 4.6012};
    c.availableFrom = QDate(1800, 1, 1);
    out.push_back(c);

    // Every status and basis at least once.
    for (int s = 0; s < kElementStatusCount; ++s) {
        Element e = c;
        e.id = QStringLiteral("S%1").arg(s);
        e.status = static_cast<ElementStatus>(s);
        e.capacityBasis = s % 2 ? CapacityBasis::Verified : CapacityBasis::Estimated;
        e.condition = 1 + s % 6;
        e.length = Metres(15.0 + s / 7.0);
        out.push_back(e);
    }
    return out;
}

class ElementRoundTrip : public ::testing::TestWithParam<CsvDialect> {};

TEST_P(ElementRoundTrip, ExportThenImportGivesTheSameFieldValues) {
    ProjectDocument source;
    const std::vector<Element> elements = awkwardElements();
    for (const Element& e : elements) ASSERT_TRUE(validateElement(e).empty()) << e.id.toStdString();
    source.appendElements(elements);

    const QByteArray csv = writeElementsCsv(source, GetParam());
    ProjectDocument target;
    ElementImport r = parseElementsCsv(csv, target, QStringLiteral("t"));
    ASSERT_TRUE(r.ok()) << test::describe(r.errors).toStdString() << csv.toStdString();
    EXPECT_TRUE(r.warnings.empty()) << test::describe(r.warnings).toStdString();
    EXPECT_EQ(r.dialect, GetParam());
    applyElementImport(target, std::move(r));
    ASSERT_EQ(target.elementCount(), source.elementCount());
    for (int i = 0; i < source.elementCount(); ++i) {
        EXPECT_EQ(test::fieldsOf(target.element(i)), test::fieldsOf(source.element(i)))
            << "element " << i;
    }
    // Exactly the same double, not only an equal one (the sign of zero too).
    EXPECT_TRUE(std::signbit(target.element(1).location.longitude));
}

INSTANTIATE_TEST_SUITE_P(BothDialects, ElementRoundTrip,
                         ::testing::Values(CsvDialect::CommaPoint, CsvDialect::SemicolonComma));

TEST(ElementExport, HeaderAndQuotingByHand) {
    ProjectDocument doc;
    Element e;
    e.id = QStringLiteral("A1");
    e.donorStructure = QStringLiteral("Viaduct West, A9");
    e.donorPosition = QStringLiteral("say \"hi\"");
    e.length = Metres(17.5);
    e.height = Millimetres(900);
    e.width = Millimetres(1180);
    e.mass = Tonnes(100000.25);
    e.momentCapacity = KiloNewtonMetres(3020);
    e.shearCapacity = KiloNewtons(640);
    e.condition = 2;
    e.location = {52.4628, 4.6012};
    doc.insertElement(e);

    EXPECT_EQ(
        writeElementsCsv(doc, CsvDialect::CommaPoint),
        QByteArray(
            "id,donor_structure,donor_position,type,length_m,height_mm,width_mm,mass_t,year_built,"
            "original_load_class,moment_capacity_knm,shear_capacity_kn,capacity_basis,condition,"
            "status,location_lat,location_lon,available_from,harvest_date,storage_site\r\n"
            "A1,\"Viaduct West, A9\",\"say \"\"hi\"\"\",,17.5,900,1180,100000.25,,,3020,640,"
            "estimated,2,in_storage,52.4628,4.6012,,,\r\n"));
    EXPECT_EQ(
        writeElementsCsv(doc, CsvDialect::SemicolonComma),
        QByteArray(
            "id;donor_structure;donor_position;type;length_m;height_mm;width_mm;mass_t;year_built;"
            "original_load_class;moment_capacity_knm;shear_capacity_kn;capacity_basis;condition;"
            "status;location_lat;location_lon;available_from;harvest_date;storage_site\r\n"
            "A1;Viaduct West, A9;\"say \"\"hi\"\"\";;17,5;900;1180;100000,25;;;3020;640;"
            "estimated;2;in_storage;52,4628;4,6012;;;\r\n"));
}

// OWASP CSV injection: text a spreadsheet would run as a formula is written as text (a leading
// apostrophe), numbers that start with a minus stay numbers, and the importer reads the text
// back exactly as it was.
TEST(ElementExport, FormulasAreNeutralisedAndReadBackExactly) {
    ProjectDocument doc;
    const QStringList formulas = {QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                                  QStringLiteral("+31 20 1234567"),
                                  QStringLiteral("-2+3"),
                                  QStringLiteral("@SUM(A1:A9)"),
                                  QStringLiteral("\tcmd"),
                                  QStringLiteral("\r=1+1"),
                                  QStringLiteral("'=already quoted"),
                                  QStringLiteral("''+two")};
    for (int i = 0; i < formulas.size(); ++i) {
        Element e;
        e.id = QStringLiteral("F%1").arg(i);
        e.donorStructure = formulas[i];
        e.length = Metres(17.5);
        e.height = Millimetres(900);
        e.width = Millimetres(1180);
        e.mass = Tonnes(20);
        e.momentCapacity = KiloNewtonMetres(3020);
        e.shearCapacity = KiloNewtons(640);
        e.condition = 2;
        e.location = {-33.9, -0.5};  // negative numbers: not text, not guarded
        doc.insertElement(e);
    }
    for (CsvDialect dialect : {CsvDialect::CommaPoint, CsvDialect::SemicolonComma}) {
        const QByteArray csv = writeElementsCsv(doc, dialect);
        const QList<QByteArray> lines = csv.split('\n');
        const char sep = dialect == CsvDialect::CommaPoint ? ',' : ';';
        for (int i = 0; i < formulas.size(); ++i) {
            const QByteArray& line = lines[i + 1];
            const QByteArray cell = line.mid(line.indexOf(sep) + 1);
            // The cell's first character after an optional quote is the apostrophe.
            EXPECT_TRUE(cell.startsWith('\'') || cell.startsWith("\"'"))
                << dialect_name(dialect) << ": " << line.toStdString();
            EXPECT_TRUE(
                line.contains(dialect == CsvDialect::CommaPoint ? ",-33.9,-0.5," : ";-33,9;-0,5;"))
                << line.toStdString();
        }
        ProjectDocument back;
        ElementImport r = parseElementsCsv(csv, back, QStringLiteral("t"));
        ASSERT_TRUE(r.ok()) << test::describe(r.errors).toStdString();
        applyElementImport(back, std::move(r));
        ASSERT_EQ(back.elementCount(), formulas.size());
        for (int i = 0; i < formulas.size(); ++i)
            EXPECT_EQ(back.element(i).donorStructure, formulas[i]) << i;
    }
}

TEST(DesignExport, RoundTripInBothDialects) {
    ProjectDocument source;
    Structure a;
    a.name = QStringLiteral("A44 viaduct \"Lisserweg\", west; 2");
    a.site = {52.2486, 4.5687};
    a.spans.push_back(
        Span{kNoUid,
             QStringLiteral("1"),
             Metres(17.4),
             QDate(2025, 10, 15),
             {Slot{kNoUid, QStringLiteral("L1"), KiloNewtonMetres(2740), KiloNewtons(625)},
              Slot{kNoUid, QStringLiteral("L 2 ü"), KiloNewtonMetres(0.1 + 0.2), KiloNewtons(0)}},
             {},
             Metres(17.0),
             Metres(17.85)});
    a.spans.push_back(
        Span{kNoUid,
             QStringLiteral("approach;\nwest"),
             Metres(23.6),
             QDate(2027, 6, 1),
             {Slot{kNoUid, QStringLiteral(" padded "), KiloNewtonMetres(1e6), KiloNewtons(1e-300)}},
             {},
             std::nullopt,
             std::nullopt});
    source.insertStructure(0, a);
    Structure b;
    b.name = QStringLiteral("Sydney");
    b.site = {-33.8688, 151.2093};
    b.spans.push_back(
        Span{kNoUid,
             QStringLiteral("1"),
             Metres(1.0 + 1.0 / 3.0),
             QDate(1800, 1, 1),
             {Slot{kNoUid, QStringLiteral("x"), KiloNewtonMetres(12.5), KiloNewtons(7)}},
             {},
             std::nullopt,
             std::nullopt});
    source.insertStructure(1, b);

    for (const CsvDialect dialect : {CsvDialect::CommaPoint, CsvDialect::SemicolonComma}) {
        const QByteArray csv = writeDesignCsv(source, dialect);
        ProjectDocument target;
        DesignImport r = parseDesignCsv(csv, target);
        ASSERT_TRUE(r.ok()) << test::describe(r.errors).toStdString() << csv.toStdString();
        EXPECT_EQ(r.dialect, dialect);
        applyDesignImport(target, std::move(r));
        ASSERT_EQ(target.structureCount(), 2);
        for (int s = 0; s < 2; ++s) {
            Structure got = target.structure(s);
            Structure want = source.structure(s);
            for (Structure* x : {&got, &want}) {
                x->uid = kNoUid;
                for (Span& p : x->spans) {
                    p.uid = kNoUid;
                    for (Slot& k : p.slots) k.uid = kNoUid;
                }
            }
            EXPECT_EQ(got, want) << "structure " << s;
        }
    }
}

TEST(DesignExport, HeaderInDocumentedOrder) {
    ProjectDocument doc;
    EXPECT_EQ(writeDesignCsv(doc, CsvDialect::SemicolonComma),
              QByteArray("structure;site_lat;site_lon;load_model;carriageway_width_m;"
                         "girder_spacing_m;deck_thickness_m;surfacing_m;consequence_class;"
                         "fixed_total_length_m;span;required_length_m;install_date;span_length_m;"
                         "required_length_min_m;required_length_max_m;slot;moment_demand_knm;"
                         "shear_demand_kn\r\n"));
}

}  // namespace
}  // namespace respan::io
