#include "matching/planevaluation.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "matching/explanations.h"
#include "matching/matchcontext.h"

namespace respan::matching {

namespace {

struct Placement {
    int element;
    int slot;
    bool pinned;
};

}  // namespace

PlanEvaluation evaluatePlan(const MatchInput& input, const std::vector<Assignment>& plan,
                            int reasonsPerSlot, const QLocale& locale) {
    const MatchContext ctx(input);
    const int elements = ctx.elementCount();
    const int slots = ctx.slotCount();
    MatchResult result;  // what explainPlan fills
    PlanView view;
    view.slotElement.assign(static_cast<std::size_t>(slots), -1);
    view.elementSlot.assign(static_cast<std::size_t>(elements), -1);
    view.slotPinned.assign(static_cast<std::size_t>(slots), 0);
    view.conflictOfSlot.assign(static_cast<std::size_t>(slots), -1);
    view.conflictOfElement.assign(static_cast<std::size_t>(elements), -1);
    view.given = true;
    view.optimal = false;
    view.objective = Objective::Carbon;
    view.locale = locale;

    auto addConflict = [&](const Placement& p, RuleId rule, const QString& detail) {
        PinConflict c;
        c.elementUid = ctx.element(p.element).uid;
        c.slotUid = ctx.slot(p.slot).uid;
        c.element = ctx.element(p.element).id;
        c.where = ctx.slotName(p.slot);
        c.rule = rule;
        c.detail = detail;
        view.conflictOfSlot[p.slot] = static_cast<int>(result.conflicts.size());
        view.conflictOfElement[p.element] = static_cast<int>(result.conflicts.size());
        view.conflictPinned.push_back(p.pinned ? 1 : 0);
        result.conflicts.push_back(std::move(c));
    };

    // R1-R7 on each placement on its own.
    std::vector<char> elementSeen(static_cast<std::size_t>(elements), 0);
    std::vector<char> slotSeen(static_cast<std::size_t>(slots), 0);
    std::map<int, std::vector<Placement>> bySpan;
    for (const Assignment& a : plan) {
        const int e = ctx.elementIndex(a.elementUid);
        const int s = ctx.slotIndex(a.slotUid);
        if (e < 0 || s < 0 || elementSeen[e] || slotSeen[s]) continue;
        elementSeen[e] = 1;
        slotSeen[s] = 1;
        const Placement p{e, s, a.pinned};
        const PairCheck check = ctx.check(e, s);
        if (!check.admissible()) {
            addConflict(p, check.failed, describeFailure(check, locale));
            continue;
        }
        bySpan[ctx.slotRef(s).spanId].push_back(p);
    }

    // R8 in each span: keep the section of most pins, then of most placements, then of the
    // earliest slot (the optimiser's rule for pins, extended to proposals).
    for (auto& [span, placements] : bySpan) {
        struct Tally {
            int pins = 0;
            int all = 0;
            int firstSlot = 0;
        };
        std::map<int, Tally> tally;
        for (const Placement& p : placements) {
            auto [it, fresh] = tally.try_emplace(ctx.section(p.element));
            if (fresh) it->second.firstSlot = p.slot;
            it->second.pins += p.pinned ? 1 : 0;
            it->second.all += 1;
            it->second.firstSlot = std::min(it->second.firstSlot, p.slot);
        }
        int chosen = -1;
        Tally best;
        for (const auto& [section, t] : tally) {
            if (chosen < 0 || std::make_tuple(t.pins, t.all, -t.firstSlot) >
                                  std::make_tuple(best.pins, best.all, -best.firstSlot)) {
                chosen = section;
                best = t;
            }
        }
        const Element* reference = nullptr;
        for (const Placement& p : placements) {
            if (ctx.section(p.element) == chosen && reference == nullptr) {
                reference = &ctx.element(p.element);
            }
        }
        for (const Placement& p : placements) {
            if (ctx.section(p.element) == chosen) {
                view.slotElement[p.slot] = p.element;
                view.elementSlot[p.element] = p.slot;
                view.slotPinned[p.slot] = p.pinned ? 1 : 0;
            } else {
                addConflict(p, RuleId::R8Section,
                            describeSectionClash(ctx.element(p.element), reference->height,
                                                 reference->width, locale));
            }
        }
    }

    PlanEvaluation out;
    for (int s = 0; s < slots; ++s) {
        const int e = view.slotElement[s];
        if (e < 0) continue;
        const PairCheck c = ctx.check(e, s);
        PlannedAssignment a;
        a.elementUid = ctx.element(e).uid;
        a.slotUid = ctx.slot(s).uid;
        a.element = ctx.element(e).id;
        a.where = ctx.slotName(s);
        a.pinned = view.slotPinned[s] != 0;
        a.cutM = c.cutM;
        a.utilisation = c.utilisation;
        a.distanceKm = c.distanceKm;
        a.savingKg = c.savingKg;
        out.totalSavingKg += a.savingKg;
        out.pinnedSlots += a.pinned ? 1 : 0;
        out.assignments.push_back(std::move(a));
    }
    out.filledSlots = static_cast<int>(out.assignments.size());

    explainPlan(ctx, view, reasonsPerSlot, result);
    out.unfilledSlots = std::move(result.unfilledSlots);
    out.unusedElements = std::move(result.unusedElements);
    for (std::size_t i = 0; i < result.conflicts.size(); ++i) {
        const PinConflict& c = result.conflicts[i];
        out.conflicts.push_back({c.elementUid, c.slotUid, c.element, c.where,
                                 view.conflictPinned[i] != 0, c.rule, c.detail});
    }
    return out;
}

}  // namespace respan::matching
