#include "core/matching/optimiser.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

#include <QCoreApplication>

#include "core/certification/schedule.h"
#include "core/document/projectdocument.h"
#include "core/impact/impact.h"
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

/// The pins after their checks: which elements and slots they take, the section each span is
/// held to by its kept pins, and the kept pins themselves.
struct HeldPins {
    std::vector<char> elementTaken;
    std::vector<char> slotTaken;
    std::vector<int> spanFixed;  ///< section per span, -1 when no pin holds it
    std::vector<KeptPin> kept;
    double savingKg = 0.0;
};

/// An admissible pair of a free element and a free slot, with its weight in the objective
/// (S_is in kg CO2e for carbon and count, the net saving in euro for mki and cost).
struct FreeArc {
    int slot;
    int element;
    double savingKg;
    double weight;
};

/// The weight of a pair in the mki and cost objectives (docs/impact.md, "The objectives"): the
/// net saving of reuse against crushing and building new, storage to the slot's delivery
/// included. The distances are computed once per element and structure.
class PairPricer {
public:
    PairPricer(const MatchInput& input, const MatchContext& ctx, Objective objective)
        : input_(input),
          ctx_(ctx),
          model_(withSettingsValues(input.factors, input.settings),
                 weightingSetFromKey(input.settings.weightingSet).value_or(WeightingSet::A2),
                 input.settings.newGirderTransportKm, input.sites, input.protocol),
          measure_(objective == Objective::Cost ? impact::Measure::Cost : impact::Measure::Mki),
          start_(certification::planStart(input.settings)) {
        const int elements = ctx.elementCount();
        site_.resize(static_cast<std::size_t>(elements), nullptr);
        harvest_.resize(static_cast<std::size_t>(elements), 0.0);
        for (int e = 0; e < elements; ++e) {
            const Element& el = ctx.element(e);
            const StorageSite* site = findSite(input.sites, el.storageSite);
            const DonorStructure* donor = impact::donorNamed(input.donors, el.donorStructure);
            site_[static_cast<std::size_t>(e)] = site;
            harvest_[static_cast<std::size_t>(e)] =
                impact::harvestKm(donor, site, input.settings.roadFactor);
        }
        toSite_.assign(static_cast<std::size_t>(elements) * input.structures.size(), -1.0);
    }

    [[nodiscard]] double weight(int e, int s) const {
        const MatchContext::SlotRef& ref = ctx_.slotRef(s);
        const Element& el = ctx_.element(e);
        const StorageSite* site = site_[static_cast<std::size_t>(e)];
        const std::size_t k = static_cast<std::size_t>(e) * input_.structures.size() +
                              static_cast<std::size_t>(ref.structure);
        if (toSite_[k] < 0.0) {
            toSite_[k] =
                impact::toSiteKm(el, site, ctx_.structureOf(s), input_.settings.roadFactor);
        }
        const Span& span = ctx_.spanOf(s);
        const int days = site != nullptr ? impact::pairStorageDays(el, start_, span.installDate,
                                                                   input_.settings.deliveryLeadDays)
                                         : 0;
        const impact::PairQuantities q = impact::pairQuantities(
            el, span, harvest_[static_cast<std::size_t>(e)], toSite_[k], days);
        return model_.netSaving(el, q, measure_);
    }

private:
    const MatchInput& input_;
    const MatchContext& ctx_;
    impact::ImpactModel model_;
    impact::Measure measure_;
    QDate start_;
    std::vector<const StorageSite*> site_;
    std::vector<double> harvest_;
    mutable std::vector<double> toSite_;  // road km per element and structure; -1: not yet
};

/// The integer problem the search solves: free slots and elements with their rounded weights,
/// and the way back from its numbers to kilograms and to the context's slots and elements.
struct IntegerProblem {
    SectionProblem problem;
    std::vector<int> problemSlot;  ///< problem slot -> context slot
    std::vector<int> problemArc;   ///< problem arc -> index into the arcs
    double scale = 1e9;            ///< integer units per kg CO2e
    std::int64_t countUnit = 0;    ///< M of the count objective: one more slot beats any saving
    double slackKg = 0.0;          ///< rounding slack of a whole plan

    /// A value of the problem in kg CO2e, with the number of slots it fills (count objective).
    double toKg(std::int64_t value, int& count) const {
        if (countUnit > 0) {
            count = static_cast<int>(value / countUnit);
            return static_cast<double>(value - count * countUnit) / scale;
        }
        count = 0;
        return static_cast<double>(value) / scale;
    }
};

class PlanBuilder {
public:
    PlanBuilder(const MatchInput& input, const MatchOptions& options)
        : input_(input), options_(options), ctx_(input) {
        result_.objective = options.objective;
        if (pricedInEuro(options.objective)) pricer_.emplace(input, ctx_, options.objective);
        const auto slots = static_cast<std::size_t>(ctx_.slotCount());
        const auto elements = static_cast<std::size_t>(ctx_.elementCount());
        view_.slotElement.assign(slots, -1);
        view_.elementSlot.assign(elements, -1);
        view_.slotPinned.assign(slots, 0);
        view_.conflictOfSlot.assign(slots, -1);
        view_.conflictOfElement.assign(elements, -1);
    }

    MatchResult run() {
        holdPins();
        collectFreeArcs();
        buildIntegerProblem();
        const SearchOutcome outcome = search();
        fillPlan(outcome);
        setUpperBound(outcome);
        // Explanations: why every empty slot is empty and every unused girder unused.
        view_.optimal = result_.optimal;
        view_.objective = options_.objective;
        view_.locale = options_.locale;
        if (pricer_) {
            const PairPricer* pricer = &*pricer_;
            view_.netSaving = [pricer](int e, int s) { return pricer->weight(e, s); };
        }
        explainPlan(ctx_, view_, options_.reasonsPerSlot, result_);
        result_.solveSeconds = std::chrono::duration<double>(Clock::now() - start_).count();
        return std::move(result_);
    }

private:
    void addConflict(int e, int s, RuleId rule, const QString& detail);
    void holdPins();
    void keepSectionOfMostPins(std::map<int, std::vector<KeptPin>>& pinsBySpan);
    void collectFreeArcs();
    void buildIntegerProblem();
    SearchOutcome search();
    void fillPlan(const SearchOutcome& outcome);
    void setUpperBound(const SearchOutcome& outcome);
    [[nodiscard]] double carbonRelaxationKg() const;

    const MatchInput& input_;
    const MatchOptions& options_;
    const Clock::time_point start_ = Clock::now();
    const MatchContext ctx_;
    MatchResult result_;
    PlanView view_;
    HeldPins pins_;
    std::vector<FreeArc> arcs_;
    IntegerProblem integer_;
    std::optional<PairPricer> pricer_;  // mki and cost only

    /// The pair's weight in the objective.
    [[nodiscard]] double weightOf(int e, int s, const PairCheck& c) const {
        return pricer_ ? pricer_->weight(e, s) : c.savingKg;
    }
    double pinsWeight_ = 0.0;
};

void PlanBuilder::addConflict(int e, int s, RuleId rule, const QString& detail) {
    PinConflict c;
    c.elementUid = ctx_.element(e).uid;
    c.slotUid = ctx_.slot(s).uid;
    c.element = ctx_.element(e).id;
    c.where = ctx_.slotName(s);
    c.rule = rule;
    c.detail = detail;
    view_.conflictOfSlot[s] = static_cast<int>(result_.conflicts.size());
    view_.conflictOfElement[e] = static_cast<int>(result_.conflicts.size());
    result_.conflicts.push_back(c);
}

/// Pins: keep the admissible ones, report the others (docs/contract/matching.md section 1: the
/// optimiser never moves a pin; pins count in the objective).
void PlanBuilder::holdPins() {
    pins_.elementTaken.assign(static_cast<std::size_t>(ctx_.elementCount()), 0);
    pins_.slotTaken.assign(static_cast<std::size_t>(ctx_.slotCount()), 0);
    pins_.spanFixed.assign(static_cast<std::size_t>(ctx_.spanCount()), -1);
    std::map<int, std::vector<KeptPin>> pinsBySpan;
    for (const Assignment& pin : input_.pins) {
        const int e = ctx_.elementIndex(pin.elementUid);
        const int s = ctx_.slotIndex(pin.slotUid);
        if (e < 0 || s < 0 || pins_.elementTaken[e] || pins_.slotTaken[s]) continue;
        pins_.elementTaken[e] = 1;
        pins_.slotTaken[s] = 1;
        const PairCheck check = ctx_.check(e, s);
        if (!check.admissible()) {
            addConflict(e, s, check.failed, describeFailure(check));
            continue;
        }
        pinsBySpan[ctx_.slotRef(s).spanId].push_back({e, s});
    }
    keepSectionOfMostPins(pinsBySpan);
    for (const KeptPin& pin : pins_.kept) {
        const PairCheck c = ctx_.check(pin.element, pin.slot);
        pins_.savingKg += c.savingKg;
        pinsWeight_ += weightOf(pin.element, pin.slot, c);
    }
}

/// R8 among the pins of a span: the section held by most pins stays; on a tie, the section of
/// the pin in the earliest slot. The others are conflicts.
void PlanBuilder::keepSectionOfMostPins(std::map<int, std::vector<KeptPin>>& pinsBySpan) {
    for (auto& [span, pins] : pinsBySpan) {
        std::sort(pins.begin(), pins.end(),
                  [](const KeptPin& a, const KeptPin& b) { return a.slot < b.slot; });
        std::map<int, int> count;
        for (const KeptPin& pin : pins) ++count[ctx_.section(pin.element)];
        int chosen = ctx_.section(pins.front().element);
        for (const KeptPin& pin : pins) {
            const int section = ctx_.section(pin.element);
            if (count[section] > count[chosen]) chosen = section;
        }
        pins_.spanFixed[span] = chosen;
        const Element* reference = nullptr;
        for (const KeptPin& pin : pins) {
            if (ctx_.section(pin.element) == chosen) {
                reference = &ctx_.element(pin.element);
                break;
            }
        }
        for (const KeptPin& pin : pins) {
            if (ctx_.section(pin.element) == chosen) {
                pins_.kept.push_back(pin);
            } else {
                addConflict(pin.element, pin.slot, RuleId::R8Section,
                            describeSectionClash(ctx_.element(pin.element), reference->height,
                                                 reference->width));
            }
        }
    }
}

/// Admissible pairs among the free elements and slots, ordered by slot, then element.
void PlanBuilder::collectFreeArcs() {
    const unsigned notR2 = ~(1u << static_cast<unsigned>(RuleId::R2Capacity));
    for (int p = 0; p < ctx_.spanCount(); ++p) {
        const MatchContext::SpanRef& span = ctx_.spanRef(p);
        if (span.slotCount == 0) continue;
        for (int e = 0; e < ctx_.elementCount(); ++e) {
            if (pins_.elementTaken[e]) continue;
            if (pins_.spanFixed[p] >= 0 && ctx_.section(e) != pins_.spanFixed[p]) continue;
            // Every rule but R2 is the same for all slots of a span: check it once.
            if ((ctx_.check(e, span.firstSlot).failedMask & notR2) != 0) continue;
            for (int s = span.firstSlot; s < span.firstSlot + span.slotCount; ++s) {
                if (pins_.slotTaken[s]) continue;
                const PairCheck c = ctx_.check(e, s);
                if (!c.admissible()) continue;
                const double w = weightOf(e, s, c);
                // mki and cost: a pair that saves nothing is never worth placing (a plan without
                // it is as feasible and no worse), so it stays out of the search.
                if (pricer_ && !(w > 0.0)) continue;
                arcs_.push_back({s, e, c.savingKg, w});
            }
        }
    }
    std::sort(arcs_.begin(), arcs_.end(), [](const FreeArc& a, const FreeArc& b) {
        return a.slot != b.slot ? a.slot < b.slot : a.element < b.element;
    });
    result_.statistics.admissiblePairs = static_cast<int>(arcs_.size());
}

/// The integer problem: savings rounded to integer units (docs/matching-engine.md, "Rounding"),
/// for the count objective lifted by one slot's worth M so that filling a slot comes first.
void PlanBuilder::buildIntegerProblem() {
    const int slots = ctx_.slotCount();
    double maxWeight = 0.0;
    std::vector<double> slotMax(static_cast<std::size_t>(slots), 0.0);
    std::vector<int> elementLocal(static_cast<std::size_t>(ctx_.elementCount()), -1);
    std::vector<int> localElement;
    for (const FreeArc& a : arcs_) {
        maxWeight = std::max(maxWeight, a.weight);
        slotMax[a.slot] = std::max(slotMax[a.slot], a.weight);
        if (elementLocal[a.element] < 0) {
            elementLocal[a.element] = static_cast<int>(localElement.size());
            localElement.push_back(a.element);
        }
    }
    double sumSlotMax = 0.0;
    for (const double m : slotMax) sumSlotMax += m;
    const auto freeElementCount = static_cast<int>(localElement.size());
    IntegerProblem& ip = integer_;
    ip.scale = chooseScale(maxWeight, sumSlotMax, freeElementCount + slots, options_.objective);
    const double scale = ip.scale;
    auto rounded = [scale](double kg) {
        return std::max<std::int64_t>(1, static_cast<std::int64_t>(std::llround(kg * scale)));
    };
    std::int64_t sumRounded = 0;
    for (int s = 0; s < slots; ++s) {
        if (slotMax[s] > 0.0) sumRounded += rounded(slotMax[s]);
    }
    if (options_.objective == Objective::Count) ip.countUnit = sumRounded + 1;

    SectionProblem& problem = ip.problem;
    problem.elementCount = freeElementCount;
    problem.sectionCount = ctx_.sectionCount();
    problem.spanCount = ctx_.spanCount();
    for (const int e : localElement) problem.elementSection.push_back(ctx_.section(e));
    problem.spanFixedSection = pins_.spanFixed;
    std::size_t k = 0;
    std::vector<std::pair<int, std::int64_t>> slotArcs;
    for (int s = 0; s < slots; ++s) {
        if (pins_.slotTaken[s]) continue;
        slotArcs.clear();
        for (; k < arcs_.size() && arcs_[k].slot == s; ++k) {
            slotArcs.emplace_back(elementLocal[arcs_[k].element],
                                  ip.countUnit + rounded(arcs_[k].weight));
            ip.problemArc.push_back(static_cast<int>(k));
        }
        problem.addSlot(ctx_.slotRef(s).spanId, slotArcs);
        ip.problemSlot.push_back(s);
    }
    // Largest number of free assignments, for the rounding bound.
    const int maxFree = std::min(freeElementCount, static_cast<int>(ip.problemSlot.size()));
    ip.slackKg = maxFree / scale;
    result_.statistics.scale = scale;
    result_.statistics.roundingSlackKg = ip.slackKg;
}

/// The search over span sections, with the time limit, cancel flag and progress of the caller.
SearchOutcome PlanBuilder::search() {
    const IntegerProblem& ip = integer_;
    SearchControl control;
    const auto limit = std::chrono::duration<double>(std::max(0.0, options_.timeLimitSeconds));
    control.deadline = start_ + std::chrono::duration_cast<Clock::duration>(limit);
    control.cancel = options_.cancel;
    // Optimal means optimal to within a milligram of CO2e (plus rounding, see above).
    control.tolerance = static_cast<std::int64_t>(std::floor(ip.scale * 1e-6));
    const double pinsKg = pinsWeight_;
    const auto pinCount = static_cast<int>(pins_.kept.size());
    if (options_.progress) {
        control.progress = [this, &ip, pinsKg, pinCount](std::int64_t value, std::int64_t bound,
                                                         long nodes) {
            MatchProgress progress;
            progress.elapsedSeconds = std::chrono::duration<double>(Clock::now() - start_).count();
            int count = 0;
            progress.bestSavingKg = pinsKg + ip.toKg(value, count);
            progress.bestFilledSlots = pinCount + count;
            progress.upperBoundKg = pinsKg + ip.toKg(bound, count) + ip.slackKg;
            progress.nodes = nodes;
            options_.progress(progress);
        };
    }
    SearchOutcome outcome = solveSectionProblem(ip.problem, control);
    result_.optimal = outcome.optimal;
    result_.stopped = outcome.stopped;
    result_.statistics.components = outcome.components;
    result_.statistics.nodes = outcome.nodes;
    int count = 0;
    result_.statistics.relaxedBoundKg = pinsKg + ip.toKg(outcome.relaxedBound, count);
    return outcome;
}

/// The plan: kept pins and the search's arcs, each with the figures of its pair.
void PlanBuilder::fillPlan(const SearchOutcome& outcome) {
    for (const KeptPin& pin : pins_.kept) {
        view_.slotElement[pin.slot] = pin.element;
        view_.elementSlot[pin.element] = pin.slot;
        view_.slotPinned[pin.slot] = 1;
    }
    for (std::size_t ps = 0; ps < integer_.problemSlot.size(); ++ps) {
        const int a = outcome.plan.slotArc[ps];
        if (a < 0) continue;
        const FreeArc& arc = arcs_[static_cast<std::size_t>(integer_.problemArc[a])];
        view_.slotElement[arc.slot] = arc.element;
        view_.elementSlot[arc.element] = arc.slot;
    }
    for (int s = 0; s < ctx_.slotCount(); ++s) {
        const int e = view_.slotElement[s];
        if (e < 0) continue;
        const PairCheck c = ctx_.check(e, s);
        PlannedAssignment a;
        a.elementUid = ctx_.element(e).uid;
        a.slotUid = ctx_.slot(s).uid;
        a.element = ctx_.element(e).id;
        a.where = ctx_.slotName(s);
        a.pinned = view_.slotPinned[s] != 0;
        a.cutM = c.cutM;
        a.utilisation = c.utilisation;
        a.distanceKm = c.distanceKm;
        a.savingKg = c.savingKg;
        a.weight = weightOf(e, s, c);
        result_.totalSavingKg += a.savingKg;
        result_.objectiveValue += a.weight;
        result_.assignments.push_back(std::move(a));
    }
    result_.filledSlots = static_cast<int>(result_.assignments.size());
}

/// The proven upper bound. True optimum <= (integer bound + maxFree) / scale: each rounded weight
/// is within 1/scale of its exact value (docs/matching-engine.md, "Rounding").
void PlanBuilder::setUpperBound(const SearchOutcome& outcome) {
    const IntegerProblem& ip = integer_;
    const double pinsKg = pins_.savingKg;
    const auto pinCount = static_cast<int>(pins_.kept.size());
    int boundCount = 0;
    const double boundKg = ip.toKg(outcome.upperBound, boundCount);
    if (options_.objective == Objective::Carbon) {
        result_.upperBoundKg = pinsKg + boundKg + ip.slackKg;
        result_.upperBoundFilledSlots = -1;
    } else if (pricer_) {
        // mki, cost: the search's bound is in euro; the CO2 bound is that of the carbon
        // relaxation over the same pairs (any plan's saving is below it).
        result_.objectiveBound =
            std::max(result_.objectiveValue, pinsWeight_ + boundKg + ip.slackKg);
        result_.upperBoundFilledSlots = -1;
        result_.upperBoundKg = pinsKg + carbonRelaxationKg();
    } else {
        const int planCount = result_.filledSlots - pinCount;
        result_.upperBoundFilledSlots = pinCount + boundCount;
        // The saving bound on the best plan: valid as is when no plan can fill more slots;
        // otherwise the saving bound of the carbon relaxation (any plan's saving is below it).
        SparseCostMatrix relaxed;
        relaxed.rowStart.assign(1, 0);
        const SectionProblem& problem = ip.problem;
        for (int ps = 0; ps < problem.slotCount(); ++ps) {
            for (int a = problem.slotArcBegin[ps]; a < problem.slotArcBegin[ps + 1]; ++a) {
                relaxed.addArc(problem.arcElement[a], problem.arcWeight[a] - ip.countUnit);
            }
            relaxed.endRow();
        }
        AssignmentSolver solver;
        const double carbonBoundKg =
            pinsKg +
            static_cast<double>(solver.solveMaxWeight(relaxed, problem.elementCount).weight) /
                ip.scale +
            ip.slackKg;
        result_.upperBoundKg = carbonBoundKg;
        if (boundCount == planCount) {
            result_.upperBoundKg = std::min(carbonBoundKg, pinsKg + boundKg + ip.slackKg);
        }
    }
    result_.upperBoundKg = std::max(result_.upperBoundKg, result_.totalSavingKg);
    if (!pricer_) {
        result_.objectiveValue = result_.totalSavingKg;
        result_.objectiveBound = result_.upperBoundKg;
    }
}

/// The largest CO2 saving any assignment of the free pairs can reach (no span rule), in kg,
/// with its own rounding slack: a bound on the CO2 of every plan of the search.
double PlanBuilder::carbonRelaxationKg() const {
    const IntegerProblem& ip = integer_;
    const SectionProblem& problem = ip.problem;
    double maxKg = 0.0;
    for (const FreeArc& a : arcs_) maxKg = std::max(maxKg, a.savingKg);
    const double scale =
        chooseScale(maxKg, 0.0, problem.elementCount + problem.slotCount(), Objective::Carbon);
    SparseCostMatrix relaxed;
    relaxed.rowStart.assign(1, 0);
    for (int ps = 0; ps < problem.slotCount(); ++ps) {
        for (int a = problem.slotArcBegin[ps]; a < problem.slotArcBegin[ps + 1]; ++a) {
            const double kg = arcs_[static_cast<std::size_t>(ip.problemArc[a])].savingKg;
            relaxed.addArc(problem.arcElement[a],
                           std::max<std::int64_t>(1, std::llround(std::ceil(kg * scale))));
        }
        relaxed.endRow();
    }
    AssignmentSolver solver;
    const int maxFree = std::min(problem.elementCount, problem.slotCount());
    return static_cast<double>(solver.solveMaxWeight(relaxed, problem.elementCount).weight) /
               scale +
           maxFree / scale;
}

}  // namespace

/// The steps, in order: hold the pins (and R8 among them), collect the admissible free pairs,
/// round them into the integer section problem, search it (solver/sectionsearch.h), read the plan
/// back, prove its bound, explain what stays empty (judging/explanations.h).
namespace {

/// The plan of a result as assignments: its pins and proposals.
std::vector<Assignment> assignmentsOf(const MatchResult& r) {
    std::vector<Assignment> plan;
    plan.reserve(r.assignments.size());
    for (const PlannedAssignment& a : r.assignments)
        plan.push_back({a.elementUid, a.slotUid, a.pinned});
    return plan;
}

/// The girders of `r`'s plan that the schedule of that very plan makes too late for their slot
/// (R5 v2 with the plan's own ready dates), with those dates.
QHash<Uid, QDate> lateInOwnSchedule(const MatchInput& input, const MatchResult& r) {
    const std::vector<Assignment> plan = assignmentsOf(r);
    const QHash<Uid, QDate> ready = readyDatesFor(input, plan);
    const QHash<Uid, QDate> due =
        certification::deadlines(input.structures, plan, input.settings.deliveryLeadDays);
    QHash<Uid, QDate> late;
    for (const Assignment& a : plan) {
        const auto r_i = ready.constFind(a.elementUid);
        const auto d = due.constFind(a.elementUid);
        if (r_i != ready.cend() && d != due.cend() && *r_i > *d) late.insert(a.elementUid, *r_i);
    }
    return late;
}

MatchOptions withTimeLeft(const MatchOptions& options, Clock::time_point start) {
    MatchOptions o = options;
    const double spent = std::chrono::duration<double>(Clock::now() - start).count();
    o.timeLimitSeconds = std::max(0.5, options.timeLimitSeconds - spent);
    return o;
}

}  // namespace

/// With plan_certification the ready dates depend on the plan (deadlines set the order in
/// which girders get the lab) and the plan on the ready dates. docs/recertification.md, "Plan
/// and schedule": the first search uses each girder's earliest ready date (every resource
/// unlimited), a lower bound in any plan, so its bound holds for every plan; then the schedule
/// of the plan found is computed, and girders it makes late get that later date and the search
/// runs again, until the plan's own schedule has every girder in time (or the rounds run out:
/// the late girders are then left out of the plan). "Optimal" only when the plan that agrees
/// with its schedule reaches the first search's proven optimum.
namespace {

/// Girders still late in their own schedule leave the plan (their slots stay empty), round by
/// round until the schedule agrees (leaving can only move the others' ready dates). True when
/// any left.
bool stripLateGirders(const MatchInput& input, MatchResult& result) {
    QHash<Uid, QDate> late = lateInOwnSchedule(input, result);
    bool stripped = false;
    while (!late.isEmpty()) {
        std::vector<PlannedAssignment> kept;
        for (const PlannedAssignment& a : result.assignments) {
            if (!late.contains(a.elementUid) || a.pinned) {
                kept.push_back(a);
                continue;
            }
            result.totalSavingKg -= a.savingKg;
            result.objectiveValue -= a.weight;
            result.filledSlots -= 1;
            UnfilledSlot u;
            u.slotUid = a.slotUid;
            u.where = a.where;
            SlotReason reason;
            reason.elementUid = a.elementUid;
            reason.element = a.element;
            reason.rule = RuleId::R5Timing;
            reason.detail =
                QCoreApplication::translate("respan::Rules",
                                            "R5 timing: recertified by %1, after the latest "
                                            "delivery of this slot in the plan's schedule")
                    .arg(late.value(a.elementUid).toString(Qt::ISODate));
            u.reasons.push_back(reason);
            result.unfilledSlots.push_back(u);
        }
        if (kept.size() == result.assignments.size()) break;  // only pins are late: conflicts
        result.assignments = std::move(kept);
        late = lateInOwnSchedule(input, result);
    }
    return stripped;
}

/// True when `a` is better than `b` in the objective (count: filled slots, then saving).
bool better(Objective objective, const MatchResult& a, const MatchResult& b) {
    if (objective == Objective::Count) {
        if (a.filledSlots != b.filledSlots) return a.filledSlots > b.filledSlots;
        return a.totalSavingKg > b.totalSavingKg;
    }
    return a.objectiveValue > b.objectiveValue;
}

}  // namespace

MatchResult optimisePlan(const MatchInput& input, const MatchOptions& options) {
    if (!input.settings.planCertification || input.protocol.empty())
        return PlanBuilder(input, options).run();
    const Clock::time_point start = Clock::now();
    MatchInput round = input;
    round.readyDates = readyDatesFor(input, input.pins, true);
    const MatchResult first = PlanBuilder(round, options).run();
    MatchResult result = first;
    int rounds = 1;
    constexpr int kMaxRounds = 6;
    bool stripped = false;
    QHash<Uid, QDate> late = lateInOwnSchedule(input, result);
    while (!late.isEmpty() && rounds < kMaxRounds && !result.stopped) {
        for (auto it = late.cbegin(); it != late.cend(); ++it) {
            QDate& r_i = round.readyDates[it.key()];
            if (!r_i.isValid() || r_i < it.value()) r_i = it.value();
        }
        MatchResult next = PlanBuilder(round, withTimeLeft(options, start)).run();
        ++rounds;
        if (next.stopped) {
            // Stopped (time limit or Cancel) in this round: of its best plan and the last
            // round's, each without its late girders, the better one (a round stopped early
            // may not have a plan yet).
            stripped = stripLateGirders(input, result);
            const bool nextStripped = stripLateGirders(input, next);
            if (better(options.objective, next, result)) {
                result = std::move(next);
                stripped = nextStripped;
            }
            result.stopped = true;
            result.optimal = false;
            late.clear();
            break;
        }
        result = std::move(next);
        late = lateInOwnSchedule(input, result);
    }
    // Still late after the last round: those girders leave the plan.
    if (!late.isEmpty()) stripped = stripLateGirders(input, result) || stripped;
    const bool reachesFirst =
        options.objective == Objective::Count
            ? result.filledSlots == first.filledSlots &&
                  result.totalSavingKg >= first.totalSavingKg - first.statistics.roundingSlackKg
            : result.objectiveValue >= first.objectiveValue - first.statistics.roundingSlackKg;
    result.optimal = result.optimal && first.optimal && !stripped && reachesFirst;
    result.upperBoundKg = std::max(first.upperBoundKg, result.totalSavingKg);
    result.objectiveBound = std::max(first.objectiveBound, result.objectiveValue);
    result.upperBoundFilledSlots = first.upperBoundFilledSlots;
    result.statistics.certificationRounds = rounds;
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
