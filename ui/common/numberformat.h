#pragma once

#include <QLocale>
#include <QString>

#include <optional>

#include "core/model/textlocale.h"

namespace respan::ui {

/// Numbers as users read and type them: in the UI locale (decimal comma in Dutch; while a report
/// is written on this thread, the report's locale: textLocale()), without group separators. Parsing
/// refuses group separators, so "1.234" in a Dutch UI is an error, never silently 1234
/// (reliability.md: an ambiguous number is an error, not a guess).
QString formatNumber(double value, int decimals, const QLocale& locale = textLocale());

/// A stored value as it is put into an input field: every digit it has (shortest exact form),
/// in the UI locale, without group separators ("17,92" in Dutch; "3020").
QString editableNumber(double value, const QLocale& locale = QLocale());

/// Parses `text` in `locale`; empty when it is not a number (or when it uses a group separator
/// or the other decimal separator).
std::optional<double> parseNumber(const QString& text, const QLocale& locale = QLocale());
std::optional<int> parseInteger(const QString& text, const QLocale& locale = QLocale());

/// "17,40 m", "2 450 kNm": value and unit, for labels and the drawing.
QString formatQuantity(double value, int decimals, const QString& unit,
                       const QLocale& locale = textLocale());

/// Dates as ISO 8601 (YYYY-MM-DD) everywhere: what the files and reports use.
QString formatDate(const QDate& date);
/// Whole euros with the thousands grouped as `locale` writes them: "€ 480.459" in Dutch.
QString formatEuros(double eur, const QLocale& locale = textLocale());

}  // namespace respan::ui
