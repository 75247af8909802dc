#pragma once

#include <cstdint>
#include <vector>

namespace respan::matching {

/// Maximum-weight matching on a small dense matrix (the Lagrangian span subproblems: a span's
/// slots against its best candidates), by the O(n^2 m) Hungarian method. For matrices of a few
/// dozen rows this beats the sparse solver, which pays for generality with bookkeeping.
class DenseMatching {
public:
    /// `weight` is rows x cols, row-major; entries <= 0 are pairs not worth making. Returns the
    /// best total weight; rowToCol()[r] is then the column of row r, or -1.
    std::int64_t solve(int rows, int cols, const std::vector<std::int64_t>& weight);
    [[nodiscard]] const std::vector<int>& rowToCol() const { return rowToCol_; }

private:
    std::vector<std::int64_t> u_, v_, minv_;
    std::vector<int> p_, way_, rowToCol_;
    std::vector<char> used_;
};

}  // namespace respan::matching
