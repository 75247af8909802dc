#pragma once
// The impact and cost of the project's plan (docs/impact.md; docs/contract/planning.md section
// 5): per girder its scenarios by stage, totals per scenario, the break-even storage time.

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

#include "core/impact/impactmodel.h"
#include "core/model/uid.h"

namespace respan {
class ProjectDocument;
struct DonorStructure;
struct Span;
struct Structure;
}  // namespace respan

namespace respan::impact {

struct GirderImpact {
    Uid element = kNoUid;
    QString elementId;
    bool assigned = false;  ///< false: unused, crush only
    QString structure;      ///< the slot, when assigned
    QString span;
    QString slot;
    std::vector<ScenarioImpact> scenarios;  ///< reuse, new, crush; or crush only
    /// Months of storage at which reuse stops saving money against crush + new; empty when
    /// storage costs nothing or the girder is unused.
    std::optional<double> breakEvenStorageMonths;

    [[nodiscard]] const ScenarioImpact* scenario(Scenario s) const;
};

/// One total: "reuse", "new" and "crush" over the assigned girders, "unused" the crushing of
/// the girders without a slot.
struct ImpactTotal {
    QString scenario;
    double kgCo2e = 0.0;
    double mkiEur = 0.0;
    double costEur = 0.0;
};

struct ImpactReport {
    WeightingSet weightingSet = WeightingSet::A2;
    std::vector<ImpactFactor> factors;
    std::vector<GirderImpact> girders;  ///< in element order
    std::vector<ImpactTotal> totals;    ///< reuse, new, crush, unused
    /// Months of storage for every stored girder of the plan at which the plan's cost saving
    /// is gone; empty when no assigned girder pays for storage.
    std::optional<double> breakEvenStorageMonths;

    [[nodiscard]] const ImpactTotal& total(const QString& scenario) const;
    /// What reuse saves against crushing the placed girders and building new: crush - reuse.
    [[nodiscard]] ImpactTotal saved() const;
};

/// Road km of the harvest transport of `e`: from its donor to its storage site (geodesic times
/// road_factor); 0 when it is not stored at a known site or the donor's position is unknown.
double harvestKm(const DonorStructure* donor, const StorageSite* site, double roadFactor);
/// Road km from its storage site (or, not stored, where it lies) to structure `d`.
double toSiteKm(const Element& e, const StorageSite* site, const Structure& d, double roadFactor);
/// The quantities of `e` in span `p`: built-in mass m * L_p / l, the two transports, its
/// storage days (0 when not stored), a cut when it is longer than the span needs.
PairQuantities pairQuantities(const Element& e, const Span& p, double harvest, double toSite,
                              int storageDays);

/// Days a girder stored at a site lies there when it goes to a span installed on `install`:
/// its manual stay, or from its harvest date (or `planStart`) to install - lead (docs/contract/
/// planning.md section 3.2); 0 when it is not stored.
int pairStorageDays(const Element& e, QDate planStart, QDate install, int leadDays);

/// The donor structure of that name (the first, should two share it); nullptr when none.
const DonorStructure* donorNamed(const std::vector<DonorStructure>& donors, const QString& name);

/// Everything for the document's plan.
ImpactReport computeImpact(const ProjectDocument& doc);

}  // namespace respan::impact
