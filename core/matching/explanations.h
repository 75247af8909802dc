#pragma once
// Internal to the matching engine: why slots stay empty and elements unused.

#include <QLocale>

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
    /// A plan given from outside (the project's own, made by hand or by an earlier run), not the
    /// optimiser's: the reasons then say what the plan does and never that another use is better
    /// (nothing was proven about it), and its conflicts may be unpinned placements.
    bool given = false;
    /// Per conflict (index into result.conflicts): whether that placement is pinned. Empty means
    /// every conflict is a pin (the optimiser's case).
    std::vector<char> conflictPinned;
    /// Numbers in the sentences: the C locale (decimal point) unless a report asks for its own.
    QLocale locale = QLocale::c();
};

/// Fills result.unfilledSlots and result.unusedElements (conflicts must already be there).
void explainPlan(const MatchContext& ctx, const PlanView& plan, int reasonsPerSlot,
                 MatchResult& result);

}  // namespace respan::matching
