#pragma once

#include <QString>

#include <optional>
#include <span>

#include "model/assignment.h"
#include "model/uid.h"

namespace respan {

class ProjectDocument;

/// Whether one element may go into one slot, and if not, the first rule that fails in words.
struct AdmissibilityVerdict {
    bool admissible = true;
    QString rule;    ///< "R1", "R2", ... (matching.md section 2); empty when admissible
    QString reason;  ///< translated sentence with the numbers, e.g. "too short: 17.92 m < 18.20 m"

    static AdmissibilityVerdict ok() { return {}; }
    static AdmissibilityVerdict refuse(QString rule, QString reason) {
        return {false, std::move(rule), std::move(reason)};
    }
};

/// The one place where the planning board asks whether a placement is admissible: highlighting
/// while dragging, refusing a drop, filling a span, the status-bar text. The matching engine's
/// rules plug in here (phase 2); until then ProvisionalAssignmentChecker stands in.
class AssignmentChecker {
public:
    virtual ~AssignmentChecker() = default;

    /// May `elementUid` go into `slotUid`? `pending` are other placements of the same gesture
    /// (a drop of several elements), which count as made, e.g. for the span's section. The
    /// element's own current place and the slot's current occupant are taken as leaving.
    [[nodiscard]] virtual AdmissibilityVerdict check(const ProjectDocument& doc, Uid elementUid,
                                                     Uid slotUid,
                                                     std::span<const Assignment> pending) const = 0;

    /// Whether an assignment already in the document breaks a rule (a conflict, drawn red).
    /// std::nullopt when it does not, or when this checker cannot know.
    [[nodiscard]] virtual std::optional<AdmissibilityVerdict> conflict(
        const ProjectDocument& doc, const Assignment& assignment) const = 0;
};

}  // namespace respan
