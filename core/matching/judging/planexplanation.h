#pragma once
// "Explain this plan": why the slots of a plan made by hand (or changed by hand after an
// optimisation) are empty and the girders unused, with the optimiser's own explanation code.

#include <QLocale>

#include <atomic>
#include <vector>

#include "core/matching/judging/plancheck.h"
#include "core/matching/matchinput.h"
#include "core/matching/matchresult.h"
#include "core/model/assignment.h"

namespace respan::matching {

/// What is wrong with or missing from a plan.
struct PlanExplanation {
    /// Assignments that break a rule now, pinned or not (checkAssignments). Their slots are not
    /// listed as unfilled and their girders not as unused.
    std::vector<PinConflict> conflicts;
    std::vector<UnfilledSlot> unfilledSlots;    ///< empty slots, closest candidates first
    std::vector<UnusedElement> unusedElements;  ///< girders in no slot, with the reason
    bool complete = true;                       ///< false when cancelled part-way
};

/// Explains `plan` (the document's assignments, pins and proposals) on a snapshot. The reasons
/// are those of the optimiser's explanations, worded for a plan that nobody claims is optimal
/// ("used elsewhere", "admissible and free: not placed yet"). Cost: a pair check of every empty
/// slot with every girder and of every unused girder with every slot; `cancel` is checked between
/// slots and between girders, so run it on a worker thread for large projects. Numbers in the
/// sentences use `locale`'s decimal separator.
PlanExplanation explainAssignments(const MatchInput& input, const std::vector<Assignment>& plan,
                                   int reasonsPerSlot = 5,
                                   const std::atomic<bool>* cancel = nullptr,
                                   const QLocale& locale = QLocale::c());
/// The same for a plan that checkAssignments has already checked (with the same `locale`).
PlanExplanation explainCheckedAssignments(const MatchInput& input,
                                          const std::vector<CheckedAssignment>& checked,
                                          int reasonsPerSlot = 5,
                                          const std::atomic<bool>* cancel = nullptr,
                                          const QLocale& locale = QLocale::c());

}  // namespace respan::matching
