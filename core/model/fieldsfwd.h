#pragma once
// Forward declarations of the field table's types (core/model/fields.h), for headers that only
// hold pointers to fields.

namespace respan {

struct Element;
template <class Record>
struct FieldSpec;
using ElementField = FieldSpec<Element>;

}  // namespace respan
