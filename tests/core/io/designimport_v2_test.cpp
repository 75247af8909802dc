// design.csv v2 (docs/contract/planning.md section 2.1): the load-model columns, empty demands
// estimated, entered ones kept; bad values refused with row, column and value, nothing imported.
#include <gtest/gtest.h>

#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"
#include "iotestutil.h"

namespace respan::io {
namespace {

using test::Place;
using test::places;

const QString kHeader = QStringLiteral(
    "structure,site_lat,site_lon,load_model,carriageway_width_m,girder_spacing_m,"
    "deck_thickness_m,surfacing_m,consequence_class,span,required_length_m,install_date,"
    "span_length_m,slot,moment_demand_knm,shear_demand_kn");

DesignImport parse(const QStringList& rows) {
    return parseDesignCsv((kHeader + QLatin1Char('\n') + rows.join(QLatin1Char('\n'))).toUtf8(),
                          ProjectDocument());
}

Place at(int row, const char* column, const char* rule) {
    return {row, QString::fromLatin1(column), QString::fromLatin1(rule)};
}

TEST(DesignImportV2, ReadsTheLoadModelAndKeepsEnteredDemands) {
    const DesignImport r = parse({
        QStringLiteral("H,52.2,4.6,LM1,10.5,1.2,0.22,0.08,CC2,1,21.5,2027-03-01,20.9,L1,3750,785"),
        QStringLiteral("H,52.2,4.6,LM1,10.5,1.2,0.22,0.08,CC2,1,21.5,2027-03-01,20.9,L2,,"),
        QStringLiteral("H,52.2,4.6,LM1,10.5,1.2,0.22,0.08,CC2,1,21.5,2027-03-01,20.9,L3,,600"),
    });
    ASSERT_TRUE(r.ok()) << test::describe(r.errors).toStdString();
    const Structure& h = r.structures.at(0);
    EXPECT_EQ(h.deck.loadModel, LoadModel::LM1);
    EXPECT_EQ(h.deck.carriagewayWidth, Metres(10.5));
    EXPECT_EQ(h.deck.girderSpacing, Metres(1.2));
    EXPECT_EQ(h.deck.deckThickness, Metres(0.22));
    EXPECT_EQ(h.deck.surfacing, Metres(0.08));
    EXPECT_EQ(h.deck.consequenceClass, ConsequenceClass::CC2);
    EXPECT_EQ(h.spans.at(0).calculationSpan, Metres(20.9));
    const auto& slots = h.spans.at(0).slots;
    EXPECT_EQ(slots[0].momentDemand, KiloNewtonMetres(3750));
    EXPECT_FALSE(slots[1].momentDemand.has_value()) << "empty: estimated";
    EXPECT_FALSE(slots[1].shearDemand.has_value());
    EXPECT_FALSE(slots[2].momentDemand.has_value());
    EXPECT_EQ(slots[2].shearDemand, KiloNewtons(600));
    // Written and read again: entered stays entered, empty stays empty.
    ProjectDocument doc;
    for (const Structure& s : r.structures) doc.insertStructure(doc.structureCount(), s);
    const DesignImport again =
        parseDesignCsv(writeDesignCsv(doc, CsvDialect::CommaPoint), ProjectDocument());
    ASSERT_TRUE(again.ok()) << test::describe(again.errors).toStdString();
    Structure a = again.structures.at(0);
    Structure b = r.structures.at(0);
    EXPECT_EQ(a, b);
}

TEST(DesignImportV2, AVersion1FileImportsUnchanged) {
    const DesignImport r = parseDesignCsv(
        "structure,site_lat,site_lon,span,required_length_m,install_date,slot,moment_demand_knm,"
        "shear_demand_kn\nB,52.1,4.5,1,17.4,2025-10-15,L1,2740,625\n",
        ProjectDocument());
    ASSERT_TRUE(r.ok()) << test::describe(r.errors).toStdString();
    const Structure& b = r.structures.at(0);
    EXPECT_EQ(b.deck, DeckDesign{}) << "every load-model input at its default";
    EXPECT_FALSE(b.spans[0].calculationSpan.has_value());
    EXPECT_EQ(b.spans[0].slots[0].momentDemand, KiloNewtonMetres(2740));
    EXPECT_EQ(b.spans[0].slots[0].shearDemand, KiloNewtons(625));
}

TEST(DesignImportV2, BadLoadModelInputsAreRefusedWithRowColumnAndValue) {
    const DesignImport r = parse({
        QStringLiteral("A,52,4,LM1,-9,1.2,0.2,0.1,CC3,1,21.5,2027-03-01,,L1,,"),     // row 2
        QStringLiteral("B,52,4,LM1,9,0,0.2,0.1,CC3,1,21.5,2027-03-01,,L1,,"),        // row 3
        QStringLiteral("C,52,4,LM1,2.9,1.2,0.2,0.1,CC3,1,21.5,2027-03-01,,L1,,"),    // row 4
        QStringLiteral("D,52,4,LM7,9,1.2,0.2,0.1,CC3,1,21.5,2027-03-01,,L1,,"),      // row 5
        QStringLiteral("E,52,4,LM1,9,1.2,0.2,0.1,CC4,1,21.5,2027-03-01,,L1,,"),      // row 6
        QStringLiteral("F,52,4,LM1,9,1.2,0.2,0.1,CC3,1,21.5,2027-03-01,21.6,L1,,"),  // row 7
        QStringLiteral("G,52,4,LM1,9,1.2,0,0.1,CC3,1,21.5,2027-03-01,,L1,,"),        // row 8
        QStringLiteral("H,52,4,LM1,0,-1.2,0.2,0.1,CC3,1,21.5,2027-03-01,,L1,,"),     // row 9
    });
    EXPECT_EQ(places(r.errors),
              (std::set<Place>{
                  at(2, "carriageway_width_m", "range"), at(3, "girder_spacing_m", "range"),
                  at(4, "carriageway_width_m", "range"), at(5, "load_model", "choice"),
                  at(6, "consequence_class", "choice"), at(7, "span_length_m", "span_length"),
                  at(8, "deck_thickness_m", "range"), at(9, "carriageway_width_m", "range"),
                  at(9, "girder_spacing_m", "range")}))
        << test::describe(r.errors).toStdString();
    EXPECT_TRUE(r.structures.empty()) << "nothing imported";
    for (const ImportMessage& m : r.errors) {
        if (m.row == 7) {
            EXPECT_EQ(m.value, QStringLiteral("21.6"));
            EXPECT_TRUE(m.message.contains(QStringLiteral("21.5"))) << m.toString().toStdString();
        }
        if (m.row == 5) {
            EXPECT_EQ(m.value, QStringLiteral("LM7"));
        }
    }
}

TEST(ElementImportV2, MissingResistancesNeedAClassReSpanKnows) {
    const QString head = QStringLiteral(
        "id,length_m,height_mm,width_mm,mass_t,original_load_class,moment_capacity_knm,"
        "shear_capacity_kn,condition,location_lat,location_lon\n");
    ProjectDocument doc;
    const ElementImport ok =
        parseElementsCsv((head + QStringLiteral("X1,21.95,1000,1180,31.8,BK-60-1963,,,2,52,5\n"
                                                "X2,21.95,1000,1180,31.8,BK-100-1963,,,2,52,5\n"))
                             .toUtf8(),
                         doc, QStringLiteral("t"));
    ASSERT_TRUE(ok.ok()) << test::describe(ok.errors).toStdString();
    EXPECT_FALSE(ok.elements[0].momentCapacity.has_value());
    const ElementImport bad = parseElementsCsv(
        (head + QStringLiteral("X3,21.95,1000,1180,31.8,heavy traffic,,900,2,52,5\n"
                               "X4,21.95,1000,1180,31.8,,4000,,2,52,5\n"))
            .toUtf8(),
        doc, QStringLiteral("t"));
    EXPECT_EQ(places(bad.errors), (std::set<Place>{at(2, "original_load_class", "load_class"),
                                                   at(3, "shear_capacity_kn", "estimate")}))
        << test::describe(bad.errors).toStdString();
    EXPECT_TRUE(bad.elements.empty());
}

TEST(DesignImportV2, AStructureMayBeGivenInRdNew) {
    // Issue 14: rd_x/rd_y (RD New, EPSG:28992) as the alternative to site_lat/site_lon. The RD
    // origin, the Onze Lieve Vrouwetoren in Amersfoort, 155000/463000, lies at 52.15517 N,
    // 5.38720 E (published reference point).
    const DesignImport r = parseDesignCsv(
        "structure,site_lat,site_lon,span,required_length_m,install_date,slot,rd_x,rd_y\n"
        "RD,,,1,17.4,2025-10-15,L1,155000,463000\n"
        "RD,,,1,17.4,2025-10-15,L2,155000,463000\n"
        "LL,52.15517,5.38720,1,17.4,2025-10-15,L1,155010,463000\n",
        ProjectDocument());
    ASSERT_TRUE(r.ok()) << test::describe(r.errors).toStdString();
    ASSERT_EQ(r.structures.size(), 2U);
    EXPECT_NEAR(r.structures[0].site.latitude, 52.15517, 0.00001);
    EXPECT_NEAR(r.structures[0].site.longitude, 5.38720, 0.00001);
    EXPECT_EQ(r.structures[0].spans.at(0).slots.size(), 2U);
    EXPECT_DOUBLE_EQ(r.structures[1].site.latitude, 52.15517) << "both given: lat/lon kept";

    // Without the rd columns the file is a v1 file: no position at all is refused at site_lat.
    const DesignImport bad = parseDesignCsv(
        "structure,site_lat,site_lon,span,required_length_m,install_date,slot,rd_x,rd_y\n"
        "A,,,1,17.4,2025-10-15,L1,,\n"         // row 2: no position
        "B,,,1,17.4,2025-10-15,L1,155000,\n"   // row 3: rd_y missing
        "C,,,1,17.4,2025-10-15,L1,52.1,4.5\n"  // row 4: lat/lon in the rd columns
        "D,52.15517,5.38720,1,17.4,2025-10-15,L1,156000,463000\n",  // row 5: 1 km apart
        ProjectDocument());
    EXPECT_EQ(places(bad.errors),
              (std::set<Place>{at(2, "site_lat", "required"), at(3, "rd_y", "required"),
                               at(4, "rd_x", "range"), at(5, "rd_x", "position")}))
        << test::describe(bad.errors).toStdString();
    EXPECT_TRUE(bad.structures.empty()) << "nothing imported";
    const DesignImport v1 = parseDesignCsv(
        "structure,site_lat,site_lon,span,required_length_m,install_date,slot\n"
        "A,,4.5,1,17.4,2025-10-15,L1\n",
        ProjectDocument());
    EXPECT_EQ(places(v1.errors), (std::set<Place>{at(2, "site_lat", "required")}))
        << test::describe(v1.errors).toStdString();
}

}  // namespace
}  // namespace respan::io
