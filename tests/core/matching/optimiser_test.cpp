// The optimiser against brute force (every plan) and CBC (straightforward MILP).
#include <gtest/gtest.h>

#include <QSet>
#include <QTemporaryFile>

#include <unistd.h>

#include <cstdio>

#include <random>

#include "core/matching/judging/planvalidation.h"
#include "core/matching/optimiser.h"
#include "support/matchinginstances.h"
#include "support/referencesolvers.h"

namespace respan::matching {
namespace {

std::vector<Assignment> planOf(const MatchResult& r) {
    std::vector<Assignment> plan;
    for (const PlannedAssignment& a : r.assignments)
        plan.push_back({a.elementUid, a.slotUid, a.pinned});
    return plan;
}

/// Valid plan: R1-R8, one-to-one, every pin kept unless reported as a conflict.
void expectValid(const MatchInput& in, const MatchResult& r) {
    const std::vector<Assignment> plan = planOf(r);
    const auto violations = validatePlan(in, plan);
    for (const PlanViolation& v : violations) ADD_FAILURE() << v.detail.toStdString();
    QSet<Uid> conflictSlots;
    for (const PinConflict& c : r.conflicts) conflictSlots.insert(c.slotUid);
    for (const Assignment& pin : in.pins) {
        if (conflictSlots.contains(pin.slotUid)) {
            for (const Assignment& a : plan) {
                EXPECT_NE(a.slotUid, pin.slotUid) << "a conflicting pin's slot was filled";
                EXPECT_NE(a.elementUid, pin.elementUid) << "a conflicting pin's element was moved";
            }
            continue;
        }
        bool kept = false;
        for (const Assignment& a : plan) {
            kept = kept || (a.elementUid == pin.elementUid && a.slotUid == pin.slotUid && a.pinned);
        }
        EXPECT_TRUE(kept) << "pin lost";
    }
    double sum = 0.0;
    for (const PlannedAssignment& a : r.assignments) sum += a.savingKg;
    EXPECT_NEAR(sum, r.totalSavingKg, 1e-6);
    EXPECT_EQ(r.filledSlots, static_cast<int>(r.assignments.size()));
    EXPECT_GE(r.upperBoundKg, r.totalSavingKg - 1e-9);
    // Explanations agree with optimality: in an optimal plan no admissible, free girder of the
    // right section can be left next to an empty slot.
    if (r.optimal) {
        for (const UnfilledSlot& u : r.unfilledSlots) {
            for (const SlotReason& reason : u.reasons)
                EXPECT_NE(reason.kind, ReasonKind::NotExamined);
        }
        for (const UnusedElement& u : r.unusedElements) {
            EXPECT_FALSE(u.reason.contains(QStringLiteral("search stopped")))
                << u.reason.toStdString();
        }
    }
    int slots = 0;
    for (const Structure& d : in.structures) {
        for (const Span& p : d.spans) slots += static_cast<int>(p.slots.size());
    }
    EXPECT_EQ(r.filledSlots + static_cast<int>(r.unfilledSlots.size()), slots);
    EXPECT_EQ(r.filledSlots + static_cast<int>(r.unusedElements.size()),
              static_cast<int>(in.elements.size()));
}

TEST(Optimiser, EqualsBruteForceOnHundredsOfSmallInstances) {
    std::mt19937 rng(2024);
    int withConflicts = 0;
    int nonTrivial = 0;
    int spanRuleBinds = 0;  // the best plan without R8 breaks it: the hard case
    for (int round = 0; round < 3000; ++round) {
        const MatchInput in = test::generateSmall(rng);
        const test::ReferenceModel model = test::buildReferenceModel(in);
        for (const Objective objective : {Objective::Carbon, Objective::Count}) {
            MatchOptions options;
            options.objective = objective;
            const MatchResult r = optimisePlan(in, options);
            const test::ReferenceOptimum best = test::bruteForce(model, objective);
            SCOPED_TRACE("round " + std::to_string(round) + " objective " +
                         objectiveKey(objective).toStdString());
            ASSERT_TRUE(r.optimal);
            EXPECT_NEAR(r.totalSavingKg, best.savingKg, 1e-6);
            if (objective == Objective::Carbon) {
                spanRuleBinds += r.statistics.relaxedBoundKg > r.totalSavingKg + 1e-3;
            }
            if (objective == Objective::Count) {
                EXPECT_EQ(r.filledSlots, best.filled);
            }
            EXPECT_LE(r.upperBoundKg - r.totalSavingKg, 1e-3);
            EXPECT_EQ(static_cast<int>(r.conflicts.size()), model.conflictCount);
            expectValid(in, r);
        }
        withConflicts += model.conflictCount > 0;
        nonTrivial += model.pairs.size() > 3;
    }
    EXPECT_GT(withConflicts, 300);  // the generator must exercise pin conflicts
    EXPECT_GT(nonTrivial, 1200);
    EXPECT_GT(spanRuleBinds, 200);
}

TEST(Optimiser, EqualsCbcOnMediumInstances) {
    for (const unsigned seed : {1u, 2u, 3u}) {
        test::RealisticSpec spec;
        spec.elements = 60;
        spec.spans = 12;
        spec.slots = 60;
        spec.sections = 3;
        spec.seed = seed;
        spec.pinnedSpans = 2;
        const MatchInput in = test::generateRealistic(spec);
        const test::ReferenceModel model = test::buildReferenceModel(in);
        for (const Objective objective : {Objective::Carbon, Objective::Count}) {
            SCOPED_TRACE("seed " + std::to_string(seed) + " " +
                         objectiveKey(objective).toStdString());
            MatchOptions options;
            options.objective = objective;
            const MatchResult r = optimisePlan(in, options);
            const test::ReferenceOptimum cbc = test::solveWithCbc(model, objective, 60.0);
            ASSERT_TRUE(cbc.optimal);
            ASSERT_TRUE(r.optimal);
            EXPECT_NEAR(r.totalSavingKg, cbc.savingKg, 1e-3);
            EXPECT_EQ(r.filledSlots, objective == Objective::Count ? cbc.filled : r.filledSlots);
            expectValid(in, r);
        }
    }
}

/// respan-cli prints its plan (plain text or JSON) on stdout: the optimiser, GLPK's simplex in
/// the configuration LP included, must write nothing to stdout or stderr of its own.
TEST(Optimiser, WritesNothingToTheTerminal) {
    QTemporaryFile capture;
    ASSERT_TRUE(capture.open());
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = ::dup(1);
    const int savedErr = ::dup(2);
    ASSERT_GE(savedOut, 0);
    ASSERT_GE(savedErr, 0);
    ::dup2(capture.handle(), 1);
    ::dup2(capture.handle(), 2);
    bool allOptimal = true;
    long long nodes = 0;
    // Seed 2 of the project-scale benchmark needs about 100 LP nodes; seed 5 few.
    for (const unsigned seed : {2u, 5u}) {
        test::RealisticSpec spec;
        spec.seed = seed;
        spec.pinnedSpans = 3;
        const MatchResult r = optimisePlan(test::generateRealistic(spec), MatchOptions());
        allOptimal = allOptimal && r.optimal;
        nodes += static_cast<long long>(r.statistics.nodes);
    }
    std::fflush(stdout);
    std::fflush(stderr);
    ::dup2(savedOut, 1);
    ::dup2(savedErr, 2);
    ::close(savedOut);
    ::close(savedErr);
    EXPECT_TRUE(allOptimal);
    EXPECT_GT(nodes, 20);  // the branch and bound with its LP did run
    capture.seek(0);
    EXPECT_EQ(capture.readAll(), QByteArray());
}

}  // namespace
}  // namespace respan::matching
