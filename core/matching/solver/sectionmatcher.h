#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <vector>

#include "core/matching/solver/assignmentsolver.h"
#include "core/matching/solver/sectionproblem.h"

namespace respan::matching {

/// Solves a SectionProblem exactly once every span's section is chosen: the spans of one section
/// share that section's elements and nothing else, so the plan is one maximum-weight bipartite
/// matching per section.
class SectionMatcher {
public:
    explicit SectionMatcher(const SectionIndex& index);

    /// Best matching of the slots of `spans` to elements of `section`. Writes the chosen arc of
    /// each of those slots into `slotArc` (sized to the problem's slot count) when given, and
    /// the optimal duals into elementDual/slotDual (see improve()) when `keepDuals`.
    std::int64_t solveSection(int section, const std::vector<int>& spans, std::vector<int>* slotArc,
                              bool keepDuals = false);

    /// Best plan for a section per span (-1: the span stays empty).
    SectionPlan solve(const std::vector<int>& spanSection);

    /// Improves a section choice by moving one span at a time to another section it may take
    /// (`allowed(span, section)`) while that raises the plan's value, until no move helps or
    /// `stop()` says so. Moves are screened with the matching duals: moving span p from sigma to
    /// tau gains at most A_p(w - alpha_tau) - sum_{s in p} beta_s, so only moves whose bound is
    /// positive are solved exactly.
    SectionPlan improve(std::vector<int>& spanSection, const std::function<bool(int, int)>& allowed,
                        const std::function<bool()>& stop);

private:
    /// Best matching of one span's slots with weights w - elementDual, for the screening.
    std::int64_t spanAlone(int span, int section);

    const SectionIndex& index_;
    AssignmentSolver solver_;
    SparseCostMatrix matrix_;
    std::vector<int> rowSlot_;
    std::vector<int> matrixArc_;  // problem arc of each matrix arc
    std::vector<int> elementCol_;
    std::vector<int> elementStamp_;
    std::vector<int> colElement_;
    int stamp_ = 0;
    std::vector<std::int64_t> elementDual_;  // per element, from its section's last matching
    std::vector<std::int64_t> slotDual_;     // per slot, from its section's last matching
    struct CachedSection {
        std::int64_t value = 0;
        std::vector<int> slotArc;  // the slots of the spans, in order
    };
    std::map<std::vector<int>, CachedSection> cache_;  // key: spans, then the section
};

}  // namespace respan::matching
