#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

#include "core/io/csvtable.h"
#include "core/model/validation.h"

namespace respan::io {

/// Reads typed values from the current row of a CsvTable in the table's dialect. Each problem is
/// reported once, at its row and column, and the column is remembered as failed, so that the
/// model's range checks on the same field (report()) do not report it a second time.
class CsvRowParser {
public:
    explicit CsvRowParser(CsvTable& table);

    /// Call at the start of every row: forgets the failures of the previous row.
    void startRow();
    [[nodiscard]] bool failed(int column) const {
        return failed_[static_cast<std::size_t>(column)];
    }

    /// The field as text. Consecutive rows with the same text share one string, so a donor name
    /// repeated on 100,000 rows is stored once.
    QString text(int column);
    /// A number; an empty field is an error when `required`, otherwise nullopt.
    std::optional<double> number(int column, bool required);
    /// A whole number (3 and 3,0 are accepted, 3,5 is not), clamped into the range of int so that
    /// the model's range check reports an absurd value instead of overflowing.
    std::optional<int> wholeNumber(int column, bool required);
    /// An ISO 8601 date YYYY-MM-DD; range of years as checkDate.
    std::optional<QDate> date(int column, bool required);
    /// A key such as a lifecycle status: nullopt for an empty field, and also for a text that
    /// `parse` does not know, which is reported (rule "choice", message `allowed`).
    template <class T, class Parse>
    std::optional<T> choice(int column, Parse parse, const QString& allowed);

    /// Reports a problem in `column` of the current row and marks it failed.
    void fail(int column, const QString& rule, const QString& message);
    /// Reports the model's validation errors (field = docs/contract/matching.md column name) at
    /// their columns, except on columns that already failed.
    void report(const std::vector<FieldError>& errors);

private:
    CsvTable& table_;
    std::vector<bool> failed_;
    std::vector<QString> lastText_;
    static constexpr std::size_t kMaxKnownChoices = 32;
    // Per column: texts seen so far with their enum value (-1: not a valid key).
    std::vector<std::vector<std::pair<QString, int>>> knownChoices_;
};

template <class T, class Parse>
std::optional<T> CsvRowParser::choice(int column, Parse parse, const QString& allowed) {
    const QStringView raw = table_.field(column).trimmed();
    if (raw.isEmpty()) return std::nullopt;
    // Files repeat the same few keys on every row: parse each distinct text once per column.
    auto& known = knownChoices_[static_cast<std::size_t>(column)];
    int value = -2;
    for (const auto& [text, v] : known) {
        if (text == raw) {
            value = v;
            break;
        }
    }
    if (value == -2) {
        const QString text = raw.toString();
        const std::optional<T> parsed = parse(text);
        value = parsed ? static_cast<int>(*parsed) : -1;
        if (known.size() < kMaxKnownChoices) known.emplace_back(text, value);
    }
    if (value >= 0) return static_cast<T>(value);
    fail(column, QStringLiteral("choice"), allowed);
    return std::nullopt;
}

}  // namespace respan::io
