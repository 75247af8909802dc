// Designing around the stock (docs/design-around-stock.md): span lengths chosen with the plan,
// against hand calculations and against brute force over every length combination and plan.
#include <gtest/gtest.h>

#include <random>

#include "core/matching/design.h"
#include "core/model/designlengths.h"
#include "support/matchinginstances.h"
#include "support/referencesolvers.h"

namespace respan::matching {
namespace {

using test::handGirder;
using test::handSlot;
using test::handSpan;

Structure viaduct(std::vector<Span> spans) {
    Structure d;
    d.uid = 100;
    d.name = QStringLiteral("KW1");
    d.site = GeoPoint{52.25, 4.57};
    d.spans = std::move(spans);
    return d;
}

Span bounded(Uid uid, const char* name, std::vector<Slot> slots, double lo, double hi) {
    Span p = handSpan(uid, name, std::move(slots));
    p.requiredLengthMin = Metres(lo);
    p.requiredLengthMax = Metres(hi);
    return p;
}

const SpanLengthChoice& choiceOf(const DesignResult& r, const char* span) {
    for (const SpanLengthChoice& c : r.spans) {
        if (c.span == QLatin1String(span)) return c;
    }
    throw std::runtime_error("no span");
}

TEST(Design, AGirderTwoCentimetresShortFitsASpanThatMayBeShorter) {
    // Span 1 of 20.00 m may be 19.90 to 20.10 m; the only girder is 19.98 m. At 20.00 m R1
    // refuses it; the longest candidate it fits is 19.95 m (19.90, 19.95 <= 19.98).
    MatchInput in;
    in.elements = {handGirder(1, "G1", 900, 19.98, 25)};
    in.structures = {viaduct({bounded(11, "1", {handSlot(21, "S1")}, 19.90, 20.10)})};
    const DesignResult r = designAroundStock(in);
    EXPECT_EQ(r.before.filledSlots, 0);
    EXPECT_EQ(r.match.filledSlots, 1);
    EXPECT_TRUE(r.match.optimal);
    ASSERT_EQ(r.spans.size(), 1u);
    EXPECT_DOUBLE_EQ(r.spans[0].beforeM, 20.0);
    EXPECT_DOUBLE_EQ(r.spans[0].afterM, 19.95);
    EXPECT_EQ(r.spans[0].candidates, 5);
    // S = m L / l F_new - transport: the saving follows the chosen length.
    const MatchResult atChosen = optimisePlan(withChosenLengths(in, r.spans));
    EXPECT_NEAR(r.match.totalSavingKg, atChosen.totalSavingKg, 1e-9);
    EXPECT_NEAR(r.match.totalSavingKg,
                25.0 * 19.95 / 19.98 * in.settings.fNew -
                    25.0 * r.match.assignments.at(0).distanceKm * in.settings.fTkm,
                1e-6);
}

TEST(Design, TheFixedTotalDecidesWhichSpanGivesWay) {
    // Two spans of 20 m, each 19.90 to 20.10 m, crossing fixed at 40.00 m. Girder G1 (19.95 m,
    // 20 t) wants span 1 at 19.95 m, G2 (20.10 m, 30 t) span 2 at 20.10 m: 40.05 m is too much.
    // Shortening span 1 by 5 cm costs 20 t x 0.05/19.95 of new concrete, span 2 30 t x
    // 0.05/20.10, more: so span 1 becomes 19.90 m and span 2 stays at 20.10 m.
    MatchInput in;
    in.elements = {handGirder(1, "G1", 900, 19.95, 20), handGirder(2, "G2", 900, 20.10, 30)};
    Structure d = viaduct({bounded(11, "1", {handSlot(21, "S1")}, 19.90, 20.10),
                           bounded(12, "2", {handSlot(22, "T1")}, 19.90, 20.10)});
    d.fixedTotalLength = Metres(40.0);
    in.structures = {d};
    const DesignResult r = designAroundStock(in);
    EXPECT_TRUE(r.match.optimal);
    EXPECT_EQ(r.match.filledSlots, 2);
    EXPECT_DOUBLE_EQ(choiceOf(r, "1").afterM, 19.90);
    EXPECT_DOUBLE_EQ(choiceOf(r, "2").afterM, 20.10);
    const double sum = choiceOf(r, "1").afterM + choiceOf(r, "2").afterM;
    EXPECT_LE(design::toUnits(sum), design::toUnits(40.0));
    EXPECT_GE(design::toUnits(sum), design::toUnits(40.0 - in.settings.designLengthStepM));
    // Without the total both take their own girder's length.
    in.structures[0].fixedTotalLength.reset();
    const DesignResult free = designAroundStock(in);
    EXPECT_DOUBLE_EQ(choiceOf(free, "1").afterM, 19.95);
    EXPECT_DOUBLE_EQ(choiceOf(free, "2").afterM, 20.10);
    EXPECT_GT(free.match.totalSavingKg, r.match.totalSavingKg);
}

TEST(Design, APinnedGirderKeepsItsSpanWhereItFitsAndASpanWithoutBoundsNeverMoves) {
    // Span 1 (19.90..20.10 m) holds a pinned 20.05 m girder: it may not become longer than
    // 20.05 m, though longer would save more. Span 2 has no bounds: it stays at 20.00 m.
    MatchInput in;
    in.elements = {handGirder(1, "P1", 900, 20.05, 25), handGirder(2, "G2", 900, 21.0, 25)};
    in.structures = {viaduct({bounded(11, "1", {handSlot(21, "S1")}, 19.90, 20.10),
                              handSpan(12, "2", {handSlot(22, "T1")})})};
    in.pins = {{1, 21, true}};
    const DesignResult r = designAroundStock(in);
    EXPECT_TRUE(r.match.optimal);
    ASSERT_EQ(r.spans.size(), 1u) << "only spans with bounds are listed";
    EXPECT_DOUBLE_EQ(choiceOf(r, "1").afterM, 20.05);
    EXPECT_TRUE(r.match.conflicts.empty());
    const MatchInput after = withChosenLengths(in, r.spans);
    EXPECT_DOUBLE_EQ(after.structures[0].spans[1].requiredLength.value(), 20.0);
}

TEST(Design, ACalculationSpanMovesWithTheSpan) {
    Span p = bounded(11, "1", {handSlot(21, "S1")}, 19.5, 20.5);
    p.calculationSpan = Metres(19.3);
    MatchInput in;
    in.structures = {viaduct({p})};
    const MatchInput moved = withChosenLengths(
        in, {SpanLengthChoice{11, QStringLiteral("KW1"), QStringLiteral("1"), 20.0, 19.75, 19.5,
                              20.5, 21}});
    EXPECT_DOUBLE_EQ(moved.structures[0].spans[0].requiredLength.value(), 19.75);
    EXPECT_NEAR(moved.structures[0].spans[0].calculationSpan->value(), 19.05, 1e-12);
}

/// Every combination of candidate lengths that meets the fixed totals, each solved by brute
/// force over every plan (tests/support/referencesolvers.h): the best of them. A span only
/// takes the lengths that keep most of its pins (the reference model's kept pins, counted with
/// the other spans at today's lengths).
test::ReferenceOptimum bruteForceDesign(const MatchInput& in, Objective objective) {
    struct Free {
        Uid uid;
        std::size_t structure;
        std::vector<double> lengths;
    };
    std::vector<Free> spans;
    for (std::size_t s = 0; s < in.structures.size(); ++s) {
        for (const Span& p : in.structures[s].spans) {
            Free f{p.uid, s, {}};
            std::vector<std::pair<double, int>> kept;
            int most = 0;
            for (const design::LengthUnits u :
                 design::candidateLengths(p, in.settings.designLengthStepM)) {
                SpanLengthChoice only;
                only.spanUid = p.uid;
                only.afterM = design::toMetres(u);
                const int pins =
                    test::buildReferenceModel(withChosenLengths(in, {only})).pinnedCount;
                kept.push_back({only.afterM, pins});
                most = std::max(most, pins);
            }
            for (const auto& [length, pins] : kept) {
                if (pins == most) f.lengths.push_back(length);
            }
            spans.push_back(f);
        }
    }
    test::ReferenceOptimum best;
    best.savingKg = -1.0;
    best.filled = -1;
    std::vector<std::size_t> at(spans.size(), 0);
    while (true) {
        std::vector<SpanLengthChoice> choice;
        std::vector<design::LengthUnits> sums(in.structures.size(), 0);
        for (std::size_t k = 0; k < spans.size(); ++k) {
            SpanLengthChoice c;
            c.spanUid = spans[k].uid;
            c.afterM = spans[k].lengths[at[k]];
            choice.push_back(c);
            sums[spans[k].structure] += design::toUnits(c.afterM);
        }
        bool meets = true;
        for (std::size_t s = 0; s < in.structures.size(); ++s) {
            const auto& total = in.structures[s].fixedTotalLength;
            if (total && !design::meetsTotal(sums[s], design::toUnits(total->value()),
                                             design::toUnits(in.settings.designLengthStepM)))
                meets = false;
        }
        if (meets) {
            const test::ReferenceOptimum r =
                test::bruteForce(test::buildReferenceModel(withChosenLengths(in, choice)), objective);
            const bool better = objective == Objective::Count
                                    ? std::tie(r.filled, r.savingKg) >
                                          std::tie(best.filled, best.savingKg)
                                    : r.savingKg > best.savingKg;
            if (better) best = r;
        }
        std::size_t k = 0;
        while (k < at.size() && ++at[k] == spans[k].lengths.size()) at[k++] = 0;
        if (k == at.size()) break;
    }
    return best;
}

TEST(Design, EqualsBruteForceOverEveryLengthAndPlan) {
    std::mt19937 rng(16);
    int moved = 0;
    int withTotal = 0;
    int gained = 0;
    int branched = 0;
    int clashing = 0;
    for (int round = 0; round < 400; ++round) {
        MatchInput in = test::generateSmall(rng, 7, 6);
        in.settings.designLengthStepM = 0.25;
        // Up to three spans get bounds of +-0.5 m (5 candidates); a structure of several spans
        // sometimes gets its crossing fixed at today's total.
        int bounds = 0;
        for (Structure& s : in.structures) {
            for (Span& p : s.spans) {
                if (bounds < 3 && std::uniform_int_distribution<int>(0, 2)(rng) > 0) {
                    p.requiredLengthMin = Metres(p.requiredLength.value() - 0.5);
                    p.requiredLengthMax = Metres(p.requiredLength.value() + 0.5);
                    ++bounds;
                }
            }
            if (s.spans.size() > 1 && std::uniform_int_distribution<int>(0, 1)(rng) == 0) {
                double total = 0.0;
                for (const Span& p : s.spans) total += p.requiredLength.value();
                s.fixedTotalLength = Metres(total);
                ++withTotal;
            }
        }
        const Objective objective = round % 3 == 2 ? Objective::Count : Objective::Carbon;
        MatchOptions options;
        options.objective = objective;
        const DesignResult r = designAroundStock(in, options);
        const test::ReferenceOptimum brute = bruteForceDesign(in, objective);
        if (brute.filled < 0) {
            // The lengths the pins admit cannot meet a fixed total: today's lengths stay, and
            // the result does not claim to be optimal.
            ASSERT_FALSE(r.match.optimal) << "round " << round;
            for (const SpanLengthChoice& c : r.spans) ASSERT_EQ(c.afterM, c.beforeM);
            ++clashing;
            continue;
        }
        ASSERT_TRUE(r.match.optimal)
            << "round " << round << ": search exhausted " << r.searchOptimal << " after "
            << r.searchNodes << " nodes, " << r.match.totalSavingKg << " kg ("
            << r.match.filledSlots << " slots) against brute force " << brute.savingKg << " ("
            << brute.filled << "), " << r.before.totalSavingKg << " at today's lengths";
        if (objective == Objective::Count) {
            ASSERT_EQ(r.match.filledSlots, brute.filled) << "round " << round;
        }
        ASSERT_NEAR(r.match.totalSavingKg, brute.savingKg, 1e-3) << "round " << round;
        ASSERT_GE(r.match.upperBoundKg, brute.savingKg - 1e-3) << "round " << round;
        // Never worse than matching at today's lengths.
        if (objective == Objective::Count) {
            ASSERT_GE(r.match.filledSlots, r.before.filledSlots);
        }
        ASSERT_GE(r.match.totalSavingKg + 1e-6,
                  objective == Objective::Count && r.match.filledSlots > r.before.filledSlots
                      ? 0.0
                      : r.before.totalSavingKg);
        for (const SpanLengthChoice& c : r.spans) moved += c.afterM != c.beforeM;
        gained += r.match.totalSavingKg > r.before.totalSavingKg + 1e-3;
        branched += r.searchNodes > 1;
    }
    // The instances exercise what they should.
    EXPECT_GT(moved, 40);
    EXPECT_GT(withTotal, 20);
    EXPECT_GT(gained, 20);
    EXPECT_GT(branched, 20) << "the search over lengths branches";
    EXPECT_LT(clashing, 40);
}

}  // namespace
}  // namespace respan::matching
