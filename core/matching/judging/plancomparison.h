#pragma once
// What applying a proposal would change, slot by slot, with the counts and savings before and
// after: the content of the planning board's proposal dialog.

#include <QString>

#include <vector>

#include "core/matching/matchresult.h"
#include "core/model/assignment.h"

namespace respan {
class ProjectDocument;
}

namespace respan::matching {

/// How one slot changes.
enum class SlotChangeKind {
    Filled,   ///< empty now, a girder after
    Changed,  ///< another girder after
    Emptied,  ///< a girder now, empty after
};

struct SlotChange {
    Uid slotUid = kNoUid;
    SlotName where;
    SlotChangeKind kind = SlotChangeKind::Filled;
    QString before;              ///< element id now; empty when the slot is empty
    QString after;               ///< element id after; empty when it will be empty
    double savingAfterKg = 0.0;  ///< S_is of the girder after (0 when emptied)
};

/// The document's plan against another plan for it.
struct PlanComparison {
    int slots = 0;
    int filledBefore = 0;  ///< slots with a girder now (conflicting ones too)
    int filledAfter = 0;
    int pinned = 0;         ///< pins, kept as they are
    int proposedAfter = 0;  ///< unpinned assignments after
    int conflictsBefore = 0;
    int conflictsAfter = 0;
    double savingBeforeKg = 0.0;  ///< over the assignments that break no rule
    double savingAfterKg = 0.0;
    std::vector<SlotChange> changes;  ///< in the order of the structures, spans and slots
};

/// Compares the document's assignments with `after` (e.g. plannedAssignments of a result).
PlanComparison comparePlans(const ProjectDocument& doc, const std::vector<Assignment>& after);

}  // namespace respan::matching
