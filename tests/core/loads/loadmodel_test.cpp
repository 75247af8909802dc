// The load model of docs/load-model.md against hand calculations written out here (not the
// production code called twice), a brute-force scan of tandem positions, the lane breakpoints of
// EN 1991-2 Table 4.1, symmetry and monotonicity, and R2 with the girder's own weight.
#include <gtest/gtest.h>

#include <cmath>

#include "core/commands/cmdelementedit.h"
#include "core/loads/loadclass.h"
#include "core/loads/loadmodel.h"
#include "core/matching/rules.h"

namespace respan::loads {
namespace {

/// The worked example of docs/load-model.md: L = 20 m, w = 9 m, 6 girders at 1.2 m, deck
/// 0.20 m, surfacing 0.10 m, every demand estimated.
Structure workedExample() {
    Structure st;
    st.name = QStringLiteral("Example");
    st.site = GeoPoint{52.0, 4.5};
    st.deck.carriagewayWidth = Metres(9.0);
    st.deck.girderSpacing = Metres(1.2);
    Span span;
    span.name = QStringLiteral("1");
    span.requiredLength = Metres(20.6);  // calculation span 20.0 m by default
    span.installDate = QDate(2027, 1, 1);
    for (int k = 1; k <= 6; ++k) {
        Slot s;
        s.uid = 100 + k;
        s.name = QStringLiteral("L%1").arg(k);
        span.slots.push_back(s);
    }
    st.spans.push_back(span);
    return st;
}

TEST(LoadModel, WorkedExampleMatchesTheHandCalculation) {
    const Structure st = workedExample();
    const SpanLoads l = estimateSpan(st.deck, st.spans[0], LoadFactors{});
    // By hand (docs/load-model.md, "Worked example"):
    //   lanes: floor(9 / 3) = 3 lanes of 3 m, nothing remaining
    //   x = -3.0, -1.8, -0.6, 0.6, 1.8, 3.0; sum x^2 = 2 (0.36 + 3.24 + 9) = 25.2
    //   tandem per kN of axle: M = 19.4^2 / 40 = 9.409, V = 2 - 1.2 / 20 = 1.94
    //   g_deck = 1.2 (0.20 x 25 + 0.10 x 23) = 8.76 kN/m
    //   permanent: 1.2 x 8.76 x 20^2 / 8 = 525.6 kNm, 1.2 x 8.76 x 10 = 105.12 kN
    //   lane 1: TS 300 x 9.409 = 2822.7 kNm, 300 x 1.94 = 582 kN; UDL 9 x 3 x 50 = 1350 kNm,
    //           9 x 3 x 10 = 270 kN
    //   lane 2: TS 1881.8 kNm, 388 kN; UDL 2.5 x 3 x 50 = 375 kNm, 75 kN
    //   lane 3: TS 940.9 kNm, 194 kN; UDL 375 kNm, 75 kN
    ASSERT_TRUE(l.lanes.has_value());
    EXPECT_EQ(l.lanes->count, 3);
    EXPECT_DOUBLE_EQ(l.lanes->remainingWidthM, 0.0);
    EXPECT_NEAR(l.gDeckKnM, 8.76, 1e-9);
    // Edge girder L6 (x = 3.0): eta1 = 1/6 + 3.0 x 3.0 / 25.2 = 0.52381 (lane 1 at +3.0),
    // eta2 = 1/6 (lane 2 at 0), eta3 = 1/6 - 9 / 25.2 < 0 -> 0.
    const double eta1 = 1.0 / 6 + 9.0 / 25.2;
    const double m6 = 525.6 + 1.5 * (eta1 * (2822.7 + 1350) + (1.0 / 6) * (1881.8 + 375));
    const double v6 = 105.12 + 1.5 * (eta1 * (582 + 270) + (1.0 / 6) * (388 + 75));
    EXPECT_NEAR(m6, 4368.35, 0.01);  // the figure the document prints
    EXPECT_NEAR(v6, 890.30, 0.01);
    EXPECT_NEAR(l.slots[5].momentKnm(), m6, 0.005 * m6);
    EXPECT_NEAR(l.slots[5].shearKn(), v6, 0.005 * v6);
    EXPECT_NEAR(l.slots[0].momentKnm(), m6, 0.005 * m6) << "L1 mirrors L6";
    // Interior girder L4 (x = 0.6): eta = 1/6 + e 0.6 / 25.2 with e = 3.0, 0, -3.0.
    const double m4 = 525.6 + 1.5 * ((1.0 / 6 + 1.8 / 25.2) * 4172.7 + (1.0 / 6) * 2256.8 +
                                     (1.0 / 6 - 1.8 / 25.2) * (940.9 + 375));
    EXPECT_NEAR(m4, 2768.0, 0.5);
    EXPECT_NEAR(l.slots[3].momentKnm(), m4, 0.005 * m4);
    // The breakdown adds up and names its parts.
    EXPECT_NEAR(l.slots[5].permanentMomentKnm, 525.6, 1e-6);
    EXPECT_NEAR(l.slots[5].tandemMomentKnm, 1.5 * (eta1 * 2822.7 + 1881.8 / 6), 0.01);
    ASSERT_EQ(l.slots[5].shares.size(), 3u);
    EXPECT_EQ(l.slots[5].shares[0].key(), QStringLiteral("lane1"));
    EXPECT_NEAR(l.slots[5].shares[0].eta, eta1, 1e-12);
    EXPECT_DOUBLE_EQ(l.slots[5].shares[2].eta, 0.0) << "a negative share counts as 0";
}

/// Largest moment anywhere and largest end shear of two axles of 1 kN, 1.2 m apart, on a
/// simple span L, found by moving the pair across the span in small steps.
std::pair<double, double> scanTandem(double L) {
    constexpr double a = 1.2;
    double bestM = 0.0;
    double bestV = 0.0;
    const int steps = 20000;
    for (int i = 0; i <= steps; ++i) {
        const double x1 = -a + (L + a) * i / steps;  // first axle; second at x1 + a
        double reactionA = 0.0;
        for (double x : {x1, x1 + a}) {
            if (x >= 0.0 && x <= L) reactionA += (L - x) / L;
        }
        bestV = std::max(bestV, reactionA);
        for (double at : {x1, x1 + a}) {  // the moment peaks under an axle
            if (at < 0.0 || at > L) continue;
            double m = reactionA * at;
            for (double x : {x1, x1 + a}) {
                if (x >= 0.0 && x <= L && x < at) m -= (at - x);
            }
            bestM = std::max(bestM, m);
        }
    }
    return {bestM, bestV};
}

TEST(LoadModel, TandemEffectsMatchABruteForceScanOfAxlePositions) {
    for (double L : {1.5, 2.0, 2.05, 2.2, 3.0, 10.0, 16.8, 20.0, 35.0}) {
        const auto [m, v] = scanTandem(L);
        EXPECT_NEAR(tandemMomentPerKn(L), m, 2e-3 * m) << "L = " << L;
        EXPECT_NEAR(tandemShearPerKn(L), v, 2e-3 * v) << "L = " << L;
    }
}

TEST(LoadModel, NotionalLanesAtTheTableBreakpoints) {
    struct Case {
        double w;
        int lanes;
        double laneWidth;
        double remaining;
    };
    for (const Case c :
         {Case{5.39, 1, 3.0, 2.39}, Case{5.4, 2, 2.7, 0.0}, Case{5.99, 2, 2.995, 0.0},
          Case{6.0, 2, 3.0, 0.0}, Case{8.99, 2, 3.0, 2.99}, Case{9.0, 3, 3.0, 0.0},
          Case{10.5, 3, 3.0, 1.5}, Case{12.0, 4, 3.0, 0.0}}) {
        const auto l = laneLayout(c.w);
        ASSERT_TRUE(l.has_value()) << c.w;
        EXPECT_EQ(l->count, c.lanes) << "w = " << c.w;
        EXPECT_NEAR(l->laneWidthM, c.laneWidth, 1e-12) << "w = " << c.w;
        EXPECT_NEAR(l->remainingWidthM, c.remaining, 1e-9) << "w = " << c.w;
    }
    EXPECT_FALSE(laneLayout(0.0).has_value());
}

TEST(LoadModel, SlotKAndItsMirrorGetEqualDemand) {
    for (int n : {1, 2, 5, 7, 8, 13}) {
        for (double w : {0.0, 7.5, 11.0}) {
            Structure st = workedExample();
            st.deck.carriagewayWidth = w > 0.0 ? std::optional<Metres>(Metres(w)) : std::nullopt;
            st.spans[0].slots.resize(static_cast<std::size_t>(n));
            const SpanLoads l = estimateSpan(st.deck, st.spans[0], LoadFactors{});
            for (int k = 0; k < n; ++k) {
                const SlotLoads& a = l.slots[static_cast<std::size_t>(k)];
                const SlotLoads& b = l.slots[static_cast<std::size_t>(n - 1 - k)];
                EXPECT_NEAR(a.momentKnm(), b.momentKnm(), 1e-9 * a.momentKnm())
                    << n << " girders, slot " << k + 1 << ", w " << w;
                EXPECT_NEAR(a.shearKn(), b.shearKn(), 1e-9 * a.shearKn());
            }
        }
    }
}

TEST(LoadModel, NeverLessDemandForALongerSpanAThickerDeckOrLargerFactors) {
    const Structure base = workedExample();
    const LoadFactors f;
    const SpanLoads ref = estimateSpan(base.deck, base.spans[0], f);
    auto noLess = [&](const SpanLoads& more, const char* what) {
        bool someMore = false;
        for (std::size_t k = 0; k < ref.slots.size(); ++k) {
            EXPECT_GE(more.slots[k].momentKnm(), ref.slots[k].momentKnm() - 1e-9) << what;
            EXPECT_GE(more.slots[k].shearKn(), ref.slots[k].shearKn() - 1e-9) << what;
            someMore |= more.slots[k].momentKnm() > ref.slots[k].momentKnm();
        }
        EXPECT_TRUE(someMore) << what << " changes nothing";
    };
    Structure longer = base;
    longer.spans[0].calculationSpan = Metres(20.5);
    noLess(estimateSpan(longer.deck, longer.spans[0], f), "longer span");
    Structure thicker = base;
    thicker.deck.deckThickness = Metres(0.25);
    noLess(estimateSpan(thicker.deck, thicker.spans[0], f), "thicker deck");
    Structure surfaced = base;
    surfaced.deck.surfacing = Metres(0.15);
    noLess(estimateSpan(surfaced.deck, surfaced.spans[0], f), "thicker surfacing");
    for (int i = 0; i < 7; ++i) {
        LoadFactors g = f;
        double* factor[] = {&g.alphaQ[0],     &g.alphaQ[1], &g.alphaQ[2], &g.alphaUdl1,
                            &g.alphaUdlOther, &g.gammaG,    &g.gammaQ};
        *factor[i] *= 1.15;
        noLess(estimateSpan(base.deck, base.spans[0], g), "larger factor");
    }
}

TEST(LoadModel, AnEnteredValueSurvivesReEstimation) {
    Structure st = workedExample();
    st.spans[0].slots[5].momentDemand = KiloNewtonMetres(5000);
    const LoadFactors f;
    std::vector<SlotDemand> d = spanDemands(st.deck, st.spans[0], f);
    EXPECT_FALSE(d[5].momentEstimated);
    EXPECT_TRUE(d[5].shearEstimated) << "each cell on its own";
    EXPECT_DOUBLE_EQ(d[5].momentKnm, 5000.0);
    EXPECT_DOUBLE_EQ(d[5].selfWeightMomentFactor, 0.0) << "entered: used as entered";
    st.deck.deckThickness = Metres(0.30);
    st.spans[0].calculationSpan = Metres(20.4);
    d = spanDemands(st.deck, st.spans[0], f);
    EXPECT_DOUBLE_EQ(d[5].momentKnm, 5000.0);
    EXPECT_GT(d[0].momentKnm, 4368.35) << "the estimate of L1 moved with the deck";
}

TEST(LoadModel, R2AddsTheGirdersOwnWeightPerPairAndAdmitsExactlyAtTheBoundary) {
    const Structure st = workedExample();
    const Span& span = st.spans[0];
    Element e;
    e.id = QStringLiteral("G");
    e.length = Metres(20.6);
    e.height = Millimetres(900);
    e.width = Millimetres(1180);
    e.mass = Tonnes(30.0);
    e.capacityBasis = CapacityBasis::Verified;
    e.condition = 2;
    e.location = GeoPoint{52.0, 4.5};
    ProjectSettings settings;
    // By hand: g = 9.81 x 30 / 20.6 = 14.2864 kN/m; own weight in MEd 1.2 x g x 20^2 / 8 =
    // 857.18 kNm, in VEd 1.2 x g x 10 = 171.44 kN; L6's MEd 4368.35 + 857.18 = 5225.53 kNm.
    const double g = 9.81 * 30.0 / 20.6;
    const double medHand = 4368.35 + 1.2 * g * 400.0 / 8.0;
    e.momentCapacity = KiloNewtonMetres(1e5);
    e.shearCapacity = KiloNewtons(1e5);
    const matching::PairCheck probe = matching::checkPair(e, st, span, span.slots[5], settings);
    EXPECT_NEAR(probe.momentDemandKnm, medHand, 0.005 * medHand);
    EXPECT_NEAR(probe.selfWeightMomentKnm, 1.2 * g * 50.0, 1e-6);
    EXPECT_NEAR(probe.selfWeightShearKn, 1.2 * g * 10.0, 1e-6);
    // A heavier girder needs more capacity.
    Element heavy = e;
    heavy.mass = Tonnes(36.0);
    EXPECT_GT(matching::checkPair(heavy, st, span, span.slots[5], settings).momentDemandKnm,
              probe.momentDemandKnm);
    // Exactly equal capacity admits; one kNm less refuses, with the demand's basis named.
    e.momentCapacity = KiloNewtonMetres(probe.momentDemandKnm);
    e.shearCapacity = KiloNewtons(probe.shearDemandKn);
    EXPECT_TRUE(matching::checkPair(e, st, span, span.slots[5], settings).admissible());
    e.momentCapacity = KiloNewtonMetres(probe.momentDemandKnm - 1.0);
    const matching::PairCheck refused = matching::checkPair(e, st, span, span.slots[5], settings);
    EXPECT_EQ(refused.failed, matching::RuleId::R2Capacity);
    const QString why = matching::describeFailure(refused);
    EXPECT_TRUE(why.contains(QStringLiteral("(estimated, LM1) > MRd"))) << why.toStdString();
    // Entered demands read as in v1, without the girder's weight.
    Structure entered = st;
    entered.spans[0].slots[5].momentDemand = KiloNewtonMetres(2450);
    entered.spans[0].slots[5].shearDemand = KiloNewtons(560);
    e.momentCapacity = KiloNewtonMetres(2210);
    const matching::PairCheck v1 =
        matching::checkPair(e, entered, entered.spans[0], entered.spans[0].slots[5], settings);
    EXPECT_EQ(matching::describeFailure(v1),
              QStringLiteral("R2 capacity: MEd 2450 kNm > MRd 2210 kNm"));
}

TEST(LoadClass, ResistanceFromVosb1963MatchesTheHandCalculation) {
    Element e;
    e.id = QStringLiteral("A9H-04");
    e.length = Metres(21.95);
    e.width = Millimetres(1180);
    e.mass = Tonnes(31.8);
    e.originalLoadClass = QStringLiteral("BK-60-1963");
    // By hand: L0 = 21.95 - 0.6 = 21.35 m; g = 9.81 x 31.8 / 21.95 = 14.2122 kN/m;
    // class 60: 400 kg/m2 = 3.924 kN/m2 over 1.18 m = 4.6303 kN/m;
    // line = 1.2 x 14.2122 + 1.5 x 4.6303 = 24.0001 kN/m;
    // MRd >= 24.0001 x 21.35^2 / 8 = 1367.47 kNm; VRd >= 24.0001 x 21.35 / 2 = 256.20 kN.
    const ElementResistance r = elementResistance(e, LoadFactors{});
    EXPECT_EQ(r.source, ResistanceSource::FromClass);
    EXPECT_NEAR(r.momentKnm, 1367.47, 0.02);
    EXPECT_NEAR(r.shearKn, 256.20, 0.01);
    // Other spellings of the same class.
    for (const char* t : {"VOSB 1963 klasse 60", "vosb1963-60", "VOSB 1963 class 60"}) {
        EXPECT_EQ(classifyLoadClass(QString::fromLatin1(t)).knowledge, ClassKnowledge::Estimable)
            << t;
    }
    // Entered values replace the estimate, one by one.
    e.momentCapacity = KiloNewtonMetres(4200);
    const ElementResistance mixed = elementResistance(e, LoadFactors{});
    EXPECT_FALSE(mixed.momentEstimated);
    EXPECT_TRUE(mixed.shearEstimated);
    EXPECT_DOUBLE_EQ(mixed.momentKnm, 4200.0);
}

TEST(LoadClass, AClassWithoutPublicValuesIsRefusedNotGuessed) {
    Element e;
    e.id = QStringLiteral("A9H-05");
    e.length = Metres(21.95);
    e.width = Millimetres(1180);
    e.mass = Tonnes(31.8);
    e.condition = 2;
    e.location = GeoPoint{52.0, 4.5};
    for (const char* t :
         {"BK-100-1963", "BK-A-1938", "VOSB 1938 klasse B", "VBB 1995 klasse 600", "NEN 6706"}) {
        e.originalLoadClass = QString::fromLatin1(t);
        EXPECT_EQ(classifyLoadClass(e.originalLoadClass).knowledge, ClassKnowledge::NoPublicValues)
            << t;
        EXPECT_FALSE(elementResistance(e, LoadFactors{}).known()) << t;
    }
    EXPECT_EQ(classifyLoadClass(QStringLiteral("BK-61-1963")).knowledge, ClassKnowledge::Unknown);
    EXPECT_EQ(classifyLoadClass(QStringLiteral("heavy")).knowledge, ClassKnowledge::Unknown);
    const Structure st = workedExample();
    e.originalLoadClass = QStringLiteral("BK-100-1963");
    const matching::PairCheck c =
        matching::checkPair(e, st, st.spans[0], st.spans[0].slots[0], ProjectSettings{});
    EXPECT_EQ(c.failed, matching::RuleId::R2Capacity);
    EXPECT_TRUE(
        matching::describeFailure(c).startsWith(QStringLiteral("R2 capacity: resistance unknown")));
    EXPECT_TRUE(resistanceMethod(e, LoadFactors{}).contains(QStringLiteral("BK-100-1963")));
}

TEST(LoadClass, EnteredResistancesReplaceTheEstimateAndTheHistorySaysSo) {
    Element before;
    before.id = QStringLiteral("A9H-04");
    before.originalLoadClass = QStringLiteral("BK-60-1963");
    before.status = ElementStatus::InStructure;
    Element after = before;
    after.momentCapacity = KiloNewtonMetres(4200);
    after.shearCapacity = KiloNewtons(850);
    after.capacityBasis = CapacityBasis::Verified;
    const QDateTime when(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    const Element noted = withResistanceNote(before, after, QStringLiteral("engineer"), when);
    ASSERT_EQ(noted.history.size(), 1u);
    EXPECT_EQ(noted.history[0].user, QStringLiteral("engineer"));
    EXPECT_EQ(noted.history[0].time, when);
    EXPECT_EQ(noted.history[0].to, ElementStatus::InStructure) << "the status stays";
    const QString note = noted.history[0].note;
    EXPECT_TRUE(note.contains(QStringLiteral("MRd 4200 kNm")) &&
                note.contains(QStringLiteral("VRd 850 kN")) &&
                note.contains(QStringLiteral("BK-60-1963")))
        << note.toStdString();
    EXPECT_EQ(elementResistance(noted, LoadFactors{}).source, ResistanceSource::Entered);
    // Changing an entered value again is no replacement of an estimate.
    Element changed = noted;
    changed.momentCapacity = KiloNewtonMetres(4100);
    EXPECT_EQ(withResistanceNote(noted, changed, QStringLiteral("e"), when).history.size(), 1u);
}

}  // namespace
}  // namespace respan::loads
