#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "core/commands/documentcommand.h"
#include "core/model/assignment.h"

namespace respan {

/// What a set of slots holds: for each slot uid, its assignment or nothing.
using SlotStates = std::vector<std::pair<Uid, std::optional<Assignment>>>;

/// Base of the assignment commands: each computes, when it is made, the state of every slot it
/// touches before and after (including the slot an element leaves when it moves), and redo/undo
/// write one or the other. Only those slots are notified, so views redraw only them.
class AssignmentChange : public DocumentCommand {
public:
    [[nodiscard]] const SlotStates& before() const { return before_; }
    [[nodiscard]] const SlotStates& after() const { return after_; }
    /// True when the command would change nothing (the caller need not push it).
    [[nodiscard]] bool isNoOp() const { return before_ == after_; }

protected:
    AssignmentChange(ProjectDocument& doc, const QString& text) : DocumentCommand(doc, text) {}

    /// Fills before/after from the wanted assignments: each element goes to its slot (leaving any
    /// other slot), each slot's previous occupant leaves it; `cleared` slots end up empty.
    /// Throws std::invalid_argument for unknown elements or slots, or a slot/element used twice.
    void plan(const std::vector<Assignment>& wanted, const std::vector<Uid>& cleared);

    void apply() override;
    void revert() override;

private:
    void write(const SlotStates& states);
    SlotStates before_;
    SlotStates after_;
};

}  // namespace respan
