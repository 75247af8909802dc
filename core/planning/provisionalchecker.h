#pragma once

#include "planning/assignmentchecker.h"

namespace respan {

/// TEMPORARY stand-in for the matching engine's admissibility rules, used by the planning board
/// until core/matching is merged (phase 2 of the planning-board issue). It checks only:
///   - length (as R1): L_p <= l_i <= L_p + max_shortening_m,
///   - capacity (as R2): MEd <= MRd and VEd <= VRd,
///   - section (as R8): same height and width as the other girders of the span.
/// Condition, capacity basis, timing, status and saving (R3-R7) are NOT checked, and conflicts
/// are never reported (conflict() returns nothing). It is not the engine and must be replaced by
/// it, not extended.
class ProvisionalAssignmentChecker : public AssignmentChecker {
public:
    [[nodiscard]] AdmissibilityVerdict check(const ProjectDocument& doc, Uid elementUid,
                                             Uid slotUid,
                                             std::span<const Assignment> pending) const override;
    [[nodiscard]] std::optional<AdmissibilityVerdict> conflict(
        const ProjectDocument& doc, const Assignment& assignment) const override;
};

}  // namespace respan
