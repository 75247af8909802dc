#pragma once
// A plan that was not made by the optimiser (the project's own assignments, placed by hand or
// kept from an earlier run) judged by the same rules and explained in the same words, so that a
// report can say what the plan in the file does, next to what the optimiser proves is possible.

#include <QLocale>

#include <vector>

#include "core/matching/matchinput.h"
#include "core/matching/matchresult.h"
#include "core/model/assignment.h"

namespace respan::matching {

/// A placement of the given plan that breaks a rule now (R1-R7 on its own, or R8 against the
/// other placements of its span). It stays in the project, but it is not counted: its slot is
/// treated as empty and its element as unused, as the optimiser treats a pin in conflict.
struct PlanConflict {
    Uid elementUid = kNoUid;
    Uid slotUid = kNoUid;
    QString element;
    SlotName where;
    bool pinned = false;
    RuleId rule = RuleId::None;
    QString detail;  ///< translated sentence with the numbers
};

/// The given plan as the engine sees it.
struct PlanEvaluation {
    std::vector<PlannedAssignment> assignments;  ///< placements that keep R1-R8, with figures
    std::vector<PlanConflict> conflicts;         ///< placements that break a rule (not counted)
    std::vector<UnfilledSlot> unfilledSlots;     ///< slots without a valid placement, and why
    std::vector<UnusedElement> unusedElements;   ///< elements without a valid placement, and why
    double totalSavingKg = 0.0;                  ///< sum of S_is over `assignments`
    int filledSlots = 0;                         ///< = assignments.size()
    int pinnedSlots = 0;                         ///< of which pinned
};

/// Judges `plan` (typically ProjectDocument::assignments(), pins and proposals) against the
/// rules of `input`. A placement failing R1-R7 is a conflict with that rule. Within a span the
/// section kept is the one held by most pinned placements, then by most placements, then by
/// the earliest slot; placements of another section are R8 conflicts. Every empty slot gets up to
/// `reasonsPerSlot` candidates with the reason each is not there, and every unused element its
/// reason, in the optimiser's words, except that nothing is claimed to be better or proven:
/// "used elsewhere", "admissible and free: not placed yet" (ReasonKind::NotPlaced): the same
/// words as the planning board's Issues panel (checkAssignments, explainAssignments).
/// Entries naming an unknown element or slot, or repeating one, are ignored. Numbers in the
/// sentences use `locale`'s decimal separator (default: the C locale, a decimal point).
PlanEvaluation evaluatePlan(const MatchInput& input, const std::vector<Assignment>& plan,
                            int reasonsPerSlot = 5, const QLocale& locale = QLocale::c());

}  // namespace respan::matching
