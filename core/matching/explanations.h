#pragma once
// Internal to the matching engine: why slots stay empty and elements unused.

#include <vector>

#include "matching/matchcontext.h"
#include "matching/matchresult.h"

namespace respan::matching {

/// The plan as the explanations see it.
struct PlanView {
    std::vector<int> slotElement;        ///< per slot: element index, or -1
    std::vector<int> elementSlot;        ///< per element: slot index, or -1
    std::vector<char> slotPinned;        ///< per slot: holds a kept pin
    std::vector<int> conflictOfSlot;     ///< per slot: index into conflicts, or -1
    std::vector<int> conflictOfElement;  ///< per element: index into conflicts, or -1
    bool optimal = false;
    Objective objective = Objective::Carbon;
};

/// Fills result.unfilledSlots and result.unusedElements (conflicts must already be there).
void explainPlan(const MatchContext& ctx, const PlanView& plan, int reasonsPerSlot,
                 MatchResult& result);

}  // namespace respan::matching
