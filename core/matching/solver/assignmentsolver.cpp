#include "core/matching/solver/assignmentsolver.h"

#include <algorithm>
#include <bit>
#include <limits>

namespace respan::matching {

namespace {

constexpr std::int64_t kInf = std::numeric_limits<std::int64_t>::max() / 4;

constexpr std::uint64_t kSignBit = std::uint64_t{1} << 63;

}  // namespace

void RadixHeap::clear() {
    for (int b = 0; b <= highest_; ++b) buckets_[static_cast<std::size_t>(b)].clear();
    size_ = 0;
    last_ = 0;
    highest_ = 0;
}

int RadixHeap::bucket(std::uint64_t key) const {
    // 0 for the last key popped, else 1 + the highest bit in which the key differs from it
    return key == last_ ? 0 : 64 - std::countl_zero(key ^ last_);
}

void RadixHeap::push(std::int64_t key, int value) {
    const std::uint64_t k = static_cast<std::uint64_t>(key) ^ kSignBit;
    const int b = bucket(k);
    buckets_[static_cast<std::size_t>(b)].push_back({k, value});
    highest_ = std::max(highest_, b);
    ++size_;
}

std::pair<std::int64_t, int> RadixHeap::pop() {
    if (buckets_[0].empty()) {
        std::size_t b = 1;
        while (buckets_[b].empty()) ++b;
        std::vector<Entry>& from = buckets_[b];
        std::uint64_t smallest = from.front().key;
        for (const Entry& e : from) smallest = std::min(smallest, e.key);
        last_ = smallest;
        // every entry lands in a lower bucket (they agree with the new last key above bit b-1)
        for (const Entry& e : from) buckets_[static_cast<std::size_t>(bucket(e.key))].push_back(e);
        from.clear();
    }
    const Entry e = buckets_[0].back();
    buckets_[0].pop_back();
    --size_;
    return {static_cast<std::int64_t>(e.key ^ kSignBit), e.value};
}

void AssignmentSolver::reset(int rows, int cols) {
    rowToCol_.assign(static_cast<std::size_t>(rows), -1);
    rowArc_.assign(static_cast<std::size_t>(rows), -1);
    colToRow_.assign(static_cast<std::size_t>(cols), -1);
    v_.assign(static_cast<std::size_t>(cols), 0);
    if (dist_.size() < static_cast<std::size_t>(cols) || stamp_ > (1 << 30)) {
        dist_.assign(static_cast<std::size_t>(cols), 0);
        predArc_.assign(static_cast<std::size_t>(cols), -1);
        predRow_.assign(static_cast<std::size_t>(cols), -1);
        seen_.assign(static_cast<std::size_t>(cols), 0);
        done_.assign(static_cast<std::size_t>(cols), 0);
        stamp_ = 0;
    }
    freeRows_.clear();
}

// Row reduction for rows <= cols: all column potentials stay 0, so a row may take its cheapest
// column whenever that column is free. Unassigned columns keep potential 0 throughout the
// Dijkstra phase (only scanned, hence assigned, columns are lowered), which is the optimality
// condition of the rectangular problem.
void AssignmentSolver::initRectangular(const SparseCostMatrix& m) {
    for (int r = 0; r < m.rows; ++r) {
        int best = -1;
        for (int a = m.rowStart[r]; a < m.rowStart[r + 1]; ++a) {
            if (best < 0 || m.cost[a] < m.cost[best] ||
                (m.cost[a] == m.cost[best] && colToRow_[m.col[a]] < 0 &&
                 colToRow_[m.col[best]] >= 0)) {
                best = a;
            }
        }
        if (best >= 0 && colToRow_[m.col[best]] < 0) {
            rowToCol_[r] = m.col[best];
            rowArc_[r] = best;
            colToRow_[m.col[best]] = r;
        } else {
            freeRows_.push_back(r);
        }
    }
}

// Jonker-Volgenant initialisation for square problems: column reduction with reduction
// transfer, then two rounds of augmenting row reduction. Every step keeps the reduced costs of
// all arcs non-negative and those of assigned arcs minimal in their row.
void AssignmentSolver::initSquare(const SparseCostMatrix& m) {
    reduceColumns(m);
    for (int round = 0; round < 2 && !freeRows_.empty(); ++round) augmentingRowReduction(m);
}

// Column reduction (each column's cheapest row takes it where that row is still free), then
// reduction transfer to the rows that got exactly one column.
void AssignmentSolver::reduceColumns(const SparseCostMatrix& m) {
    const int n = m.rows;
    std::vector<int> bestRow(static_cast<std::size_t>(n), -1);
    std::vector<int> bestArc(static_cast<std::size_t>(n), -1);
    std::fill(v_.begin(), v_.end(), kInf);
    for (int r = 0; r < n; ++r) {
        for (int a = m.rowStart[r]; a < m.rowStart[r + 1]; ++a) {
            const int j = m.col[a];
            if (m.cost[a] < v_[j]) {
                v_[j] = m.cost[a];
                bestRow[j] = r;
                bestArc[j] = a;
            }
        }
    }
    std::vector<char> unique(static_cast<std::size_t>(n), 1);
    for (int j = n - 1; j >= 0; --j) {
        if (bestRow[j] < 0) {
            v_[j] = 0;  // column without arcs: the problem is infeasible, augment() will say so
            continue;
        }
        const int i = bestRow[j];
        if (rowToCol_[i] < 0) {
            rowToCol_[i] = j;
            rowArc_[i] = bestArc[j];
            colToRow_[j] = i;
        } else {
            unique[i] = 0;
        }
    }
    for (int i = 0; i < n; ++i) {
        if (rowToCol_[i] < 0) {
            freeRows_.push_back(i);
            continue;
        }
        if (!unique[i]) continue;
        const int j1 = rowToCol_[i];
        std::int64_t mu = kInf;
        for (int a = m.rowStart[i]; a < m.rowStart[i + 1]; ++a) {
            if (m.col[a] != j1) mu = std::min(mu, m.cost[a] - v_[m.col[a]]);
        }
        if (mu < kInf) v_[j1] -= mu;
    }
}

// One round of augmenting row reduction over the free rows: each takes its cheapest column,
// lowering that column's price by the gap to its second cheapest, and pushes out the row that
// had it.
void AssignmentSolver::augmentingRowReduction(const SparseCostMatrix& m) {
    const int n = m.rows;
    std::vector<int>& free = freeRows_;
    const auto freeCount = static_cast<int>(free.size());
    int current = 0;
    int newFree = 0;
    long long count = 0;
    while (current < freeCount) {
        ++count;
        const int i = free[static_cast<std::size_t>(current++)];
        int a1 = -1;
        int a2 = -1;
        std::int64_t r1 = kInf;
        std::int64_t r2 = kInf;
        for (int a = m.rowStart[i]; a < m.rowStart[i + 1]; ++a) {
            const std::int64_t rc = m.cost[a] - v_[m.col[a]];
            if (rc < r2) {
                if (rc >= r1) {
                    r2 = rc;
                    a2 = a;
                } else {
                    r2 = r1;
                    a2 = a1;
                    r1 = rc;
                    a1 = a;
                }
            }
        }
        if (a1 < 0) {  // row without arcs: infeasible; leave it for augment()
            free[static_cast<std::size_t>(newFree++)] = i;
            continue;
        }
        int j1 = m.col[a1];
        int i0 = colToRow_[j1];
        const bool lowers = a2 >= 0 && r2 > r1;
        if (count < static_cast<long long>(current) * n) {
            if (lowers) {
                v_[j1] -= r2 - r1;
            } else if (i0 >= 0 && a2 >= 0) {
                a1 = a2;
                j1 = m.col[a2];
                i0 = colToRow_[j1];
            }
            if (i0 >= 0) {
                if (lowers) {
                    free[static_cast<std::size_t>(--current)] = i0;
                } else {
                    free[static_cast<std::size_t>(newFree++)] = i0;
                }
            }
        } else if (i0 >= 0) {
            free[static_cast<std::size_t>(newFree++)] = i0;
        }
        if (i0 >= 0) {
            rowToCol_[i0] = -1;
            rowArc_[i0] = -1;
        }
        rowToCol_[i] = j1;
        rowArc_[i] = a1;
        colToRow_[j1] = i;
    }
    free.resize(static_cast<std::size_t>(newFree));
}

// Dijkstra on reduced costs from one free row to the nearest free column, then potential update
// and augmentation (Jonker-Volgenant's augmentation phase, with a binary heap for sparse rows).
bool AssignmentSolver::augment(const SparseCostMatrix& m, int freeRow) {
    ++stamp_;
    const int stamp = stamp_;
    scanned_.clear();
    heap_.clear();
    auto relax = [&](int col, std::int64_t d, int arc, int row) {
        if (done_[col] == stamp) return;
        if (seen_[col] != stamp || d < dist_[col]) {
            seen_[col] = stamp;
            dist_[col] = d;
            predArc_[col] = arc;
            predRow_[col] = row;
            heap_.push(d, col);
        }
    };
    for (int a = m.rowStart[freeRow]; a < m.rowStart[freeRow + 1]; ++a) {
        relax(m.col[a], m.cost[a] - v_[m.col[a]], a, freeRow);
    }
    int endCol = -1;
    std::int64_t endDist = 0;
    while (!heap_.empty() && endCol < 0) {
        const auto [d, j] = heap_.pop();
        if (done_[j] == stamp || d != dist_[j]) continue;
        done_[j] = stamp;
        scanned_.push_back(j);
        const int i = colToRow_[j];
        if (i < 0) {
            endCol = j;
            endDist = d;
            break;
        }
        const std::int64_t ui = m.cost[rowArc_[i]] - v_[j];
        for (int a = m.rowStart[i]; a < m.rowStart[i + 1]; ++a) {
            const int j2 = m.col[a];
            if (done_[j2] == stamp) continue;
            const std::int64_t nd = d + m.cost[a] - v_[j2] - ui;
            if (nd == d && colToRow_[j2] < 0) {
                // A free column at the current minimum distance: nothing can be shorter.
                seen_[j2] = stamp;
                dist_[j2] = nd;
                predArc_[j2] = a;
                predRow_[j2] = i;
                done_[j2] = stamp;
                scanned_.push_back(j2);
                endCol = j2;
                endDist = nd;
                break;
            }
            relax(j2, nd, a, i);
        }
    }
    if (endCol < 0) return false;
    for (const int j : scanned_) v_[j] += dist_[j] - endDist;
    int j = endCol;
    while (true) {
        const int i = predRow_[j];
        const int next = rowToCol_[i];
        rowToCol_[i] = j;
        rowArc_[i] = predArc_[j];
        colToRow_[j] = i;
        if (i == freeRow) break;
        j = next;
    }
    return true;
}

AssignmentResult AssignmentSolver::solveMinCost(const SparseCostMatrix& m) {
    AssignmentResult result;
    reset(m.rows, m.cols);
    if (m.rows > m.cols) {
        result.rowToCol.assign(static_cast<std::size_t>(m.rows), -1);
        result.colToRow.assign(static_cast<std::size_t>(m.cols), -1);
        return result;
    }
    if (m.rows == m.cols) {
        initSquare(m);
    } else {
        initRectangular(m);
    }
    result.feasible = true;
    // freeRows_ may be reused by augment()'s callers; copy it first.
    const std::vector<int> pending = freeRows_;
    for (const int r : pending) {
        if (!augment(m, r)) {
            result.feasible = false;
            break;
        }
    }
    result.rowToCol = rowToCol_;
    result.colToRow = colToRow_;
    result.colPotential = v_;
    result.rowPotential.assign(static_cast<std::size_t>(m.rows), 0);
    if (result.feasible) {
        for (int r = 0; r < m.rows; ++r) {
            const std::int64_t c = m.cost[rowArc_[r]];
            result.cost += c;
            result.rowPotential[r] = c - v_[rowToCol_[r]];
        }
    }
    return result;
}

MatchingResult AssignmentSolver::solveMaxWeight(const SparseCostMatrix& arcs, int right) {
    // A square problem that has a perfect matching for every matching of the original one (the
    // usual mirror construction): rows are the left vertices and a mirror l' of every right
    // vertex; columns are the right vertices and a mirror l* of every left vertex.
    //   l  -> r   cost -w   (the real arcs, w > 0)
    //   l  -> l*  cost 0    (l stays unmatched)
    //   r' -> r   cost 0    (r stays unmatched)
    //   r' -> l*  cost 0    for every real arc (l, r): lets r' absorb the mirror of a matched l
    // Square, so the Jonker-Volgenant initialisation applies, which is far stronger than row
    // reduction when many rows want the same few columns.
    const int left = arcs.rows;
    const int n = left + right;
    std::vector<std::vector<int>> mirrorArcs(static_cast<std::size_t>(right));
    SparseCostMatrix& w = work_;
    w.rows = 0;
    w.cols = n;
    w.rowStart.assign(1, 0);
    w.col.clear();
    w.cost.clear();
    w.col.reserve(2 * arcs.col.size() + static_cast<std::size_t>(n));
    w.cost.reserve(2 * arcs.col.size() + static_cast<std::size_t>(n));
    for (int l = 0; l < left; ++l) {
        for (int a = arcs.rowStart[l]; a < arcs.rowStart[l + 1]; ++a) {
            if (arcs.cost[a] <= 0) continue;
            w.addArc(arcs.col[a], -arcs.cost[a]);
            mirrorArcs[arcs.col[a]].push_back(right + l);
        }
        w.addArc(right + l, 0);
        w.endRow();
    }
    for (int r = 0; r < right; ++r) {
        w.addArc(r, 0);
        for (const int c : mirrorArcs[r]) w.addArc(c, 0);
        w.endRow();
    }
    const AssignmentResult a = solveMinCost(w);
    MatchingResult result;
    result.weight = -a.cost;
    result.leftToRight.assign(static_cast<std::size_t>(left), -1);
    result.rightToLeft.assign(static_cast<std::size_t>(right), -1);
    result.leftDual.assign(static_cast<std::size_t>(left), 0);
    result.rightDual.assign(static_cast<std::size_t>(right), 0);
    for (int l = 0; l < left; ++l) {
        const int c = a.rowToCol[l];
        if (c >= 0 && c < right) {
            result.leftToRight[l] = c;
            result.rightToLeft[c] = l;
        }
        // Dual of the matching LP from the square potentials (matching-engine.md): both are
        // reduced costs of zero-cost arcs, hence >= 0, and they sum to the optimum.
        result.leftDual[l] = -a.rowPotential[l] - a.colPotential[right + l];
    }
    for (int r = 0; r < right; ++r) {
        result.rightDual[r] = -a.rowPotential[left + r] - a.colPotential[r];
    }
    return result;
}

}  // namespace respan::matching
