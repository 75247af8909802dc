// Rules R1-R7 at their boundaries, the saving S_is by hand, and the geodesic against published
// values.
#include <gtest/gtest.h>

#include "core/matching/geodesic.h"
#include "core/matching/rules.h"

namespace respan::matching {
namespace {

double dms(int degrees, int minutes, double seconds) {
    const double v = std::abs(degrees) + minutes / 60.0 + seconds / 3600.0;
    return degrees < 0 ? -v : v;
}

TEST(Geodesic, MatchesPublishedGeodesicDistances) {
    // Geoscience Australia's worked example of Vincenty's formulae (GRS80, which differs from
    // WGS84 by far less than a millimetre over this line): Flinders Peak to Buninyong,
    // 54 972.271 m.
    const GeoPoint flinders{dms(-37, 57, 3.72030), dms(144, 25, 29.52440)};
    const GeoPoint buninyong{dms(-37, 39, 10.15610), dms(143, 55, 35.38390)};
    EXPECT_NEAR(geodesicKm(flinders, buninyong), 54.972271, 1e-6);
    // GeographicLib's documentation (WGS84): Wellington to Salamanca, 19 959 679.267 m, nearly
    // antipodal, where Vincenty's iteration is at its weakest.
    EXPECT_NEAR(geodesicKm({-41.32, 174.81}, {40.96, -5.50}), 19959.679267, 1e-6);
    EXPECT_DOUBLE_EQ(geodesicKm({52.3, 4.9}, {52.3, 4.9}), 0.0);
}

/// A girder and a slot that pass every rule, to be spoiled one field at a time.
struct Pair {
    Element e;
    Structure d;
    Span p;
    Slot s;
    ProjectSettings settings;
    Pair() {
        e.id = QStringLiteral("G1");
        e.length = Metres(24.25);
        e.height = Millimetres(900);
        e.width = Millimetres(1180);
        e.mass = Tonnes(30.0);
        e.momentCapacity = KiloNewtonMetres(3000);
        e.shearCapacity = KiloNewtons(700);
        e.capacityBasis = CapacityBasis::Verified;
        e.condition = 2;
        e.status = ElementStatus::InStorage;
        e.location = GeoPoint{52.4628, 4.6012};
        d.name = QStringLiteral("A44");
        d.site = GeoPoint{52.4628, 4.6012};
        p.name = QStringLiteral("1");
        p.requiredLength = Metres(24.25);
        p.installDate = QDate(2027, 3, 1);
        s.name = QStringLiteral("S1");
        s.momentDemand = KiloNewtonMetres(2000);
        s.shearDemand = KiloNewtons(500);
    }
    PairCheck check() const { return checkPair(e, d, p, s, settings); }
};

TEST(Rules, AllPassOnTheBaseCase) {
    const Pair t;
    const PairCheck c = t.check();
    EXPECT_TRUE(c.admissible());
    EXPECT_EQ(c.failedMask, 0u);
    EXPECT_TRUE(describeFailure(c).isEmpty());
}

TEST(Rules, R1LengthBoundaries) {
    Pair t;
    // Exactly the required length: admissible, no cut.
    EXPECT_TRUE(t.check().admissible());
    EXPECT_DOUBLE_EQ(t.check().cutM, 0.0);
    // Exactly the maximum shortening, with decimals that floating point cannot hold exactly.
    t.p.requiredLength = Metres(24.1);
    t.e.length = Metres(27.1);
    EXPECT_TRUE(t.check().admissible());
    EXPECT_NEAR(t.check().cutM, 3.0, 1e-12);
    // A millimetre more is too much.
    t.e.length = Metres(27.101);
    EXPECT_EQ(t.check().failed, RuleId::R1Length);
    // Too short, with the sentence of the specification.
    t.p.requiredLength = Metres(24.25);
    t.e.length = Metres(23.40);
    PairCheck c = t.check();
    EXPECT_EQ(c.failed, RuleId::R1Length);
    EXPECT_EQ(describeFailure(c).toStdString(),
              std::string("R1 length: girder 23.40 m is 0.85 m shorter than required 24.25 m"));
    // Too long.
    t.e.length = Metres(28.10);
    c = t.check();
    EXPECT_EQ(describeFailure(c).toStdString(),
              std::string("R1 length: girder 28.10 m would need a cut of "
                          "3.85 m, more than the allowed 3.00 m"));
    EXPECT_EQ(ruleKey(c.failed), QStringLiteral("R1"));
    // The setting is honoured.
    t.settings.maxShorteningM = 4.0;
    EXPECT_TRUE(t.check().admissible());
}

TEST(Rules, R2CapacityBoundaries) {
    Pair t;
    t.s.momentDemand = KiloNewtonMetres(3000);
    t.s.shearDemand = KiloNewtons(700);
    PairCheck c = t.check();
    EXPECT_TRUE(c.admissible());
    EXPECT_DOUBLE_EQ(c.utilisation, 1.0);
    t.s.momentDemand = KiloNewtonMetres(2450);
    t.e.momentCapacity = KiloNewtonMetres(2210);
    c = t.check();
    EXPECT_EQ(c.failed, RuleId::R2Capacity);
    EXPECT_EQ(describeFailure(c).toStdString(),
              std::string("R2 capacity: MEd 2450 kNm > MRd 2210 kNm"));
    EXPECT_NEAR(c.utilisation, 2450.0 / 2210.0, 1e-12);
    t.e.momentCapacity = KiloNewtonMetres(3000);
    t.s.shearDemand = KiloNewtons(700.5);
    c = t.check();
    EXPECT_EQ(describeFailure(c).toStdString(),
              std::string("R2 capacity: VEd 700.5 kN > VRd 700 kN"));
    // Utilisation is the larger ratio.
    t.s.shearDemand = KiloNewtons(350);
    t.s.momentDemand = KiloNewtonMetres(1500);
    EXPECT_DOUBLE_EQ(t.check().utilisation, 0.5);
}

TEST(Rules, R3ToR6Boundaries) {
    Pair t;
    t.e.condition = 3;  // = max_condition
    EXPECT_TRUE(t.check().admissible());
    t.e.condition = 4;
    EXPECT_EQ(t.check().failed, RuleId::R3Condition);
    EXPECT_EQ(describeFailure(t.check()).toStdString(),
              std::string("R3 condition: condition score 4 is worse than the allowed 3"));
    t.e.condition = 2;

    t.e.capacityBasis = CapacityBasis::Estimated;
    EXPECT_TRUE(t.check().admissible());  // require_verified is off by default
    t.settings.requireVerified = true;
    EXPECT_EQ(t.check().failed, RuleId::R4Basis);
    t.e.capacityBasis = CapacityBasis::Verified;
    EXPECT_TRUE(t.check().admissible());

    t.e.availableFrom = QDate(2027, 3, 1);  // the installation day itself
    EXPECT_TRUE(t.check().admissible());
    t.e.availableFrom = QDate(2027, 10, 1);
    EXPECT_EQ(describeFailure(t.check()).toStdString(),
              std::string("R5 timing: available from 2027-10-01, after installation on "
                          "2027-03-01"));
    t.e.availableFrom.reset();  // no date: available now
    EXPECT_TRUE(t.check().admissible());

    for (const ElementStatus s :
         {ElementStatus::InStructure, ElementStatus::Harvested, ElementStatus::InStorage,
          ElementStatus::Certified, ElementStatus::Reserved}) {
        t.e.status = s;
        EXPECT_TRUE(t.check().admissible());
    }
    t.e.status = ElementStatus::Installed;
    EXPECT_EQ(t.check().failed, RuleId::R6Status);
    t.e.status = ElementStatus::Rejected;
    EXPECT_EQ(t.check().failed, RuleId::R6Status);
    EXPECT_EQ(describeFailure(t.check()).toStdString(),
              "R6 status: status is " + elementStatusName(ElementStatus::Rejected).toStdString());
}

TEST(Rules, R7ZeroAndNegativeSavings) {
    Pair t;
    t.settings.fNew = 0.0;  // at the site and nothing credited: exactly zero
    PairCheck c = t.check();
    EXPECT_EQ(c.savingKg, 0.0);
    EXPECT_EQ(c.failed, RuleId::R7Saving);
    EXPECT_EQ(describeFailure(c).toStdString(),
              "R7 saving: net saving 0.0 kg CO2e is not positive");
    t.settings.fNew = 173.8;
    t.e.location = GeoPoint{59.0, 10.0};  // Norway, about 800 km
    t.settings.fTkm = 1.0;
    c = t.check();
    ASSERT_LT(c.savingKg, 0.0);
    EXPECT_EQ(c.failed, RuleId::R7Saving);
    EXPECT_EQ(describeFailure(c).toStdString(),
              QStringLiteral("R7 saving: net saving %1 kg CO2e is not positive")
                  .arg(QString::number(c.savingKg, 'f', 1))
                  .toStdString());
}

TEST(Rules, FirstFailingRuleInOrderAndEveryFailureRecorded) {
    Pair t;
    t.e.length = Metres(20.0);             // R1
    t.e.condition = 5;                     // R3
    t.e.status = ElementStatus::Rejected;  // R6
    const PairCheck c = t.check();
    EXPECT_EQ(c.failed, RuleId::R1Length);
    EXPECT_TRUE(c.fails(RuleId::R3Condition));
    EXPECT_TRUE(c.fails(RuleId::R6Status));
    EXPECT_FALSE(c.fails(RuleId::R2Capacity));
    EXPECT_EQ(c.failedCount(), 3);
    EXPECT_GT(c.distanceFromAdmissible(), 0.0);
}

TEST(Rules, SavingByHand) {
    Pair t;
    // Demo girder A9W-01 in a 17.40 m span: 23.7 t, 17.92 m; at the site, no transport:
    // 23.7 * 17.40 / 17.92 * 173.8 = 3999.5337053571 kg CO2e.
    t.e.mass = Tonnes(23.7);
    t.e.length = Metres(17.92);
    t.p.requiredLength = Metres(17.40);
    PairCheck c = t.check();
    EXPECT_NEAR(c.savingKg, 3999.5337053571425, 1e-9);
    EXPECT_NEAR(c.builtInMassT, 23.7 * 17.40 / 17.92, 1e-12);
    EXPECT_NEAR(c.cutM, 0.52, 1e-12);
    // 54.972271 km away (Flinders Peak to Buninyong), road factor 1.3, 0.1 kg/tkm:
    // 3999.5337053571 - 23.7 * 1.3 * 54.972271 * 0.1 = 3830.1641384061 kg CO2e.
    t.e.location = GeoPoint{dms(-37, 57, 3.72030), dms(144, 25, 29.52440)};
    t.d.site = GeoPoint{dms(-37, 39, 10.15610), dms(143, 55, 35.38390)};
    c = t.check();
    EXPECT_NEAR(c.distanceKm, 1.3 * 54.972271, 1e-5);
    EXPECT_NEAR(c.savingKg, 3830.1641384061422, 1e-4);
}

}  // namespace
}  // namespace respan::matching
