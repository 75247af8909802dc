#pragma once

#include "core/commands/assignmentchange.h"

namespace respan {

/// Empties one or more slots as one step.
class CmdAssignmentRemove : public AssignmentChange {
public:
    CmdAssignmentRemove(ProjectDocument& doc, std::vector<Uid> slotUids);
};

}  // namespace respan
