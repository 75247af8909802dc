#include "core/commands/cmdassignmentsreplace.h"

#include "core/document/projectdocument.h"

namespace respan {

CmdAssignmentsReplace::CmdAssignmentsReplace(ProjectDocument& doc,
                                             std::vector<Assignment> assignments,
                                             const QString& text)
    : DocumentCommand(doc, text), before_(doc.assignments()), after_(std::move(assignments)) {}

std::vector<Assignment> CmdAssignmentsReplace::pinnedOnly(const ProjectDocument& doc) {
    std::vector<Assignment> out;
    for (const Assignment& a : doc.assignments()) {
        if (a.pinned) out.push_back(a);
    }
    return out;
}

void CmdAssignmentsReplace::apply() {
    doc().setAssignments(after_);
}
void CmdAssignmentsReplace::revert() {
    doc().setAssignments(before_);
}

}  // namespace respan
