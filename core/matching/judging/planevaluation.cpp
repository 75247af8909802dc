#include "core/matching/judging/planevaluation.h"

#include "core/matching/judging/plancheck.h"
#include "core/matching/judging/planexplanation.h"
#include "core/matching/matchcontext.h"

namespace respan::matching {

PlanEvaluation evaluatePlan(const MatchInput& input, const std::vector<Assignment>& plan,
                            int reasonsPerSlot, const QLocale& locale) {
    const MatchContext ctx(input);
    PlanEvaluation out;
    // The planning board's verdict on each placement (R1-R7, then R8 by the optimiser's rule for
    // pins) and its explanation of what is empty: the report says the same as the screen.
    const std::vector<CheckedAssignment> checked = checkAssignments(input, plan, locale);
    for (const CheckedAssignment& c : checked) {
        const int s = ctx.slotIndex(c.assignment.slotUid);
        const int e = ctx.elementIndex(c.assignment.elementUid);
        if (c.conflict()) {
            out.conflicts.push_back({c.assignment.elementUid, c.assignment.slotUid,
                                     ctx.element(e).id, ctx.slotName(s), c.assignment.pinned,
                                     c.rule, c.detail});
            continue;
        }
        PlannedAssignment a;
        a.elementUid = c.assignment.elementUid;
        a.slotUid = c.assignment.slotUid;
        a.element = ctx.element(e).id;
        a.where = ctx.slotName(s);
        a.pinned = c.assignment.pinned;
        a.cutM = c.check.cutM;
        a.utilisation = c.check.utilisation;
        a.distanceKm = c.check.distanceKm;
        a.savingKg = c.check.savingKg;
        out.totalSavingKg += a.savingKg;
        out.pinnedSlots += a.pinned ? 1 : 0;
        out.assignments.push_back(std::move(a));
    }
    out.filledSlots = static_cast<int>(out.assignments.size());
    PlanExplanation explanation =
        explainCheckedAssignments(input, checked, reasonsPerSlot, nullptr, locale);
    out.unfilledSlots = std::move(explanation.unfilledSlots);
    out.unusedElements = std::move(explanation.unusedElements);
    return out;
}

}  // namespace respan::matching
