// The assignment core against published optima (OR-Library), LEMON's network simplex and
// brute force.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>

#include "core/matching/solver/assignmentsolver.h"
#include "support/orlibrary.h"
#include "support/referencesolvers.h"
#include "support/testsupport.h"

namespace respan::matching {
namespace {

class OrLibrary : public ::testing::TestWithParam<const char*> {};

TEST_P(OrLibrary, ReproducesThePublishedOptimum) {
    const QString name = QString::fromLatin1(GetParam());
    const SparseCostMatrix m =
        test::readOrLibraryInstance(test::dataPath(QStringLiteral("or-library/%1.txt").arg(name)));
    const long long published = test::orLibraryOptimum(name);
    ASSERT_GT(published, 0);
    AssignmentSolver solver;
    const AssignmentResult r = solver.solveMinCost(m);
    ASSERT_TRUE(r.feasible);
    EXPECT_EQ(r.cost, published);

    // The answer is a perfect matching whose arcs exist and add up to the cost.
    std::vector<char> used(static_cast<std::size_t>(m.cols), 0);
    long long sum = 0;
    for (int row = 0; row < m.rows; ++row) {
        const int c = r.rowToCol[row];
        ASSERT_GE(c, 0);
        ASSERT_FALSE(used[c]);
        used[c] = 1;
        std::int64_t cost = -1;
        for (int a = m.rowStart[row]; a < m.rowStart[row + 1]; ++a) {
            if (m.col[a] == c) cost = cost < 0 ? m.cost[a] : std::min(cost, m.cost[a]);
        }
        ASSERT_GE(cost, 0) << "row " << row << " assigned to a column it has no arc to";
        sum += cost;
    }
    EXPECT_EQ(sum, published);
    // And the potentials certify it: reduced costs >= 0, their sum equals the cost.
    long long dual = 0;
    for (const auto u : r.rowPotential) dual += u;
    for (const auto v : r.colPotential) dual += v;
    EXPECT_EQ(dual, published);
    for (int row = 0; row < m.rows; ++row) {
        for (int a = m.rowStart[row]; a < m.rowStart[row + 1]; ++a) {
            ASSERT_GE(m.cost[a] - r.rowPotential[row] - r.colPotential[m.col[a]], 0);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(AllTwelve, OrLibrary,
                         ::testing::Values("assign100", "assign200", "assign300", "assign400",
                                           "assign500", "assign600", "assign700", "assign800",
                                           "assignp800", "assignp1500", "assignp3000",
                                           "assignp5000"));

SparseCostMatrix randomArcs(std::mt19937& rng, int rows, int cols, double density, int maxCost,
                            int minCost) {
    SparseCostMatrix m;
    m.cols = cols;
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    std::uniform_int_distribution<int> cost(minCost, maxCost);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            if (coin(rng) < density) m.addArc(c, cost(rng));
        }
        m.endRow();
    }
    return m;
}

TEST(AssignmentSolver, MaxWeightMatchingEqualsLemonOnRandomInstances) {
    std::mt19937 rng(7);
    AssignmentSolver solver;
    for (int round = 0; round < 300; ++round) {
        const int rows = std::uniform_int_distribution<int>(1, 60)(rng);
        const int cols = std::uniform_int_distribution<int>(1, 60)(rng);
        const double density = std::uniform_real_distribution<double>(0.02, 0.8)(rng);
        // Few distinct weights make many ties, the hard case for potentials.
        const int maxCost = round % 3 == 0 ? 5 : 1000000;
        const SparseCostMatrix m = randomArcs(rng, rows, cols, density, maxCost, -maxCost / 5);
        const MatchingResult r = solver.solveMaxWeight(m, cols);
        ASSERT_EQ(r.weight, test::lemonMaxWeightMatching(m, cols)) << "round " << round;
        // The matching is one-to-one, uses existing positive arcs, and its duals certify it.
        std::int64_t sum = 0;
        std::vector<char> used(static_cast<std::size_t>(cols), 0);
        for (int l = 0; l < rows; ++l) {
            const int c = r.leftToRight[l];
            if (c < 0) continue;
            ASSERT_FALSE(used[c]);
            used[c] = 1;
            std::int64_t w = -1;
            for (int a = m.rowStart[l]; a < m.rowStart[l + 1]; ++a) {
                if (m.col[a] == c) w = std::max(w, m.cost[a]);
            }
            ASSERT_GT(w, 0);
            sum += w;
        }
        ASSERT_EQ(sum, r.weight);
        std::int64_t dual = 0;
        for (int l = 0; l < rows; ++l) {
            ASSERT_GE(r.leftDual[l], 0);
            dual += r.leftDual[l];
            for (int a = m.rowStart[l]; a < m.rowStart[l + 1]; ++a) {
                ASSERT_GE(r.leftDual[l] + r.rightDual[m.col[a]], m.cost[a]);
            }
        }
        for (int c = 0; c < cols; ++c) {
            ASSERT_GE(r.rightDual[c], 0);
            dual += r.rightDual[c];
        }
        ASSERT_EQ(dual, r.weight);
    }
}

TEST(AssignmentSolver, MinCostPerfectMatchingEqualsLemonAndSaysWhenThereIsNone) {
    std::mt19937 rng(11);
    AssignmentSolver solver;
    int infeasible = 0;
    for (int round = 0; round < 300; ++round) {
        const int n = std::uniform_int_distribution<int>(1, 50)(rng);
        const double density = std::uniform_real_distribution<double>(0.03, 0.6)(rng);
        const SparseCostMatrix m = randomArcs(rng, n, n, density, round % 2 ? 8 : 100000, -20);
        const AssignmentResult r = solver.solveMinCost(m);
        const auto reference = test::lemonMinCostPerfect(m);
        ASSERT_EQ(r.feasible, reference.has_value()) << "round " << round;
        if (reference) {
            ASSERT_EQ(r.cost, *reference) << "round " << round;
        } else {
            ++infeasible;
        }
    }
    EXPECT_GT(infeasible, 10);  // the random densities must exercise both outcomes
}

TEST(AssignmentSolver, RectangularMinCostEqualsBruteForce) {
    std::mt19937 rng(3);
    AssignmentSolver solver;
    for (int round = 0; round < 200; ++round) {
        const int rows = std::uniform_int_distribution<int>(1, 5)(rng);
        const int cols = std::uniform_int_distribution<int>(rows, 7)(rng);
        SparseCostMatrix m = randomArcs(rng, rows, cols, 1.0, 50, -50);
        // Brute force over all injective maps rows -> columns.
        std::vector<int> perm(static_cast<std::size_t>(cols));
        std::iota(perm.begin(), perm.end(), 0);
        std::int64_t best = std::numeric_limits<std::int64_t>::max();
        do {
            std::int64_t sum = 0;
            for (int r = 0; r < rows; ++r) sum += m.cost[m.rowStart[r] + perm[r]];
            best = std::min(best, sum);
        } while (std::next_permutation(perm.begin(), perm.end()));
        const AssignmentResult r = solver.solveMinCost(m);
        ASSERT_TRUE(r.feasible);
        ASSERT_EQ(r.cost, best) << "round " << round;
    }
}

}  // namespace
}  // namespace respan::matching
