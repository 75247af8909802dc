#pragma once
// The rules applied to a plan as it stands (the planner's own, in the document): each
// assignment's figures (cut, utilisation, saving) and whether it breaks a rule now, e.g. because
// the element's data changed after it was placed. What the planning board draws in red.

#include <QLocale>
#include <QString>

#include <vector>

#include "core/matching/matchinput.h"
#include "core/matching/rules.h"
#include "core/model/assignment.h"

namespace respan {
class ProjectDocument;
}

namespace respan::matching {

/// One assignment with its pair check and its verdict.
struct CheckedAssignment {
    Assignment assignment;
    PairCheck check;             ///< R1-R7 and the figures of the pair
    RuleId rule = RuleId::None;  ///< the rule it breaks now; None when it is admissible
    QString detail;              ///< translated sentence for `rule`
    [[nodiscard]] bool conflict() const { return rule != RuleId::None; }
};

/// Checks every assignment of the document, in the order of the structures, spans and slots:
/// R1-R7 per pair (checkPair); then in each span, among the assignments that pass R1-R7, the
/// section held by the most pins stays (then by the most assignments, then the section of the
/// earliest slot), and every girder of another section breaks R8. The optimiser keeps pins by
/// the same rule, and one changed girder does not turn its whole span red. Reads the document
/// directly (no snapshot); one checkPair per assignment.
std::vector<CheckedAssignment> checkAssignments(const ProjectDocument& doc,
                                                const QLocale& locale = QLocale::c());
/// The same for another plan on the document's data (e.g. a proposal before it is applied);
/// assignments naming unknown elements or slots are skipped.
std::vector<CheckedAssignment> checkAssignments(const ProjectDocument& doc,
                                                const std::vector<Assignment>& plan);
/// The same for a plan on a snapshot; assignments naming unknown elements or slots are skipped.
/// The sentences write numbers with `locale`'s decimal separator (a report's language).
std::vector<CheckedAssignment> checkAssignments(const MatchInput& input,
                                                const std::vector<Assignment>& plan,
                                                const QLocale& locale = QLocale::c());

/// Sum of S_is over the assignments that break no rule: the CO2e the plan saves, in kg.
double plannedSavingKg(const std::vector<CheckedAssignment>& checked);

}  // namespace respan::matching
