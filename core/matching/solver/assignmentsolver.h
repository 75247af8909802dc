#pragma once
// Exact linear assignment on sparse bipartite graphs with integer costs: the building block of
// the matching optimiser (matching-engine.md, "Assignment core").

#include <array>
#include <cstdint>
#include <vector>

namespace respan::matching {

/// A sparse cost matrix in compressed-row form: the arcs of row r are
/// [rowStart[r], rowStart[r+1]) in `col` and `cost`. Missing arcs are not allowed pairs.
struct SparseCostMatrix {
    int rows = 0;
    int cols = 0;
    std::vector<int> rowStart{0};
    std::vector<int> col;
    std::vector<std::int64_t> cost;

    void addArc(int column, std::int64_t c) {
        col.push_back(column);
        cost.push_back(c);
    }
    /// Closes the current row (call once per row, after its arcs).
    void endRow() {
        rowStart.push_back(static_cast<int>(col.size()));
        ++rows;
    }
    [[nodiscard]] int arcCount() const { return static_cast<int>(col.size()); }
};

/// Result of a minimum-cost assignment: every row to a distinct column.
struct AssignmentResult {
    bool feasible = false;  ///< false when no assignment of every row exists
    std::int64_t cost = 0;
    std::vector<int> rowToCol;  ///< per row: its column (-1 only when infeasible)
    std::vector<int> colToRow;  ///< per column: its row, or -1
    /// Dual solution: cost(r, c) - rowPotential[r] - colPotential[c] >= 0 on every arc, = 0 on
    /// assigned arcs, and colPotential <= 0 with equality on unassigned columns. Its value
    /// (sum of all potentials) equals the optimal cost: the certificate of optimality.
    std::vector<std::int64_t> rowPotential;
    std::vector<std::int64_t> colPotential;
};

/// Result of a maximum-weight matching (unmatched vertices allowed).
struct MatchingResult {
    std::int64_t weight = 0;
    std::vector<int> leftToRight;  ///< -1 when unmatched
    std::vector<int> rightToLeft;  ///< -1 when unmatched
    /// Dual solution of the matching LP: leftDual, rightDual >= 0 and
    /// leftDual[l] + rightDual[r] >= weight(l, r) on every arc; their sum equals `weight`.
    std::vector<std::int64_t> leftDual;
    std::vector<std::int64_t> rightDual;
};

/// Shortest-augmenting-path solver in the style of Jonker and Volgenant (1987) for sparse
/// graphs (LAPJVsp): Dijkstra searches on reduced costs with dual potentials, preceded, for
/// square problems, by column reduction, reduction transfer and two rounds of augmenting row
/// reduction. Integer costs, so results are exact. The object keeps its work arrays, so repeated
/// solves of small problems allocate nothing.
/// Monotone priority queue (a radix heap) on 64-bit keys: correct when every key pushed is at
/// least the last key popped, which holds for Dijkstra's searches on reduced costs. Push is
/// O(1); each entry moves down its at most 64 buckets once, so a pop is O(1) amortised (a
/// binary heap pays log n comparisons with scattered memory access for both).
class RadixHeap {
public:
    void clear();
    [[nodiscard]] bool empty() const { return size_ == 0; }
    void push(std::int64_t key, int value);
    /// The entry with the smallest key (any of them when several share it).
    std::pair<std::int64_t, int> pop();

private:
    struct Entry {
        std::uint64_t key;  // order-preserving image of the signed key
        int value;
    };
    [[nodiscard]] int bucket(std::uint64_t key) const;

    std::array<std::vector<Entry>, 65> buckets_;
    std::uint64_t last_ = 0;
    std::size_t size_ = 0;
    int highest_ = 0;  // no bucket above this one holds entries
};

class AssignmentSolver {
public:
    /// Minimum-cost assignment of every row to a distinct column (rows <= cols). For square
    /// problems this is a minimum-cost perfect matching.
    AssignmentResult solveMinCost(const SparseCostMatrix& m);

    /// Maximum-weight matching between `left` and `right` vertices; `arcs` has one row per left
    /// vertex, its `col` being the right vertex and `cost` the weight. Arcs of weight <= 0 are
    /// never used (leaving both ends unmatched is at least as good).
    MatchingResult solveMaxWeight(const SparseCostMatrix& arcs, int right);

private:
    void initSquare(const SparseCostMatrix& m);
    void reduceColumns(const SparseCostMatrix& m);
    void augmentingRowReduction(const SparseCostMatrix& m);
    void initRectangular(const SparseCostMatrix& m);
    bool augment(const SparseCostMatrix& m, int freeRow);
    void reset(int rows, int cols);

    std::vector<int> rowToCol_, colToRow_, rowArc_;
    std::vector<std::int64_t> v_;
    // Dijkstra work arrays; `stamp_` avoids clearing them between searches.
    std::vector<std::int64_t> dist_;
    std::vector<int> predArc_, predRow_, seen_, done_, scanned_;
    RadixHeap heap_;
    int stamp_ = 0;
    std::vector<int> freeRows_;
    SparseCostMatrix work_;  // for solveMaxWeight
};

}  // namespace respan::matching
