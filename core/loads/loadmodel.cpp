#include "core/loads/loadmodel.h"

#include <algorithm>
#include <cmath>

namespace respan::loads {

namespace {

/// EN 1991-2 LM1: characteristic axle loads of the tandems of lanes 1..3, and the UDL of lane 1
/// and of the other lanes and the remaining area (docs/load-model.md, "Load Model 1").
constexpr double kTandemAxleKn[3] = {300.0, 200.0, 100.0};
constexpr double kUdlLane1KnM2 = 9.0;
constexpr double kUdlOtherKnM2 = 2.5;
/// Below L = (2 + sqrt 2) a / 2 ... (1.707 a) the second axle leaves the span.
constexpr double kTandemBothAxlesFactor = 1.0 + 0.70710678118654752;

}  // namespace

LoadFactors::LoadFactors(const ProjectSettings& s)
    : alphaQ{s.alphaQ1, s.alphaQ2, s.alphaQ3},
      alphaUdl1(s.alphaUdl1),
      alphaUdlOther(s.alphaUdlOther),
      gammaG(s.gammaG),
      gammaQ(s.gammaQ),
      concreteUnitWeight(s.concreteUnitWeight),
      surfacingUnitWeight(s.surfacingUnitWeight) {}

std::optional<LaneLayout> laneLayout(double w) {
    if (!(w > 0.0)) return std::nullopt;
    LaneLayout l;
    if (w < kTwoLaneWidthM) {
        l.count = 1;
        l.laneWidthM = kLaneWidthM;
    } else if (w < kThreeMetreLanesFromM) {
        l.count = 2;
        l.laneWidthM = w / 2.0;
    } else {
        l.count = static_cast<int>(std::floor(w / kLaneWidthM));
        l.laneWidthM = kLaneWidthM;
    }
    l.remainingWidthM = std::max(0.0, w - l.count * l.laneWidthM);
    return l;
}

double tandemMomentPerKn(double L) {
    constexpr double a = kTandemAxleSpacingM;
    if (!(L > 0.0)) return 0.0;
    if (L >= kTandemBothAxlesFactor * a) return (L - a / 2.0) * (L - a / 2.0) / (2.0 * L);
    return L / 4.0;
}

double tandemShearPerKn(double L) {
    constexpr double a = kTandemAxleSpacingM;
    if (!(L > 0.0)) return 0.0;
    return a <= L ? 2.0 - a / L : 1.0;
}

QString LoadShare::key() const {
    return lane == 0 ? QStringLiteral("remaining") : QStringLiteral("lane%1").arg(lane);
}

SpanInputs spanInputs(const DeckDesign& deck, const Span& span) {
    SpanInputs in;
    in.girderCount = static_cast<int>(span.slots.size());
    in.girderSpacingM = deck.girderSpacing ? deck.girderSpacing->value() : kDefaultGirderSpacingM;
    in.deckThicknessM = deck.deckThickness ? deck.deckThickness->value() : kDefaultDeckThicknessM;
    in.surfacingM = deck.surfacing ? deck.surfacing->value() : kDefaultSurfacingM;
    in.carriagewayDefaulted = !deck.carriagewayWidth.has_value();
    in.carriagewayWidthM =
        deck.carriagewayWidth ? deck.carriagewayWidth->value() : in.girderCount * in.girderSpacingM;
    in.spanLengthM = span.calculationSpan ? span.calculationSpan->value()
                                          : span.requiredLength.value() - kBearingAllowanceM;
    return in;
}

namespace {

/// The loads across the deck as seen from a girder on the positive side (x >= 0): lane 1
/// against the kerb at +w/2, lane j next to lane j-1, the remaining area beyond the last lane.
/// A girder on the negative side sees the mirror image.
std::vector<LoadShare> deckLoads(const LaneLayout& lanes, double w, double L,
                                 const LoadFactors& f) {
    std::vector<LoadShare> out;
    const double m = tandemMomentPerKn(L);
    const double v = tandemShearPerKn(L);
    for (int j = 1; j <= lanes.count; ++j) {
        LoadShare s;
        s.lane = j;
        s.widthM = lanes.laneWidthM;
        s.eccentricityM = w / 2.0 - (j - 0.5) * lanes.laneWidthM;
        s.tandemAxleKn = j <= 3 ? kTandemAxleKn[j - 1] * f.alphaQ[j - 1] : 0.0;
        s.udlKnM2 = j == 1 ? kUdlLane1KnM2 * f.alphaUdl1 : kUdlOtherKnM2 * f.alphaUdlOther;
        out.push_back(s);
    }
    if (lanes.remainingWidthM > 0.0) {
        LoadShare s;
        s.lane = 0;
        s.widthM = lanes.remainingWidthM;
        s.eccentricityM = -w / 2.0 + lanes.remainingWidthM / 2.0;
        s.udlKnM2 = kUdlOtherKnM2 * f.alphaUdlOther;
        out.push_back(s);
    }
    for (LoadShare& s : out) {
        s.tandemMomentKnm = s.tandemAxleKn * m;
        s.tandemShearKn = s.tandemAxleKn * v;
        s.udlMomentKnm = s.udlKnM2 * s.widthM * L * L / 8.0;
        s.udlShearKn = s.udlKnM2 * s.widthM * L / 2.0;
    }
    return out;
}

}  // namespace

SpanLoads estimateSpan(const DeckDesign& deck, const Span& span, const LoadFactors& f) {
    SpanLoads out;
    out.inputs = spanInputs(deck, span);
    const SpanInputs& in = out.inputs;
    const double L = std::max(0.0, in.spanLengthM);
    const int n = in.girderCount;
    const double s = in.girderSpacingM;
    out.lanes = laneLayout(in.carriagewayWidthM);
    out.gDeckKnM =
        s * (in.deckThicknessM * f.concreteUnitWeight + in.surfacingM * f.surfacingUnitWeight);
    std::vector<LoadShare> loads;
    if (out.lanes) loads = deckLoads(*out.lanes, in.carriagewayWidthM, L, f);
    double sumX2 = 0.0;
    for (int k = 1; k <= n; ++k) {
        const double x = (k - (n + 1) / 2.0) * s;
        sumX2 += x * x;
    }
    out.slots.resize(static_cast<std::size_t>(n));
    for (int k = 1; k <= n; ++k) {
        SlotLoads& sl = out.slots[static_cast<std::size_t>(k - 1)];
        sl.offsetM = (k - (n + 1) / 2.0) * s;
        const double side = sl.offsetM >= 0.0 ? 1.0 : -1.0;
        sl.permanentMomentKnm = f.gammaG * out.gDeckKnM * L * L / 8.0;
        sl.permanentShearKn = f.gammaG * out.gDeckKnM * L / 2.0;
        for (LoadShare load : loads) {
            load.eccentricityM *= side;
            const double eta =
                n == 1 || sumX2 == 0.0 ? 1.0 : 1.0 / n + load.eccentricityM * sl.offsetM / sumX2;
            load.eta = std::max(0.0, eta);
            sl.tandemMomentKnm += f.gammaQ * load.eta * load.tandemMomentKnm;
            sl.tandemShearKn += f.gammaQ * load.eta * load.tandemShearKn;
            sl.udlMomentKnm += f.gammaQ * load.eta * load.udlMomentKnm;
            sl.udlShearKn += f.gammaQ * load.eta * load.udlShearKn;
            sl.shares.push_back(load);
        }
    }
    return out;
}

QString loadModelKey(LoadModel model) {
    switch (model) {
        case LoadModel::LM1:
            return QStringLiteral("LM1");
    }
    return QString();
}

std::optional<LoadModel> loadModelFromKey(QStringView key) {
    if (key.compare(QLatin1String("LM1"), Qt::CaseInsensitive) == 0) return LoadModel::LM1;
    return std::nullopt;
}

QString consequenceClassKey(ConsequenceClass cc) {
    return cc == ConsequenceClass::CC2 ? QStringLiteral("CC2") : QStringLiteral("CC3");
}

std::optional<ConsequenceClass> consequenceClassFromKey(QStringView key) {
    if (key.compare(QLatin1String("CC2"), Qt::CaseInsensitive) == 0) return ConsequenceClass::CC2;
    if (key.compare(QLatin1String("CC3"), Qt::CaseInsensitive) == 0) return ConsequenceClass::CC3;
    return std::nullopt;
}

std::vector<SlotDemand> spanDemands(const DeckDesign& deck, const Span& span,
                                    const LoadFactors& f) {
    std::vector<SlotDemand> out(span.slots.size());
    bool anyEstimated = false;
    for (const Slot& k : span.slots) anyEstimated |= !k.momentDemand || !k.shearDemand;
    SpanLoads loads;
    if (anyEstimated) loads = estimateSpan(deck, span, f);
    const double L = std::max(0.0, loads.inputs.spanLengthM);
    for (std::size_t i = 0; i < span.slots.size(); ++i) {
        const Slot& k = span.slots[i];
        SlotDemand& d = out[i];
        d.model = deck.loadModel;
        if (k.momentDemand) {
            d.momentKnm = k.momentDemand->value();
        } else {
            d.momentEstimated = true;
            d.momentKnm = loads.slots[i].momentKnm();
            d.selfWeightMomentFactor = f.gammaG * L * L / 8.0;
        }
        if (k.shearDemand) {
            d.shearKn = k.shearDemand->value();
        } else {
            d.shearEstimated = true;
            d.shearKn = loads.slots[i].shearKn();
            d.selfWeightShearFactor = f.gammaG * L / 2.0;
        }
    }
    return out;
}

double girderSelfWeightKnM(double massT, double lengthM) {
    return lengthM > 0.0 ? 9.81 * massT / lengthM : 0.0;
}

}  // namespace respan::loads
