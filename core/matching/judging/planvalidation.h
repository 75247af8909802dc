#pragma once

#include <QLocale>

#include <QString>

#include <span>
#include <vector>

#include "core/matching/matchinput.h"
#include "core/matching/rules.h"
#include "core/model/assignment.h"

namespace respan::matching {

/// One way in which a plan breaks the rules.
struct PlanViolation {
    Uid elementUid = kNoUid;
    Uid slotUid = kNoUid;
    /// R1..R8 for rules; None for structural problems (unknown uid, element or slot used
    /// twice, a pin of the input missing or moved).
    RuleId rule = RuleId::None;
    QString detail;  ///< translated sentence
};

/// Checks a whole plan against docs/contract/matching.md: every pair admissible under R1-R7, each
/// element and slot used at most once, R8 in every span, and every pin of `input` present in `plan`
/// (when `requirePins`). Returns every violation found; empty means the plan is valid.
std::vector<PlanViolation> validatePlan(const MatchInput& input,
                                        const std::vector<Assignment>& plan,
                                        bool requirePins = false);

/// The rule that placing element `elementUid` in slot `slotUid` would break given the other
/// assignments of the span in `plan` (R8), after R1-R7; RuleId::None with an empty detail when
/// it is allowed. For the planning board's drag feedback and `respan-cli pin`.
PlanViolation checkPlacement(const MatchInput& input, const std::vector<Assignment>& plan,
                             Uid elementUid, Uid slotUid);

/// The same check without a snapshot, for callers that hold the pieces (the planning board):
/// R1-R7 of `e` in `slot`, then R8 against `spanGirders`, the girders that stay in the span
/// (not `e` itself, not the slot's current occupant).
/// Numbers in the sentence use `locale` (the planner's, on the board; the C locale for files).
/// `readyDate`: the element's r_i in R5 if it were placed there (readyDateIfPlaced).
PlanViolation checkPlacement(const Element& e, const Structure& structure, const Span& span,
                             const Slot& slot, const ProjectSettings& settings,
                             std::span<const Element* const> spanGirders,
                             const QLocale& locale = QLocale::c(),
                             std::optional<QDate> readyDate = std::nullopt);

}  // namespace respan::matching
