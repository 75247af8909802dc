// Candidate lengths and the fixed total of docs/design-around-stock.md, against hand counts
// and against brute force over every combination of candidates.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "core/model/designlengths.h"
#include "core/model/validation.h"

namespace respan::design {
namespace {

Span span(double today, std::optional<double> lo = std::nullopt,
          std::optional<double> hi = std::nullopt) {
    Span p;
    p.name = QStringLiteral("1");
    p.requiredLength = Metres(today);
    if (lo) p.requiredLengthMin = Metres(*lo);
    if (hi) p.requiredLengthMax = Metres(*hi);
    return p;
}

Structure structure(std::vector<Span> spans, std::optional<double> total) {
    Structure s;
    s.name = QStringLiteral("KW-1");
    for (std::size_t i = 0; i < spans.size(); ++i) {
        spans[i].name = QString::number(i + 1);
    }
    s.spans = std::move(spans);
    if (total) s.fixedTotalLength = Metres(*total);
    return s;
}

TEST(DesignLengths, CandidatesAreTodaysLengthAndTheStepsMultiplesInsideTheBounds) {
    // 23.90 .. 24.60 in steps of 0.05 m: (24.60 - 23.90) / 0.05 + 1 = 15 multiples, and today's
    // 24.37 m, which is not one of them.
    const std::vector<LengthUnits> c = candidateLengths(span(24.37, 23.90, 24.60), 0.05);
    ASSERT_EQ(c.size(), 16u);
    EXPECT_EQ(c.front(), 239000);
    EXPECT_EQ(c.back(), 246000);
    EXPECT_NE(std::find(c.begin(), c.end(), 243700), c.end());
    EXPECT_TRUE(std::is_sorted(c.begin(), c.end()));
    // Bounds off the grid: only the multiples strictly inside count; today's on the grid is
    // not counted twice.
    EXPECT_EQ(candidateLengths(span(24.00, 23.92, 24.03), 0.05),
              (std::vector<LengthUnits>{239500, 240000}));
    // Equal bounds: the span cannot move.
    EXPECT_EQ(candidateLengths(span(24.37, 24.37, 24.37), 0.05),
              (std::vector<LengthUnits>{243700}));
    // Without bounds: today's length only, whatever the step.
    EXPECT_EQ(candidateLengths(span(24.37), 0.05), (std::vector<LengthUnits>{243700}));
    // The benchmark size: +-0.9 m at 0.05 m around a length on the grid is 37.
    EXPECT_EQ(candidateLengths(span(30.00, 29.10, 30.90), 0.05).size(), 37u);
}

TEST(DesignLengths, TheTotalMayBeMissedByAtMostOneStepAndNeverExceeded) {
    // Two spans that cannot move: 20 + 30 = 50 m.
    const auto fixed = [](double total) {
        return reachTotal(structure({span(20.0), span(30.0)}, total), 0.05);
    };
    EXPECT_TRUE(fixed(50.00).reachable);
    EXPECT_TRUE(fixed(50.05).reachable) << "short by exactly the step";
    EXPECT_FALSE(fixed(50.06).reachable) << "short by more than the step";
    EXPECT_FALSE(fixed(49.99).reachable) << "the sum may not exceed the total";
    const TotalReach r = fixed(50.06);
    EXPECT_EQ(r.shortest, 500000);
    EXPECT_EQ(r.longest, 500000);
    // With bounds the sums move in steps of 0.05 m: 19.50..20.50 + 29.80..30.20.
    const Structure moving =
        structure({span(20.0, 19.5, 20.5), span(30.0, 29.8, 30.2)}, 49.33);
    EXPECT_TRUE(reachTotal(moving, 0.05).reachable) << "19.50 + 29.80 = 49.30 m";
    EXPECT_FALSE(reachTotal(structure({span(20.0, 19.5, 20.5), span(30.0, 29.8, 30.2)}, 49.29),
                            0.05)
                     .reachable)
        << "the shortest sum 49.30 m exceeds 49.29 m";
    EXPECT_FALSE(reachTotal(structure({span(20.0, 19.5, 20.5), span(30.0, 29.8, 30.2)}, 49.20),
                            0.01)
                     .tooWide);
    EXPECT_FALSE(reachTotal(structure({span(20.0, 19.5, 20.5), span(30.0, 29.8, 30.2)}, 51.0),
                            0.05)
                     .reachable)
        << "the longest sum 50.70 m falls short of 51.00 m by more than the step";
    // No fixed total: always reachable, the range still reported.
    const TotalReach free = reachTotal(structure({span(20.0, 19.5, 20.5)}, std::nullopt), 0.05);
    EXPECT_TRUE(free.reachable);
    EXPECT_EQ(free.shortest, 195000);
    EXPECT_EQ(free.longest, 205000);
}

// An independent count: every whole centimetre inside the bounds that is a multiple of the
// step, and today's length; then every combination of the spans.
TEST(DesignLengths, ReachMatchesBruteForceOverEveryCombination) {
    std::mt19937 rng(20261204);
    int reachable = 0;
    int unreachable = 0;
    for (int round = 0; round < 400; ++round) {
        const int spans = std::uniform_int_distribution<int>(1, 4)(rng);
        const int stepCm = std::uniform_int_distribution<int>(0, 1)(rng) == 0 ? 5 : 10;
        std::vector<Span> ps;
        std::vector<std::vector<long>> cm;
        long todaySum = 0;
        for (int k = 0; k < spans; ++k) {
            const long today = std::uniform_int_distribution<long>(1500, 3500)(rng);
            todaySum += today;
            std::vector<long> mine{today};
            if (std::uniform_int_distribution<int>(0, 3)(rng) == 0) {
                ps.push_back(span(today / 100.0));
            } else {
                const long lo = today - std::uniform_int_distribution<long>(0, 60)(rng);
                const long hi = today + std::uniform_int_distribution<long>(0, 60)(rng);
                ps.push_back(span(today / 100.0, lo / 100.0, hi / 100.0));
                for (long v = lo; v <= hi; ++v) {
                    if (v % stepCm == 0) mine.push_back(v);
                }
            }
            cm.push_back(mine);
        }
        const long total = todaySum + std::uniform_int_distribution<long>(-150, 150)(rng);
        bool expected = false;
        std::vector<std::size_t> at(cm.size(), 0);
        while (true) {
            long sum = 0;
            for (std::size_t k = 0; k < cm.size(); ++k) sum += cm[k][at[k]];
            if (sum <= total && sum >= total - stepCm) expected = true;
            std::size_t k = 0;
            while (k < at.size() && ++at[k] == cm[k].size()) at[k++] = 0;
            if (k == at.size()) break;
        }
        const TotalReach r =
            reachTotal(structure(ps, total / 100.0), stepCm / 100.0);
        ASSERT_FALSE(r.tooWide);
        EXPECT_EQ(r.reachable, expected) << "round " << round << " total " << total;
        (expected ? reachable : unreachable) += 1;
    }
    // Both answers occur often enough for the comparison to mean something.
    EXPECT_GT(reachable, 50);
    EXPECT_GT(unreachable, 50);
}

TEST(DesignLengths, TooManySumsAreRefusedNotGuessed) {
    // 26 spans whose own lengths lie off the grid by different tenths of a millimetre: sums
    // of "today" in some spans and the grid in the others differ, far more of them than the
    // work limit allows.
    std::vector<Span> ps;
    double longest = 0.0;
    for (int k = 0; k < 26; ++k) {
        const double today = 20.0 + (7 + 19 * k) * 0.0001;
        ps.push_back(span(today, 19.0, 21.0));
        longest += 21.0;
    }
    const Structure s = structure(ps, longest);
    const TotalReach r = reachTotal(s, 0.05, 2'000'000);
    EXPECT_TRUE(r.tooWide);
    EXPECT_FALSE(r.reachable);
    // The same spans with lengths on the grid stay few sums: checked, not refused.
    std::vector<Span> onGrid = ps;
    for (Span& p : onGrid) p.requiredLength = Metres(20.0);
    const TotalReach few = reachTotal(structure(onGrid, longest), 0.05, 2'000'000);
    EXPECT_FALSE(few.tooWide);
    EXPECT_TRUE(few.reachable);
}

TEST(DesignLengths, ValidationNamesTheFieldTheRuleAndTheRange) {
    // Too many sums: the validation refuses rather than guesses.
    {
        std::vector<Span> ps;
        for (int k = 0; k < 26; ++k) ps.push_back(span(20.0 + (7 + 19 * k) * 0.0001, 19.0, 21.0));
        const std::optional<FieldError> wide = validateFixedTotal(structure(ps, 26 * 21.0), 0.05);
        ASSERT_TRUE(wide.has_value());
        EXPECT_EQ(wide->rule, QStringLiteral("total_too_wide"));
    }
    EXPECT_FALSE(validateFixedTotal(structure({span(20.0), span(30.0)}, 50.0), 0.05));
    const std::optional<FieldError> e =
        validateFixedTotal(structure({span(20.0), span(30.0)}, 50.1), 0.05);
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->field, QStringLiteral("fixed_total_length_m"));
    EXPECT_EQ(e->value, QStringLiteral("50.1"));
    EXPECT_EQ(e->rule, QStringLiteral("total"));
    EXPECT_TRUE(e->message.contains(QStringLiteral("50 to 50 m"))) << e->message.toStdString();

    EXPECT_FALSE(checkLengthBounds(span(24.0, 23.5, 24.5)));
    EXPECT_FALSE(checkLengthBounds(span(24.0)));
    EXPECT_EQ(checkLengthBounds(span(24.0, 23.5, std::nullopt))->rule,
              QStringLiteral("bounds_pair"));
    EXPECT_EQ(checkLengthBounds(span(24.0, 24.5, 23.5))->rule, QStringLiteral("bounds_order"));
    const std::optional<FieldError> outside = checkLengthBounds(span(24.0, 24.1, 24.5));
    ASSERT_TRUE(outside.has_value());
    EXPECT_EQ(outside->rule, QStringLiteral("bounds"));
    EXPECT_EQ(outside->field, QStringLiteral("required_length_m"));
    EXPECT_EQ(outside->value, QStringLiteral("24"));
}

}  // namespace
}  // namespace respan::design
