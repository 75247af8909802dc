#include "core/matching/solver/densematching.h"

#include <algorithm>
#include <limits>

namespace respan::matching {

std::int64_t DenseMatching::solve(int rows, int cols, const std::vector<std::int64_t>& weight) {
    // Minimum cost -w on a rows x m matrix, m >= rows, padded with zero-cost columns: a row on
    // a padding column or on a pair of weight <= 0 is simply unmatched (cost 0 either way).
    constexpr std::int64_t kInf = std::numeric_limits<std::int64_t>::max() / 4;
    const int n = rows;
    const int m = std::max(cols, rows);
    auto cost = [&](int i, int j) -> std::int64_t {  // 1-based
        if (j > cols) return 0;
        const std::int64_t w =
            weight[static_cast<std::size_t>(i - 1) * static_cast<std::size_t>(cols) +
                   static_cast<std::size_t>(j - 1)];
        return w > 0 ? -w : 0;
    };
    u_.assign(static_cast<std::size_t>(n) + 1, 0);
    v_.assign(static_cast<std::size_t>(m) + 1, 0);
    p_.assign(static_cast<std::size_t>(m) + 1, 0);
    way_.assign(static_cast<std::size_t>(m) + 1, 0);
    for (int i = 1; i <= n; ++i) {
        p_[0] = i;
        int j0 = 0;
        minv_.assign(static_cast<std::size_t>(m) + 1, kInf);
        used_.assign(static_cast<std::size_t>(m) + 1, 0);
        do {
            used_[j0] = 1;
            const int i0 = p_[j0];
            std::int64_t delta = kInf;
            int j1 = 0;
            for (int j = 1; j <= m; ++j) {
                if (used_[j]) continue;
                const std::int64_t cur = cost(i0, j) - u_[i0] - v_[j];
                if (cur < minv_[j]) {
                    minv_[j] = cur;
                    way_[j] = j0;
                }
                if (minv_[j] < delta) {
                    delta = minv_[j];
                    j1 = j;
                }
            }
            for (int j = 0; j <= m; ++j) {
                if (used_[j]) {
                    u_[p_[j]] += delta;
                    v_[j] -= delta;
                } else {
                    minv_[j] -= delta;
                }
            }
            j0 = j1;
        } while (p_[j0] != 0);
        do {
            const int j1 = way_[j0];
            p_[j0] = p_[j1];
            j0 = j1;
        } while (j0 != 0);
    }
    rowToCol_.assign(static_cast<std::size_t>(n), -1);
    std::int64_t total = 0;
    for (int j = 1; j <= cols; ++j) {
        const int i = p_[j];
        if (i == 0) continue;
        const std::int64_t w =
            weight[static_cast<std::size_t>(i - 1) * static_cast<std::size_t>(cols) +
                   static_cast<std::size_t>(j - 1)];
        if (w > 0) {
            rowToCol_[i - 1] = j - 1;
            total += w;
        }
    }
    return total;
}

}  // namespace respan::matching
