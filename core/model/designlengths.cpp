#include "core/model/designlengths.h"

#include <algorithm>
#include <cmath>

namespace respan::design {

LengthUnits toUnits(double metres) {
    return static_cast<LengthUnits>(std::llround(metres * kUnitsPerMetre));
}

double toMetres(LengthUnits units) {
    return static_cast<double>(units) / kUnitsPerMetre;
}

bool hasBounds(const Span& span) {
    return span.requiredLengthMin.has_value() && span.requiredLengthMax.has_value();
}

std::vector<LengthUnits> candidateLengths(const Span& span, double stepM) {
    const LengthUnits today = toUnits(span.requiredLength.value());
    std::vector<LengthUnits> out{today};
    const LengthUnits step = toUnits(stepM);
    if (!hasBounds(span) || step <= 0) return out;
    const LengthUnits lo = toUnits(span.requiredLengthMin->value());
    const LengthUnits hi = toUnits(span.requiredLengthMax->value());
    // The multiples k * step with lo <= k * step <= hi (integers: no rounding at the ends).
    for (LengthUnits k = (lo + step - 1) / step; k * step <= hi; ++k) out.push_back(k * step);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

TotalReach reachTotal(const Structure& structure, double stepM, long long workLimit) {
    TotalReach r;
    for (const Span& p : structure.spans) {
        const std::vector<LengthUnits> c = candidateLengths(p, stepM);
        r.shortest += c.front();
        r.longest += c.back();
    }
    if (!structure.fixedTotalLength) return r;
    const LengthUnits total = toUnits(structure.fixedTotalLength->value());
    const LengthUnits step = toUnits(stepM);
    r.reachable = false;
    if (r.shortest > total || r.longest < total - step) return r;
    // Every distinct sum the spans so far can reach, kept only up to the total (lengths are
    // positive: a sum above it stays above). With lengths in whole centimetres and a step of
    // 5 cm there are at most 5 sums per step of the range, so the set stays small.
    std::vector<LengthUnits> sums{0};
    std::vector<LengthUnits> next;
    LengthUnits restShortest = r.shortest;
    long long work = 0;
    for (const Span& p : structure.spans) {
        const std::vector<LengthUnits> c = candidateLengths(p, stepM);
        restShortest -= c.front();
        next.clear();
        for (const LengthUnits s : sums) {
            for (const LengthUnits len : c) {
                // what the remaining spans add at least must still fit under the total
                if (s + len + restShortest > total) break;
                next.push_back(s + len);
            }
        }
        work += static_cast<long long>(next.size());
        if (work > workLimit) {
            r.tooWide = true;
            return r;
        }
        std::sort(next.begin(), next.end());
        next.erase(std::unique(next.begin(), next.end()), next.end());
        sums.swap(next);
        if (sums.empty()) return r;
    }
    r.reachable = std::any_of(sums.begin(), sums.end(),
                              [&](LengthUnits s) { return meetsTotal(s, total, step); });
    return r;
}

}  // namespace respan::design
