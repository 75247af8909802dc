#pragma once

namespace respan {

/// Inclusive range of a numeric field with its unit, shared by validation and editors.
struct FieldRange {
    double minimum;
    double maximum;
    bool minimumExclusive;  ///< true for "> 0" fields
    const char* unit;
};

/// Plausibility bounds, not facts of the domain: a girder or span shorter than 1 m, a section
/// under 10 mm, a mass under 10 kg or a capacity under 1 kNm / 1 kN is a typing or unit error
/// (and a subnormal number such as 4.9e-324 is no length at all); the upper bounds are far above
/// any viaduct girder (docs/csv-exchange.md, "Ranges").
namespace ranges {
inline constexpr FieldRange kLength{1.0, 200.0, false, "m"};
inline constexpr FieldRange kSectionSize{10.0, 10000.0, false, "mm"};
inline constexpr FieldRange kMass{0.01, 2000.0, false, "t"};
inline constexpr FieldRange kMomentCapacity{1.0, 1.0e6, false, "kNm"};
inline constexpr FieldRange kShearCapacity{1.0, 1.0e6, false, "kN"};
inline constexpr FieldRange kMomentDemand{0.0, 1.0e6, false, "kNm"};
inline constexpr FieldRange kShearDemand{0.0, 1.0e6, false, "kN"};
inline constexpr FieldRange kLatitude{-90.0, 90.0, false, "°"};
inline constexpr FieldRange kLongitude{-180.0, 180.0, false, "°"};
inline constexpr int kMinYear = 1800;
inline constexpr int kMaxYear = 2200;
inline constexpr FieldRange kYear{kMinYear, kMaxYear, false, ""};
/// NEN 2767 condition scores: 1 excellent .. 6 very poor.
inline constexpr FieldRange kCondition{1.0, 6.0, false, ""};
inline constexpr int kMaxIdLength = 100;
inline constexpr int kMaxTextLength = 1000;
}  // namespace ranges

}  // namespace respan
