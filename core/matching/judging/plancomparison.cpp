#include "core/matching/judging/plancomparison.h"

#include <QHash>

#include "core/document/projectdocument.h"
#include "core/matching/judging/plancheck.h"

namespace respan::matching {

PlanComparison comparePlans(const ProjectDocument& doc, const std::vector<Assignment>& after) {
    PlanComparison out;
    const std::vector<CheckedAssignment> checkedBefore = checkAssignments(doc);
    const std::vector<CheckedAssignment> checkedAfter = checkAssignments(doc, after);
    out.savingBeforeKg = plannedSavingKg(checkedBefore);
    out.savingAfterKg = plannedSavingKg(checkedAfter);
    QHash<Uid, const CheckedAssignment*> afterBySlot;
    for (const CheckedAssignment& c : checkedAfter) {
        afterBySlot.insert(c.assignment.slotUid, &c);
        ++out.filledAfter;
        if (c.assignment.pinned)
            ++out.pinned;
        else
            ++out.proposedAfter;
        if (c.conflict()) ++out.conflictsAfter;
    }
    for (const CheckedAssignment& c : checkedBefore) {
        ++out.filledBefore;
        if (c.conflict()) ++out.conflictsBefore;
    }
    const auto idOf = [&doc](Uid element) {
        const Element* e = doc.elementByUid(element);
        return e != nullptr ? e->id : QString();
    };
    for (const Structure& d : doc.structures()) {
        for (const Span& p : d.spans) {
            for (const Slot& s : p.slots) {
                ++out.slots;
                const std::optional<Assignment> now = doc.assignmentForSlot(s.uid);
                const CheckedAssignment* next = afterBySlot.value(s.uid, nullptr);
                const Uid beforeElement = now ? now->elementUid : kNoUid;
                const Uid afterElement = next != nullptr ? next->assignment.elementUid : kNoUid;
                if (beforeElement == afterElement) continue;
                SlotChange change;
                change.slotUid = s.uid;
                change.where = SlotName{d.name, p.name, s.name};
                change.before = idOf(beforeElement);
                change.after = idOf(afterElement);
                change.kind = beforeElement == kNoUid  ? SlotChangeKind::Filled
                              : afterElement == kNoUid ? SlotChangeKind::Emptied
                                                       : SlotChangeKind::Changed;
                change.savingAfterKg = next != nullptr ? next->check.savingKg : 0.0;
                out.changes.push_back(std::move(change));
            }
        }
    }
    return out;
}

}  // namespace respan::matching
