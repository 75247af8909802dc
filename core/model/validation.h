#pragma once

#include <QString>

#include <vector>

#include "core/model/element.h"
#include "core/model/structure.h"

namespace respan {

/// One broken rule on one field. `field` is the column name of matching.md section 4
/// ("length_m", "condition", ...), so the same name appears in CSV errors, editor messages and
/// the project file. `rule` is a short machine-readable key ("required", "range", ...).
struct FieldError {
    QString field;
    QString value;  ///< the offending value as text, as the user typed or the file held it
    QString rule;
    QString message;  ///< translated sentence: what is wrong and what is allowed

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

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
inline constexpr int kMaxIdLength = 100;
inline constexpr int kMaxTextLength = 1000;
}  // namespace ranges

/// Checks a number against a range; returns an error naming field, value and the range.
std::optional<FieldError> checkRange(const QString& field, double value, const FieldRange& range);
/// Checks that a date lies within the years ReSpan accepts.
std::optional<FieldError> checkDate(const QString& field, const QDate& date);

/// Which lower bounds apply. New input (imports, editors, passports) must lie within the
/// plausibility bounds of `ranges`; data read back from a project file only has to be positive,
/// as earlier versions allowed, so that no file that opened before is refused now.
enum class Bounds { Input, Stored };

/// `range`, or for Bounds::Stored its "greater than 0" form when its minimum is positive.
FieldRange boundsFor(const FieldRange& range, Bounds bounds);

/// Every broken rule of one element (not uniqueness of the id: that needs the project).
std::vector<FieldError> validateElement(const Element& element, Bounds bounds = Bounds::Input);
/// Every broken rule of a structure's own fields, its spans and slots (names unique per parent).
std::vector<FieldError> validateStructure(const Structure& structure,
                                          Bounds bounds = Bounds::Input);

/// Error message helpers shared with the importers, so a rule reads the same everywhere.
QString requiredMessage();
QString rangeMessage(const FieldRange& range);

}  // namespace respan
