#include "core/matching/optimiser.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

#include "core/document/projectdocument.h"
#include "core/matching/judging/explanations.h"
#include "core/matching/matchcontext.h"
#include "core/matching/solver/assignmentsolver.h"
#include "core/matching/solver/sectionsearch.h"

namespace respan::matching {

namespace {

using Clock = std::chrono::steady_clock;

struct KeptPin {
    int element;
    int slot;
};

/// Integer units per kg CO2e: as fine as possible (at most 1e9, a microgram) while no sum the
/// assignment solver forms can overflow: costs times (vertices + 2) times 8 stays below 4e18.
double chooseScale(double maxWeightKg, double sumOfSlotMaximaKg, int vertices,
                   Objective objective) {
    const double largest =
        objective == Objective::Count ? sumOfSlotMaximaKg + 2.0 * maxWeightKg : maxWeightKg;
    if (largest <= 0.0) return 1e9;
    const double limit = 4e18 / (8.0 * (vertices + 2.0) * largest);
    double scale = 1e9;
    while (scale > limit && scale > 1e-3) scale /= 10.0;
    return scale;
}

}  // namespace

MatchResult optimisePlan(const MatchInput& input, const MatchOptions& options) {
    const Clock::time_point start = Clock::now();
    MatchResult result;
    result.objective = options.objective;
    const MatchContext ctx(input);
    const int elements = ctx.elementCount();
    const int slots = ctx.slotCount();

    // --- pins: keep the admissible ones, report the others ----------------------------------
    std::vector<char> elementTaken(static_cast<std::size_t>(elements), 0);
    std::vector<char> slotTaken(static_cast<std::size_t>(slots), 0);
    PlanView view;
    view.slotElement.assign(static_cast<std::size_t>(slots), -1);
    view.elementSlot.assign(static_cast<std::size_t>(elements), -1);
    view.slotPinned.assign(static_cast<std::size_t>(slots), 0);
    view.conflictOfSlot.assign(static_cast<std::size_t>(slots), -1);
    view.conflictOfElement.assign(static_cast<std::size_t>(elements), -1);
    auto addConflict = [&](int e, int s, RuleId rule, const QString& detail) {
        PinConflict c;
        c.elementUid = ctx.element(e).uid;
        c.slotUid = ctx.slot(s).uid;
        c.element = ctx.element(e).id;
        c.where = ctx.slotName(s);
        c.rule = rule;
        c.detail = detail;
        view.conflictOfSlot[s] = static_cast<int>(result.conflicts.size());
        view.conflictOfElement[e] = static_cast<int>(result.conflicts.size());
        result.conflicts.push_back(c);
    };
    std::map<int, std::vector<KeptPin>> pinsBySpan;
    for (const Assignment& pin : input.pins) {
        const int e = ctx.elementIndex(pin.elementUid);
        const int s = ctx.slotIndex(pin.slotUid);
        if (e < 0 || s < 0 || elementTaken[e] || slotTaken[s]) continue;
        elementTaken[e] = 1;
        slotTaken[s] = 1;
        const PairCheck check = ctx.check(e, s);
        if (!check.admissible()) {
            addConflict(e, s, check.failed, describeFailure(check));
            continue;
        }
        pinsBySpan[ctx.slotRef(s).spanId].push_back({e, s});
    }
    // R8 among the pins of a span: the section held by most pins stays; on a tie, the section of
    // the pin in the earliest slot. The others are conflicts.
    std::vector<int> spanFixed(static_cast<std::size_t>(ctx.spanCount()), -1);
    std::vector<KeptPin> kept;
    for (auto& [span, pins] : pinsBySpan) {
        std::sort(pins.begin(), pins.end(),
                  [](const KeptPin& a, const KeptPin& b) { return a.slot < b.slot; });
        std::map<int, int> count;
        for (const KeptPin& pin : pins) ++count[ctx.section(pin.element)];
        int chosen = ctx.section(pins.front().element);
        for (const KeptPin& pin : pins) {
            const int section = ctx.section(pin.element);
            if (count[section] > count[chosen]) chosen = section;
        }
        spanFixed[span] = chosen;
        const Element* reference = nullptr;
        for (const KeptPin& pin : pins) {
            if (ctx.section(pin.element) == chosen) {
                reference = &ctx.element(pin.element);
                break;
            }
        }
        for (const KeptPin& pin : pins) {
            if (ctx.section(pin.element) == chosen) {
                kept.push_back(pin);
            } else {
                addConflict(pin.element, pin.slot, RuleId::R8Section,
                            describeSectionClash(ctx.element(pin.element), reference->height,
                                                 reference->width));
            }
        }
    }

    // --- admissible pairs among the free elements and slots ---------------------------------
    struct FreeArc {
        int slot;
        int element;
        double savingKg;
    };
    std::vector<FreeArc> arcs;
    const unsigned notR2 = ~(1u << static_cast<unsigned>(RuleId::R2Capacity));
    for (int p = 0; p < ctx.spanCount(); ++p) {
        const MatchContext::SpanRef& span = ctx.spanRef(p);
        if (span.slotCount == 0) continue;
        for (int e = 0; e < elements; ++e) {
            if (elementTaken[e]) continue;
            if (spanFixed[p] >= 0 && ctx.section(e) != spanFixed[p]) continue;
            // Every rule but R2 is the same for all slots of a span: check it once.
            if ((ctx.check(e, span.firstSlot).failedMask & notR2) != 0) continue;
            for (int s = span.firstSlot; s < span.firstSlot + span.slotCount; ++s) {
                if (slotTaken[s]) continue;
                const PairCheck c = ctx.check(e, s);
                if (c.admissible()) arcs.push_back({s, e, c.savingKg});
            }
        }
    }
    std::sort(arcs.begin(), arcs.end(), [](const FreeArc& a, const FreeArc& b) {
        return a.slot != b.slot ? a.slot < b.slot : a.element < b.element;
    });
    result.statistics.admissiblePairs = static_cast<int>(arcs.size());

    // --- integer problem --------------------------------------------------------------------
    double maxWeight = 0.0;
    std::vector<double> slotMax(static_cast<std::size_t>(slots), 0.0);
    std::vector<int> elementLocal(static_cast<std::size_t>(elements), -1);
    std::vector<int> localElement;
    for (const FreeArc& a : arcs) {
        maxWeight = std::max(maxWeight, a.savingKg);
        slotMax[a.slot] = std::max(slotMax[a.slot], a.savingKg);
        if (elementLocal[a.element] < 0) {
            elementLocal[a.element] = static_cast<int>(localElement.size());
            localElement.push_back(a.element);
        }
    }
    double sumSlotMax = 0.0;
    for (const double m : slotMax) sumSlotMax += m;
    const auto freeElementCount = static_cast<int>(localElement.size());
    const double scale =
        chooseScale(maxWeight, sumSlotMax, freeElementCount + slots, options.objective);
    std::int64_t countUnit = 0;  // M of the count objective: one more slot beats any saving
    std::int64_t sumRounded = 0;
    auto rounded = [&](double kg) {
        return std::max<std::int64_t>(1, static_cast<std::int64_t>(std::llround(kg * scale)));
    };
    for (int s = 0; s < slots; ++s) {
        if (slotMax[s] > 0.0) sumRounded += rounded(slotMax[s]);
    }
    if (options.objective == Objective::Count) countUnit = sumRounded + 1;

    SectionProblem problem;
    problem.elementCount = freeElementCount;
    problem.sectionCount = ctx.sectionCount();
    problem.spanCount = ctx.spanCount();
    for (const int e : localElement) problem.elementSection.push_back(ctx.section(e));
    problem.spanFixedSection = spanFixed;
    std::vector<int> problemSlot;  // problem slot -> context slot
    std::vector<int> problemArc;   // problem arc -> index into arcs
    {
        std::size_t k = 0;
        std::vector<std::pair<int, std::int64_t>> slotArcs;
        for (int s = 0; s < slots; ++s) {
            if (slotTaken[s]) continue;
            slotArcs.clear();
            for (; k < arcs.size() && arcs[k].slot == s; ++k) {
                slotArcs.emplace_back(elementLocal[arcs[k].element],
                                      countUnit + rounded(arcs[k].savingKg));
                problemArc.push_back(static_cast<int>(k));
            }
            problem.addSlot(ctx.slotRef(s).spanId, slotArcs);
            problemSlot.push_back(s);
        }
    }
    // Largest number of free assignments, for the rounding bound.
    const int maxFree = std::min(freeElementCount, static_cast<int>(problemSlot.size()));
    const double slackKg = maxFree / scale;
    result.statistics.scale = scale;
    result.statistics.roundingSlackKg = slackKg;

    double pinsKg = 0.0;
    for (const KeptPin& pin : kept) pinsKg += ctx.check(pin.element, pin.slot).savingKg;
    const auto pinCount = static_cast<int>(kept.size());

    // --- search -----------------------------------------------------------------------------
    SearchControl control;
    const auto limit = std::chrono::duration<double>(std::max(0.0, options.timeLimitSeconds));
    control.deadline = start + std::chrono::duration_cast<Clock::duration>(limit);
    control.cancel = options.cancel;
    // Optimal means optimal to within a milligram of CO2e (plus rounding, see above).
    control.tolerance = static_cast<std::int64_t>(std::floor(scale * 1e-6));
    auto toKg = [&](std::int64_t value, int& count) {
        if (countUnit > 0) {
            count = static_cast<int>(value / countUnit);
            return static_cast<double>(value - count * countUnit) / scale;
        }
        count = 0;
        return static_cast<double>(value) / scale;
    };
    if (options.progress) {
        control.progress = [&](std::int64_t value, std::int64_t bound, long nodes) {
            MatchProgress progress;
            progress.elapsedSeconds = std::chrono::duration<double>(Clock::now() - start).count();
            int count = 0;
            progress.bestSavingKg = pinsKg + toKg(value, count);
            progress.bestFilledSlots = pinCount + count;
            progress.upperBoundKg = pinsKg + toKg(bound, count) + slackKg;
            progress.nodes = nodes;
            options.progress(progress);
        };
    }
    const SearchOutcome outcome = solveSectionProblem(problem, control);
    result.optimal = outcome.optimal;
    result.stopped = outcome.stopped;
    result.statistics.components = outcome.components;
    result.statistics.nodes = outcome.nodes;
    {
        int count = 0;
        result.statistics.relaxedBoundKg = pinsKg + toKg(outcome.relaxedBound, count);
    }

    // --- the plan -----------------------------------------------------------------------------
    for (const KeptPin& pin : kept) {
        view.slotElement[pin.slot] = pin.element;
        view.elementSlot[pin.element] = pin.slot;
        view.slotPinned[pin.slot] = 1;
    }
    for (std::size_t ps = 0; ps < problemSlot.size(); ++ps) {
        const int a = outcome.plan.slotArc[ps];
        if (a < 0) continue;
        const FreeArc& arc = arcs[static_cast<std::size_t>(problemArc[a])];
        view.slotElement[arc.slot] = arc.element;
        view.elementSlot[arc.element] = arc.slot;
    }
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
        result.totalSavingKg += a.savingKg;
        result.assignments.push_back(std::move(a));
    }
    result.filledSlots = static_cast<int>(result.assignments.size());

    // --- the bound ----------------------------------------------------------------------------
    // True optimum <= (integer bound + maxFree) / scale: each rounded weight is within 1/scale
    // of its exact value (matching-engine.md, "Rounding").
    int boundCount = 0;
    const double boundKg = toKg(outcome.upperBound, boundCount);
    if (options.objective == Objective::Carbon) {
        result.upperBoundKg = pinsKg + boundKg + slackKg;
        result.upperBoundFilledSlots = -1;
    } else {
        const int planCount = result.filledSlots - pinCount;
        result.upperBoundFilledSlots = pinCount + boundCount;
        // The saving bound on the best plan: valid as is when no plan can fill more slots;
        // otherwise the saving bound of the carbon relaxation (any plan's saving is below it).
        SparseCostMatrix relaxed;
        relaxed.rowStart.assign(1, 0);
        for (int ps = 0; ps < problem.slotCount(); ++ps) {
            for (int a = problem.slotArcBegin[ps]; a < problem.slotArcBegin[ps + 1]; ++a) {
                relaxed.addArc(problem.arcElement[a], problem.arcWeight[a] - countUnit);
            }
            relaxed.endRow();
        }
        AssignmentSolver solver;
        const double carbonBoundKg =
            pinsKg +
            static_cast<double>(solver.solveMaxWeight(relaxed, problem.elementCount).weight) /
                scale +
            slackKg;
        result.upperBoundKg = carbonBoundKg;
        if (boundCount == planCount) {
            result.upperBoundKg = std::min(carbonBoundKg, pinsKg + boundKg + slackKg);
        }
    }
    result.upperBoundKg = std::max(result.upperBoundKg, result.totalSavingKg);

    // --- explanations -------------------------------------------------------------------------
    view.optimal = result.optimal;
    view.objective = options.objective;
    explainPlan(ctx, view, options.reasonsPerSlot, result);
    result.solveSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    return result;
}

std::vector<Assignment> plannedAssignments(const ProjectDocument& doc, const MatchResult& result) {
    std::vector<Assignment> next;
    for (const Assignment& a : doc.assignments()) {
        if (a.pinned) next.push_back(a);
    }
    for (const PlannedAssignment& p : result.assignments) {
        if (p.pinned) continue;
        // The plan never uses a pinned element or slot; skip defensively if the document
        // changed since the snapshot was taken.
        const bool clash = std::any_of(next.begin(), next.end(), [&](const Assignment& a) {
            return a.elementUid == p.elementUid || a.slotUid == p.slotUid;
        });
        if (clash || doc.elementByUid(p.elementUid) == nullptr ||
            doc.slotByUid(p.slotUid) == nullptr) {
            continue;
        }
        next.push_back({p.elementUid, p.slotUid, false});
    }
    return next;
}

void applyPlan(ProjectDocument& doc, const MatchResult& result) {
    doc.setAssignments(plannedAssignments(doc, result));
}

}  // namespace respan::matching
