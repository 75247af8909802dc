#pragma once

#include <QList>
#include <QStringList>

#include <vector>

#include "core/commands/documentcommand.h"
#include "core/model/assignment.h"
#include "core/planning/assignmentchecker.h"

class QUndoStack;

namespace respan {
class ProjectDocument;
}

namespace respan::ui {

/// Where dragged elements are dropped: a slot, or a whole span (exactly one of the two).
struct DropTarget {
    Uid slotUid = kNoUid;
    Uid spanUid = kNoUid;
    static DropTarget slot(Uid uid) { return {uid, kNoUid}; }
    static DropTarget span(Uid uid) { return {kNoUid, uid}; }
};

/// What a drop would do, decided before anything changes (the same plan drives the highlight,
/// the status-bar text and the edit).
struct DropPlan {
    std::vector<Assignment> placements;  ///< pinned placements, in the order they are made
    QStringList refusals;                ///< "A9W-22: too weak in bending ..." per element left out
    AdmissibilityVerdict verdict;        ///< for a slot target: the verdict of the first element
    Uid moveFromSlot = kNoUid;           ///< set when one element is dragged from a slot to another
    [[nodiscard]] bool isEmpty() const { return placements.empty(); }
};

/// Plans a drop of `elements` (in order) on `target`. On a slot, the first element must be
/// admissible there (else nothing is placed); further elements fill the span's empty slots from
/// that slot onward. On a span, the elements fill its empty slots in order, each taking the
/// first empty slot where it is admissible. Admissibility is asked of `checker` only.
DropPlan planDrop(const ProjectDocument& doc, const AssignmentChecker& checker,
                  const QList<Uid>& elements, const DropTarget& target, Uid sourceSlot = kNoUid);

/// Makes the plan as one undo step. Returns the document's reason when it refuses.
PushResult applyDrop(QUndoStack& stack, ProjectDocument& doc, const DropPlan& plan);

/// One-line summary for the status bar: what was placed and what was refused, and why.
QString describeDrop(const ProjectDocument& doc, const DropPlan& plan);

}  // namespace respan::ui
