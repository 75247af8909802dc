#pragma once

#include <QtCore/qnamespace.h>
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
    /// The girder in the target slot that the drop replaces (allowed) or that blocks it (not
    /// allowed: the plan is empty then); kNoUid when the slot is empty or holds the girder itself.
    Uid occupant = kNoUid;
    bool occupantPinned = false;
    /// The slot the first girder leaves empty when it is moved from where it is placed.
    Uid leavesEmpty = kNoUid;
    [[nodiscard]] bool isEmpty() const { return placements.empty(); }
    /// True when the drop was refused only because the slot holds another girder.
    [[nodiscard]] bool blockedByOccupant() const { return isEmpty() && occupant != kNoUid; }
};

/// Whether a drop may replace the girder in an occupied slot: only when the planner says so by
/// holding Shift while dropping (a drop never overwrites silently).
enum class Replace { Refuse, Allow };

/// Plans a drop of `elements` (in order) on `target`. On a slot, the first element must be
/// admissible there (else nothing is placed); further elements fill the span's empty slots from
/// that slot onward. On a span, the elements fill its empty slots in order, each taking the
/// first empty slot where it is admissible. Admissibility is asked of `checker` only.
DropPlan planDrop(const ProjectDocument& doc, const AssignmentChecker& checker,
                  const QList<Uid>& elements, const DropTarget& target, Uid sourceSlot = kNoUid,
                  Replace replace = Replace::Refuse);
/// Replace::Allow while Shift is held.
Replace replaceFor(Qt::KeyboardModifiers modifiers);

/// "A44 viaduct Lisserweg / 1 / L3": structure, span and slot, as status messages name a slot.
QString slotPath(const ProjectDocument& doc, Uid slotUid);

/// Makes the plan as one undo step. Returns the document's reason when it refuses.
PushResult applyDrop(QUndoStack& stack, ProjectDocument& doc, const DropPlan& plan);

/// One-line summary for the status bar: what was placed (where, what it replaced, which slot it
/// left empty) and what was refused, and why.
QString describeDrop(const ProjectDocument& doc, const DropPlan& plan);
/// What a single placement does besides placing: "; replaces A9W-02 (pinned), which goes back to
/// the inventory; A44 … / 1 / L4 is left empty" (empty when nothing).
QString dropConsequences(const ProjectDocument& doc, const DropPlan& plan);
/// While hovering: what the drop will do, before it is made ("Place A9W-01 in …; replaces
/// A9W-02 (pinned)"), or why it cannot.
QString describeDropPreview(const ProjectDocument& doc, const DropPlan& plan);

}  // namespace respan::ui
