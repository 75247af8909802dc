#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>

#include "core/matching/solver/sectionproblem.h"

namespace respan::matching {

/// When to stop and whom to tell how far the search is.
struct SearchControl {
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
    const std::atomic<bool>* cancel = nullptr;
    /// Called now and then with the best value so far and the current upper bound.
    std::function<void(std::int64_t value, std::int64_t bound, long nodes)> progress;
    /// Plans within this much of the bound count as optimal (the bound then includes it).
    std::int64_t tolerance = 0;

    [[nodiscard]] bool stopRequested() const {
        return (cancel != nullptr && cancel->load(std::memory_order_relaxed)) ||
               std::chrono::steady_clock::now() >= deadline;
    }
};

/// Outcome of solving a SectionProblem.
struct SearchOutcome {
    SectionPlan plan;               ///< valid plan (isValidPlan), the best found
    std::int64_t upperBound = 0;    ///< proven: no plan has a larger value
    bool optimal = false;           ///< plan.value == upperBound, proven
    std::int64_t relaxedBound = 0;  ///< bound of the matching without the span rule (R8)
    std::int64_t rootBound = 0;     ///< bound after the root's Lagrangian iterations
    long nodes = 0;                 ///< branch-and-bound nodes processed
    long iterations = 0;            ///< Lagrangian evaluations
    long probes = 0;                ///< strong-branching LP re-solves (one span, one section)
    int components = 0;             ///< independent parts the problem fell apart into
    bool stopped = false;           ///< time limit or cancellation ended the search
};

/// Finds a plan of maximum value: one section per span, each element and slot at most once.
/// Splits the problem into independent components (spans that share no candidate element),
/// and for each runs a Lagrangian branch-and-bound on span sections (matching-engine.md).
SearchOutcome solveSectionProblem(const SectionProblem& problem, const SearchControl& control);

}  // namespace respan::matching
