// The section search (Lagrangian branch-and-bound) on abstract problems, against brute force.
#include <gtest/gtest.h>

#include <atomic>
#include <random>

#include "core/matching/solver/configlp.h"
#include "core/matching/solver/lagrangianbound.h"
#include "core/matching/solver/sectionsearch.h"

namespace respan::matching {
namespace {

/// Random problems; with `uniform`, an element weighs the same in every slot of a span (as
/// savings do), which the bound solves by a matroid greedy instead of an assignment.
SectionProblem randomProblem(std::mt19937& rng, int maxWeight, bool uniform = false) {
    auto pick = [&](int a, int b) { return std::uniform_int_distribution<int>(a, b)(rng); };
    SectionProblem p;
    p.elementCount = pick(3, 9);
    p.sectionCount = pick(2, 4);
    p.spanCount = pick(2, 4);
    for (int e = 0; e < p.elementCount; ++e)
        p.elementSection.push_back(pick(0, p.sectionCount - 1));
    for (int span = 0; span < p.spanCount; ++span) {
        p.spanFixedSection.push_back(pick(0, 5) == 0 ? pick(0, p.sectionCount - 1) : -1);
    }
    const int slots = pick(p.spanCount, 7);
    const double density = std::uniform_real_distribution<double>(0.3, 0.9)(rng);
    std::vector<std::int64_t> spanWeight(static_cast<std::size_t>(p.spanCount * p.elementCount));
    for (auto& w : spanWeight) w = pick(1, maxWeight);
    for (int s = 0; s < slots; ++s) {
        const int span = s < p.spanCount ? s : pick(0, p.spanCount - 1);
        std::vector<std::pair<int, std::int64_t>> arcs;
        for (int e = 0; e < p.elementCount; ++e) {
            if (std::uniform_real_distribution<double>(0, 1)(rng) < density) {
                arcs.emplace_back(
                    e, uniform ? spanWeight[static_cast<std::size_t>(span * p.elementCount + e)]
                               : pick(1, maxWeight));
            }
        }
        p.addSlot(span, arcs);
    }
    return p;
}

std::int64_t bruteForce(const SectionProblem& p) {
    std::vector<char> used(static_cast<std::size_t>(p.elementCount), 0);
    std::vector<int> count(static_cast<std::size_t>(p.spanCount), 0);
    std::vector<int> section(static_cast<std::size_t>(p.spanCount), -1);
    std::int64_t best = 0;
    auto visit = [&](auto&& self, int s, std::int64_t value) -> void {
        if (s == p.slotCount()) {
            best = std::max(best, value);
            return;
        }
        self(self, s + 1, value);
        const int span = p.slotSpan[s];
        for (int a = p.slotArcBegin[s]; a < p.slotArcBegin[s + 1]; ++a) {
            const int e = p.arcElement[a];
            const int sec = p.elementSection[e];
            if (used[e]) continue;
            if (p.spanFixedSection[span] >= 0 && p.spanFixedSection[span] != sec) continue;
            if (count[span] > 0 && section[span] != sec) continue;
            used[e] = 1;
            const int previous = section[span];
            section[span] = sec;
            ++count[span];
            self(self, s + 1, value + p.arcWeight[a]);
            --count[span];
            section[span] = previous;
            used[e] = 0;
        }
    };
    visit(visit, 0, 0);
    return best;
}

TEST(SectionSearch, ProvesTheBruteForceOptimum) {
    std::mt19937 rng(99);
    int branched = 0;
    int probed = 0;
    for (int round = 0; round < 3000; ++round) {
        const SectionProblem p = randomProblem(rng, round % 2 == 0 ? 4 : 1000, round % 3 != 0);
        const SearchOutcome r = solveSectionProblem(p, SearchControl{});
        const std::int64_t best = bruteForce(p);
        ASSERT_TRUE(r.optimal) << "round " << round;
        ASSERT_EQ(r.plan.value, best) << "round " << round;
        ASSERT_EQ(r.upperBound, best) << "round " << round;
        ASSERT_TRUE(isValidPlan(p, r.plan)) << "round " << round;
        ASSERT_GE(r.relaxedBound, best);
        branched += r.nodes > 1;
        probed += r.probes > 0;
    }
    // The instances must make the search branch, not only close at the root, and try spans by
    // strong branching (which often closes the root by dropping sections).
    EXPECT_GT(branched, 30);
    EXPECT_GT(probed, 50);
}

TEST(SectionSearch, StoppedSearchReturnsAValidPlanAndAValidBound) {
    std::mt19937 rng(5);
    std::atomic<bool> cancel{true};
    int stopped = 0;
    for (int round = 0; round < 500; ++round) {
        const SectionProblem p = randomProblem(rng, 1000, round % 3 == 0);
        const std::int64_t best = bruteForce(p);
        SearchControl control;
        if (round % 2 == 0) {
            control.cancel = &cancel;  // cancelled before it starts
        } else {
            control.deadline = std::chrono::steady_clock::now();  // no time at all
        }
        const SearchOutcome r = solveSectionProblem(p, control);
        ASSERT_TRUE(isValidPlan(p, r.plan));
        ASSERT_GE(r.upperBound, best);
        ASSERT_LE(r.plan.value, best);
        if (r.optimal) {
            ASSERT_EQ(r.plan.value, best);
        } else {
            ++stopped;
        }
    }
    // The stop must take effect: many of these small problems would otherwise be solved.
    EXPECT_GT(stopped, 100);
}

// The configuration LP on its own: whatever its floating point does, the bound it reports must
// hold (it is L(lambda) evaluated exactly) and an integral LP solution must be a plan.
TEST(SectionSearch, ConfigurationLpBoundHoldsAndItsPlansAreValid) {
    std::mt19937 rng(2024);
    int integral = 0;
    int settled = 0;
    int nonTrivial = 0;  // with a positive optimum; an empty one gives the LP no column
    for (int round = 0; round < 1500; ++round) {
        const SectionProblem p =
            randomProblem(rng, round % 3 == 0 ? 4 : 1000000000, round % 2 == 0);
        const std::int64_t best = bruteForce(p);
        const SectionIndex index(p);
        LagrangianBound lagrangian(index);
        ConfigLp lp(index, lagrangian);
        const std::vector<char> all(static_cast<std::size_t>(lagrangian.optionCount()), 1);
        // Cutoff just below the optimum: the LP can never prune, so it runs to its own end.
        const ConfigLp::Result r = lp.solve(all, best - 1, 1000, {});
        ASSERT_GE(r.bound, best) << "round " << round;
        if (best > 0) {
            ++nonTrivial;
            settled += r.settled;
        }
        if (!r.integralPlan.slotArc.empty()) {
            ++integral;
            ASSERT_TRUE(isValidPlan(p, r.integralPlan)) << "round " << round;
            ASSERT_LE(r.integralPlan.value, best) << "round " << round;
        }
    }
    // Column generation ends by its own criteria (LP optimum or no more than 5 % left to
    // gain), not by the round limit, and often with an integral solution.
    EXPECT_EQ(settled, nonTrivial);
    EXPECT_GT(nonTrivial, 1400);
    EXPECT_GT(integral, 100);
}

}  // namespace
}  // namespace respan::matching
