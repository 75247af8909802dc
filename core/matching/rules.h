#pragma once
// Admissibility rules R1-R7 of docs/contract/matching.md section 2 for one (element, slot) pair,
// and the net saving S_is of section 3. One function answers both, so that the optimiser, the
// explanations, `respan-cli pin` and the planning board's drag feedback all say exactly the same
// thing.

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>
#include <vector>

#include "core/loads/loadclass.h"
#include "core/loads/loadmodel.h"
#include "core/matching/geodesic.h"
#include "core/model/element.h"
#include "core/model/projectsettings.h"
#include "core/model/structure.h"

namespace respan::matching {

/// The rules of docs/contract/matching.md section 2, in the order in which they are checked.
enum class RuleId {
    None = 0,  ///< no rule fails: the pair is admissible
    R1Length,
    R2Capacity,
    R3Condition,
    R4Basis,
    R5Timing,
    R6Status,
    R7Saving,
    R8Section,  ///< span rule: one section per span (checked on plans, not on pairs)
};

/// "R1" .. "R8"; empty for RuleId::None. The key used in JSON output.
QString ruleKey(RuleId rule);
/// Short translated name ("length", "capacity", ...).
QString ruleName(RuleId rule);

/// Lengths within this distance are taken as equal, so that decimal inputs such as 24.1 + 3.0
/// against 27.1 behave as the engineer reads them (floating point would otherwise decide).
inline constexpr double kLengthToleranceM = 1e-9;

/// Everything known about one (element, slot) pair: the first failing rule, the numbers of every
/// rule (so that any rule's reason can be written) and the pair's figures. Plain data, cheap to
/// copy, safe to use from any thread.
struct PairCheck {
    RuleId failed = RuleId::None;  ///< first failing rule in the order R1..R7; None = admissible
    unsigned failedMask = 0;       ///< bit (1 << rule) for every failing rule

    // R1
    double elementLengthM = 0.0;
    double requiredLengthM = 0.0;
    double maxShorteningM = 0.0;
    double cutM = 0.0;  ///< l_i - L_p (negative when the girder is too short)
    // R2 (demands include the girder's own weight where they are estimated)
    double momentDemandKnm = 0.0;
    double momentCapacityKnm = 0.0;
    double shearDemandKn = 0.0;
    double shearCapacityKn = 0.0;
    double utilisation = 0.0;  ///< max(MEd/MRd, VEd/VRd)
    bool momentDemandEstimated = false;
    bool shearDemandEstimated = false;
    double selfWeightMomentKnm = 0.0;  ///< the girder's own weight in MEd (estimated demand)
    double selfWeightShearKn = 0.0;
    LoadModel loadModel = LoadModel::LM1;
    loads::ResistanceSource resistanceSource = loads::ResistanceSource::Entered;
    bool momentCapacityEstimated = false;
    bool shearCapacityEstimated = false;
    // R3, R4, R6
    int condition = 0;
    int maxCondition = 0;
    CapacityBasis basis = CapacityBasis::Estimated;
    bool requireVerified = false;
    ElementStatus status = ElementStatus::InStorage;
    // R5 (v2, docs/contract/planning.md section 1): max(a_i, r_i) <= t_p - delivery_lead_days
    std::optional<QDate> availableFrom;
    std::optional<QDate> readyDate;  ///< r_i from the recertification schedule, when it counts
    QDate installDate;
    int deliveryLeadDays = 0;
    QDate latestDelivery;  ///< t_p - delivery_lead_days
    // R7 and the objective
    double massT = 0.0;
    double builtInMassT = 0.0;   ///< m_i * L_p / l_i
    double geodesicKm = 0.0;     ///< on WGS84
    double distanceKm = 0.0;     ///< D_id = road_factor * geodesic
    double newConcreteKg = 0.0;  ///< m_i * (L_p / l_i) * F_new: what a new girder would emit
    double transportKg = 0.0;    ///< m_i * D_id * F_tkm
    double savingKg = 0.0;       ///< S_is = newConcreteKg - transportKg

    [[nodiscard]] bool admissible() const { return failed == RuleId::None; }
    [[nodiscard]] bool fails(RuleId rule) const {
        return (failedMask & (1u << static_cast<unsigned>(rule))) != 0;
    }
    /// Number of failing rules among R1..R7.
    [[nodiscard]] int failedCount() const;
    /// How far the pair is from admissible: 0 when admissible, otherwise the sum over failing
    /// rules of a relative shortfall (>= 1 for each rule that cannot be met by a small change).
    /// Used to list the closest candidates of a slot first.
    [[nodiscard]] double distanceFromAdmissible() const;
};

/// Checks R1..R7 for element `e` with resistances `resistance` in a slot with demand `demand` of
/// span `span`, using a geodesic distance computed beforehand (the optimiser caches the
/// distance per element and structure, the demands per slot and the resistances per element).
/// `readyDate` is the element's r_i in R5 (empty: no ready date, e.g. plan_certification off).
PairCheck checkPair(const Element& e, const loads::ElementResistance& resistance, const Span& span,
                    const loads::SlotDemand& demand, const ProjectSettings& settings,
                    double geodesicDistanceKm, std::optional<QDate> readyDate = std::nullopt);
/// Same, estimating the slot's demand from its structure and the element's resistance, and
/// computing the geodesic distance. `slot` must be one of `span`'s slots.
PairCheck checkPair(const Element& e, const Structure& structure, const Span& span,
                    const Slot& slot, const ProjectSettings& settings,
                    std::optional<QDate> readyDate = std::nullopt);
/// The demand of `slot` (one of `span`'s slots) as R2 uses it.
loads::SlotDemand slotDemand(const Structure& structure, const Span& span, const Slot& slot,
                             const ProjectSettings& settings);

/// The translated sentence for one rule of a checked pair, with its numbers, e.g.
/// "R2 capacity: MEd 2450 kNm > MRd 2210 kNm". Empty when that rule holds. Numbers use the
/// decimal separator of `locale` and no group separators (the C locale: a decimal point, as in
/// the command line's output and JSON; a report passes its language's locale).
QString describeRule(const PairCheck& check, RuleId rule, const QLocale& locale = QLocale::c());
/// The sentence for the first failing rule; empty when the pair is admissible.
QString describeFailure(const PairCheck& check, const QLocale& locale = QLocale::c());

/// Text for a section ("900 x 1180 mm").
QString sectionText(Millimetres height, Millimetres width, const QLocale& locale = QLocale::c());
/// The R8 sentence for an element whose section differs from the one chosen for its span.
QString describeSectionClash(const Element& e, Millimetres spanHeight, Millimetres spanWidth,
                             const QLocale& locale = QLocale::c());

}  // namespace respan::matching
