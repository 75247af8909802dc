#pragma once
// The one table of the fields of elements, structures, spans and slots (docs/how-to.md, "Add a
// field"). CSV import and export, validation, the passport, the inventory table and the editors
// all read it, so that a field is described once: its key (the column name of
// docs/contract/matching.md section 4), its labels, unit, type, range, and how to read and write it
// on the record.

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>
#include <variant>

#include "core/model/element.h"
#include "core/model/fieldrange.h"
#include "core/model/structure.h"

namespace respan {

enum class FieldType {
    Text,
    Number,       ///< double, in `unit`
    WholeNumber,  ///< int
    Date,         ///< ISO 8601 in files
    Choice,       ///< one of `choices`: a stable key in files, a translated name on screen
};

/// A field's value between the table and its users; std::monostate is "empty" (an optional
/// field without a value, or a value that could not be read). Choice values are indexes.
using FieldValue = std::variant<std::monostate, QString, double, int, QDate>;

/// Readers of a FieldValue for setters; a value of another type reads as empty.
inline QString fieldText(const FieldValue& v) {
    const QString* s = std::get_if<QString>(&v);
    return s == nullptr ? QString() : *s;
}
inline std::optional<double> fieldNumber(const FieldValue& v) {
    if (const double* d = std::get_if<double>(&v)) return *d;
    if (const int* i = std::get_if<int>(&v)) return *i;
    return std::nullopt;
}
inline std::optional<int> fieldInt(const FieldValue& v) {
    if (const int* i = std::get_if<int>(&v)) return *i;
    return std::nullopt;
}
inline std::optional<QDate> fieldDate(const FieldValue& v) {
    if (const QDate* d = std::get_if<QDate>(&v)) return *d;
    return std::nullopt;
}

/// The values a Choice field (or a WholeNumber field shown as a list) can take.
struct FieldChoices {
    int first;  ///< the value of the first choice (0 for enums, 1 for condition scores)
    int count;
    QString (*key)(int value);   ///< stable text in files ("in_storage", "3")
    QString (*name)(int value);  ///< translated, for screens ("In storage", "3 – reasonable")
};

/// Where a field sits in the element editor.
enum class FieldGroup { Identity, Geometry, State, Place };

template <class Record>
struct FieldSpec {
    const char* key;    ///< column name of docs/contract/matching.md section 4; error field name
    const char* label;  ///< English, for editors and messages ("Bending resistance MRd")
    const char* columnLabel;  ///< English, short, for table headers ("MRd")
    const char* unit;         ///< "m", "mm", "t", "kNm", "kN", "°" or ""
    FieldType type;
    bool required;             ///< a CSV file must have the column and every row a value
    const FieldRange* range;   ///< Number, WholeNumber: allowed range (nullptr: any)
    const char* rangeMessage;  ///< English message for a value out of range, %1..%2 the bounds
    int maxLength;             ///< Text: longest accepted
    int decimals;              ///< Number: decimals shown in tables
    const FieldChoices* choices;
    FieldGroup group;
    bool inTable;              ///< a column of the inventory table
    const char* passportPath;  ///< where the passport keeps it ("geometry.length_m"); or nullptr
    const char* description;   ///< English tooltip, or nullptr
    const char* placeholder;   ///< English editor placeholder, or nullptr
    FieldValue (*get)(const Record&);
    void (*set)(Record&, const FieldValue&);  ///< monostate: empty (or left as is when required)
};

using ElementField = FieldSpec<Element>;
using StructureField = FieldSpec<Structure>;
using SpanField = FieldSpec<Span>;
using SlotField = FieldSpec<Slot>;

/// Every field of an element, in the column order of elements.csv (docs/contract/matching.md
/// section 4).
std::span<const ElementField> elementFields();
/// The fields of design.csv, in its column order: structure, then span, then slot fields.
std::span<const StructureField> structureFields();
std::span<const SpanField> spanFields();
std::span<const SlotField> slotFields();

/// The field with this key, or nullptr.
template <class Record>
const FieldSpec<Record>* findField(std::span<const FieldSpec<Record>> fields, QStringView key) {
    for (const FieldSpec<Record>& f : fields) {
        if (QLatin1String(f.key) == key) return &f;
    }
    return nullptr;
}

/// Index of the field with this key in its table, or -1.
template <class Record>
int fieldIndex(std::span<const FieldSpec<Record>> fields, QStringView key) {
    const FieldSpec<Record>* f = findField(fields, key);
    return f == nullptr ? -1 : static_cast<int>(f - fields.data());
}

/// Translated texts of the table (context "respan::Fields").
QString translatedFieldText(const char* english);
template <class Record>
QString fieldLabel(const FieldSpec<Record>& f) {
    return translatedFieldText(f.label);
}
/// "Length (m)": the short label with its unit, for table headers.
QString columnHeader(const char* columnLabel, const char* unit);

/// A choice's key for a stored value, its value for a key (case-insensitive), its name.
QString choiceKey(const FieldChoices& c, int value);
std::optional<int> choiceFromKey(const FieldChoices& c, QStringView key);
QString choiceName(const FieldChoices& c, int value);
/// "must be estimated or verified", "must be one of: a, b, c".
QString choiceMessage(const FieldChoices& c);

}  // namespace respan
