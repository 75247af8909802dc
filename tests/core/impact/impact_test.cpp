// Impact and cost (docs/contract/planning.md section 5; docs/impact.md): two girders computed by
// hand in the test, stage by stage, to the kilogram and the cent; a changed factor changes
// exactly the figures that use it; the A1 and A2 weighting sets; the factors CSV.
#include <gtest/gtest.h>

#include <QString>

#include <cmath>
#include <numbers>
#include <set>
#include <stdexcept>
#include <tuple>

#include "core/document/projectdocument.h"
#include "core/impact/impact.h"
#include "core/impact/impactjson.h"
#include "core/io/factorscsv.h"
#include "core/model/storagesite.h"

namespace respan::impact {
namespace {

// Every position lies on the equator, where the geodesic between two points is the equatorial
// radius times the difference in longitude, exactly: a hand calculation with no geodesy.
constexpr double kEquatorialKm = 6378.137;
double equatorKm(double degrees) {
    return kEquatorialKm * degrees * std::numbers::pi / 180.0;
}

// Defaults of the factor table (docs/impact.md) and the settings, as a reader would look them
// up there.
constexpr double kNew = 173.8, kTkm = 0.1, kRoad = 1.3, kCrush = 3.0, kCut = 25.0;
constexpr double kA2 = 0.116, kA1 = 0.05;
constexpr double kEurNew = 500.0, kEurTkm = 0.5, kEurCrush = 15.0, kEurCut = 2500.0;
constexpr double kNewKm = 100.0;
constexpr double kRate = 1.25;       // EUR per m2 and month at the yard
constexpr double kStepEur = 1200.0;  // the one protocol step

/// G1: 40 t, 20.0 m, 1200 mm, harvested from donor D at 0 E on 2025-01-01, stored at yard Y at
/// 0.5 E, into span 1 (19.5 m: cut) installed 2025-07-01. G2: 30 t, 18.0 m, certified, not
/// stored, lying at 0.8 E, into span 2 (18.0 m: no cut). Structure B at 1.0 E. G3: unused.
class ImpactByHand : public ::testing::Test {
protected:
    void SetUp() override {
        ProjectSettings settings;
        settings.planStart = QDate(2025, 1, 1);
        doc.setSettings(settings);
        DonorStructure donor;
        donor.name = QStringLiteral("D");
        donor.location = GeoPoint{0.0, 0.0};
        doc.setDonors({donor});
        StorageSite yard;
        yard.id = QStringLiteral("Y");
        yard.name = QStringLiteral("Yard");
        yard.location = GeoPoint{0.0, 0.5};
        yard.outlineWkt = QStringLiteral("POLYGON((0 0,100 0,100 50,0 50,0 0))");
        yard.costEurPerM2Month = kRate;
        doc.setSites({yard});
        ProtocolStep step;
        step.id = QStringLiteral("inspection");
        step.name = QStringLiteral("Inspection");
        step.durationDays = 5;
        step.costEur = kStepEur;
        doc.setProtocol({step});

        g1 = doc.insertElement(girder("G1", 40.0, 20.0, 1200.0, {0.0, 0.5}));
        Element two = girder("G2", 30.0, 18.0, 1000.0, {0.0, 0.8});
        two.storageSite.clear();
        two.status = ElementStatus::Certified;
        g2 = doc.insertElement(two);
        doc.insertElement(girder("G3", 25.0, 15.0, 1000.0, {0.0, 0.5}));

        Structure b;
        b.name = QStringLiteral("B");
        b.site = GeoPoint{0.0, 1.0};
        b.spans = {span("1", 19.5, QDate(2025, 7, 1)), span("2", 18.0, QDate(2025, 9, 1))};
        doc.insertStructure(0, b);
        const Structure& placed = doc.structure(0);
        doc.setAssignment({doc.element(g1).uid, placed.spans[0].slots[0].uid, false});
        doc.setAssignment({doc.element(g2).uid, placed.spans[1].slots[0].uid, false});
    }

    static Element girder(const char* id, double mass, double length, double widthMm, GeoPoint at) {
        Element e;
        e.id = QString::fromLatin1(id);
        e.donorStructure = QStringLiteral("D");
        e.length = Metres(length);
        e.height = Millimetres(900);
        e.width = Millimetres(widthMm);
        e.mass = Tonnes(mass);
        e.momentCapacity = KiloNewtonMetres(5000);
        e.shearCapacity = KiloNewtons(1000);
        e.location = at;
        e.storageSite = QStringLiteral("Y");
        e.harvestDate = QDate(2025, 1, 1);
        return e;
    }

    static Span span(const char* name, double length, QDate install) {
        Span p;
        p.name = QString::fromLatin1(name);
        p.requiredLength = Metres(length);
        p.installDate = install;
        Slot k;
        k.name = QStringLiteral("L1");
        p.slots.push_back(k);
        return p;
    }

    static const Stage& stageOf(const ScenarioImpact& s, const char* key) {
        for (const Stage& st : s.stages) {
            if (st.stage == QLatin1String(key)) return st;
        }
        throw std::runtime_error(key);
    }

    static void expectStage(const ScenarioImpact& s, const char* key, double quantity, double kg,
                            double eur, double price = kA2) {
        SCOPED_TRACE(key);
        const Stage& st = stageOf(s, key);
        EXPECT_NEAR(st.quantity, quantity, 1e-6);
        EXPECT_NEAR(st.kgCo2e, kg, 1e-3);     // to the gram
        EXPECT_NEAR(st.costEur, eur, 0.005);  // to the cent
        EXPECT_NEAR(st.mkiEur, kg * price, 0.005);
    }

    ProjectDocument doc;
    int g1 = -1;
    int g2 = -1;
};

TEST_F(ImpactByHand, EveryStageOfTwoGirders) {
    const ImpactReport r = computeImpact(doc);
    ASSERT_EQ(r.girders.size(), 3U);
    EXPECT_EQ(r.weightingSet, WeightingSet::A2);

    // G1. Harvest D (0 E) -> Y (0.5 E) and on to B (1.0 E): 0.5 degrees each, times road_factor.
    const double leg = kRoad * equatorKm(0.5);
    const GirderImpact& one = r.girders[0];
    ASSERT_TRUE(one.assigned);
    const ScenarioImpact& reuse = *one.scenario(Scenario::Reuse);
    expectStage(reuse, "harvest_transport", 40.0 * leg, 40.0 * leg * kTkm, 40.0 * leg * kEurTkm);
    expectStage(reuse, "transport_to_site", 40.0 * leg, 40.0 * leg * kTkm, 40.0 * leg * kEurTkm);
    // 2025-01-01 .. 2025-07-01 is 181 days; 20.0 m x 1.2 m.
    const double m2Months = 20.0 * 1.2 * 181.0 / 30.4375;
    expectStage(reuse, "storage", m2Months, 0.0, m2Months * kRate);
    EXPECT_EQ(stageOf(reuse, "storage").costFactor, QStringLiteral("site:Y"));
    expectStage(reuse, "certification", 1.0, 0.0, kStepEur);
    EXPECT_EQ(stageOf(reuse, "certification").costFactor, QStringLiteral("step:inspection"));
    expectStage(reuse, "modification", 1.0, kCut, kEurCut);  // 20.0 m into 19.5 m: one cut
    const double reuseKg = 2 * 40.0 * leg * kTkm + kCut;
    const double reuseEur = 2 * 40.0 * leg * kEurTkm + m2Months * kRate + kStepEur + kEurCut;
    EXPECT_NEAR(reuse.kgCo2e, reuseKg, 1e-3);
    EXPECT_NEAR(reuse.costEur, reuseEur, 0.005);

    const double builtIn = 40.0 * 19.5 / 20.0;  // 39 t of new girder
    const ScenarioImpact& fresh = *one.scenario(Scenario::New);
    expectStage(fresh, "production", builtIn, builtIn * kNew, builtIn * kEurNew);
    expectStage(fresh, "transport", builtIn * kNewKm, builtIn * kNewKm * kTkm,
                builtIn * kNewKm * kEurTkm);
    const ScenarioImpact& crush = *one.scenario(Scenario::Crush);
    expectStage(crush, "crushing", 40.0, 40.0 * kCrush, 40.0 * kEurCrush);
    EXPECT_NEAR(crush.kgCo2e, 40.0 * kCrush + builtIn * kNew + builtIn * kNewKm * kTkm, 1e-3);
    EXPECT_NEAR(crush.kgCo2e, 7288.2, 1e-3);  // the same, as the number a reader checks
    EXPECT_NEAR(crush.costEur, 22050.0, 0.005);

    // G2: certified, not stored, from where it lies (0.8 E) to B: no harvest leg (it is not
    // taken to a yard), no storage, no certification, no cut.
    const GirderImpact& two = r.girders[1];
    const ScenarioImpact& reuse2 = *two.scenario(Scenario::Reuse);
    const double leg2 = kRoad * equatorKm(0.2);
    expectStage(reuse2, "harvest_transport", 0.0, 0.0, 0.0);
    expectStage(reuse2, "transport_to_site", 30.0 * leg2, 30.0 * leg2 * kTkm,
                30.0 * leg2 * kEurTkm);
    EXPECT_EQ(reuse2.stages.size(), 2U) << "no storage, certification or modification stage";
    EXPECT_NEAR(two.scenario(Scenario::Crush)->kgCo2e, 30 * kCrush + 30 * kNew + 3000 * kTkm, 1e-3);

    // G3: unused, crush only (no slot needs a new girder for it).
    const GirderImpact& three = r.girders[2];
    EXPECT_FALSE(three.assigned);
    ASSERT_EQ(three.scenarios.size(), 1U);
    expectStage(three.scenarios[0], "crushing", 25.0, 25.0 * kCrush, 25.0 * kEurCrush);

    // Totals over the assigned girders, and the unused girders' crushing on its own.
    EXPECT_NEAR(r.total(QStringLiteral("reuse")).kgCo2e, reuseKg + 30.0 * leg2 * kTkm, 1e-3);
    EXPECT_NEAR(r.total(QStringLiteral("unused")).costEur, 25.0 * kEurCrush, 0.005);

    // Break-even: G1 pays 24 m2 x 1.25 = EUR 30 a month; the plan's margin without storage is
    // (crush - reuse without storage) of G1 and G2.
    const double margin1 = 22050.0 - (reuseEur - m2Months * kRate);
    const double margin2 = (30 * kEurCrush + 30 * kEurNew + 3000 * kEurTkm) - 30.0 * leg2 * kEurTkm;
    ASSERT_TRUE(one.breakEvenStorageMonths.has_value());
    EXPECT_NEAR(*one.breakEvenStorageMonths, margin1 / 30.0, 1e-6);
    EXPECT_FALSE(two.breakEvenStorageMonths.has_value()) << "not stored";
    ASSERT_TRUE(r.breakEvenStorageMonths.has_value());
    EXPECT_NEAR(*r.breakEvenStorageMonths, (margin1 + margin2) / 30.0, 1e-6);
}

TEST_F(ImpactByHand, TheWeightingSetChangesTheMkiOnly) {
    const ImpactReport a2 = computeImpact(doc);
    ProjectSettings s = doc.settings();
    s.weightingSet = QStringLiteral("A1");
    doc.setSettings(s);
    const ImpactReport a1 = computeImpact(doc);
    EXPECT_EQ(a1.weightingSet, WeightingSet::A1);
    for (std::size_t g = 0; g < a1.girders.size(); ++g) {
        for (std::size_t k = 0; k < a1.girders[g].scenarios.size(); ++k) {
            const ScenarioImpact& x = a1.girders[g].scenarios[k];
            const ScenarioImpact& y = a2.girders[g].scenarios[k];
            EXPECT_DOUBLE_EQ(x.kgCo2e, y.kgCo2e);
            EXPECT_DOUBLE_EQ(x.costEur, y.costEur);
            EXPECT_NEAR(x.mkiEur, x.kgCo2e * kA1, 1e-9);
            EXPECT_NEAR(y.mkiEur, y.kgCo2e * kA2, 1e-9);
        }
    }
    // A2 over A1 is 0.116 / 0.05 = 2.32 on the climate category: the only one with factors.
    EXPECT_NEAR(a2.total(QStringLiteral("crush")).mkiEur / a1.total(QStringLiteral("crush")).mkiEur,
                2.32, 1e-9);
}

TEST_F(ImpactByHand, AChangedFactorChangesExactlyTheFiguresThatUseIt) {
    const ImpactReport before = computeImpact(doc);
    std::vector<ImpactFactor> table = doc.factors();
    for (ImpactFactor& f : table) {
        if (f.key == QLatin1String(factor::kEurCrush)) f.value = 20.0;
    }
    doc.setFactors(table);
    const ImpactReport after = computeImpact(doc);
    int changed = 0;
    for (std::size_t g = 0; g < after.girders.size(); ++g) {
        for (std::size_t k = 0; k < after.girders[g].scenarios.size(); ++k) {
            const auto& x = after.girders[g].scenarios[k].stages;
            const auto& y = before.girders[g].scenarios[k].stages;
            ASSERT_EQ(x.size(), y.size());
            for (std::size_t i = 0; i < x.size(); ++i) {
                EXPECT_DOUBLE_EQ(x[i].kgCo2e, y[i].kgCo2e);
                EXPECT_DOUBLE_EQ(x[i].mkiEur, y[i].mkiEur);
                if (x[i].costFactor == QLatin1String(factor::kEurCrush)) {
                    EXPECT_NEAR(x[i].costEur, y[i].quantity * 20.0, 1e-9);
                    ++changed;
                } else {
                    EXPECT_DOUBLE_EQ(x[i].costEur, y[i].costEur) << x[i].stage.toStdString();
                }
            }
        }
    }
    EXPECT_EQ(changed, 3) << "the crushing stage of G1, G2 and G3";
}

TEST_F(ImpactByHand, FNewIsOneValueForMatchingAndImpact) {
    ProjectSettings s = doc.settings();
    s.fNew = 200.0;
    doc.setSettings(s);
    EXPECT_DOUBLE_EQ(factorValue(doc.factors(), QStringLiteral("F_new")), 200.0);
    const ImpactReport r = computeImpact(doc);
    EXPECT_NEAR(stageOf(*r.girders[0].scenario(Scenario::New), "production").kgCo2e, 39.0 * 200.0,
                1e-9);
    // The JSON lists the table with the settings' value.
    const QByteArray json = impactToJson(r);
    EXPECT_TRUE(json.contains("\"key\": \"F_new\",\n      \"value\": 200.0"))
        << json.left(400).toStdString();
}

// The optimiser's weight of a pair is the difference of the scenarios the figures show, also
// with a manual stay and a step already passed.
TEST_F(ImpactByHand, ThePairWeightIsCrushMinusReuseOfTheScenarios) {
    Element one = doc.element(g1);
    one.manualStay = ManualStay{QDate(2025, 2, 1), QDate(2025, 9, 1)};
    StepRecord passed;
    passed.step = QStringLiteral("inspection");
    passed.status = StepStatus::Passed;
    one.certification = {passed};
    const ImpactModel model(doc.factors(), WeightingSet::A2, 100.0, doc.sites(), doc.protocol());
    const Structure& b = doc.structure(0);
    for (const Element& e : {doc.element(g1), one, doc.element(g2)}) {
        for (const Span& p : b.spans) {
            const StorageSite* site = findSite(doc.sites(), e.storageSite);
            const int days = pairStorageDays(e, QDate(2025, 1, 1), p.installDate, 0);
            const PairQuantities q = pairQuantities(e, p, harvestKm(&doc.donors()[0], site, kRoad),
                                                    toSiteKm(e, site, b, kRoad), days);
            const std::vector<ScenarioImpact> s = model.scenarios(e, q);
            EXPECT_NEAR(model.netSaving(e, q, Measure::Cost), s[2].costEur - s[0].costEur, 1e-6);
            EXPECT_NEAR(model.netSaving(e, q, Measure::Mki), s[2].mkiEur - s[0].mkiEur, 1e-6);
            EXPECT_NEAR(model.netSaving(e, q, Measure::Co2e), s[2].kgCo2e - s[0].kgCo2e, 1e-6);
        }
    }
    // The manual stay counts its own 212 days whatever the slot; the passed step costs nothing.
    EXPECT_EQ(pairStorageDays(one, QDate(2025, 1, 1), QDate(2030, 1, 1), 0), 212);
    EXPECT_DOUBLE_EQ(model.certificationEur(one), 0.0);
    EXPECT_DOUBLE_EQ(model.certificationEur(doc.element(g1)), kStepEur);
}

TEST(FactorsCsv, ReplacesTheNamedFactorsOnly) {
    const io::FactorsImport r = io::parseFactorsCsv(
        "key,value,unit,source,year,illustrative\n"
        "eur_new_t,640,EUR/t,Quote of a precaster (2026),2026,false\n"
        "F_crush,2.5,,Own measurement,,\n");
    ASSERT_TRUE(r.ok()) << (r.errors.empty() ? "" : r.errors.front().message.toStdString());
    ASSERT_EQ(r.factors.size(), 2U);
    EXPECT_EQ(r.factors[1].unit, QStringLiteral("kg CO2e/t")) << "an empty unit takes the key's";
    const std::vector<ImpactFactor> merged = io::mergeFactors(defaultImpactFactors(), r.factors);
    ASSERT_EQ(merged.size(), defaultImpactFactors().size());
    for (std::size_t i = 0; i < merged.size(); ++i) {
        if (merged[i].key == QLatin1String("eur_new_t")) {
            EXPECT_DOUBLE_EQ(merged[i].value, 640.0);
            EXPECT_FALSE(merged[i].illustrative);
            EXPECT_EQ(merged[i].year, 2026);
        } else if (merged[i].key == QLatin1String("F_crush")) {
            EXPECT_DOUBLE_EQ(merged[i].value, 2.5);
        } else {
            EXPECT_EQ(merged[i], defaultImpactFactors()[i]);
        }
    }
    // Written out and read back: the same rows.
    const io::FactorsImport again = io::parseFactorsCsv(io::writeFactorsCsv(merged));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.factors, merged);
}

TEST(FactorsCsv, BadRowsAreRefusedWithRowColumnAndValueAndNothingImported) {
    const io::FactorsImport r = io::parseFactorsCsv(
        "key,value,unit,source,year,illustrative\n"
        "F_steel,1.2,kg CO2e/t,somewhere,,\n"   // row 2: unknown key
        "F_crush,-1,kg CO2e/t,somewhere,,\n"    // row 3: negative
        "F_cut,lots,kg CO2e/cut,somewhere,,\n"  // row 4: not a number
        "eur_cut,3000,EUR/cut,,,false\n"        // row 5: no source, not illustrative
        "eur_tkm,0.6,EUR/km,a quote,,\n"        // row 6: wrong unit
        "eur_new_t,600,EUR/t,a quote,,maybe\n"  // row 7: flag not a boolean
        "eur_crush_t,20,EUR/t,,,true\n");       // row 8: illustrative: fine
    EXPECT_TRUE(r.factors.empty()) << "nothing imported";
    std::set<std::tuple<int, QString, QString>> places;
    for (const auto& e : r.errors) places.insert({e.row, e.column, e.rule});
    const std::set<std::tuple<int, QString, QString>> expected{
        {2, QStringLiteral("key"), QStringLiteral("unknown")},
        {3, QStringLiteral("value"), QStringLiteral("range")},
        {4, QStringLiteral("value"), QStringLiteral("number")},
        {5, QStringLiteral("source"), QStringLiteral("required")},
        {6, QStringLiteral("unit"), QStringLiteral("range")},
        {7, QStringLiteral("illustrative"), QStringLiteral("boolean")},
    };
    EXPECT_EQ(places, expected);
    // A file without a source column gives no source: refused unless the row is illustrative.
    const io::FactorsImport bare = io::parseFactorsCsv("key,value\neur_new_t,640\n");
    ASSERT_EQ(bare.errors.size(), 1U);
    EXPECT_EQ(bare.errors[0].row, 2);
    EXPECT_EQ(bare.errors[0].column, QStringLiteral("source"));
    EXPECT_EQ(bare.errors[0].rule, QStringLiteral("required"));
    EXPECT_TRUE(bare.factors.empty());
    EXPECT_TRUE(io::parseFactorsCsv("key,value,illustrative\neur_new_t,640,true\n").ok());
    for (const auto& e : r.errors) {
        if (e.row == 4) {
            EXPECT_TRUE(e.message.contains(QStringLiteral("lots")) ||
                        e.value == QStringLiteral("lots"))
                << "the value is quoted";
        }
    }
}

}  // namespace
}  // namespace respan::impact
