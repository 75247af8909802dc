#pragma once

#include "core/commands/assignmentchange.h"

namespace respan {

/// Places one or more elements in slots as one step (a drop of several girders is one undo
/// step). An element already placed elsewhere leaves its old slot; a slot's previous occupant
/// becomes unassigned. Also used to pin or unpin: the same element in the same slot.
class CmdAssignmentSet : public AssignmentChange {
public:
    CmdAssignmentSet(ProjectDocument& doc, std::vector<Assignment> assignments,
                     const QString& text = {});
};

}  // namespace respan
