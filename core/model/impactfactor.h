#pragma once
// The project's impact factors (docs/impact.md; docs/contract/planning.md section 5): one table
// of key, value, unit, source, year and an illustrative flag, with sourced defaults from
// ../shared/spec/impact-factors.md and domain-facts.md. F_new, F_tkm and road_factor are rows of
// this table whose value lives in the project settings (one value for matching and impact).

#include <QString>

#include <optional>
#include <vector>

namespace respan {

struct ProjectSettings;

struct ImpactFactor {
    QString key;
    double value = 0.0;
    QString unit;
    QString source;  ///< empty only when illustrative
    int year = 0;    ///< year of the data; 0: not known
    bool illustrative = false;

    friend bool operator==(const ImpactFactor&, const ImpactFactor&) = default;
};

/// The keys of the table, as the factors CSV and the JSON name them.
namespace factor {
inline constexpr const char* kNew = "F_new";                 ///< kg CO2e/t of new precast concrete
inline constexpr const char* kTkm = "F_tkm";                 ///< kg CO2e/tkm of road transport
inline constexpr const char* kRoadFactor = "road_factor";    ///< road over geodesic distance
inline constexpr const char* kCrush = "F_crush";             ///< kg CO2e/t of crushing
inline constexpr const char* kCut = "F_cut";                 ///< kg CO2e per cut girder
inline constexpr const char* kClimateA1 = "mki_climate_A1";  ///< EUR/kg CO2e, set A1
inline constexpr const char* kClimateA2 = "mki_climate_A2";  ///< EUR/kg CO2e, set A2
inline constexpr const char* kEurNew = "eur_new_t";          ///< EUR/t of a new girder, delivered
inline constexpr const char* kEurTkm = "eur_tkm";            ///< EUR/tkm of heavy road transport
inline constexpr const char* kEurCrush = "eur_crush_t";      ///< EUR/t of demolition and crushing
inline constexpr const char* kEurCut = "eur_cut";            ///< EUR per cut girder
}  // namespace factor

/// The factor's source as people read it: a default's own text in the user's language, else as
/// entered.
QString sourceText(const ImpactFactor& f);

/// The default table, in its fixed order (the settings-backed rows at their default values).
const std::vector<ImpactFactor>& defaultImpactFactors();
/// The default row of `key`; nullptr for an unknown key.
const ImpactFactor* defaultImpactFactor(const QString& key);

/// The member of ProjectSettings that holds the value of a settings-backed factor (F_new,
/// F_tkm, road_factor); nullptr for the others.
double ProjectSettings::*settingOfFactor(const QString& key);

/// `table` with the settings-backed rows at the values of `settings`.
std::vector<ImpactFactor> withSettingsValues(std::vector<ImpactFactor> table,
                                             const ProjectSettings& settings);

/// What is wrong with one row (translated), empty when nothing: an unknown key, a value that is
/// negative, not finite or out of the factor's range, a unit that is not the key's, no source
/// without the illustrative flag, a year outside 1900..2200 (0 is "not known").
struct FactorProblem {
    QString field;  ///< "key", "value", "unit", "source", "year"
    QString message;
};
std::vector<FactorProblem> checkFactor(const ImpactFactor& f);

/// The value of `key` in `table`; the default's when the table lacks it.
double factorValue(const std::vector<ImpactFactor>& table, const QString& key);
/// The row of `key` in `table`, nullptr when absent.
const ImpactFactor* findFactor(const std::vector<ImpactFactor>& table, const QString& key);

/// The MKI weighting set (docs/contract/planning.md section 5; impact-factors.md section 4).
enum class WeightingSet { A1, A2 };
QString weightingSetKey(WeightingSet set);
std::optional<WeightingSet> weightingSetFromKey(const QString& key);
/// The key of the set's climate price in the table.
QString climateFactorKey(WeightingSet set);

}  // namespace respan
