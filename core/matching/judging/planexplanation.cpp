#include "core/matching/judging/planexplanation.h"

#include "core/matching/judging/explanations.h"
#include "core/matching/judging/plancheck.h"
#include "core/matching/matchcontext.h"

namespace respan::matching {

PlanExplanation explainAssignments(const MatchInput& input, const std::vector<Assignment>& plan,
                                   int reasonsPerSlot, const std::atomic<bool>* cancel,
                                   const QLocale& locale) {
    return explainCheckedAssignments(input, checkAssignments(input, plan, locale), reasonsPerSlot,
                                     cancel, locale);
}

PlanExplanation explainCheckedAssignments(const MatchInput& input,
                                          const std::vector<CheckedAssignment>& checked,
                                          int reasonsPerSlot, const std::atomic<bool>* cancel,
                                          const QLocale& locale) {
    const MatchContext ctx(input);
    PlanView view;
    view.slotElement.assign(static_cast<std::size_t>(ctx.slotCount()), -1);
    view.elementSlot.assign(static_cast<std::size_t>(ctx.elementCount()), -1);
    view.slotPinned.assign(static_cast<std::size_t>(ctx.slotCount()), 0);
    view.conflictOfSlot.assign(static_cast<std::size_t>(ctx.slotCount()), -1);
    view.conflictOfElement.assign(static_cast<std::size_t>(ctx.elementCount()), -1);
    view.asPlanned = true;
    view.cancel = cancel;
    view.locale = locale;

    MatchResult result;
    for (const CheckedAssignment& c : checked) {
        const int e = ctx.elementIndex(c.assignment.elementUid);
        const int s = ctx.slotIndex(c.assignment.slotUid);
        view.slotElement[s] = e;
        view.elementSlot[e] = s;
        view.slotPinned[s] = c.assignment.pinned ? 1 : 0;
        if (!c.conflict()) continue;
        PinConflict conflict;
        conflict.elementUid = c.assignment.elementUid;
        conflict.slotUid = c.assignment.slotUid;
        conflict.element = ctx.element(e).id;
        conflict.where = ctx.slotName(s);
        conflict.rule = c.rule;
        conflict.detail = c.detail;
        view.conflictOfSlot[s] = static_cast<int>(result.conflicts.size());
        view.conflictOfElement[e] = static_cast<int>(result.conflicts.size());
        view.conflictPinned.push_back(c.assignment.pinned ? 1 : 0);
        result.conflicts.push_back(std::move(conflict));
    }
    PlanExplanation out;
    out.complete = explainPlan(ctx, view, reasonsPerSlot, result);
    out.conflicts = std::move(result.conflicts);
    out.unfilledSlots = std::move(result.unfilledSlots);
    out.unusedElements = std::move(result.unusedElements);
    return out;
}

}  // namespace respan::matching
