#pragma once

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

#include "core/model/assignment.h"
#include "core/model/certification.h"
#include "core/model/element.h"
#include "core/model/impactfactor.h"
#include "core/model/projectsettings.h"
#include "core/model/storagesite.h"
#include "core/model/structure.h"

namespace respan {
class ProjectDocument;
}

namespace respan::matching {

/// What the optimiser maximises (docs/contract/matching.md section 3).
enum class Objective {
    Carbon,  ///< the sum of S_is over the plan
    Count,   ///< the number of filled slots; among plans with that number, the sum of S_is
    /// The net saving in MKI euro of reuse against crushing and building new, storage time to
    /// the slot's delivery included (docs/contract/planning.md section 5; docs/impact.md).
    Mki,
    Cost,  ///< the same in euro of cost
};

/// True for mki and cost: the objective is a net saving in euro (docs/impact.md).
inline bool pricedInEuro(Objective objective) {
    return objective == Objective::Mki || objective == Objective::Cost;
}

/// "carbon", "count", "mki" or "cost", as on the command line and in JSON.
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
    /// The recertification template (docs/recertification.md); the document's in makeMatchInput,
    /// none (no girder has open steps, so no ready dates) in an input put together by hand.
    std::vector<ProtocolStep> protocol;
    /// r_i of R5 v2 per element uid (docs/contract/planning.md section 1): the ready dates of the
    /// schedule of the document's plan when plan_certification is on; empty otherwise. The
    /// optimiser brings them into agreement with the plan it makes (docs/recertification.md).
    QHash<Uid, QDate> readyDates;
    /// What the mki and cost objectives price pairs with (docs/impact.md): the factor table,
    /// the storage sites (rates, positions) and the donors (harvest transport).
    std::vector<ImpactFactor> factors = defaultImpactFactors();
    std::vector<StorageSite> sites;
    std::vector<DonorStructure> donors;
};

/// The ready dates R5 uses for `elements` under `plan` (every assignment, pinned or not): the
/// schedule's r_i when plan_certification is on, none otherwise. With `earliest`, each girder's
/// earliest possible dates (every resource unlimited): a lower bound for any plan.
QHash<Uid, QDate> readyDatesFor(const MatchInput& input, const std::vector<Assignment>& plan,
                                bool earliest = false);

/// Takes the snapshot. Call it on the document's thread; the result is plain data.
MatchInput makeMatchInput(const ProjectDocument& doc);

}  // namespace respan::matching
