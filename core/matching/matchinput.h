#pragma once

#include <QString>

#include <optional>
#include <vector>

#include "core/model/assignment.h"
#include "core/model/element.h"
#include "core/model/projectsettings.h"
#include "core/model/structure.h"

namespace respan {
class ProjectDocument;
}

namespace respan::matching {

/// What the optimiser maximises (docs/contract/matching.md section 3).
enum class Objective {
    Carbon,  ///< the sum of S_is over the plan
    Count,   ///< the number of filled slots; among plans with that number, the sum of S_is
};

/// "carbon" or "count", as on the command line and in JSON.
QString objectiveKey(Objective objective);
std::optional<Objective> objectiveFromKey(const QString& key);

/// A copy of everything the optimiser reads, taken on the thread that owns the document, so
/// that matching can run on a worker thread while the user goes on editing. Elements are copied
/// without their attached documents and history (the rules do not read them).
struct MatchInput {
    std::vector<Element> elements;
    std::vector<Structure> structures;
    std::vector<Assignment> pins;  ///< the pinned assignments of the document
    ProjectSettings settings;
};

/// Takes the snapshot. Call it on the document's thread; the result is plain data.
MatchInput makeMatchInput(const ProjectDocument& doc);

}  // namespace respan::matching
