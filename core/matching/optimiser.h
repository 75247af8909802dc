#pragma once

#include <QLocale>
// The matching optimiser: proposes a plan under R1-R8 around the planner's pins, proves it
// optimal or gives a proven upper bound, and explains what is left unfilled or unused.
// Plain data in, plain data out; safe to run on a worker thread (see MatchInput).

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

#include "core/matching/matchinput.h"
#include "core/matching/matchresult.h"

namespace respan {
class ProjectDocument;
}

namespace respan::matching {

/// How far a running optimisation is, in the units of the result (kg CO2e).
struct MatchProgress {
    double elapsedSeconds = 0.0;
    double bestSavingKg = 0.0;  ///< saving of the best plan so far (carbon objective) or its
                                ///< saving together with its filled slots (count objective)
    int bestFilledSlots = 0;
    double upperBoundKg = 0.0;  ///< proven bound on the objective, in kg (carbon objective)
    long nodes = 0;
};

struct MatchOptions {
    Objective objective = Objective::Carbon;
    double timeLimitSeconds = 60.0;
    /// Set to true from any thread to stop: the best plan so far is returned, with its bound.
    const std::atomic<bool>* cancel = nullptr;
    /// Called on the optimising thread now and then; keep it short and thread-safe.
    std::function<void(const MatchProgress&)> progress;
    int reasonsPerSlot = 5;  ///< closest candidates listed for each unfilled slot
    /// Numbers in the reasons: the C locale for files and the command line, the planner's on
    /// the planning board ("17,86 m").
    QLocale locale = QLocale::c();
};

/// Runs the optimiser on a snapshot.
MatchResult optimisePlan(const MatchInput& input, const MatchOptions& options = {});

/// The assignments a plan leaves in the document: the document's pins as they are (conflicting
/// ones too), then the plan's proposals (unpinned) that still fit the document (elements and
/// slots that exist and are not pinned). What applyPlan stores and the GUI's undo command sets.
std::vector<Assignment> plannedAssignments(const ProjectDocument& doc, const MatchResult& result);

/// Stores a plan in the document: the document's pins stay as they are (conflicting ones too),
/// every unpinned assignment is replaced by the plan's proposals. One notification.
void applyPlan(ProjectDocument& doc, const MatchResult& result);

}  // namespace respan::matching
