#pragma once
// CO2e, MKI and cost of one girder in three scenarios (docs/impact.md; docs/contract/planning.md
// section 5): reuse it, build the slot new, or crush it and build new. Every stage is a quantity
// times a named factor of the project's table (or a site's rate, or a protocol step's cost).
// Plain data in, plain data out: the optimiser prices pairs with it on a worker thread.

#include <QString>

#include <optional>
#include <vector>

#include "core/model/certification.h"
#include "core/model/impactfactor.h"
#include "core/model/storagesite.h"

namespace respan {
struct Element;
}  // namespace respan

namespace respan::impact {

enum class Scenario { Reuse, New, Crush };
inline constexpr int kScenarioCount = 3;
/// "reuse", "new", "crush", as in the JSON.
QString scenarioKey(Scenario s);
/// Translated, for people.
QString scenarioName(Scenario s);

/// One stage: kg_co2e = quantity * factor, cost_eur = quantity * cost factor, exactly;
/// mki_eur = kg_co2e * the weighting set's climate price.
struct Stage {
    QString stage;  ///< "harvest_transport", "transport_to_site", "storage", ...
    double quantity = 0.0;
    QString unit;        ///< "t*km", "t", "m2*month", "girder", "cut"
    QString factor;      ///< key in the factor table; empty: no emission
    QString costFactor;  ///< key in the table, "site:ID" or "step:ID"; empty: no cost
    double kgCo2e = 0.0;
    double mkiEur = 0.0;
    double costEur = 0.0;
};
/// Translated name of a stage key, for people.
QString stageName(const QString& stage);

struct ScenarioImpact {
    Scenario scenario = Scenario::Reuse;
    std::vector<Stage> stages;
    double kgCo2e = 0.0;
    double mkiEur = 0.0;
    double costEur = 0.0;
};

/// What a girder's scenarios depend on, beyond the girder and the factors.
struct PairQuantities {
    double builtInMassT = 0.0;  ///< m_i * L_p / l_i: the new girder the slot would need
    double harvestKm = 0.0;     ///< road km from the donor to the storage site; 0: none known
    double toSiteKm = 0.0;      ///< road km from the storage site (or where it lies) to the site
    int storageDays = 0;        ///< days of its stay (0: not stored)
    bool cut = false;           ///< shortened to fit (one cut)
};

/// The three measures the objectives and the figures use.
enum class Measure { Co2e, Mki, Cost };

/// The factors, rates and step costs, read once.
class ImpactModel {
public:
    ImpactModel(const std::vector<ImpactFactor>& factors, WeightingSet set,
                double newGirderTransportKm, const std::vector<StorageSite>& sites,
                const std::vector<ProtocolStep>& protocol);

    [[nodiscard]] WeightingSet weightingSet() const { return set_; }
    [[nodiscard]] double climatePrice() const { return climate_; }
    [[nodiscard]] double factor(const char* key) const;

    /// Reuse, new and crush of `e` placed as `q` says, each split into its stages.
    [[nodiscard]] std::vector<ScenarioImpact> scenarios(const Element& e,
                                                        const PairQuantities& q) const;
    /// The crush scenario of a girder without a slot: crushing only (no new girder is needed
    /// for it).
    [[nodiscard]] ScenarioImpact crushUnused(const Element& e) const;
    /// crush - reuse of one pair in `m`, without building the stages (the optimiser's weight;
    /// equal to the difference of scenarios()' totals).
    [[nodiscard]] double netSaving(const Element& e, const PairQuantities& q, Measure m) const;
    /// The storage cost of one month of `e` at its site, EUR (0 when it is not stored or the
    /// site charges nothing): the slope of the saving against the waiting time.
    [[nodiscard]] double storageEurPerMonth(const Element& e) const;
    /// The open certification steps' cost of `e` (steps passed or conditional are spent and
    /// no longer depend on the plan), EUR.
    [[nodiscard]] double certificationEur(const Element& e) const;

private:
    /// The protocol steps with a cost that `e` still has to go through.
    [[nodiscard]] std::vector<const ProtocolStep*> openSteps(const Element& e) const;
    Stage stage(const char* key, double quantity, const char* unit, const char* factor,
                const QString& costFactor, double costRate) const;

    std::vector<ImpactFactor> factors_;
    WeightingSet set_;
    double climate_ = 0.0;
    double newKm_ = 0.0;
    std::vector<StorageSite> sites_;
    std::vector<ProtocolStep> protocol_;
    // The factors netSaving() reads for every pair, looked up once.
    double fNew_ = 0.0, fTkm_ = 0.0, fCrush_ = 0.0, fCut_ = 0.0;
    double eurNew_ = 0.0, eurTkm_ = 0.0, eurCrush_ = 0.0, eurCut_ = 0.0;
};

/// m2*month of a stay: l * w/1000 * days / 30.4375 (section 3.2).
double storageM2Months(double lengthM, double widthMm, int days);

}  // namespace respan::impact
