#pragma once

#include <QString>

#include <vector>

#include "model/element.h"
#include "model/structure.h"

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

namespace ranges {
inline constexpr FieldRange kLength{0.0, 200.0, true, "m"};
inline constexpr FieldRange kSectionSize{0.0, 10000.0, true, "mm"};
inline constexpr FieldRange kMass{0.0, 2000.0, true, "t"};
inline constexpr FieldRange kMomentCapacity{0.0, 1.0e6, true, "kNm"};
inline constexpr FieldRange kShearCapacity{0.0, 1.0e6, true, "kN"};
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

/// Every broken rule of one element (not uniqueness of the id: that needs the project).
std::vector<FieldError> validateElement(const Element& element);
/// Every broken rule of a structure's own fields, its spans and slots (names unique per parent).
std::vector<FieldError> validateStructure(const Structure& structure);

/// Error message helpers shared with the importers, so a rule reads the same everywhere.
QString requiredMessage();
QString rangeMessage(const FieldRange& range);

}  // namespace respan
