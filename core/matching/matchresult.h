#pragma once

#include <QString>

#include <vector>

#include "core/matching/matchinput.h"
#include "core/matching/rules.h"
#include "core/model/uid.h"

namespace respan::matching {

/// Where a slot is, by names as users see them.
struct SlotName {
    QString structure;
    QString span;
    QString slot;
    /// "A44 Lisserweg / 1 / L3"
    [[nodiscard]] QString path() const;
};

/// One (element, slot) pair of the plan with its figures.
struct PlannedAssignment {
    Uid elementUid = kNoUid;
    Uid slotUid = kNoUid;
    QString element;  ///< element id
    SlotName where;
    bool pinned = false;
    double cutM = 0.0;
    double utilisation = 0.0;
    double distanceKm = 0.0;  ///< road distance: road_factor x geodesic
    double savingKg = 0.0;    ///< S_is
    /// Its value in the objective: S_is (carbon, count), or the net saving in euro of reuse
    /// against crushing and building new (mki, cost; docs/impact.md).
    double weight = 0.0;
};

/// Why a candidate element is not in an unfilled slot.
enum class ReasonKind {
    RuleFails,        ///< the pair fails a rule R1..R7 (`rule`)
    UsedElsewhere,    ///< admissible, but the plan uses the element in another slot
    PinnedElsewhere,  ///< admissible, but the element is pinned to another slot
    OtherSection,     ///< admissible, but its span holds girders of another section (R8)
    PinConflict,      ///< the slot's own pin, which is in conflict
    SlotPinned,       ///< admissible, but the slot is held by its pin in conflict
    NotExamined,      ///< admissible and free: the search stopped before proving a plan optimal
    NotPlaced,        ///< admissible and free in a plan made by hand (explainAssignments)
    NotWorthIt,       ///< admissible and free, but reuse saves nothing here (mki, cost)
};

struct SlotReason {
    Uid elementUid = kNoUid;
    QString element;
    ReasonKind kind = ReasonKind::RuleFails;
    RuleId rule = RuleId::None;
    QString detail;  ///< translated sentence with the numbers
    /// "R1".."R8" for rules (the slot's own conflicting pin: its rule); "used_elsewhere",
    /// "pinned_elsewhere", "slot_pinned", "not_examined", "not_placed", "not_worth_it"
    /// otherwise.
    [[nodiscard]] QString key() const;
};

struct UnfilledSlot {
    Uid slotUid = kNoUid;
    SlotName where;
    std::vector<SlotReason> reasons;  ///< closest candidates first
};

struct UnusedElement {
    Uid elementUid = kNoUid;
    QString element;
    RuleId nearestRule = RuleId::None;  ///< when no slot is admissible: the nearest pair's rule
    QString reason;                     ///< translated sentence
};

/// A pin that the optimiser could not keep: inadmissible now, or clashing with the section of
/// the other pins of its span. Its slot stays empty in the plan and its element is not used.
struct PinConflict {
    Uid elementUid = kNoUid;
    Uid slotUid = kNoUid;
    QString element;
    SlotName where;
    RuleId rule = RuleId::None;
    QString detail;
};

/// Figures of the search, for benchmarks and the curious.
struct MatchStatistics {
    int admissiblePairs = 0;
    int components = 0;
    long nodes = 0;
    double relaxedBoundKg = 0.0;   ///< bound without the span rule, same units as the objective
    double scale = 0.0;            ///< integer weight units per kg CO2e
    double roundingSlackKg = 0.0;  ///< how far rounding to integers can move the optimum
    /// Searches run to bring the plan and its recertification schedule into agreement (1
    /// without plan_certification or when the first plan agreed; docs/recertification.md).
    int certificationRounds = 1;
};

/// The plan and everything said about it (docs/contract/matching.md section 5, `match --json`).
struct MatchResult {
    Objective objective = Objective::Carbon;
    bool optimal = false;        ///< proven: no plan under R1-R8 with these pins is better
    bool stopped = false;        ///< the time limit or a cancellation ended the search
    double totalSavingKg = 0.0;  ///< sum of S_is over the plan, pins included
    double upperBoundKg = 0.0;   ///< proven bound on the saving of the best plan (see docs)
    /// mki and cost: the plan's net saving in euro (sum of the weights) and a proven bound on
    /// it; carbon and count: equal to totalSavingKg and upperBoundKg.
    double objectiveValue = 0.0;
    double objectiveBound = 0.0;
    int filledSlots = 0;            ///< pins included
    int upperBoundFilledSlots = 0;  ///< count objective: proven bound on filled slots
    double solveSeconds = 0.0;
    std::vector<PlannedAssignment> assignments;
    std::vector<UnfilledSlot> unfilledSlots;
    std::vector<UnusedElement> unusedElements;
    std::vector<PinConflict> conflicts;
    MatchStatistics statistics;
};

}  // namespace respan::matching
