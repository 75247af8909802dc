#pragma once

#include <QString>

#include <vector>

#include "core/model/element.h"
#include "core/model/fieldrange.h"
#include "core/model/structure.h"

namespace respan {

/// One broken rule on one field. `field` is the column name of docs/contract/matching.md section 4
/// ("length_m", "condition", ...), so the same name appears in CSV errors, editor messages and
/// the project file. `rule` is a short machine-readable key ("required", "range", ...).
struct FieldError {
    QString field;
    QString value;  ///< the offending value as text, as the user typed or the file held it
    QString rule;
    QString message;  ///< translated sentence: what is wrong and what is allowed

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

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

/// The first broken rule of a span's bounds of its required length (both or neither, min <= max,
/// today's length inside them); nullopt when they are fine.
std::optional<FieldError> checkLengthBounds(const Span& span);

/// A structure's fixed total length that no choice of its spans' candidate lengths (grid
/// `stepM`, docs/design-around-stock.md) can meet; nullopt when it can or there is none.
std::optional<FieldError> validateFixedTotal(const Structure& structure, double stepM);

/// Error message helpers shared with the importers, so a rule reads the same everywhere.
QString requiredMessage();
QString rangeMessage(const FieldRange& range);
/// A field's own out-of-range message (English, %1 and %2 the bounds, translated in context
/// "respan::Fields"), or rangeMessage(range) when it has none.
QString outOfRangeMessage(const char* message, const FieldRange& range);

}  // namespace respan
