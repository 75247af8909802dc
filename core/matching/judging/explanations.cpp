#include "core/matching/judging/explanations.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace respan::matching {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Matching)
};

/// Order of candidates of an unfilled slot: its own pin, then admissible elements by saving,
/// then inadmissible ones by how nearly they pass (fewest failing rules, smallest shortfall).
struct Candidate {
    int element;
    int group;       // 0 pin conflict, 1-3 admissible, 4 inadmissible (a plan as planned splits
                     // the admissible ones: 1 free, 2 placed elsewhere, 3 another section)
    double primary;  // groups 1-3: -saving; group 4: failing rules
    double secondary;
    bool operator<(const Candidate& o) const {
        return std::tie(group, primary, secondary, element) <
               std::tie(o.group, o.primary, o.secondary, o.element);
    }
};

}  // namespace

QString SlotReason::key() const {
    switch (kind) {
        case ReasonKind::RuleFails:
        case ReasonKind::OtherSection:
        case ReasonKind::PinConflict:
            return ruleKey(rule);
        case ReasonKind::UsedElsewhere:
            return QStringLiteral("used_elsewhere");
        case ReasonKind::PinnedElsewhere:
            return QStringLiteral("pinned_elsewhere");
        case ReasonKind::SlotPinned:
            return QStringLiteral("slot_pinned");
        case ReasonKind::NotExamined:
            return QStringLiteral("not_examined");
        case ReasonKind::NotPlaced:
            return QStringLiteral("not_placed");
    }
    return QString();
}

bool explainPlan(const MatchContext& ctx, const PlanView& plan, int reasonsPerSlot,
                 MatchResult& result) {
    const auto cancelled = [&plan] {
        return plan.cancel != nullptr && plan.cancel->load(std::memory_order_relaxed);
    };
    const int elements = ctx.elementCount();
    const int slots = ctx.slotCount();
    // Section of each span in the plan (from its girders, pins included); -1 when empty.
    std::vector<int> spanSection(static_cast<std::size_t>(ctx.spanCount()), -1);
    std::vector<int> spanElement(static_cast<std::size_t>(ctx.spanCount()), -1);
    for (int s = 0; s < slots; ++s) {
        const int e = plan.slotElement[s];
        if (e < 0 || plan.conflictOfSlot[s] >= 0) continue;
        spanSection[ctx.slotRef(s).spanId] = ctx.section(e);
        spanElement[ctx.slotRef(s).spanId] = e;
    }
    const bool count = plan.objective == Objective::Count;
    const bool planned = plan.asPlanned;
    // Whether conflict c is a pin; the optimiser's conflicts always are.
    auto conflictIsPin = [&plan](int c) {
        return plan.conflictPinned.empty() || plan.conflictPinned[c] != 0;
    };

    // --- unfilled slots -----------------------------------------------------------------------
    std::vector<Candidate> candidates;
    for (int s = 0; s < slots; ++s) {
        if (plan.slotElement[s] >= 0) continue;
        if (cancelled()) return false;
        UnfilledSlot unfilled;
        unfilled.slotUid = ctx.slot(s).uid;
        unfilled.where = ctx.slotName(s);
        candidates.clear();
        const int pinConflict = plan.conflictOfSlot[s];
        for (int e = 0; e < elements; ++e) {
            if (pinConflict >= 0 &&
                result.conflicts[pinConflict].elementUid == ctx.element(e).uid) {
                candidates.push_back({e, 0, 0.0, 0.0});
                continue;
            }
            // A girder already in this span explains nothing about its empty slot.
            if (plan.elementSlot[e] >= 0 &&
                ctx.slotRef(plan.elementSlot[e]).spanId == ctx.slotRef(s).spanId) {
                continue;
            }
            const PairCheck c = ctx.check(e, s);
            if (c.admissible()) {
                // In a plan as planned, the girders that could go in now come first, then those
                // placed elsewhere, then those the span rule keeps out: what the planner can act
                // on, in that order.
                int group = 1;
                if (planned) {
                    const int p = ctx.slotRef(s).spanId;
                    if (spanSection[p] >= 0 && spanSection[p] != ctx.section(e))
                        group = 3;
                    else if (plan.elementSlot[e] >= 0 || plan.conflictOfElement[e] >= 0)
                        group = 2;
                }
                candidates.push_back({e, group, -c.savingKg, 0.0});
            } else {
                candidates.push_back(
                    {e, 4, static_cast<double>(c.failedCount()), c.distanceFromAdmissible()});
            }
        }
        const auto keep = std::min<std::size_t>(
            candidates.size(), static_cast<std::size_t>(std::max(0, reasonsPerSlot)));
        std::partial_sort(candidates.begin(), candidates.begin() + static_cast<long>(keep),
                          candidates.end());
        for (std::size_t k = 0; k < keep; ++k) {
            const int e = candidates[k].element;
            const Element& el = ctx.element(e);
            SlotReason r;
            r.elementUid = el.uid;
            r.element = el.id;
            if (candidates[k].group == 0) {
                const PinConflict& conflict = result.conflicts[pinConflict];
                r.kind = ReasonKind::PinConflict;
                r.rule = conflict.rule;
                r.detail =
                    conflictIsPin(pinConflict)
                        ? Tr::tr("pinned here, but the pin is in conflict: %1").arg(conflict.detail)
                        : Tr::tr("placed here, but the placement breaks a rule: %1")
                              .arg(conflict.detail);
            } else if (candidates[k].group == 4) {
                const PairCheck c = ctx.check(e, s);
                r.kind = ReasonKind::RuleFails;
                r.rule = c.failed;
                r.detail = describeFailure(c, plan.locale);
            } else if (plan.elementSlot[e] >= 0) {
                const int t = plan.elementSlot[e];
                if (plan.slotPinned[t]) {
                    r.kind = ReasonKind::PinnedElsewhere;
                    r.detail = Tr::tr("pinned elsewhere: in %1").arg(ctx.slotName(t).path());
                } else if (const int p = ctx.slotRef(s).spanId;
                           spanSection[p] >= 0 && spanSection[p] != ctx.section(e)) {
                    // Both are true, but the span rule is what keeps it out of this slot:
                    // placing it here would not be allowed even if it were free.
                    const Element& other = ctx.element(spanElement[p]);
                    r.kind = ReasonKind::OtherSection;
                    r.rule = RuleId::R8Section;
                    r.detail =
                        Tr::tr("another section chosen for this span: %1; the girder is used in %2")
                            .arg(describeSectionClash(el, other.height, other.width, plan.locale),
                                 ctx.slotName(t).path());
                } else {
                    r.kind = ReasonKind::UsedElsewhere;
                    r.detail = planned ? Tr::tr("used elsewhere: in %1").arg(ctx.slotName(t).path())
                               : count ? Tr::tr("used elsewhere for more filled slots: in %1")
                                             .arg(ctx.slotName(t).path())
                                       : Tr::tr("used elsewhere for a larger saving: in %1")
                                             .arg(ctx.slotName(t).path());
                }
            } else if (plan.conflictOfElement[e] >= 0) {
                const int c = plan.conflictOfElement[e];
                const PinConflict& conflict = result.conflicts[c];
                r.kind = ReasonKind::PinnedElsewhere;
                r.detail = conflictIsPin(c)
                               ? Tr::tr("pinned elsewhere: in %1 (a pin in conflict)")
                                     .arg(conflict.where.path())
                               : Tr::tr("placed elsewhere: in %1 (a placement that breaks a rule)")
                                     .arg(conflict.where.path());
            } else if (pinConflict >= 0) {
                r.kind = ReasonKind::SlotPinned;
                r.detail = conflictIsPin(pinConflict)
                               ? Tr::tr(
                                     "the slot is held by its pin of %1, which is in conflict; it "
                                     "stays empty until the pin is changed")
                                     .arg(result.conflicts[pinConflict].element)
                               : Tr::tr(
                                     "the slot holds %1, which breaks a rule; it counts as empty "
                                     "until the placement is changed")
                                     .arg(result.conflicts[pinConflict].element);
            } else if (const int p = ctx.slotRef(s).spanId;
                       spanSection[p] >= 0 && spanSection[p] != ctx.section(e)) {
                const Element& other = ctx.element(spanElement[p]);
                r.kind = ReasonKind::OtherSection;
                r.rule = RuleId::R8Section;
                r.detail =
                    Tr::tr("another section chosen for this span: %1")
                        .arg(describeSectionClash(el, other.height, other.width, plan.locale));
            } else if (planned) {
                r.kind = ReasonKind::NotPlaced;
                r.detail = Tr::tr("admissible and free: not placed yet");
            } else {
                r.kind = ReasonKind::NotExamined;
                r.detail = Tr::tr(
                    "admissible and free: the search stopped before the plan was "
                    "proven optimal");
            }
            unfilled.reasons.push_back(std::move(r));
        }
        result.unfilledSlots.push_back(std::move(unfilled));
    }

    // --- unused elements ----------------------------------------------------------------------
    for (int e = 0; e < elements; ++e) {
        if (plan.elementSlot[e] >= 0) continue;
        if (cancelled()) return false;
        const Element& el = ctx.element(e);
        UnusedElement unused;
        unused.elementUid = el.uid;
        unused.element = el.id;
        if (plan.conflictOfElement[e] >= 0) {
            const int c = plan.conflictOfElement[e];
            const PinConflict& conflict = result.conflicts[c];
            unused.nearestRule = conflict.rule;
            unused.reason = conflictIsPin(c)
                                ? Tr::tr("pinned to %1, but the pin is in conflict: %2")
                                      .arg(conflict.where.path(), conflict.detail)
                                : Tr::tr("placed in %1, but the placement breaks a rule: %2")
                                      .arg(conflict.where.path(), conflict.detail);
            result.unusedElements.push_back(std::move(unused));
            continue;
        }
        int admissible = 0;
        int filled = 0;
        int otherSection = 0;
        int open = 0;
        int nearest = -1;
        std::pair<int, double> nearestKey{1 << 20, 0.0};
        for (int s = 0; s < slots; ++s) {
            const PairCheck c = ctx.check(e, s);
            if (!c.admissible()) {
                const std::pair<int, double> key{c.failedCount(), c.distanceFromAdmissible()};
                if (nearest < 0 || key < nearestKey) {
                    nearest = s;
                    nearestKey = key;
                }
                continue;
            }
            ++admissible;
            const int p = ctx.slotRef(s).spanId;
            if (plan.slotElement[s] >= 0 || plan.conflictOfSlot[s] >= 0) {
                ++filled;
            } else if (spanSection[p] >= 0 && spanSection[p] != ctx.section(e)) {
                ++otherSection;
            } else {
                ++open;
            }
        }
        if (admissible == 0) {
            if (nearest < 0) {
                unused.reason = Tr::tr("no admissible slot: the project has no slots");
            } else {
                const PairCheck c = ctx.check(e, nearest);
                unused.nearestRule = c.failed;
                unused.reason =
                    Tr::tr("no admissible slot; nearest is %1: %2")
                        .arg(ctx.slotName(nearest).path(), describeFailure(c, plan.locale));
            }
        } else if (open > 0) {
            unused.reason =
                planned ? Tr::tr("admissible in %n empty slot(s); not placed yet", nullptr, open)
                        : Tr::tr(
                              "admissible in %n empty slot(s), but the search "
                              "stopped before the plan was proven optimal",
                              nullptr, open);
        } else if (planned && otherSection == 0) {
            unused.reason = Tr::tr("every admissible slot (%n) is filled", nullptr, filled);
        } else if (planned) {
            unused.nearestRule = RuleId::R8Section;
            unused.reason = Tr::tr(
                                "of its %n admissible slot(s), %1 are filled and %2 lie in spans "
                                "that hold another section (R8)",
                                nullptr, admissible)
                                .arg(filled)
                                .arg(otherSection);
        } else if (otherSection == 0) {
            unused.reason = Tr::tr(
                "a better use elsewhere: every admissible slot (%n) is filled "
                "by a better candidate",
                nullptr, filled);
        } else {
            unused.nearestRule = RuleId::R8Section;
            unused.reason = Tr::tr(
                                "a better use elsewhere: of its %n admissible slot(s), %1 are "
                                "filled by better candidates and %2 lie in spans given another "
                                "section (R8)",
                                nullptr, admissible)
                                .arg(filled)
                                .arg(otherSection);
        }
        result.unusedElements.push_back(std::move(unused));
    }
    return true;
}

}  // namespace respan::matching
