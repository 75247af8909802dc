#include "core/report/planreport.h"

#include <QHash>

#include <algorithm>
#include <cmath>

#include "core/document/projectdocument.h"
#include "core/matching/rules.h"

namespace respan::report {

using namespace respan::matching;

ReportInput makeReportInput(const ProjectDocument& doc) {
    ReportInput input;
    input.match = makeMatchInput(doc);
    input.plan = doc.assignments();
    for (const Element& e : doc.elements()) {
        for (const StepRecord& r : e.certification) {
            for (const Uid uid : r.evidence) {
                for (const AttachedDocument& d : e.documents) {
                    if (d.uid == uid) input.evidence.push_back({e.id, r.step, d.name, d.sha256});
                }
            }
        }
    }
    input.sites = doc.sites();
    input.storage = yard::planStorage(doc);
    yard::addLayoutConflicts(input.storage, doc.sites());
    input.storageLayouts = yard::siteLayouts(doc, input.storage, QDate());
    input.impact = impact::computeImpact(doc);
    return input;
}

matching::MatchOptions reportOptimiserOptions(matching::MatchOptions options) {
    options.objective = Objective::Carbon;
    options.reasonsPerSlot = 0;  // the report explains the project's plan, not this one
    return options;
}

matching::MatchResult optimiseForReport(const matching::MatchInput& input,
                                        matching::MatchOptions options) {
    return optimisePlan(input, reportOptimiserOptions(std::move(options)));
}

Comparison comparePlan(double planKg, const MatchResult& optimum, int pins) {
    Comparison c;
    c.planKg = planKg;
    c.bestKg = optimum.totalSavingKg;
    c.boundKg = std::max(optimum.upperBoundKg, optimum.totalSavingKg);
    c.pins = pins;
    // The optimiser's own tolerance: 1 mg, plus what rounding to integers can move (both ways).
    const double tolerance =
        1e-6 + 2.0 * optimum.statistics.roundingSlackKg + 1e-12 * std::abs(c.boundKg);
    const double reference = optimum.optimal ? c.bestKg : c.boundKg;
    if (planKg >= reference - tolerance) {
        c.verdict = Verdict::PlanOptimal;
        c.gapPercent = 0.0;
    } else {
        c.verdict = optimum.optimal ? Verdict::BelowOptimum : Verdict::BelowBound;
        c.gapPercent = reference > 0.0 ? 100.0 * (reference - planKg) / reference : 0.0;
    }
    return c;
}

std::vector<double> PlanReport::supplyLengthsM() const {
    std::vector<double> out;
    for (const Element& e : input.match.elements) {
        if (e.status == ElementStatus::Installed || e.status == ElementStatus::Rejected) continue;
        out.push_back(e.length.value());
    }
    return out;
}

std::vector<double> PlanReport::demandLengthsM() const {
    std::vector<double> out;
    for (const Structure& s : input.match.structures) {
        for (const Span& p : s.spans)
            out.insert(out.end(), p.slots.size(), p.requiredLength.value());
    }
    return out;
}

std::vector<double> PlanReport::utilisations() const {
    std::vector<double> out;
    out.reserve(plan.assignments.size());
    for (const PlannedAssignment& a : plan.assignments) out.push_back(a.utilisation);
    return out;
}

namespace {

/// The recertification schedule of `plan` (docs/recertification.md).
certification::Schedule planSchedule(const MatchInput& in, const std::vector<Assignment>& plan) {
    certification::ScheduleOptions so;
    so.planStart = certification::planStart(in.settings);
    return certification::schedule(
        in.protocol, in.elements,
        certification::deadlines(in.structures, plan, in.settings.deliveryLeadDays), so);
}

}  // namespace

PlanReport buildPlanReport(ReportInput input, const ReportOptions& options) {
    PlanReport r;
    r.input = std::move(input);
    const MatchInput& in = r.input.match;
    r.schedule = planSchedule(in, r.input.plan);
    r.plan = evaluatePlan(in, r.input.plan, options.reasonsPerSlot, options.locale);
    if (options.knownOptimum) {
        r.optimum = options.knownOptimum;
    } else if (options.runOptimiser) {
        MatchOptions mo;
        mo.timeLimitSeconds = options.optimiserSeconds;
        mo.cancel = options.cancel;
        mo.progress = options.progress;
        r.optimum = optimiseForReport(in, mo);
    }
    if (r.optimum) {
        r.comparison =
            comparePlan(r.plan.totalSavingKg, *r.optimum, static_cast<int>(in.pins.size()));
    } else {
        r.comparison.planKg = r.plan.totalSavingKg;
    }

    QHash<Uid, const Element*> elements;
    for (const Element& e : in.elements) elements.insert(e.uid, &e);
    QHash<Uid, const PlanConflict*> conflicts;
    for (const PlanConflict& c : r.plan.conflicts) conflicts.insert(c.slotUid, &c);
    QHash<Uid, const PlannedAssignment*> counted;
    for (const PlannedAssignment& a : r.plan.assignments) counted.insert(a.slotUid, &a);
    QHash<Uid, double> optimumBySlot;
    if (r.optimum) {
        for (const PlannedAssignment& a : r.optimum->assignments)
            optimumBySlot.insert(a.slotUid, a.savingKg);
    }

    r.elementCount = static_cast<int>(in.elements.size());
    for (const Structure& st : in.structures) {
        StructureReport sr;
        sr.uid = st.uid;
        sr.name = st.name;
        sr.site = st.site;
        for (const Span& span : st.spans) {
            SpanReport pr;
            pr.uid = span.uid;
            pr.name = span.name;
            pr.requiredLengthM = span.requiredLength.value();
            pr.installDate = span.installDate;
            const std::vector<loads::SlotDemand> demands =
                loads::spanDemands(st.deck, span, loads::LoadFactors::from(in.settings));
            for (std::size_t k = 0; k < span.slots.size(); ++k) {
                const Slot& slot = span.slots[k];
                SlotRow row;
                row.slotUid = slot.uid;
                row.slot = slot.name;
                row.momentDemandKnm = demands[k].momentKnm;
                row.shearDemandKn = demands[k].shearKn;
                row.demandEstimated = demands[k].momentEstimated || demands[k].shearEstimated;
                sr.optimumSavingKg += optimumBySlot.value(slot.uid, 0.0);
                const PlannedAssignment* a = counted.value(slot.uid, nullptr);
                const PlanConflict* c = conflicts.value(slot.uid, nullptr);
                const Uid elementUid = a ? a->elementUid : (c ? c->elementUid : kNoUid);
                const Element* e = elements.value(elementUid, nullptr);
                if (e != nullptr) {
                    const auto ready = in.readyDates.constFind(e->uid);
                    const PairCheck check =
                        checkPair(*e, st, span, slot, in.settings,
                                  ready == in.readyDates.cend() ? std::nullopt
                                                                : std::optional<QDate>(*ready));
                    row.elementUid = e->uid;
                    row.element = e->id;
                    row.donor = e->donorStructure;
                    row.donorPosition = e->donorPosition;
                    row.elementLengthM = e->length.value();
                    row.storedAt = e->location;
                    row.basis = check.basis;
                    row.momentDemandKnm = check.momentDemandKnm;
                    row.shearDemandKn = check.shearDemandKn;
                    row.momentCapacityKnm = check.momentCapacityKnm;
                    row.shearCapacityKn = check.shearCapacityKn;
                    row.capacityFromClass =
                        check.resistanceSource != loads::ResistanceSource::Entered;
                    row.condition = e->condition;
                    row.cutM = check.cutM;
                    row.bendingUtilisation = check.momentCapacityKnm > 0.0
                                                 ? check.momentDemandKnm / check.momentCapacityKnm
                                                 : (check.momentDemandKnm > 0.0 ? HUGE_VAL : 0.0);
                    row.shearUtilisation = check.shearCapacityKn > 0.0
                                               ? check.shearDemandKn / check.shearCapacityKn
                                               : (check.shearDemandKn > 0.0 ? HUGE_VAL : 0.0);
                    row.distanceKm = check.distanceKm;
                    row.savingKg = check.savingKg;
                    if (a != nullptr) {
                        row.pinned = a->pinned;
                        row.state = a->pinned ? SlotState::Pinned : SlotState::Proposed;
                        ++pr.filled;
                        pr.savingKg += check.savingKg;
                        pr.cutOffM += check.cutM;
                        pr.heightMm = e->height.value();
                        pr.widthMm = e->width.value();
                        r.builtInMassT += check.builtInMassT;
                    } else {
                        row.pinned = c->pinned;
                        row.state = SlotState::Conflict;
                        row.conflictRule = c->rule;
                        row.conflictDetail = c->detail;
                    }
                }
                pr.rows.push_back(std::move(row));
            }
            sr.slots += static_cast<int>(span.slots.size());
            sr.filled += pr.filled;
            sr.savingKg += pr.savingKg;
            r.cutOffTotalM += pr.cutOffM;
            r.slotCount += static_cast<int>(span.slots.size());
            ++r.spanCount;
            sr.spans.push_back(std::move(pr));
        }
        r.structures.push_back(std::move(sr));
    }
    return r;
}

}  // namespace respan::report
