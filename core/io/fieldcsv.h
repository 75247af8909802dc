#pragma once
// Reading and writing the fields of the field table (core/model/fields.h) in CSV rows.

#include <QString>

#include <span>

#include "core/io/csvimport.h"
#include "core/io/csvrowparser.h"
#include "core/io/csvwriter.h"
#include "core/io/numberparser.h"
#include "core/model/fields.h"

namespace respan::io {

/// Reads one field of the current row, at `column`, by its type. Problems are reported by the
/// parser; an empty or unreadable field gives std::monostate.
template <class Record>
FieldValue readField(CsvRowParser& p, const FieldSpec<Record>& f, int column) {
    switch (f.type) {
        case FieldType::Text:
            return p.text(column);
        case FieldType::Number:
            if (const auto d = p.number(column, f.required)) return *d;
            return {};
        case FieldType::WholeNumber:
            if (const auto i = p.wholeNumber(column, f.required)) return *i;
            return {};
        case FieldType::Date:
            if (const auto d = p.date(column, f.required)) return *d;
            return {};
        case FieldType::Choice: {
            const FieldChoices& c = *f.choices;
            const auto v = p.choice<int>(
                column, [&c](const QString& key) { return choiceFromKey(c, key); },
                choiceMessage(c));
            if (v) return *v;
            return {};
        }
    }
    return {};
}

/// Reads every field of `fields` into `record`, the first at column `firstColumn`.
template <class Record>
void readFields(CsvRowParser& p, std::span<const FieldSpec<Record>> fields, int firstColumn,
                Record& record) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const FieldSpec<Record>& f = fields[i];
        f.set(record, readField(p, f, firstColumn + static_cast<int>(i)));
    }
}

/// Writes one value as the CSV of its field type (choices as their keys).
void writeFieldValue(CsvWriter& w, FieldType type, const FieldChoices* choices,
                     const FieldValue& value);

/// Writes every field of `record`.
template <class Record>
void writeFields(CsvWriter& w, std::span<const FieldSpec<Record>> fields, const Record& record) {
    for (const FieldSpec<Record>& f : fields) writeFieldValue(w, f.type, f.choices, f.get(record));
}

/// A value as an error message quotes it: numbers in the file's dialect, dates as ISO 8601.
QString showFieldValue(const FieldValue& value, CsvDialect dialect);

}  // namespace respan::io
