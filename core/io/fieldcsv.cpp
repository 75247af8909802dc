#include "core/io/fieldcsv.h"

#include <vector>

#include "core/io/csvcolumns.h"

namespace respan::io {

namespace {

template <class Record>
void appendColumns(std::vector<CsvColumnSpec>& out, std::span<const FieldSpec<Record>> fields) {
    for (const FieldSpec<Record>& f : fields) out.push_back({f.key, f.required});
}

}  // namespace

std::span<const CsvColumnSpec> elementColumns() {
    static const std::vector<CsvColumnSpec> columns = [] {
        std::vector<CsvColumnSpec> out;
        appendColumns(out, elementFields());
        return out;
    }();
    return columns;
}

std::span<const CsvColumnSpec> designColumns() {
    static const std::vector<CsvColumnSpec> columns = [] {
        std::vector<CsvColumnSpec> out;
        appendColumns(out, structureFields());
        appendColumns(out, spanFields());
        appendColumns(out, slotFields());
        return out;
    }();
    return columns;
}

int designSpanColumn0() {
    return static_cast<int>(structureFields().size());
}

int designSlotColumn0() {
    return static_cast<int>(structureFields().size() + spanFields().size());
}

void writeFieldValue(CsvWriter& w, FieldType type, const FieldChoices* choices,
                     const FieldValue& value) {
    if (std::holds_alternative<std::monostate>(value)) {
        w.empty();
        return;
    }
    switch (type) {
        case FieldType::Text:
            w.text(fieldText(value));
            return;
        case FieldType::Number:
            w.number(fieldNumber(value).value_or(0.0));
            return;
        case FieldType::WholeNumber:
            w.integer(fieldInt(value).value_or(0));
            return;
        case FieldType::Date:
            w.text(fieldDate(value).value_or(QDate()).toString(Qt::ISODate));
            return;
        case FieldType::Choice:
            w.text(choiceKey(*choices, fieldInt(value).value_or(choices->first)));
            return;
    }
}

QString showFieldValue(const FieldValue& value, CsvDialect dialect) {
    if (const auto d = std::get_if<double>(&value)) return formatNumber(*d, dialect);
    if (const auto i = std::get_if<int>(&value)) return QString::number(*i);
    if (const auto d = std::get_if<QDate>(&value)) return d->toString(Qt::ISODate);
    return fieldText(value);
}

}  // namespace respan::io
