// The mki and cost objectives (docs/contract/planning.md section 5; docs/impact.md, "The
// objectives"): the optimiser's plan against brute force over every plan, with each pair's net
// saving computed here from the formulas of the documentation, not by the production code.
#include <gtest/gtest.h>

#include <random>

#include "core/certification/schedule.h"
#include "core/matching/geodesic.h"
#include "core/matching/optimiser.h"
#include "support/matchinginstances.h"
#include "support/referencesolvers.h"

namespace respan::matching {
namespace {

constexpr double kDaysPerMonth = 30.4375;

/// Stores every other girder at a yard with a rate, harvested at the plan's start, and puts a
/// donor position on the stored ones: storage time, harvest transport and cuts all count.
MatchInput withStorage(MatchInput in, std::mt19937& rng) {
    StorageSite yard;
    yard.id = QStringLiteral("Y");
    yard.location = GeoPoint{52.46, 4.60};
    yard.outlineWkt = QStringLiteral("POLYGON((0 0,100 0,100 50,0 50,0 0))");
    yard.costEurPerM2Month = std::uniform_real_distribution<double>(0.5, 40.0)(rng);
    in.sites = {yard};
    DonorStructure donor;
    donor.name = QStringLiteral("D");
    donor.location = GeoPoint{52.30, 4.95};
    in.donors = {donor};
    in.settings.planStart = QDate(2024, 1, 1);
    for (std::size_t i = 0; i < in.elements.size(); i += 2) {
        in.elements[i].storageSite = QStringLiteral("Y");
        in.elements[i].donorStructure = QStringLiteral("D");
        in.elements[i].harvestDate.reset();
    }
    in.pins.clear();
    return in;
}

/// crush - reuse of one pair as docs/impact.md writes it, in euro of cost or of MKI (A2).
double netSaving(const MatchInput& in, const Element& e, const Structure& d, const Span& p,
                 Objective objective) {
    const double m = e.mass.value();
    const double l = e.length.value();
    const double builtIn = m * p.requiredLength.value() / l;
    const bool stored = e.storageSite == QLatin1String("Y");
    const double road = in.settings.roadFactor;
    const GeoPoint from = stored ? in.sites[0].location : e.location;
    const double harvest =
        stored ? road * geodesicKm(*in.donors[0].location, in.sites[0].location) : 0.0;
    const double toSite = road * geodesicKm(from, d.site);
    const bool cut = l - p.requiredLength.value() > 0.0005;
    const int days =
        stored ? std::max<int>(0, static_cast<int>(in.settings.planStart->daysTo(
                                      p.installDate.addDays(-in.settings.deliveryLeadDays))))
               : 0;
    if (objective == Objective::Cost) {
        const double crush = m * 15.0 + builtIn * 500.0 + builtIn * 100.0 * 0.5;
        const double storage = stored ? l * e.width.value() / 1000.0 *
                                            in.sites[0].costEurPerM2Month * days / kDaysPerMonth
                                      : 0.0;
        const double reuse = m * (harvest + toSite) * 0.5 + storage + (cut ? 2500.0 : 0.0);
        return crush - reuse;
    }
    const double crushKg =
        m * 3.0 + builtIn * in.settings.fNew + builtIn * 100.0 * in.settings.fTkm;
    const double reuseKg = m * (harvest + toSite) * in.settings.fTkm + (cut ? 25.0 : 0.0);
    return (crushKg - reuseKg) * 0.116;
}

/// The reference model of `in` with every pair's weight in `objective` by the formulas above,
/// pairs that save nothing left out (the optimiser's problem, built independently of it).
test::ReferenceModel reweighted(const MatchInput& in, Objective objective) {
    std::vector<std::pair<const Structure*, const Span*>> slotOwner;  // as the reference orders
    for (const Structure& d : in.structures) {
        for (const Span& p : d.spans) {
            for (std::size_t k = 0; k < p.slots.size(); ++k) slotOwner.emplace_back(&d, &p);
        }
    }
    test::ReferenceModel model = test::buildReferenceModel(in);
    std::vector<test::ReferenceModel::Pair> kept;
    for (test::ReferenceModel::Pair pair : model.pairs) {
        const auto [d, p] = slotOwner[static_cast<std::size_t>(pair.slot)];
        pair.savingKg =
            netSaving(in, in.elements[static_cast<std::size_t>(pair.element)], *d, *p, objective);
        if (pair.savingKg > 0.0) kept.push_back(pair);
    }
    model.pairs = kept;
    return model;
}

TEST(CostObjectives, EqualBruteForceOnHundredsOfSmallInstances) {
    std::mt19937 rng(515);
    int nonTrivial = 0;
    int someNotWorthIt = 0;
    int notWorthItReasons = 0;  // explained as such in an unfilled slot
    for (int round = 0; round < 600; ++round) {
        std::mt19937 local(rng());
        const MatchInput in = withStorage(test::generateSmall(local), local);
        const std::size_t admissible = test::buildReferenceModel(in).pairs.size();
        for (const Objective objective : {Objective::Mki, Objective::Cost}) {
            SCOPED_TRACE("round " + std::to_string(round) + " " +
                         objectiveKey(objective).toStdString());
            const test::ReferenceModel model = reweighted(in, objective);
            someNotWorthIt += model.pairs.size() < admissible;
            const test::ReferenceOptimum best = test::bruteForce(model, Objective::Carbon);
            MatchOptions options;
            options.objective = objective;
            const MatchResult r = optimisePlan(in, options);
            ASSERT_TRUE(r.optimal);
            EXPECT_NEAR(r.objectiveValue, best.savingKg, 1e-6 * std::max(1.0, best.savingKg));
            EXPECT_GE(r.objectiveBound, r.objectiveValue);
            EXPECT_LE(r.objectiveBound - r.objectiveValue, 1e-3);
            double sum = 0.0;
            for (const PlannedAssignment& a : r.assignments) {
                EXPECT_GT(a.weight, 0.0) << "a pair that saves nothing is never placed";
                sum += a.weight;
            }
            EXPECT_NEAR(sum, r.objectiveValue, 1e-6);
            for (const UnfilledSlot& u : r.unfilledSlots) {
                for (const SlotReason& reason : u.reasons) {
                    notWorthItReasons += reason.key() == QLatin1String("not_worth_it");
                }
            }
            nonTrivial += model.pairs.size() > 3;
        }
    }
    EXPECT_GT(nonTrivial, 300);
    EXPECT_GT(someNotWorthIt, 50) << "the generator must make some pairs not worth it";
    EXPECT_GT(notWorthItReasons, 20) << "an empty slot says why its candidate stays out";
}

// Medium project-like instances (60 girders, 12 spans, storage at a yard): the optimiser's
// proven optimum in euro equals CBC's on the straightforward MILP with the same weights,
// computed here by the formulas of docs/impact.md.
TEST(CostObjectives, EqualCbcOnMediumInstances) {
    for (const unsigned seed : {1u, 2u, 3u}) {
        test::RealisticSpec spec;
        spec.elements = 60;
        spec.spans = 12;
        spec.slots = 60;
        spec.sections = 3;
        spec.seed = seed;
        std::mt19937 rng(seed);
        const MatchInput in = withStorage(test::generateRealistic(spec), rng);
        for (const Objective objective : {Objective::Mki, Objective::Cost}) {
            SCOPED_TRACE("seed " + std::to_string(seed) + " " +
                         objectiveKey(objective).toStdString());
            const test::ReferenceModel model = reweighted(in, objective);
            const test::ReferenceOptimum cbc = test::solveWithCbc(model, Objective::Carbon, 120.0);
            ASSERT_TRUE(cbc.optimal);
            MatchOptions options;
            options.objective = objective;
            const MatchResult r = optimisePlan(in, options);
            ASSERT_TRUE(r.optimal);
            EXPECT_NEAR(r.objectiveValue, cbc.savingKg, 1e-4 * std::max(1.0, cbc.savingKg));
            EXPECT_GT(r.filledSlots, 20) << "a real plan, not an empty one";
        }
    }
}

// A later slot costs more: with a high storage rate, the same girder goes to the span that is
// installed first, which the carbon objective (blind to time) does not prefer.
TEST(CostObjectives, TheCostObjectiveWeighsWaitingTime) {
    MatchInput in;
    in.settings.planStart = QDate(2025, 1, 1);
    in.settings.planCertification = false;
    StorageSite yard;
    yard.id = QStringLiteral("Y");
    yard.location = GeoPoint{52.46, 4.60};
    yard.outlineWkt = QStringLiteral("POLYGON((0 0,100 0,100 50,0 50,0 0))");
    yard.costEurPerM2Month = 30.0;
    in.sites = {yard};
    Element g = test::handGirder(1, "G", 900, 20.0, 40.0);
    g.storageSite = QStringLiteral("Y");
    in.elements = {g};
    Structure early;
    early.uid = 10;
    early.name = QStringLiteral("EARLY");
    early.site = GeoPoint{52.10, 4.60};  // farther: more transport
    Span p1 = test::handSpan(11, "1", {test::handSlot(12, "L1")});
    p1.installDate = QDate(2025, 3, 1);
    early.spans = {p1};
    Structure late;
    late.uid = 20;
    late.name = QStringLiteral("LATE");
    late.site = GeoPoint{52.40, 4.60};  // nearer: the carbon objective's choice
    Span p2 = test::handSpan(21, "1", {test::handSlot(22, "L1")});
    p2.installDate = QDate(2027, 3, 1);
    late.spans = {p2};
    in.structures = {early, late};

    MatchOptions carbon;
    const MatchResult c = optimisePlan(in, carbon);
    ASSERT_EQ(c.assignments.size(), 1U);
    EXPECT_EQ(c.assignments[0].where.structure, QStringLiteral("LATE"));
    MatchOptions cost;
    cost.objective = Objective::Cost;
    const MatchResult r = optimisePlan(in, cost);
    ASSERT_EQ(r.assignments.size(), 1U);
    EXPECT_EQ(r.assignments[0].where.structure, QStringLiteral("EARLY"));
    // By hand: 24 m2 x EUR 30 = EUR 720 a month; 730 days more for LATE is EUR 17,268.72, far
    // more than the transport it saves (40 t x ~39 km x EUR 0.5 = ~EUR 780).
    EXPECT_TRUE(r.optimal);
}

}  // namespace
}  // namespace respan::matching
