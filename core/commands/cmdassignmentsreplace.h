#pragma once

#include <vector>

#include "core/commands/documentcommand.h"
#include "core/model/assignment.h"

namespace respan {

/// Replaces all assignments at once: applying the optimiser's plan, clearing unpinned
/// assignments. One undo step, one notification.
class CmdAssignmentsReplace : public DocumentCommand {
public:
    CmdAssignmentsReplace(ProjectDocument& doc, std::vector<Assignment> assignments,
                          const QString& text);

    /// The current assignments without the unpinned ones ("Clear unpinned assignments").
    static std::vector<Assignment> pinnedOnly(const ProjectDocument& doc);

protected:
    void apply() override;
    void revert() override;

private:
    std::vector<Assignment> before_;
    std::vector<Assignment> after_;
};

}  // namespace respan
