#include "core/io/csvrowparser.h"

#include <QCoreApplication>

#include <climits>
#include <cmath>
#include <limits>

#include "core/io/csvwriter.h"
#include "core/io/numberparser.h"

namespace respan::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::CsvImport)
};

/// The two readings of an ambiguous number, for the message: "1.234" -> "1234" and "1,234".
std::pair<QString, QString> readings(QStringView text, CsvDialect dialect) {
    const QChar dec = decimalSeparator(dialect);
    const QChar grp = dec == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
    QString grouped = text.trimmed().toString();
    QString decimal = grouped;
    grouped.remove(grp);
    decimal.replace(grp, dec);
    return {grouped, decimal};
}

}  // namespace

CsvRowParser::CsvRowParser(CsvTable& table)
    : table_(table),
      failed_(static_cast<std::size_t>(table.columnCount()), false),
      lastText_(failed_.size()),
      knownChoices_(failed_.size()) {}

void CsvRowParser::startRow() {
    std::fill(failed_.begin(), failed_.end(), false);
}

void CsvRowParser::fail(int column, const QString& rule, const QString& message) {
    failed_[static_cast<std::size_t>(column)] = true;
    table_.error(column, rule, message);
}

void CsvRowParser::report(const std::vector<FieldError>& errors) {
    for (const FieldError& e : errors) {
        const int column = table_.columnOf(e.field);
        // Every field the model checks is a column of the format; a miss is a defect, and is
        // still reported rather than lost.
        if (column < 0) {
            table_.error(e.field, e.value, e.rule, e.message);
            continue;
        }
        // A column the file leaves out reads as failed (empty); a rule that concerns more than
        // the field itself (an empty resistance needs a known load class) still applies.
        const bool absentOptional = !table_.hasColumn(column) && !table_.isRequired(column) &&
                                    e.rule != QLatin1String("required");
        if (failed(column) && !absentOptional) continue;
        fail(column, e.rule, e.message);
    }
}

QString CsvRowParser::text(int column) {
    if (!table_.hasColumn(column)) failed_[static_cast<std::size_t>(column)] = true;
    QStringView view = table_.field(column);
    // The apostrophe that CsvWriter puts before text a spreadsheet would run as a formula.
    if (view.size() > 1 && view.front() == u'\'' && needsFormulaGuard(view.mid(1)))
        view = view.mid(1);
    QString& last = lastText_[static_cast<std::size_t>(column)];
    if (last != view) last = view.toString();
    return last;
}

std::optional<double> CsvRowParser::number(int column, bool required) {
    if (!table_.hasColumn(column)) {
        failed_[static_cast<std::size_t>(column)] = true;  // the header error covers it
        return std::nullopt;
    }
    const QStringView raw = table_.field(column);
    const ParsedNumber n = parseNumber(raw, table_.dialect());
    switch (n.status) {
        case NumberStatus::Ok:
            return n.value;
        case NumberStatus::Empty:
            if (required) fail(column, QStringLiteral("required"), requiredMessage());
            return std::nullopt;
        case NumberStatus::Syntax:
            fail(column, QStringLiteral("number"), Tr::tr("not a number"));
            return std::nullopt;
        case NumberStatus::Ambiguous: {
            const auto [grouped, decimal] = readings(raw, table_.dialect());
            fail(column, QStringLiteral("ambiguous-number"),
                 Tr::tr("ambiguous number: write %1 or %2, whichever is meant (a thousands "
                        "separator is "
                        "only accepted together with a decimal part)")
                     .arg(grouped, decimal));
            return std::nullopt;
        }
        case NumberStatus::WrongSeparator:
            fail(column, QStringLiteral("decimal-separator"),
                 table_.dialect() == CsvDialect::SemicolonComma
                     ? Tr::tr("in a file with semicolons between fields the decimal separator is a "
                              "comma (1,5), and a point may only separate thousands (1.234,5)")
                     : Tr::tr("in a file with commas between fields the decimal separator is a "
                              "point (1.5), and a comma may only separate thousands (1,234.5)"));
            return std::nullopt;
        case NumberStatus::NotFinite: {
            // The model's own wording for a non-finite number.
            const auto e =
                checkRange(QString(), std::numeric_limits<double>::quiet_NaN(), ranges::kLength);
            fail(column, e->rule, e->message);
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<int> CsvRowParser::wholeNumber(int column, bool required) {
    const std::optional<double> value = number(column, required);
    if (!value) return std::nullopt;
    if (std::floor(*value) != *value) {
        fail(column, QStringLiteral("integer"), Tr::tr("must be a whole number"));
        return std::nullopt;
    }
    if (*value <= double(INT_MIN)) return INT_MIN;
    if (*value >= double(INT_MAX)) return INT_MAX;
    return static_cast<int>(*value);
}

std::optional<QDate> CsvRowParser::date(int column, bool required) {
    if (!table_.hasColumn(column)) {
        failed_[static_cast<std::size_t>(column)] = true;
        return std::nullopt;
    }
    const QStringView raw = table_.field(column).trimmed();
    if (raw.isEmpty()) {
        if (required) fail(column, QStringLiteral("required"), requiredMessage());
        return std::nullopt;
    }
    const QString name = table_.columnName(column);
    const std::optional<QDate> date = parseIsoDate(raw);
    // checkDate gives the model's wording both for a malformed date and for a year out of range.
    if (const auto e = checkDate(name, date.value_or(QDate()))) {
        fail(column, e->rule, e->message);
        return std::nullopt;
    }
    return date;
}

}  // namespace respan::io
