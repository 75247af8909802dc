#pragma once

#include <cstdint>
#include <vector>

#include "core/model/structure.h"

namespace respan::design {

/// Lengths of the design-around-the-stock rules (docs/design-around-stock.md) in whole units of
/// 0.1 mm, so that the candidate grid, the fixed total and every sum are compared exactly.
using LengthUnits = std::int64_t;
inline constexpr double kUnitsPerMetre = 10000.0;

[[nodiscard]] LengthUnits toUnits(double metres);
[[nodiscard]] double toMetres(LengthUnits units);

/// True when the span has both bounds (only then may its length be chosen).
[[nodiscard]] bool hasBounds(const Span& span);

/// A span's candidate required lengths, ascending and distinct: today's required length and the
/// multiples of `stepM` inside [min, max] (docs/contract/planning.md section 6); only today's
/// for a span without bounds.
[[nodiscard]] std::vector<LengthUnits> candidateLengths(const Span& span, double stepM);

/// Whether a sum of the spans' chosen lengths meets a fixed total: at most the total, short of
/// it by at most the step.
[[nodiscard]] inline bool meetsTotal(LengthUnits sum, LengthUnits total, LengthUnits step) {
    return sum <= total && sum >= total - step;
}

/// What the spans' candidate lengths can add up to, against the structure's fixed total.
struct TotalReach {
    bool reachable = true;  ///< some choice meets the total (true without a fixed total)
    bool tooWide = false;   ///< the bounds allow too many sums to check (then not reachable)
    LengthUnits shortest = 0;  ///< the smallest and largest sum of candidates
    LengthUnits longest = 0;
};
/// How many partial sums reachTotal() looks at before it gives up (tooWide).
inline constexpr long long kReachWork = 5'000'000;
/// Exact: every distinct sum of candidates in 0.1 mm units, up to the total.
[[nodiscard]] TotalReach reachTotal(const Structure& structure, double stepM,
                                    long long workLimit = kReachWork);

}  // namespace respan::design
