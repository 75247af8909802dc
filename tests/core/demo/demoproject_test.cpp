// The bundled demo (resources/demo) must import without errors (resources/demo/README.md).
#include <gtest/gtest.h>

#include <QFile>
#include <QHash>

#include "core/demo/demoproject.h"
#include "core/document/projectdocument.h"
#include "core/impact/impact.h"
#include "core/io/csvimport.h"
#include "core/matching/optimiser.h"
#include "core/yard/storageplan.h"

#include <QSet>

namespace respan {
namespace {

QByteArray demoFile(const char* name) {
    QFile f(QStringLiteral(RESPAN_SOURCE_DIR "/resources/demo/") + QString::fromLatin1(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

TEST(DemoProject, BuildsWithTheDocumentedCounts) {
    ProjectDocument doc;
    ASSERT_NO_THROW(demo::buildDemoProject(doc));
    EXPECT_EQ(doc.elementCount(), 90);  // 53 A9 West/Oost + 32 KKW + 5 Holendrecht
    EXPECT_EQ(doc.structureCount(), 6);
    EXPECT_EQ(doc.slotCount(), 83);
    int spans = 0;
    for (const Structure& s : doc.structures()) spans += static_cast<int>(s.spans.size());
    EXPECT_EQ(spans, 9);

    // Spot checks against resources/demo/README.md.
    const Element* rejected = doc.elementById(QStringLiteral("A9O-06"));
    ASSERT_NE(rejected, nullptr);
    EXPECT_EQ(rejected->condition, 5);
    EXPECT_EQ(rejected->status, ElementStatus::Rejected);
    EXPECT_EQ(doc.elementById(QStringLiteral("KKW-31"))->status, ElementStatus::Installed);
    EXPECT_EQ(doc.elementById(QStringLiteral("A9O-15"))->length, Metres(21.35));
    EXPECT_EQ(doc.elementById(QStringLiteral("A9H-01"))->availableFrom, QDate(2027, 10, 1));
    EXPECT_EQ(doc.elementById(QStringLiteral("A9H-01"))->capacityBasis, CapacityBasis::Verified);
    EXPECT_EQ(doc.elementById(QStringLiteral("A9W-01"))->donorStructure,
              QStringLiteral("A9 viaduct West, Ouderkerk aan de Amstel"));
    const int daelderweg = doc.structureIndexByName(QStringLiteral("A76 viaduct Daelderweg, Nuth"));
    ASSERT_GE(daelderweg, 0);
    ASSERT_EQ(doc.structure(daelderweg).spans.size(), 2u);
    EXPECT_EQ(doc.structure(daelderweg).spans[0].slots.size(), 14u);
    EXPECT_EQ(doc.structure(daelderweg).spans[1].slots.size(), 14u);
    // The imported step results (resources/demo/certification.csv) leave their marks in the
    // history; every other girder has only its import entry.
    for (const Element& e : doc.elements()) {
        if (e.certification.empty()) {
            ASSERT_EQ(e.history.size(), 1u) << e.id.toStdString();
        }
    }
    const Element* done = doc.elementById(QStringLiteral("A9W-01"));
    ASSERT_NE(done, nullptr);
    ASSERT_FALSE(done->history.empty());
    EXPECT_EQ(done->status, ElementStatus::Certified);  // every step passed
    EXPECT_EQ(done->history.back().from, ElementStatus::InStorage);
    EXPECT_EQ(done->history.back().to, ElementStatus::Certified);
    const Element* open = doc.elementById(QStringLiteral("A9W-15"));
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(open->status, ElementStatus::InStorage);
    EXPECT_EQ(open->harvestDate, QDate(2024, 3, 15));
    // A9O-06 failed its inspection after dismantling; it was rejected already: no second entry.
    const StepRecord* failed = rejected->stepRecord(QStringLiteral("inspection_dismantled"));
    ASSERT_NE(failed, nullptr);
    EXPECT_EQ(failed->status, StepStatus::Failed);
    EXPECT_EQ(rejected->history.size(), 1u);
}

TEST(DemoProject, CsvFilesHaveNoWarnings) {
    ProjectDocument empty;
    const io::ElementImport elements =
        io::parseElementsCsv(demoFile("elements.csv"), empty, QStringLiteral("t"));
    EXPECT_TRUE(elements.ok());
    EXPECT_TRUE(elements.warnings.empty());
    const io::DesignImport design = io::parseDesignCsv(demoFile("design.csv"), empty);
    EXPECT_TRUE(design.ok());
    EXPECT_TRUE(design.warnings.empty());
}

TEST(DemoProject, ExportedInventoryReimportsIdentically) {
    ProjectDocument doc;
    demo::buildDemoProject(doc);
    for (const io::CsvDialect d : {io::CsvDialect::CommaPoint, io::CsvDialect::SemicolonComma}) {
        ProjectDocument copy;
        io::ElementImport r =
            io::parseElementsCsv(io::writeElementsCsv(doc, d), copy, QStringLiteral("t"));
        ASSERT_TRUE(r.ok());
        ASSERT_EQ(r.elements.size(), 90u);
        io::DesignImport s = io::parseDesignCsv(io::writeDesignCsv(doc, d), copy);
        ASSERT_TRUE(s.ok());
        io::applyDesignImport(copy, std::move(s));
        EXPECT_EQ(copy.slotCount(), 83);
        for (std::size_t i = 0; i < r.elements.size(); ++i) {
            Element a = r.elements[i];
            Element b = doc.element(static_cast<int>(i));
            a.history.clear();
            b.history.clear();
            b.certification.clear();  // not part of elements.csv
            b.documents.clear();      // attached documents are not either
            b.uid = kNoUid;
            EXPECT_EQ(a, b);
        }
    }
}

}  // namespace
}  // namespace respan

namespace respan {
namespace {

// resources/demo/README.md promises that every rule shows in the demo's optimal plan except R7
// (which cannot fail at Dutch distances with the default factors): check that promise.
TEST(DemoProject, OptimalPlanShowsEveryRuleTheReadmePromises) {
    ProjectDocument doc;
    demo::buildDemoProject(doc);
    const matching::MatchResult r = matching::optimisePlan(matching::makeMatchInput(doc));
    ASSERT_TRUE(r.optimal);
    QSet<QString> rules;
    for (const matching::UnfilledSlot& u : r.unfilledSlots) {
        for (const matching::SlotReason& reason : u.reasons) rules.insert(reason.key());
    }
    for (const matching::UnusedElement& u : r.unusedElements)
        rules.insert(matching::ruleKey(u.nearestRule));
    for (const char* rule : {"R1", "R2", "R3", "R4", "R5", "R6", "R8", "used_elsewhere"}) {
        EXPECT_TRUE(rules.contains(QString::fromLatin1(rule))) << rule;
    }
    EXPECT_FALSE(rules.contains(QStringLiteral("R7")));
    // The girders the README names for each rule are unused for that reason.
    auto nearest = [&r](const char* id) {
        for (const matching::UnusedElement& u : r.unusedElements) {
            if (u.element == QLatin1String(id)) return matching::ruleKey(u.nearestRule);
        }
        return QStringLiteral("used");
    };
    EXPECT_EQ(nearest("A9W-22"), QStringLiteral("R2"));
    EXPECT_EQ(nearest("A9W-10"), QStringLiteral("R3"));
    EXPECT_EQ(nearest("A9O-06"), QStringLiteral("R3"));
    EXPECT_EQ(nearest("A9W-05"), QStringLiteral("R4"));
    EXPECT_EQ(nearest("A9H-01"), QStringLiteral("R5"));
    EXPECT_EQ(nearest("KKW-31"), QStringLiteral("R6"));
}

}  // namespace
}  // namespace respan

namespace respan {
namespace {

// The demo carries the load model's inputs (resources/demo/README.md): the Hoofdvaart's demands
// are estimated from LM1 but for L1, entered; A9H-04's resistances come from BK-60-1963 and
// A9H-05's class has no public values. Their reasons say so.
TEST(DemoProject, ShowsEstimatedDemandsAndResistances) {
    ProjectDocument doc;
    demo::buildDemoProject(doc);
    const Structure& h =
        doc.structure(doc.structureIndexByName(QStringLiteral("A44 viaduct Hoofdvaart")));
    EXPECT_EQ(h.deck.carriagewayWidth, Metres(10.5));
    EXPECT_EQ(h.spans[0].calculationSpan, Metres(20.9));
    EXPECT_TRUE(h.spans[0].slots[0].momentDemand.has_value());
    for (std::size_t k = 1; k < h.spans[0].slots.size(); ++k)
        EXPECT_FALSE(h.spans[0].slots[k].momentDemand.has_value()) << k;
    const matching::MatchResult r = matching::optimisePlan(matching::makeMatchInput(doc), {});
    ASSERT_TRUE(r.optimal);
    QString a9h04;
    QString a9h05;
    for (const matching::UnusedElement& u : r.unusedElements) {
        if (u.element == QLatin1String("A9H-04")) a9h04 = u.reason;
        if (u.element == QLatin1String("A9H-05")) a9h05 = u.reason;
    }
    EXPECT_TRUE(a9h04.contains(QStringLiteral("(estimated from load class)")))
        << a9h04.toStdString();
    EXPECT_TRUE(a9h05.contains(QStringLiteral("resistance unknown"))) << a9h05.toStdString();
    // Every Hoofdvaart slot is filled, and the girder in an estimated slot carries the demand
    // with its own weight.
    int filled = 0;
    for (const matching::PlannedAssignment& a : r.assignments)
        filled += a.where.structure == h.name;
    EXPECT_EQ(filled, 9);
}

}  // namespace
// The demo shows impact and cost (resources/demo/README.md, "Impact"): with its optimal plan
// every placed girder saves CO2e against crushing and building new, the IJmuiden yard's stays are
// the storage stages (the same days and rate as the storage plan), and the plan's storage has a
// break-even time.
TEST(DemoProject, ShowsImpactWithTheYardsStaysAndAStorageBreakEven) {
    ProjectDocument doc;
    demo::buildDemoProject(doc);
    matching::applyPlan(doc, matching::optimisePlan(matching::makeMatchInput(doc), {}));
    const impact::ImpactReport r = impact::computeImpact(doc);
    QHash<Uid, double> stayCost;
    for (const yard::Stay& s : yard::deriveStays(doc)) stayCost.insert(s.element, s.costEur);
    int stored = 0;
    for (const impact::GirderImpact& g : r.girders) {
        if (!g.assigned) continue;
        const impact::ScenarioImpact& reuse = *g.scenario(impact::Scenario::Reuse);
        EXPECT_LT(reuse.kgCo2e, g.scenario(impact::Scenario::Crush)->kgCo2e)
            << g.elementId.toStdString();
        for (const impact::Stage& st : reuse.stages) {
            if (st.stage != QLatin1String("storage")) continue;
            EXPECT_EQ(st.costFactor, QStringLiteral("site:IJM"));
            EXPECT_NEAR(st.costEur, stayCost.value(g.element), 0.005) << g.elementId.toStdString();
            ++stored;
        }
    }
    EXPECT_GT(stored, 30) << "the A9 girders placed from the IJmuiden yard";
    ASSERT_TRUE(r.breakEvenStorageMonths.has_value());
    EXPECT_GT(*r.breakEvenStorageMonths, 0.0);
}

}  // namespace respan
