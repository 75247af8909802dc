// parseDesignCsv / applyDesignImport: grouping, agreement of repeated values, merging.
#include <gtest/gtest.h>

#include <map>

#include "core/document/documentnotifier.h"
#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"
#include "iotestutil.h"

namespace respan::io {
namespace {

using test::Place;
using test::places;

const QString kHeader = QStringLiteral(
    "structure,site_lat,site_lon,span,required_length_m,install_date,slot,moment_demand_knm,shear_"
    "demand_kn");

QByteArray file(const QStringList& rows) {
    return (kHeader + QLatin1Char('\n') + rows.join(QLatin1Char('\n'))).toUtf8();
}

DesignImport parse(const QStringList& rows) {
    return parseDesignCsv(file(rows), ProjectDocument());
}

Place at(int row, const char* column, const char* rule) {
    return {row, QString::fromLatin1(column), QString::fromLatin1(rule)};
}

/// A project with structure "B viaduct" (span 1 with slots L1, L2; L1 holds an element) and "Z".
void fillProject(ProjectDocument& doc) {
    Structure b;
    b.name = QStringLiteral("B viaduct");
    b.site = {52.1, 4.5};
    b.notes = QStringLiteral("keep me");
    b.spans.push_back(
        Span{kNoUid,
             QStringLiteral("1"),
             Metres(17.4),
             QDate(2025, 10, 15),
             {Slot{kNoUid, QStringLiteral("L1"), KiloNewtonMetres(2740), KiloNewtons(625)},
              Slot{kNoUid, QStringLiteral("L2"), KiloNewtonMetres(2450), KiloNewtons(560)}},
             {},
             std::nullopt,
             std::nullopt});
    doc.insertStructure(0, b);
    Structure z;
    z.name = QStringLiteral("Z");
    z.site = {51, 5};
    doc.insertStructure(1, z);
    Element e;
    e.id = QStringLiteral("E1");
    e.length = Metres(18);
    doc.insertElement(e);
    doc.setAssignment(Assignment{doc.element(0).uid, doc.structure(0).spans[0].slots[0].uid, true});
}

TEST(DesignImport, GroupsRowsInFileOrder) {
    const DesignImport r = parse({
        QStringLiteral("B viaduct,52.1,4.5,1,17.4,2025-10-15,L1,2740,625"),
        QStringLiteral("B viaduct,52.1,4.5,1,17.4,2025-10-15,L2,2450.5,560"),
        QStringLiteral("\"A bridge, Nuth\",50.9213,5.8862,main,19.6,2026-01-10,S1,3000,700"),
        QStringLiteral("B viaduct,52.1,4.5,2,18,2025-11-01,L1,0,0"),  // same slot name, other span
    });
    ASSERT_TRUE(r.ok()) << test::describe(r.errors).toStdString();
    ASSERT_EQ(r.structures.size(), 2u);
    const Structure& b = r.structures[0];
    EXPECT_EQ(b.name, QStringLiteral("B viaduct"));
    EXPECT_EQ(b.site, (GeoPoint{52.1, 4.5}));
    ASSERT_EQ(b.spans.size(), 2u);
    EXPECT_EQ(b.spans[0].name, QStringLiteral("1"));
    EXPECT_EQ(b.spans[0].requiredLength, Metres(17.4));
    EXPECT_EQ(b.spans[0].installDate, QDate(2025, 10, 15));
    ASSERT_EQ(b.spans[0].slots.size(), 2u);
    EXPECT_EQ(b.spans[0].slots[1].name, QStringLiteral("L2"));
    EXPECT_EQ(b.spans[0].slots[1].momentDemand, KiloNewtonMetres(2450.5));
    EXPECT_EQ(b.spans[0].slots[1].shearDemand, KiloNewtons(560));
    EXPECT_EQ(b.spans[1].name, QStringLiteral("2"));
    EXPECT_EQ(b.spans[1].requiredLength, Metres(18));
    ASSERT_EQ(b.spans[1].slots.size(), 1u);
    EXPECT_EQ(b.spans[1].slots[0].momentDemand, KiloNewtonMetres(0));
    EXPECT_EQ(r.structures[1].name, QStringLiteral("A bridge, Nuth"));
    EXPECT_EQ(r.structures[1].spans.at(0).slots.at(0).name, QStringLiteral("S1"));
}

TEST(DesignImport, SemicolonDialect) {
    const QByteArray bytes =
        "\xEF\xBB\xBFStructure;Site_Lat;Site_Lon;Span;Required_Length_m;Install_Date;Slot;Moment_"
        "Demand_kNm;"
        "Shear_Demand_kN\r\n"
        "A44 viaduct Lisserweg;52,2486;4,5687;1;17,40;2025-10-15;L1;2.740,5;625\r\n";
    const DesignImport r = parseDesignCsv(bytes, ProjectDocument());
    ASSERT_TRUE(r.ok()) << test::describe(r.errors).toStdString();
    EXPECT_EQ(r.dialect, CsvDialect::SemicolonComma);
    EXPECT_EQ(r.structures.at(0).site, (GeoPoint{52.2486, 4.5687}));
    EXPECT_EQ(r.structures.at(0).spans.at(0).requiredLength, Metres(17.4));
    EXPECT_EQ(r.structures.at(0).spans.at(0).slots.at(0).momentDemand, KiloNewtonMetres(2740.5));
}

TEST(DesignImport, RepeatedValuesMustAgreeWithTheFirstRow) {
    const DesignImport r = parse({
        QStringLiteral("B,52.1,4.5,1,17.4,2025-10-15,L1,2740,625"),    // row 2 sets the values
        QStringLiteral("B,52.2,4.5,1,17.4,2025-10-15,L2,2450,560"),    // row 3: site_lat differs
        QStringLiteral("B,52.1,4.5,1,17.5,2025-10-15,L3,2450,560"),    // row 4: length differs
        QStringLiteral("B,52.1,4.5,1,17.4,2025-10-16,L4,2450,560"),    // row 5: date differs
        QStringLiteral("B,52.1,4.50001,2,20,2026-01-01,M1,2450,560"),  // row 6: site_lon differs
        QStringLiteral(
            "B,52.10,4.500,1,17.40,2025-10-15,L5,2450,560"),  // row 7: same numbers, other text
    });
    EXPECT_EQ(
        places(r.errors),
        (std::set<Place>{at(3, "site_lat", "disagree"), at(4, "required_length_m", "disagree"),
                         at(5, "install_date", "disagree"), at(6, "site_lon", "disagree")}))
        << test::describe(r.errors).toStdString();
    for (const ImportMessage& m : r.errors)
        EXPECT_TRUE(m.message.contains(QStringLiteral("row 2"))) << m.toString().toStdString();
    // Each message quotes the value of row 2 and the one of its own row.
    const std::map<int, std::pair<const char*, const char*>> quoted = {
        {3, {"= 52.1 in row 2", "gives 52.2"}},
        {4, {"= 17.4 in row 2", "gives 17.5"}},
        {5, {"= 2025-10-15 in row 2", "gives 2025-10-16"}},
        {6, {"= 4.5 in row 2", "gives 4.50001"}}};
    for (const ImportMessage& m : r.errors) {
        const auto& [first, own] = quoted.at(m.row);
        EXPECT_TRUE(m.message.contains(QLatin1String(first)) &&
                    m.message.contains(QLatin1String(own)))
            << m.toString().toStdString();
    }
    EXPECT_TRUE(r.structures.empty());
}

TEST(DesignImport, SlotNamesUniquePerSpan) {
    const DesignImport r = parse({
        QStringLiteral("B,52.1,4.5,1,17.4,2025-10-15,L1,2740,625"),
        QStringLiteral("B,52.1,4.5,2,17.4,2025-10-15,L1,2740,625"),
        QStringLiteral("C,52.1,4.5,1,17.4,2025-10-15,L1,2740,625"),
        QStringLiteral("B,52.1,4.5,1,17.4,2025-10-15,L1,1,1"),
    });
    EXPECT_EQ(places(r.errors), (std::set<Place>{at(5, "slot", "unique")}));
}

TEST(DesignImport, FieldValidation) {
    const DesignImport r = parse({
        QStringLiteral("B,52.1,4.5,1,17.4,2025-10-15,L1,0,0"),          // zero demand is fine
        QStringLiteral("B,52.1,4.5,1,17.4,2025-10-15,L2,-1,1e6"),       // row 3
        QStringLiteral("B,52.1,4.5,1,17.4,2025-10-15,L3,1,1000000.5"),  // row 4
        QStringLiteral("D,95,4.5,1,0,2025-02-30,,x,1"),                 // row 5: four problems
        QStringLiteral(",52.1,4.5,1,17.4,2025-10-15,L1,1,1"),           // row 6
        QStringLiteral("E,52.1,4.5,,17.4,2025-10-15,L1,1,\"1,5\""),     // row 7
        QStringLiteral("F,52.1,-180.5,1,17.4,2201-01-01,L1,,1"),        // row 8 (MEd estimated)
    });
    EXPECT_EQ(
        places(r.errors),
        (std::set<Place>{at(3, "moment_demand_knm", "range"), at(4, "shear_demand_kn", "range"),
                         at(5, "site_lat", "range"), at(5, "required_length_m", "range"),
                         at(5, "install_date", "date"), at(5, "slot", "required"),
                         at(5, "moment_demand_knm", "number"), at(6, "structure", "required"),
                         at(7, "span", "required"), at(7, "shear_demand_kn", "decimal-separator"),
                         at(8, "site_lon", "range"), at(8, "install_date", "range")}))
        << test::describe(r.errors).toStdString();
}

TEST(DesignImport, MissingColumns) {
    const DesignImport r = parseDesignCsv("structure,span,slot\nB,1,L1\n", ProjectDocument());
    std::set<Place> expected;
    // Demands may be left out: they are estimated (docs/contract/planning.md section 2.1).
    for (const char* c : {"site_lat", "site_lon", "required_length_m", "install_date"}) {
        expected.insert(at(1, c, "missing-column"));
    }
    EXPECT_EQ(places(r.errors), expected);
}

TEST(DesignImport, MergesIntoExistingStructures) {
    ProjectDocument doc;
    fillProject(doc);
    const Uid slotL1 = doc.structure(0).spans[0].slots[0].uid;
    const QByteArray bytes = file({
        QStringLiteral("New,50,5,1,10,2026-01-01,N1,1,1"),
        QStringLiteral("B viaduct,52.1,4.5,2,18,2026-02-01,M1,2000,500"),
        QStringLiteral("B viaduct,52.1,4.5,1,17.4,2025-10-15,L3,2450,560"),
        QStringLiteral("B viaduct,52.1,4.5,2,18,2026-02-01,M2,2000,500"),
    });
    DesignImport r = parseDesignCsv(bytes, doc);
    ASSERT_TRUE(r.ok()) << test::describe(r.errors).toStdString();

    int structuresInserted = 0;
    int spansInserted = 0;
    int slotsInserted = 0;
    QObject::connect(doc.notifier(), &DocumentNotifier::structureInserted,
                     [&] { ++structuresInserted; });
    QObject::connect(doc.notifier(), &DocumentNotifier::spanInserted, [&] { ++spansInserted; });
    QObject::connect(doc.notifier(), &DocumentNotifier::slotInserted, [&] { ++slotsInserted; });
    applyDesignImport(doc, std::move(r));
    EXPECT_EQ(structuresInserted, 1);
    EXPECT_EQ(spansInserted, 1);
    EXPECT_EQ(slotsInserted, 1);

    ASSERT_EQ(doc.structureCount(), 3);
    EXPECT_EQ(doc.structure(0).name, QStringLiteral("B viaduct"));
    EXPECT_EQ(doc.structure(0).notes, QStringLiteral("keep me"));
    EXPECT_EQ(doc.structure(1).name, QStringLiteral("Z"));
    EXPECT_EQ(doc.structure(2).name, QStringLiteral("New"));
    const Structure& b = doc.structure(0);
    ASSERT_EQ(b.spans.size(), 2u);
    ASSERT_EQ(b.spans[0].slots.size(), 3u);
    EXPECT_EQ(b.spans[0].slots[0].uid, slotL1);
    EXPECT_EQ(b.spans[0].slots[2].name, QStringLiteral("L3"));
    EXPECT_NE(b.spans[0].slots[2].uid, kNoUid);
    EXPECT_EQ(b.spans[1].name, QStringLiteral("2"));
    EXPECT_EQ(b.spans[1].installDate, QDate(2026, 2, 1));
    ASSERT_EQ(b.spans[1].slots.size(), 2u);
    EXPECT_EQ(b.spans[1].slots[1].name, QStringLiteral("M2"));
    EXPECT_EQ(doc.slotCount(), 2 + 3 + 1);
    // The element in L1 stays where it was.
    ASSERT_TRUE(doc.assignmentForSlot(slotL1));
    EXPECT_TRUE(doc.assignmentForSlot(slotL1)->pinned);
}

TEST(DesignImport, ExistingStructuresMustAgreeWithTheProject) {
    ProjectDocument doc;
    fillProject(doc);
    const DesignImport r =
        parseDesignCsv(file({
                           QStringLiteral("B viaduct,52.2,4.5,3,10,2026-01-01,N1,1,1"),
                           QStringLiteral("B viaduct,52.2,4.5,3,10,2026-01-01,N2,1,1"),
                           QStringLiteral("B viaduct,52.1,4.5,1,17.5,2025-10-15,L3,1,1"),
                           QStringLiteral("B viaduct,52.1,4.5,1,17.4,2025-10-16,L4,1,1"),
                           QStringLiteral("B viaduct,52.1,4.5,1,17.4,2025-10-15,L2,1,1"),
                       }),
                       doc);
    EXPECT_EQ(places(r.errors),
              (std::set<Place>{at(2, "site_lat", "disagree"), at(3, "site_lat", "disagree"),
                               at(4, "required_length_m", "disagree"),
                               at(5, "install_date", "disagree"), at(6, "slot", "exists")}))
        << test::describe(r.errors).toStdString();
    EXPECT_TRUE(r.errors[0].message.contains(QStringLiteral("project")));
}

// Names are compared in NFC: "Brücke" typed with u + combining diaeresis in one row and with a
// precomposed ü in the next is one structure, not two that look the same.
TEST(DesignImport, NamesAreComparedInNfc) {
    const DesignImport r = parse({
        QStringLiteral("Bru\u0308cke,52.1,4.5,1,17.4,2025-10-15,L1,2740,625"),
        QStringLiteral("Br\u00fccke,52.1,4.5,1,17.4,2025-10-15,L1,2740,625"),
    });
    EXPECT_EQ(places(r.errors), (std::set<Place>{at(3, "slot", "unique")}))
        << test::describe(r.errors).toStdString();
}

TEST(DesignImport, ApplyRefusesAStaleImportAndChangesNothing) {
    ProjectDocument doc;
    fillProject(doc);
    DesignImport r =
        parseDesignCsv(file({QStringLiteral("New,50,5,1,10,2026-01-01,N1,1,1"),
                             QStringLiteral("B viaduct,52.1,4.5,1,17.4,2025-10-15,L3,1,1")}),
                       doc);
    ASSERT_TRUE(r.ok());
    // Meanwhile someone adds L3 by hand.
    doc.insertSlot(0, 0, 2,
                   Slot{kNoUid, QStringLiteral("L3"), KiloNewtonMetres(1), KiloNewtons(1)});
    EXPECT_THROW(applyDesignImport(doc, std::move(r)), std::invalid_argument);
    EXPECT_EQ(doc.structureCount(), 2);
    EXPECT_EQ(doc.slotCount(), 3);

    DesignImport failed = parse({QStringLiteral("B,95,4.5,1,17.4,2025-10-15,L1,1,1")});
    EXPECT_THROW(applyDesignImport(doc, std::move(failed)), std::invalid_argument);
}

}  // namespace
}  // namespace respan::io
