// The structure, span and slot field tables (core/model/fields.h): the columns of design.csv.
#include <QCoreApplication>

#include "core/model/fields.h"

namespace respan {

namespace {

using F = FieldType;
using G = FieldGroup;

constexpr int kText = ranges::kMaxTextLength;

const StructureField kStructureFields[] = {
    {"structure", QT_TRANSLATE_NOOP("respan::Fields", "Name"),
     QT_TRANSLATE_NOOP("respan::Fields", "Structure"), "", F::Text, true, nullptr, nullptr, kText,
     0, nullptr, G::Identity, false, nullptr, nullptr, nullptr,
     [](const Structure& s) -> FieldValue { return s.name; },
     [](Structure& s, const FieldValue& v) { s.name = fieldText(v); }},
    {"site_lat", QT_TRANSLATE_NOOP("respan::Fields", "Site latitude (WGS84)"),
     QT_TRANSLATE_NOOP("respan::Fields", "Latitude"), "°", F::Number, true, &ranges::kLatitude,
     nullptr, 0, 6, nullptr, G::Place, false, nullptr, nullptr, nullptr,
     [](const Structure& s) -> FieldValue { return s.site.latitude; },
     [](Structure& s, const FieldValue& v) {
         if (const auto d = fieldNumber(v)) s.site.latitude = *d;
     }},
    {"site_lon", QT_TRANSLATE_NOOP("respan::Fields", "Site longitude (WGS84)"),
     QT_TRANSLATE_NOOP("respan::Fields", "Longitude"), "°", F::Number, true, &ranges::kLongitude,
     nullptr, 0, 6, nullptr, G::Place, false, nullptr, nullptr, nullptr,
     [](const Structure& s) -> FieldValue { return s.site.longitude; },
     [](Structure& s, const FieldValue& v) {
         if (const auto d = fieldNumber(v)) s.site.longitude = *d;
     }},
};

const SpanField kSpanFields[] = {
    {"span", QT_TRANSLATE_NOOP("respan::Fields", "Name"),
     QT_TRANSLATE_NOOP("respan::Fields", "Span"), "", F::Text, true, nullptr, nullptr, kText, 0,
     nullptr, G::Identity, false, nullptr, nullptr, nullptr,
     [](const Span& p) -> FieldValue { return p.name; },
     [](Span& p, const FieldValue& v) { p.name = fieldText(v); }},
    {"required_length_m", QT_TRANSLATE_NOOP("respan::Fields", "Required element length"),
     QT_TRANSLATE_NOOP("respan::Fields", "Required length"), "m", F::Number, true, &ranges::kLength,
     nullptr, 0, 2, nullptr, G::Geometry, false, nullptr,
     QT_TRANSLATE_NOOP("respan::Fields",
                       "Length a girder must have after cutting: span between bearing centre "
                       "lines plus both end allowances"),
     nullptr, [](const Span& p) -> FieldValue { return p.requiredLength.value(); },
     [](Span& p, const FieldValue& v) {
         if (const auto d = fieldNumber(v)) p.requiredLength = Metres(*d);
     }},
    {"install_date", QT_TRANSLATE_NOOP("respan::Fields", "Installation date"),
     QT_TRANSLATE_NOOP("respan::Fields", "Installation"), "", F::Date, true, nullptr, nullptr, 0, 0,
     nullptr, G::State, false, nullptr, nullptr, QT_TRANSLATE_NOOP("respan::Fields", "YYYY-MM-DD"),
     [](const Span& p) -> FieldValue { return p.installDate; },
     [](Span& p, const FieldValue& v) {
         const QDate* d = std::get_if<QDate>(&v);
         p.installDate = d == nullptr ? QDate() : *d;
     }},
};

const SlotField kSlotFields[] = {
    {"slot", QT_TRANSLATE_NOOP("respan::Fields", "Name"),
     QT_TRANSLATE_NOOP("respan::Fields", "Slot"), "", F::Text, true, nullptr, nullptr, kText, 0,
     nullptr, G::Identity, false, nullptr, nullptr, nullptr,
     [](const Slot& k) -> FieldValue { return k.name; },
     [](Slot& k, const FieldValue& v) { k.name = fieldText(v); }},
    {"moment_demand_knm", QT_TRANSLATE_NOOP("respan::Fields", "Design moment MEd"),
     QT_TRANSLATE_NOOP("respan::Fields", "MEd"), "kNm", F::Number, true, &ranges::kMomentDemand,
     nullptr, 0, 0, nullptr, G::Geometry, false, nullptr, nullptr, nullptr,
     [](const Slot& k) -> FieldValue { return k.momentDemand.value(); },
     [](Slot& k, const FieldValue& v) {
         if (const auto d = fieldNumber(v)) k.momentDemand = KiloNewtonMetres(*d);
     }},
    {"shear_demand_kn", QT_TRANSLATE_NOOP("respan::Fields", "Design shear VEd"),
     QT_TRANSLATE_NOOP("respan::Fields", "VEd"), "kN", F::Number, true, &ranges::kShearDemand,
     nullptr, 0, 0, nullptr, G::Geometry, false, nullptr, nullptr, nullptr,
     [](const Slot& k) -> FieldValue { return k.shearDemand.value(); },
     [](Slot& k, const FieldValue& v) {
         if (const auto d = fieldNumber(v)) k.shearDemand = KiloNewtons(*d);
     }},
};

}  // namespace

std::span<const StructureField> structureFields() {
    return kStructureFields;
}

std::span<const SpanField> spanFields() {
    return kSpanFields;
}

std::span<const SlotField> slotFields() {
    return kSlotFields;
}

}  // namespace respan
