#include "core/commands/assignmentchange.h"

#include <QSet>

#include <algorithm>
#include <stdexcept>

#include "core/document/projectdocument.h"

namespace respan {

void AssignmentChange::plan(const std::vector<Assignment>& wanted,
                            const std::vector<Uid>& cleared) {
    const ProjectDocument& pd = doc();
    std::vector<Uid> touched;
    auto touch = [&touched](Uid slot) {
        if (std::find(touched.begin(), touched.end(), slot) == touched.end())
            touched.push_back(slot);
    };
    QSet<Uid> elements;
    QSet<Uid> slots;
    for (const Assignment& a : wanted) {
        if (pd.elementRow(a.elementUid) < 0) throw std::invalid_argument("unknown element");
        if (!pd.slotPosition(a.slotUid).isValid()) throw std::invalid_argument("unknown slot");
        if (elements.contains(a.elementUid) || slots.contains(a.slotUid))
            throw std::invalid_argument("an element or slot appears twice in one assignment step");
        elements.insert(a.elementUid);
        slots.insert(a.slotUid);
        touch(a.slotUid);
        if (auto old = pd.assignmentForElement(a.elementUid)) touch(old->slotUid);
    }
    for (Uid slot : cleared) {
        if (!pd.slotPosition(slot).isValid()) throw std::invalid_argument("unknown slot");
        touch(slot);
    }
    before_.clear();
    after_.clear();
    for (Uid slot : touched) {
        const std::optional<Assignment> now = pd.assignmentForSlot(slot);
        before_.emplace_back(slot, now);
        std::optional<Assignment> next = now;
        if (next && (elements.contains(next->elementUid) || slots.contains(slot))) next.reset();
        if (std::find(cleared.begin(), cleared.end(), slot) != cleared.end()) next.reset();
        for (const Assignment& a : wanted) {
            if (a.slotUid == slot) next = a;
        }
        after_.emplace_back(slot, next);
    }
}

void AssignmentChange::write(const SlotStates& states) {
    ProjectDocument& pd = doc();
    for (const auto& [slot, state] : states) {
        if (!pd.slotPosition(slot).isValid()) throwNoLongerExists(CommandTarget::Slot);
        if (state && pd.elementRow(state->elementUid) < 0)
            throwNoLongerExists(CommandTarget::Element);
    }
    // Empty every touched slot first, then fill: an element that moves between two touched
    // slots is then never in two places at once.
    for (const auto& [slot, state] : states) pd.removeAssignment(slot);
    for (const auto& [slot, state] : states) {
        if (state) pd.setAssignment(*state);
    }
}

void AssignmentChange::apply() {
    write(after_);
}
void AssignmentChange::revert() {
    write(before_);
}

}  // namespace respan
