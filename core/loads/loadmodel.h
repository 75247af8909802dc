#pragma once
// Estimated design demand per slot of a new deck: EN 1991-2 Load Model 1 with notional lanes,
// Courbon's transverse distribution and the deck's permanent load, as docs/load-model.md
// (the rule of docs/contract/planning.md section 2.2) writes it out with a worked example.
// One place computes it: the rules, `respan-cli loads`, the structure editor and the report all
// read these numbers.

#include <QString>

#include <optional>
#include <vector>

#include "core/model/projectsettings.h"
#include "core/model/structure.h"

namespace respan::loads {

/// Defaults of docs/load-model.md for inputs a design leaves empty.
inline constexpr double kDefaultGirderSpacingM = 1.2;
inline constexpr double kDefaultDeckThicknessM = 0.20;
inline constexpr double kDefaultSurfacingM = 0.10;
/// A span's calculation span is its required length less this when not entered.
inline constexpr double kBearingAllowanceM = 0.6;
/// EN 1991-2 Table 4.1: narrowest carriageway with two lanes, and the widest with a lane of w/2.
inline constexpr double kTwoLaneWidthM = 5.4;
inline constexpr double kThreeMetreLanesFromM = 6.0;
inline constexpr double kLaneWidthM = 3.0;
/// EN 1991-2 tandem system: axle spacing.
inline constexpr double kTandemAxleSpacingM = 1.2;

/// The factors of the method, from the project's settings (their defaults are those of
/// ProjectSettings, the one place that names them).
struct LoadFactors {
    double alphaQ[3];
    double alphaUdl1;
    double alphaUdlOther;
    double gammaG;
    double gammaQ;
    double concreteUnitWeight;   ///< kN/m3
    double surfacingUnitWeight;  ///< kN/m3

    LoadFactors() : LoadFactors(ProjectSettings{}) {}
    explicit LoadFactors(const ProjectSettings& settings);
    static LoadFactors from(const ProjectSettings& settings) { return LoadFactors(settings); }
};

/// Notional lanes of a carriageway (EN 1991-2 Table 4.1).
struct LaneLayout {
    int count = 0;
    double laneWidthM = 0.0;
    double remainingWidthM = 0.0;  ///< w - count * laneWidthM
};
/// Lanes of a carriageway of width `w` > 0 (nullopt otherwise). Below 3 m it is still one lane
/// of 3 m (a default width N * s can be that narrow; an entered one is refused by validation).
std::optional<LaneLayout> laneLayout(double carriagewayWidthM);

/// Characteristic effects of one tandem axle load Q = 1 kN on a simple span L (a = 1.2 m):
/// the largest moment anywhere on the span and the largest support shear.
double tandemMomentPerKn(double spanM);
double tandemShearPerKn(double spanM);

/// One load (a lane, or the remaining area) and its Courbon share on one girder.
struct LoadShare {
    int lane = 0;  ///< 1, 2, ...; 0 for the remaining area
    double widthM = 0.0;
    double eccentricityM = 0.0;  ///< of the load's centre from the deck centre line, signed
    double eta = 0.0;            ///< Courbon share, never below zero
    double tandemAxleKn = 0.0;   ///< alpha_Q * Q of one axle (0 for lanes above 3 and the area)
    double udlKnM2 = 0.0;        ///< alpha_q * q
    // Characteristic effects of this load on the whole deck (before its share):
    double tandemMomentKnm = 0.0;
    double tandemShearKn = 0.0;
    double udlMomentKnm = 0.0;
    double udlShearKn = 0.0;

    /// "lane1", "lane2", ..., "remaining" (as in `respan-cli loads` JSON).
    [[nodiscard]] QString key() const;
};

/// The estimated demand of one slot of a span, without the girder's own weight (that is added
/// per pair, see SlotDemand). Design values, partial factors included.
struct SlotLoads {
    double offsetM = 0.0;  ///< x_k from the deck centre line
    std::vector<LoadShare> shares;
    double permanentMomentKnm = 0.0;  ///< gamma_G * g_deck * L^2 / 8
    double permanentShearKn = 0.0;    ///< gamma_G * g_deck * L / 2
    double tandemMomentKnm = 0.0;     ///< gamma_Q * sum eta * tandem moment
    double tandemShearKn = 0.0;
    double udlMomentKnm = 0.0;  ///< gamma_Q * sum eta * UDL moment (lanes and remaining area)
    double udlShearKn = 0.0;
    [[nodiscard]] double momentKnm() const {
        return permanentMomentKnm + tandemMomentKnm + udlMomentKnm;
    }
    [[nodiscard]] double shearKn() const { return permanentShearKn + tandemShearKn + udlShearKn; }
};

/// The inputs of one span as the method uses them, defaults filled in.
struct SpanInputs {
    double spanLengthM = 0.0;        ///< L
    double carriagewayWidthM = 0.0;  ///< w
    double girderSpacingM = 0.0;     ///< s
    double deckThicknessM = 0.0;
    double surfacingM = 0.0;
    int girderCount = 0;                ///< N: the span's slots
    bool carriagewayDefaulted = false;  ///< w was not entered: N * s
};
SpanInputs spanInputs(const DeckDesign& deck, const Span& span);

/// Everything the estimate of one span computes.
struct SpanLoads {
    SpanInputs inputs;
    std::optional<LaneLayout> lanes;  ///< empty: a span without slots
    double gDeckKnM = 0.0;            ///< permanent load per girder, kN/m
    std::vector<SlotLoads> slots;     ///< in slot order
};
SpanLoads estimateSpan(const DeckDesign& deck, const Span& span, const LoadFactors& factors);

/// "LM1"; the key of a load model in files.
QString loadModelKey(LoadModel model);
std::optional<LoadModel> loadModelFromKey(QStringView key);
QString consequenceClassKey(ConsequenceClass cc);
std::optional<ConsequenceClass> consequenceClassFromKey(QStringView key);

/// The demand of one slot as the rule R2 uses it: entered values as entered, estimated ones
/// with the girder's own weight still to add per pair (docs/load-model.md).
struct SlotDemand {
    double momentKnm = 0.0;  ///< entered, or the estimate without the girder's own weight
    double shearKn = 0.0;
    bool momentEstimated = false;
    bool shearEstimated = false;
    /// gamma_G * L^2 / 8 and gamma_G * L / 2: times g_i (kN/m) the own-weight part of a girder
    /// (0 for an entered value).
    double selfWeightMomentFactor = 0.0;
    double selfWeightShearFactor = 0.0;
    LoadModel model = LoadModel::LM1;
};
/// Demands of every slot of a span, in slot order.
std::vector<SlotDemand> spanDemands(const DeckDesign& deck, const Span& span,
                                    const LoadFactors& factors);
/// Own weight of a girder, kN/m: 9.81 m_i / l_i.
double girderSelfWeightKnM(double massT, double lengthM);

}  // namespace respan::loads
