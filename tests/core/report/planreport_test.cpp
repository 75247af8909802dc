// The figures of the matching report: the project's plan against the optimiser's proof, as the
// summary states them. The verdicts are checked against gaps computed here from the plan's and
// the optimiser's own savings.
#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QHash>

#include <cmath>
#include <numeric>

#include "core/demo/demoproject.h"
#include "core/document/projectdocument.h"
#include "core/matching/optimiser.h"
#include "core/report/planreport.h"

namespace respan::report {
namespace {

matching::MatchResult result(bool optimal, double best, double bound) {
    matching::MatchResult r;
    r.optimal = optimal;
    r.totalSavingKg = best;
    r.upperBoundKg = bound;
    return r;
}

TEST(ReportComparison, StatesOnlyWhatWasProven) {
    // Proven optimum 1000 kg: a plan of 1000 kg is optimal, one of 950 kg is 5 % below.
    Comparison c = comparePlan(1000.0, result(true, 1000.0, 1000.0), 2);
    EXPECT_EQ(c.verdict, Verdict::PlanOptimal);
    EXPECT_EQ(c.gapPercent, 0.0);
    EXPECT_EQ(c.pins, 2);
    c = comparePlan(950.0, result(true, 1000.0, 1000.0), 0);
    EXPECT_EQ(c.verdict, Verdict::BelowOptimum);
    EXPECT_NEAR(c.gapPercent, 5.0, 1e-12);
    // Not proven: best found 900, bound 1000. The plan (950) is compared with the bound, and
    // only a plan reaching the bound is called optimal.
    c = comparePlan(950.0, result(false, 900.0, 1000.0), 0);
    EXPECT_EQ(c.verdict, Verdict::BelowBound);
    EXPECT_NEAR(c.gapPercent, 5.0, 1e-12);
    EXPECT_EQ(c.boundKg, 1000.0);
    c = comparePlan(1000.0, result(false, 900.0, 1000.0), 0);
    EXPECT_EQ(c.verdict, Verdict::PlanOptimal);
    // A milligram short of a proven optimum is within the optimiser's tolerance; a gram is not.
    EXPECT_EQ(comparePlan(1000.0 - 1e-7, result(true, 1000.0, 1000.0), 0).verdict,
              Verdict::PlanOptimal);
    EXPECT_EQ(comparePlan(1000.0 - 1e-3, result(true, 1000.0, 1000.0), 0).verdict,
              Verdict::BelowOptimum);
}

class DemoReport : public ::testing::Test {
protected:
    void SetUp() override {
        demo::buildDemoProject(doc);
        best = matching::optimisePlan(matching::makeMatchInput(doc));
        ASSERT_TRUE(best.optimal);
        matching::applyPlan(doc, best);
    }
    ProjectDocument doc;
    matching::MatchResult best;
};

TEST_F(DemoReport, TheOptimisersPlanIsReportedOptimalWithItsFigures) {
    const PlanReport r = buildPlanReport(makeReportInput(doc));
    ASSERT_TRUE(r.optimum.has_value());
    EXPECT_TRUE(r.optimum->optimal);
    EXPECT_EQ(r.comparison.verdict, Verdict::PlanOptimal);
    EXPECT_NEAR(r.plan.totalSavingKg, best.totalSavingKg, 1e-6);
    EXPECT_EQ(r.plan.filledSlots, best.filledSlots);
    EXPECT_EQ(r.slotCount, doc.slotCount());
    EXPECT_EQ(r.elementCount, doc.elementCount());
    EXPECT_TRUE(r.plan.conflicts.empty());

    // Cut-off length and mass built in, from the elements and spans directly.
    double cut = 0.0;
    double builtIn = 0.0;
    for (const Assignment& a : doc.assignments()) {
        const Element* e = doc.elementByUid(a.elementUid);
        const SlotPosition p = doc.slotPosition(a.slotUid);
        const double required = doc.structure(p.structure).spans[p.span].requiredLength.value();
        cut += e->length.value() - required;
        builtIn += e->mass.value() * required / e->length.value();
    }
    EXPECT_NEAR(r.cutOffTotalM, cut, 1e-9);
    EXPECT_NEAR(r.builtInMassT, builtIn, 1e-9);

    // Per structure the savings add up to the total, and each equals the optimiser's.
    double sum = 0.0;
    int rows = 0;
    for (const StructureReport& s : r.structures) {
        sum += s.savingKg;
        EXPECT_NEAR(s.savingKg, s.optimumSavingKg, 1e-6) << s.name.toStdString();
        for (const SpanReport& p : s.spans) rows += static_cast<int>(p.rows.size());
    }
    EXPECT_NEAR(sum, r.plan.totalSavingKg, 1e-6);
    EXPECT_EQ(rows, doc.slotCount());
    EXPECT_EQ(static_cast<int>(r.demandLengthsM().size()), doc.slotCount());
    EXPECT_EQ(r.utilisations().size(), r.plan.assignments.size());
}

TEST_F(DemoReport, AWorsePlanIsReportedWithItsGap) {
    // Take three proposals out: the plan saves exactly their savings less.
    std::vector<Assignment> kept = doc.assignments();
    double removed = 0.0;
    QHash<Uid, double> saving;
    for (const matching::PlannedAssignment& a : best.assignments)
        saving.insert(a.slotUid, a.savingKg);
    for (int i = 0; i < 3; ++i) {
        removed += saving.value(kept.back().slotUid);
        kept.pop_back();
    }
    doc.setAssignments(kept);
    const PlanReport r = buildPlanReport(makeReportInput(doc));
    EXPECT_EQ(r.comparison.verdict, Verdict::BelowOptimum);
    EXPECT_NEAR(r.comparison.planKg, best.totalSavingKg - removed, 1e-6);
    EXPECT_NEAR(r.comparison.bestKg, best.totalSavingKg, 1e-6);
    EXPECT_NEAR(r.comparison.gapPercent, 100.0 * removed / best.totalSavingKg, 1e-9);
    EXPECT_EQ(r.plan.filledSlots, best.filledSlots - 3);

    // The same comparison from an optimiser result computed beforehand (the GUI's way).
    ReportOptions options;
    options.knownOptimum = r.optimum;
    const PlanReport again = buildPlanReport(makeReportInput(doc), options);
    EXPECT_EQ(again.comparison.verdict, Verdict::BelowOptimum);
    EXPECT_EQ(again.comparison.gapPercent, r.comparison.gapPercent);

    // Without the optimiser nothing is claimed.
    options = {};
    options.runOptimiser = false;
    EXPECT_EQ(buildPlanReport(makeReportInput(doc), options).comparison.verdict,
              Verdict::NotComputed);
}

}  // namespace
}  // namespace respan::report

namespace respan {
namespace {

// The recertification section's figures: the schedule of the report's own plan (the demo's
// optimal plan: every assigned girder in time), and the evidence attached to a step.
TEST(DemoReportRecertification, TheScheduleOfThePlanAndTheEvidenceOnFile) {
    ProjectDocument doc;
    demo::buildDemoProject(doc);
    matching::applyPlan(doc, matching::optimisePlan(matching::makeMatchInput(doc)));
    Element e = *doc.elementById(QStringLiteral("A9W-15"));
    AttachedDocument lab;
    lab.uid = doc.allocateUid();
    lab.name = QStringLiteral("A9W-15 lab report.pdf");
    lab.mimeType = QStringLiteral("application/pdf");
    lab.pendingContent = QByteArrayLiteral("%PDF-1.4 lab");
    lab.size = lab.pendingContent.size();
    lab.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(lab.pendingContent, QCryptographicHash::Sha256).toHex());
    e.documents.push_back(lab);
    for (StepRecord& r : e.certification) {
        if (r.step == QLatin1String("material_tests")) r.evidence = {lab.uid};
    }
    doc.updateElement(doc.elementRow(e.uid), e);
    report::ReportOptions options;
    options.runOptimiser = false;
    const report::PlanReport r = report::buildPlanReport(report::makeReportInput(doc), options);
    // 52 A9 girders in storage (A9O-06 rejected), 4 of them certified by the demo's results,
    // plus the 5 Holendrecht girders still in their structure.
    EXPECT_EQ(r.schedule.girders.size(), 53u);
    EXPECT_TRUE(r.schedule.late.isEmpty());
    // The demo's two illustrative documents on A9W-01 (resources/demo/evidence), with the SHA-256
    // of the files as they are in the source tree, and the lab report added here.
    ASSERT_EQ(r.input.evidence.size(), 3u);
    const auto row = [&r](const char* element, const char* step) -> const report::EvidenceRow* {
        for (const report::EvidenceRow& x : r.input.evidence) {
            if (x.element == QLatin1String(element) && x.step == QLatin1String(step)) return &x;
        }
        return nullptr;
    };
    const auto fileSha = [](const char* name) {
        QFile f(QStringLiteral(RESPAN_SOURCE_DIR "/resources/demo/evidence/") +
                QString::fromLatin1(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
        return QString::fromLatin1(
            QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    };
    const report::EvidenceRow* tests = row("A9W-01", "material_tests");
    const report::EvidenceRow* recalc = row("A9W-01", "recalculation");
    const report::EvidenceRow* added = row("A9W-15", "material_tests");
    ASSERT_TRUE(tests != nullptr && recalc != nullptr && added != nullptr);
    EXPECT_EQ(tests->document, QStringLiteral("A9W-01-material-tests-ILLUSTRATIVE.txt"));
    EXPECT_EQ(tests->sha256, fileSha("A9W-01-material-tests-ILLUSTRATIVE.txt"));
    EXPECT_EQ(recalc->sha256, fileSha("A9W-01-recalculation-ILLUSTRATIVE.txt"));
    EXPECT_EQ(added->document, QStringLiteral("A9W-15 lab report.pdf"));
    EXPECT_EQ(added->sha256, lab.sha256);
}

}  // namespace
}  // namespace respan
