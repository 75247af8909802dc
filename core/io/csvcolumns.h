#pragma once
// The columns of elements.csv and design.csv (docs/contract/matching.md section 4), in the
// documented order. They are the field tables of core/model/fields.h: importers map file columns
// onto them and read each field by its type; exporters write them in this order.

#include <span>

namespace respan::io {

/// A column an importer knows: its name as in docs/contract/matching.md and whether a file must
/// have it.
struct CsvColumnSpec {
    const char* name;
    bool required;
};

/// elementFields(), one column per field, same order.
std::span<const CsvColumnSpec> elementColumns();

/// design.csv: structureFields(), then spanFields(), then slotFields(). The first field of each
/// group is the name that identifies the structure, span or slot on its row.
std::span<const CsvColumnSpec> designColumns();
int designSpanColumn0();  ///< first column of the span group
int designSlotColumn0();  ///< first column of the slot group

}  // namespace respan::io
