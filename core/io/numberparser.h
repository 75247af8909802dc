#pragma once
// Numbers and dates in the two CSV dialects, independent of the machine's locale.
//
// Number syntax (after trimming): [+|-] integer-part [decimal-separator digits] [e|E [+|-] digits]
// with the dialect's decimal separator ("." in the comma dialect, "," in the semicolon dialect).
// The other character ("," resp. ".") is only accepted as a thousands separator, and only where
// that cannot be misread:
//   - groups must be well formed: 1-3 digits, then groups of exactly 3 digits ("12.345.678");
//   - a single separator without a decimal part, e.g. "1.234" in a semicolon file, is AMBIGUOUS
//     (1234 with a thousands point, or 1.234 typed with a decimal point): refused, never guessed;
//   - with a decimal part ("1.234,5" = 1234.5) or with two or more groups ("1.234.567" = 1234567)
//     there is only one reading, so the number is accepted;
//   - a first group starting with 0 ("0.125") is not a thousands group, and groups together with
//     an exponent are refused.
// Any other use of the other character ("1.5" or "0.25" in a semicolon file, quoted "1,5" in a
// comma file) is refused as the wrong decimal separator. NaN and infinity are refused, and so is
// a number too large for a double.

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

#include "core/io/csvimport.h"

namespace respan::io {

/// Outcome of reading one number.
enum class NumberStatus {
    Ok,
    Empty,           ///< nothing but spaces
    Syntax,          ///< not a number at all
    Ambiguous,       ///< "1.234" in a semicolon file: thousands separator or decimal point?
    WrongSeparator,  ///< "1.5" in a semicolon file, "1,5" in a comma file
    NotFinite,       ///< NaN, infinity, or beyond the range of a double
};

struct ParsedNumber {
    NumberStatus status = NumberStatus::Syntax;
    double value = 0.0;
};

/// Reads a number written in `dialect` (see the syntax above). Correctly rounded.
ParsedNumber parseNumber(QStringView text, CsvDialect dialect);

/// Reads an ISO 8601 calendar date, exactly YYYY-MM-DD (after trimming); nullopt otherwise,
/// including for impossible dates such as 2025-02-30.
std::optional<QDate> parseIsoDate(QStringView text);

/// The shortest text that parseNumber reads back as exactly `value` in `dialect`: plain decimal
/// notation where that stays short, scientific notation (1e-300) otherwise; no grouping.
QString formatNumber(double value, CsvDialect dialect);

/// The decimal separator and field separator of a dialect.
QChar decimalSeparator(CsvDialect dialect);
QChar fieldSeparator(CsvDialect dialect);

}  // namespace respan::io
