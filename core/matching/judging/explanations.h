#pragma once
// Internal to the matching engine: why slots stay empty and elements unused.

#include <QLocale>
#include <atomic>
#include <functional>

#include <vector>

#include "core/matching/matchcontext.h"
#include "core/matching/matchresult.h"

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
    /// The planner's plan as it stands rather than a search result: the sentences make no claim
    /// about better candidates, and a slot holding an assignment in conflict counts as filled
    /// (the conflict is reported on its own) but gives its span no section.
    bool asPlanned = false;
    /// Checked between slots and between elements; when set, the explanation stops early.
    const std::atomic<bool>* cancel = nullptr;
    /// Per conflict (index into result.conflicts): whether that placement is pinned. Empty means
    /// every conflict is a pin (the optimiser's case).
    std::vector<char> conflictPinned;
    /// mki and cost: the net saving in euro of element e in slot s (a pair that saves nothing
    /// is left out of the search and explained so); empty for carbon and count.
    std::function<double(int, int)> netSaving;
    /// Numbers in the sentences: the C locale (decimal point) unless a report asks for its own.
    QLocale locale = QLocale::c();
};

/// Fills result.unfilledSlots and result.unusedElements (conflicts must already be there).
/// Returns false when `plan.cancel` stopped it (the lists are then incomplete).
bool explainPlan(const MatchContext& ctx, const PlanView& plan, int reasonsPerSlot,
                 MatchResult& result);

}  // namespace respan::matching
