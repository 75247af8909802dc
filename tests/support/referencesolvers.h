#pragma once
// Independent solvers to check the matching engine against: LEMON's network simplex for the
// assignment core, brute force and CBC on the straightforward MILP for whole plans. They share
// nothing with the optimiser but the pair rules (matching/rules.h, tested on their own).

#include <cstdint>
#include <optional>
#include <vector>

#include "core/matching/matchinput.h"
#include "core/matching/solver/assignmentsolver.h"

namespace respan::test {

/// Maximum-weight bipartite matching by min-cost flow (LEMON NetworkSimplex).
std::int64_t lemonMaxWeightMatching(const matching::SparseCostMatrix& arcs, int right);
/// Minimum-cost perfect matching of a square problem by min-cost flow; nullopt if none exists.
std::optional<std::int64_t> lemonMinCostPerfect(const matching::SparseCostMatrix& costs);

/// A plan problem as the specification states it, built without the optimiser's code:
/// inadmissible pins and pins clashing with the majority section of their span are left out
/// (with their slot and element), the kept pins fix their span's section, and every remaining
/// (element, slot) pair that passes R1-R7 is a candidate.
struct ReferenceModel {
    struct Pair {
        int element;
        int slot;
        int span;
        int section;
        double savingKg;
    };
    std::vector<Pair> pairs;
    int elementCount = 0;
    int slotCount = 0;
    int spanCount = 0;
    int sectionCount = 0;
    double pinnedKg = 0.0;
    int pinnedCount = 0;
    int conflictCount = 0;
};
ReferenceModel buildReferenceModel(const matching::MatchInput& input);

struct ReferenceOptimum {
    double savingKg = 0.0;  ///< pins included
    int filled = 0;         ///< pins included
    bool optimal = false;
    double boundKg = 0.0;  ///< carbon objective: proven bound on the saving (pins included)
    double seconds = 0.0;
};

/// Every plan, enumerated (small instances only).
ReferenceOptimum bruteForce(const ReferenceModel& model, matching::Objective objective);

/// CBC (COIN-OR branch and cut, default settings) on
///   max sum S_k x_k  s.t.  sum over an element's pairs x <= 1, sum over a slot's pairs x <= 1,
///   x_k <= y_{span(k), section(k)}, sum_sigma y_{p,sigma} <= 1, x and y binary.
/// The count objective is solved in two stages (most slots, then most saving at that count).
ReferenceOptimum solveWithCbc(const ReferenceModel& model, matching::Objective objective,
                              double timeLimitSeconds);

}  // namespace respan::test
