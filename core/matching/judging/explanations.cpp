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
        case ReasonKind::NotWorthIt:
            return QStringLiteral("not_worth_it");
    }
    return QString();
}

namespace {

/// The measure of the mki and cost objectives in a sentence.
QString measureName(Objective objective) {
    return objective == Objective::Mki ? Tr::tr("in MKI euro") : Tr::tr("in euro");
}

/// How an unused element's admissible slots are taken, and its nearest inadmissible one.
struct SlotTally {
    int admissible = 0;
    int filled = 0;
    int otherSection = 0;
    int open = 0;
    int notWorthIt = 0;  ///< open, but reuse saves nothing there (mki, cost)
    int nearest = -1;    ///< the slot it misses by least, when it has no admissible one
};

/// The explanation of one plan, step by step: the ranked candidates of each unfilled slot with
/// the reason each is not there, and the reason each unused element is unused.
class Explainer {
public:
    Explainer(const MatchContext& ctx, const PlanView& plan, const MatchResult& result)
        : ctx_(ctx), plan_(plan), result_(result) {
        // Section of each span in the plan (from its girders, pins included); -1 when empty.
        spanSection_.assign(static_cast<std::size_t>(ctx.spanCount()), -1);
        spanElement_.assign(static_cast<std::size_t>(ctx.spanCount()), -1);
        for (int s = 0; s < ctx.slotCount(); ++s) {
            const int e = plan.slotElement[s];
            if (e < 0 || plan.conflictOfSlot[s] >= 0) continue;
            spanSection_[ctx.slotRef(s).spanId] = ctx.section(e);
            spanElement_[ctx.slotRef(s).spanId] = e;
        }
    }

    UnfilledSlot unfilledSlot(int s, int reasonsPerSlot);
    UnusedElement unusedElement(int e) const;

private:
    /// Whether conflict c is a pin; the optimiser's conflicts always are.
    [[nodiscard]] bool conflictIsPin(int c) const {
        return plan_.conflictPinned.empty() || plan_.conflictPinned[c] != 0;
    }
    /// Whether the span of slot s holds a section other than element e's.
    [[nodiscard]] bool otherSectionInSpan(int s, int e) const {
        const int p = ctx_.slotRef(s).spanId;
        return spanSection_[p] >= 0 && spanSection_[p] != ctx_.section(e);
    }
    void rankCandidates(int s, int pinConflict);
    [[nodiscard]] SlotReason reasonFor(int s, const Candidate& candidate, int pinConflict) const;
    [[nodiscard]] SlotReason admissibleReason(int s, int e, int pinConflict) const;
    [[nodiscard]] SlotTally tally(int e) const;
    [[nodiscard]] QString unusedReason(const SlotTally& t, int e, RuleId& nearestRule) const;

    const MatchContext& ctx_;
    const PlanView& plan_;
    const MatchResult& result_;
    std::vector<int> spanSection_;
    std::vector<int> spanElement_;
    std::vector<Candidate> candidates_;
};

/// The candidates of an empty slot, best first: its own pin in conflict, then admissible
/// girders (in a plan as planned: those that could go in now, then those placed elsewhere, then
/// those the span rule keeps out: what the planner can act on, in that order), then the
/// inadmissible ones by how nearly they pass.
void Explainer::rankCandidates(int s, int pinConflict) {
    candidates_.clear();
    for (int e = 0; e < ctx_.elementCount(); ++e) {
        if (pinConflict >= 0 && result_.conflicts[pinConflict].elementUid == ctx_.element(e).uid) {
            candidates_.push_back({e, 0, 0.0, 0.0});
            continue;
        }
        // A girder already in this span explains nothing about its empty slot.
        if (plan_.elementSlot[e] >= 0 &&
            ctx_.slotRef(plan_.elementSlot[e]).spanId == ctx_.slotRef(s).spanId) {
            continue;
        }
        const PairCheck c = ctx_.check(e, s);
        if (c.admissible()) {
            int group = 1;
            if (plan_.asPlanned) {
                if (otherSectionInSpan(s, e))
                    group = 3;
                else if (plan_.elementSlot[e] >= 0 || plan_.conflictOfElement[e] >= 0)
                    group = 2;
            }
            candidates_.push_back({e, group, -c.savingKg, 0.0});
        } else {
            candidates_.push_back(
                {e, 4, static_cast<double>(c.failedCount()), c.distanceFromAdmissible()});
        }
    }
}

UnfilledSlot Explainer::unfilledSlot(int s, int reasonsPerSlot) {
    UnfilledSlot unfilled;
    unfilled.slotUid = ctx_.slot(s).uid;
    unfilled.where = ctx_.slotName(s);
    const int pinConflict = plan_.conflictOfSlot[s];
    rankCandidates(s, pinConflict);
    const auto keep = std::min<std::size_t>(candidates_.size(),
                                            static_cast<std::size_t>(std::max(0, reasonsPerSlot)));
    std::partial_sort(candidates_.begin(), candidates_.begin() + static_cast<long>(keep),
                      candidates_.end());
    for (std::size_t k = 0; k < keep; ++k)
        unfilled.reasons.push_back(reasonFor(s, candidates_[k], pinConflict));
    return unfilled;
}

SlotReason Explainer::reasonFor(int s, const Candidate& candidate, int pinConflict) const {
    const int e = candidate.element;
    SlotReason r;
    if (candidate.group == 0) {
        const PinConflict& conflict = result_.conflicts[pinConflict];
        r.kind = ReasonKind::PinConflict;
        r.rule = conflict.rule;
        r.detail =
            conflictIsPin(pinConflict)
                ? Tr::tr("pinned here, but the pin is in conflict: %1").arg(conflict.detail)
                : Tr::tr("placed here, but the placement breaks a rule: %1").arg(conflict.detail);
    } else if (candidate.group == 4) {
        const PairCheck c = ctx_.check(e, s);
        r.kind = ReasonKind::RuleFails;
        r.rule = c.failed;
        r.detail = describeFailure(c, plan_.locale);
    } else {
        r = admissibleReason(s, e, pinConflict);
    }
    r.elementUid = ctx_.element(e).uid;
    r.element = ctx_.element(e).id;
    return r;
}

/// Why an admissible girder is not in the empty slot s.
SlotReason Explainer::admissibleReason(int s, int e, int pinConflict) const {
    const Element& el = ctx_.element(e);
    SlotReason r;
    if (plan_.elementSlot[e] >= 0) {
        const int t = plan_.elementSlot[e];
        const QString there = ctx_.slotName(t).path();
        if (plan_.slotPinned[t]) {
            r.kind = ReasonKind::PinnedElsewhere;
            r.detail = Tr::tr("pinned elsewhere: in %1").arg(there);
        } else if (otherSectionInSpan(s, e)) {
            // Both are true, but the span rule is what keeps it out of this slot: placing it
            // here would not be allowed even if it were free.
            const Element& other = ctx_.element(spanElement_[ctx_.slotRef(s).spanId]);
            r.kind = ReasonKind::OtherSection;
            r.rule = RuleId::R8Section;
            r.detail =
                Tr::tr("another section chosen for this span: %1; the girder is used in %2")
                    .arg(describeSectionClash(el, other.height, other.width, plan_.locale), there);
        } else {
            const bool count = plan_.objective == Objective::Count;
            r.kind = ReasonKind::UsedElsewhere;
            r.detail = plan_.asPlanned ? Tr::tr("used elsewhere: in %1").arg(there)
                       : count ? Tr::tr("used elsewhere for more filled slots: in %1").arg(there)
                               : Tr::tr("used elsewhere for a larger saving: in %1").arg(there);
        }
    } else if (plan_.conflictOfElement[e] >= 0) {
        const int c = plan_.conflictOfElement[e];
        const PinConflict& conflict = result_.conflicts[c];
        r.kind = ReasonKind::PinnedElsewhere;
        r.detail =
            conflictIsPin(c)
                ? Tr::tr("pinned elsewhere: in %1 (a pin in conflict)").arg(conflict.where.path())
                : Tr::tr("placed elsewhere: in %1 (a placement that breaks a rule)")
                      .arg(conflict.where.path());
    } else if (pinConflict >= 0) {
        r.kind = ReasonKind::SlotPinned;
        r.detail = conflictIsPin(pinConflict)
                       ? Tr::tr(
                             "the slot is held by its pin of %1, which is in conflict; it "
                             "stays empty until the pin is changed")
                             .arg(result_.conflicts[pinConflict].element)
                       : Tr::tr(
                             "the slot holds %1, which breaks a rule; it counts as empty "
                             "until the placement is changed")
                             .arg(result_.conflicts[pinConflict].element);
    } else if (otherSectionInSpan(s, e)) {
        const Element& other = ctx_.element(spanElement_[ctx_.slotRef(s).spanId]);
        r.kind = ReasonKind::OtherSection;
        r.rule = RuleId::R8Section;
        r.detail = Tr::tr("another section chosen for this span: %1")
                       .arg(describeSectionClash(el, other.height, other.width, plan_.locale));
    } else if (plan_.asPlanned) {
        r.kind = ReasonKind::NotPlaced;
        r.detail = Tr::tr("admissible and free: not placed yet");
    } else if (plan_.netSaving && !(plan_.netSaving(e, s) > 0.0)) {
        r.kind = ReasonKind::NotWorthIt;
        r.detail = Tr::tr(
                       "admissible, but reuse here saves nothing against crushing it and "
                       "building new: net EUR %1 (%2)")
                       .arg(plan_.locale.toString(plan_.netSaving(e, s), 'f', 0),
                            measureName(plan_.objective));
    } else {
        r.kind = ReasonKind::NotExamined;
        r.detail = Tr::tr(
            "admissible and free: the search stopped before the plan was "
            "proven optimal");
    }
    return r;
}

SlotTally Explainer::tally(int e) const {
    SlotTally t;
    std::pair<int, double> nearestKey{1 << 20, 0.0};
    for (int s = 0; s < ctx_.slotCount(); ++s) {
        const PairCheck c = ctx_.check(e, s);
        if (!c.admissible()) {
            const std::pair<int, double> key{c.failedCount(), c.distanceFromAdmissible()};
            if (t.nearest < 0 || key < nearestKey) {
                t.nearest = s;
                nearestKey = key;
            }
            continue;
        }
        ++t.admissible;
        if (plan_.slotElement[s] >= 0 || plan_.conflictOfSlot[s] >= 0) {
            ++t.filled;
        } else if (otherSectionInSpan(s, e)) {
            ++t.otherSection;
        } else if (!plan_.asPlanned && plan_.netSaving && !(plan_.netSaving(e, s) > 0.0)) {
            ++t.notWorthIt;
        } else {
            ++t.open;
        }
    }
    return t;
}

UnusedElement Explainer::unusedElement(int e) const {
    const Element& el = ctx_.element(e);
    UnusedElement unused;
    unused.elementUid = el.uid;
    unused.element = el.id;
    if (plan_.conflictOfElement[e] >= 0) {
        const int c = plan_.conflictOfElement[e];
        const PinConflict& conflict = result_.conflicts[c];
        unused.nearestRule = conflict.rule;
        unused.reason = conflictIsPin(c)
                            ? Tr::tr("pinned to %1, but the pin is in conflict: %2")
                                  .arg(conflict.where.path(), conflict.detail)
                            : Tr::tr("placed in %1, but the placement breaks a rule: %2")
                                  .arg(conflict.where.path(), conflict.detail);
        return unused;
    }
    unused.reason = unusedReason(tally(e), e, unused.nearestRule);
    return unused;
}

QString Explainer::unusedReason(const SlotTally& t, int e, RuleId& nearestRule) const {
    const bool planned = plan_.asPlanned;
    if (t.admissible == 0) {
        if (t.nearest < 0) return Tr::tr("no admissible slot: the project has no slots");
        const PairCheck c = ctx_.check(e, t.nearest);
        nearestRule = c.failed;
        return Tr::tr("no admissible slot; nearest is %1: %2")
            .arg(ctx_.slotName(t.nearest).path(), describeFailure(c, plan_.locale));
    }
    if (t.open == 0 && t.notWorthIt > 0) {
        if (t.filled == 0 && t.otherSection == 0) {
            return Tr::tr(
                       "admissible in %n empty slot(s), but reuse saves nothing there against "
                       "crushing it and building new (%1)",
                       nullptr, t.notWorthIt)
                .arg(measureName(plan_.objective));
        }
        return Tr::tr(
                   "of its %n admissible slot(s), %1 are filled by better candidates, %2 lie in "
                   "spans given another section (R8) and in %3 reuse saves nothing against "
                   "crushing it and building new (%4)",
                   nullptr, t.admissible)
            .arg(t.filled)
            .arg(t.otherSection)
            .arg(t.notWorthIt)
            .arg(measureName(plan_.objective));
    }
    if (t.open > 0) {
        return planned ? Tr::tr("admissible in %n empty slot(s); not placed yet", nullptr, t.open)
                       : Tr::tr(
                             "admissible in %n empty slot(s), but the search "
                             "stopped before the plan was proven optimal",
                             nullptr, t.open);
    }
    if (planned && t.otherSection == 0)
        return Tr::tr("every admissible slot (%n) is filled", nullptr, t.filled);
    if (planned) {
        nearestRule = RuleId::R8Section;
        return Tr::tr(
                   "of its %n admissible slot(s), %1 are filled and %2 lie in spans "
                   "that hold another section (R8)",
                   nullptr, t.admissible)
            .arg(t.filled)
            .arg(t.otherSection);
    }
    if (t.otherSection == 0) {
        return Tr::tr(
            "a better use elsewhere: every admissible slot (%n) is filled "
            "by a better candidate",
            nullptr, t.filled);
    }
    nearestRule = RuleId::R8Section;
    return Tr::tr(
               "a better use elsewhere: of its %n admissible slot(s), %1 are "
               "filled by better candidates and %2 lie in spans given another "
               "section (R8)",
               nullptr, t.admissible)
        .arg(t.filled)
        .arg(t.otherSection);
}

}  // namespace

bool explainPlan(const MatchContext& ctx, const PlanView& plan, int reasonsPerSlot,
                 MatchResult& result) {
    const auto cancelled = [&plan] {
        return plan.cancel != nullptr && plan.cancel->load(std::memory_order_relaxed);
    };
    Explainer explainer(ctx, plan, result);
    for (int s = 0; s < ctx.slotCount(); ++s) {
        if (plan.slotElement[s] >= 0) continue;
        if (cancelled()) return false;
        result.unfilledSlots.push_back(explainer.unfilledSlot(s, reasonsPerSlot));
    }
    for (int e = 0; e < ctx.elementCount(); ++e) {
        if (plan.elementSlot[e] >= 0) continue;
        if (cancelled()) return false;
        result.unusedElements.push_back(explainer.unusedElement(e));
    }
    return true;
}

}  // namespace respan::matching
