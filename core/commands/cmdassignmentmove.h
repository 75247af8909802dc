#pragma once

#include "core/commands/assignmentchange.h"

namespace respan {

/// Moves the element of one slot to another slot (a drag between slots) and pins it there.
/// The target's previous occupant, if any, becomes unassigned.
class CmdAssignmentMove : public AssignmentChange {
public:
    CmdAssignmentMove(ProjectDocument& doc, Uid fromSlot, Uid toSlot);
};

}  // namespace respan
