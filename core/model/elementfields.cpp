// The element field table (core/model/fields.h): one entry per column of elements.csv.
#include <QCoreApplication>
#include <QStringList>

#include "core/model/fields.h"

namespace respan {

namespace {

using F = FieldType;
using G = FieldGroup;

template <class Q>
void setQuantity(Q& target, const FieldValue& v) {
    if (const auto d = fieldNumber(v)) target = Q(*d);
}
template <class Q>
FieldValue optionalValue(const std::optional<Q>& q) {
    if (!q) return std::monostate{};
    return q->value();
}
template <class Q>
void setOptional(std::optional<Q>& target, const FieldValue& v) {
    const auto d = fieldNumber(v);
    target = d ? std::optional<Q>(Q(*d)) : std::nullopt;
}

const char* const kConditionNames[] = {
    QT_TRANSLATE_NOOP("respan::Fields", "1 – excellent"),
    QT_TRANSLATE_NOOP("respan::Fields", "2 – good"),
    QT_TRANSLATE_NOOP("respan::Fields", "3 – reasonable"),
    QT_TRANSLATE_NOOP("respan::Fields", "4 – mediocre"),
    QT_TRANSLATE_NOOP("respan::Fields", "5 – poor"),
    QT_TRANSLATE_NOOP("respan::Fields", "6 – very poor"),
};

const FieldChoices kBasisChoices{
    0, 2, [](int v) { return capacityBasisKey(static_cast<CapacityBasis>(v)); },
    [](int v) { return capacityBasisName(static_cast<CapacityBasis>(v)); }};
const FieldChoices kStatusChoices{
    0, kElementStatusCount, [](int v) { return elementStatusKey(static_cast<ElementStatus>(v)); },
    [](int v) { return elementStatusName(static_cast<ElementStatus>(v)); }};
const FieldChoices kConditionChoices{
    1, 6, [](int v) { return QString::number(v); },
    [](int v) { return translatedFieldText(kConditionNames[v - 1]); }};

constexpr int kId = ranges::kMaxIdLength;
constexpr int kText = ranges::kMaxTextLength;
const char* const kYearMessage =
    QT_TRANSLATE_NOOP("respan::Fields", "year must be between %1 and %2");

const ElementField kElementFields[] = {
    {"id", QT_TRANSLATE_NOOP("respan::Fields", "Id"), QT_TRANSLATE_NOOP("respan::Fields", "Id"), "",
     F::Text, true, nullptr, nullptr, kId, 0, nullptr, G::Identity, true, "id", nullptr, nullptr,
     [](const Element& e) -> FieldValue { return e.id; },
     [](Element& e, const FieldValue& v) { e.id = fieldText(v); }},
    {"donor_structure", QT_TRANSLATE_NOOP("respan::Fields", "Donor structure"),
     QT_TRANSLATE_NOOP("respan::Fields", "Donor structure"), "", F::Text, false, nullptr, nullptr,
     kText, 0, nullptr, G::Identity, true, "origin.donor_structure", nullptr, nullptr,
     [](const Element& e) -> FieldValue { return e.donorStructure; },
     [](Element& e, const FieldValue& v) { e.donorStructure = fieldText(v); }},
    {"donor_position", QT_TRANSLATE_NOOP("respan::Fields", "Position in donor"),
     QT_TRANSLATE_NOOP("respan::Fields", "Position in donor"), "", F::Text, false, nullptr, nullptr,
     kText, 0, nullptr, G::Identity, true, "origin.donor_position", nullptr, nullptr,
     [](const Element& e) -> FieldValue { return e.donorPosition; },
     [](Element& e, const FieldValue& v) { e.donorPosition = fieldText(v); }},
    {"type", QT_TRANSLATE_NOOP("respan::Fields", "Type"),
     QT_TRANSLATE_NOOP("respan::Fields", "Type"), "", F::Text, false, nullptr, nullptr, kText, 0,
     nullptr, G::Identity, true, "type", nullptr, nullptr,
     [](const Element& e) -> FieldValue { return e.type; },
     [](Element& e, const FieldValue& v) { e.type = fieldText(v); }},
    {"length_m", QT_TRANSLATE_NOOP("respan::Fields", "Length"),
     QT_TRANSLATE_NOOP("respan::Fields", "Length"), "m", F::Number, true, &ranges::kLength, nullptr,
     0, 2, nullptr, G::Geometry, true, "geometry.length_m", nullptr, nullptr,
     [](const Element& e) -> FieldValue { return e.length.value(); },
     [](Element& e, const FieldValue& v) { setQuantity(e.length, v); }},
    {"height_mm", QT_TRANSLATE_NOOP("respan::Fields", "Height"),
     QT_TRANSLATE_NOOP("respan::Fields", "Height"), "mm", F::Number, true, &ranges::kSectionSize,
     nullptr, 0, 0, nullptr, G::Geometry, true, "geometry.height_mm", nullptr, nullptr,
     [](const Element& e) -> FieldValue { return e.height.value(); },
     [](Element& e, const FieldValue& v) { setQuantity(e.height, v); }},
    {"width_mm", QT_TRANSLATE_NOOP("respan::Fields", "Width"),
     QT_TRANSLATE_NOOP("respan::Fields", "Width"), "mm", F::Number, true, &ranges::kSectionSize,
     nullptr, 0, 0, nullptr, G::Geometry, true, "geometry.width_mm", nullptr, nullptr,
     [](const Element& e) -> FieldValue { return e.width.value(); },
     [](Element& e, const FieldValue& v) { setQuantity(e.width, v); }},
    {"mass_t", QT_TRANSLATE_NOOP("respan::Fields", "Mass"),
     QT_TRANSLATE_NOOP("respan::Fields", "Mass"), "t", F::Number, true, &ranges::kMass, nullptr, 0,
     1, nullptr, G::Geometry, true, "mass_t", nullptr, nullptr,
     [](const Element& e) -> FieldValue { return e.mass.value(); },
     [](Element& e, const FieldValue& v) { setQuantity(e.mass, v); }},
    {"year_built", QT_TRANSLATE_NOOP("respan::Fields", "Year built"),
     QT_TRANSLATE_NOOP("respan::Fields", "Built"), "", F::WholeNumber, false, &ranges::kYear,
     kYearMessage, 0, 0, nullptr, G::Identity, true, "origin.year_built", nullptr, nullptr,
     [](const Element& e) -> FieldValue {
         return e.yearBuilt ? FieldValue(*e.yearBuilt) : FieldValue();
     },
     [](Element& e, const FieldValue& v) { e.yearBuilt = fieldInt(v); }},
    {"original_load_class", QT_TRANSLATE_NOOP("respan::Fields", "Original load class"),
     QT_TRANSLATE_NOOP("respan::Fields", "Load class"), "", F::Text, false, nullptr, nullptr, kText,
     0, nullptr, G::Identity, true, "origin.original_load_class", nullptr,
     QT_TRANSLATE_NOOP("respan::Fields", "BK-60-1963"),
     [](const Element& e) -> FieldValue { return e.originalLoadClass; },
     [](Element& e, const FieldValue& v) { e.originalLoadClass = fieldText(v); }},
    {"moment_capacity_knm", QT_TRANSLATE_NOOP("respan::Fields", "Bending resistance MRd"),
     QT_TRANSLATE_NOOP("respan::Fields", "MRd"), "kNm", F::Number, false, &ranges::kMomentCapacity,
     nullptr, 0, 0, nullptr, G::Geometry, true, "resistance.moment_capacity_knm",
     QT_TRANSLATE_NOOP("respan::Fields",
                       "Design bending resistance MRd; empty: estimated from the original load "
                       "class"),
     nullptr, [](const Element& e) -> FieldValue { return optionalValue(e.momentCapacity); },
     [](Element& e, const FieldValue& v) { setOptional(e.momentCapacity, v); }},
    {"shear_capacity_kn", QT_TRANSLATE_NOOP("respan::Fields", "Shear resistance VRd"),
     QT_TRANSLATE_NOOP("respan::Fields", "VRd"), "kN", F::Number, false, &ranges::kShearCapacity,
     nullptr, 0, 0, nullptr, G::Geometry, true, "resistance.shear_capacity_kn",
     QT_TRANSLATE_NOOP("respan::Fields",
                       "Design shear resistance VRd; empty: estimated from the original load "
                       "class"),
     nullptr, [](const Element& e) -> FieldValue { return optionalValue(e.shearCapacity); },
     [](Element& e, const FieldValue& v) { setOptional(e.shearCapacity, v); }},
    {"capacity_basis", QT_TRANSLATE_NOOP("respan::Fields", "Resistances are"),
     QT_TRANSLATE_NOOP("respan::Fields", "Basis"), "", F::Choice, false, nullptr, nullptr, 0, 0,
     &kBasisChoices, G::Geometry, true, "resistance.basis",
     QT_TRANSLATE_NOOP("respan::Fields", "Whether the resistances are estimated or verified"),
     nullptr, [](const Element& e) -> FieldValue { return static_cast<int>(e.capacityBasis); },
     [](Element& e, const FieldValue& v) {
         if (const auto i = fieldInt(v)) e.capacityBasis = static_cast<CapacityBasis>(*i);
     }},
    {"condition", QT_TRANSLATE_NOOP("respan::Fields", "Condition (NEN 2767)"),
     QT_TRANSLATE_NOOP("respan::Fields", "Condition"), "", F::WholeNumber, true,
     &ranges::kCondition,
     QT_TRANSLATE_NOOP("respan::Fields",
                       "NEN 2767 condition score must be a whole number from %1 to %2"),
     0, 0, &kConditionChoices, G::State, true, "condition.nen2767_score",
     QT_TRANSLATE_NOOP("respan::Fields", "NEN 2767 condition score: 1 excellent … 6 very poor"),
     nullptr, [](const Element& e) -> FieldValue { return e.condition; },
     [](Element& e, const FieldValue& v) {
         if (const auto i = fieldInt(v)) e.condition = *i;
     }},
    {"status", QT_TRANSLATE_NOOP("respan::Fields", "Status"),
     QT_TRANSLATE_NOOP("respan::Fields", "Status"), "", F::Choice, false, nullptr, nullptr, 0, 0,
     &kStatusChoices, G::State, true, "present.status", nullptr, nullptr,
     [](const Element& e) -> FieldValue { return static_cast<int>(e.status); },
     [](Element& e, const FieldValue& v) {
         if (const auto i = fieldInt(v)) e.status = static_cast<ElementStatus>(*i);
     }},
    {"location_lat", QT_TRANSLATE_NOOP("respan::Fields", "Latitude"),
     QT_TRANSLATE_NOOP("respan::Fields", "Latitude"), "°", F::Number, true, &ranges::kLatitude,
     nullptr, 0, 6, nullptr, G::Place, false, "present.location.lat", nullptr, nullptr,
     [](const Element& e) -> FieldValue { return e.location.latitude; },
     [](Element& e, const FieldValue& v) {
         if (const auto d = fieldNumber(v)) e.location.latitude = *d;
     }},
    {"location_lon", QT_TRANSLATE_NOOP("respan::Fields", "Longitude"),
     QT_TRANSLATE_NOOP("respan::Fields", "Longitude"), "°", F::Number, true, &ranges::kLongitude,
     nullptr, 0, 6, nullptr, G::Place, false, "present.location.lon", nullptr, nullptr,
     [](const Element& e) -> FieldValue { return e.location.longitude; },
     [](Element& e, const FieldValue& v) {
         if (const auto d = fieldNumber(v)) e.location.longitude = *d;
     }},
    {"available_from", QT_TRANSLATE_NOOP("respan::Fields", "Available from"),
     QT_TRANSLATE_NOOP("respan::Fields", "Available from"), "", F::Date, false, nullptr, nullptr, 0,
     0, nullptr, G::Place, true, "present.available_from", nullptr,
     QT_TRANSLATE_NOOP("respan::Fields", "YYYY-MM-DD; empty: available now"),
     [](const Element& e) -> FieldValue {
         return e.availableFrom ? FieldValue(*e.availableFrom) : FieldValue();
     },
     [](Element& e, const FieldValue& v) { e.availableFrom = fieldDate(v); }},
    // docs/contract/planning.md section 1; optional in the passport (added after its release).
    {"harvest_date", QT_TRANSLATE_NOOP("respan::Fields", "Harvest date"),
     QT_TRANSLATE_NOOP("respan::Fields", "Harvested"), "", F::Date, false, nullptr, nullptr, 0, 0,
     nullptr, G::Place, true, "origin.harvest_date",
     QT_TRANSLATE_NOOP("respan::Fields",
                       "The day the girder leaves its donor structure (past or planned); steps "
                       "after harvest start no earlier"),
     QT_TRANSLATE_NOOP("respan::Fields", "YYYY-MM-DD; empty: not planned yet"),
     [](const Element& e) -> FieldValue {
         return e.harvestDate ? FieldValue(*e.harvestDate) : FieldValue();
     },
     [](Element& e, const FieldValue& v) { e.harvestDate = fieldDate(v); }},
    // docs/contract/planning.md section 1. Not in the passport: a site id means something only
    // inside its own project (docs/materials-passport.md, "Project-local fields").
    {"storage_site", QT_TRANSLATE_NOOP("respan::Fields", "Storage site"),
     QT_TRANSLATE_NOOP("respan::Fields", "Storage site"), "", F::Text, false, nullptr, nullptr, kId,
     0, nullptr, G::Place, true, nullptr,
     QT_TRANSLATE_NOOP("respan::Fields",
                       "Id of the interim-storage site where the girder lies or will lie between "
                       "harvest and installation"),
     QT_TRANSLATE_NOOP("respan::Fields", "empty: not stored"),
     [](const Element& e) -> FieldValue { return e.storageSite; },
     [](Element& e, const FieldValue& v) { e.storageSite = fieldText(v).trimmed(); }},
};

}  // namespace

std::span<const ElementField> elementFields() {
    return kElementFields;
}

QString translatedFieldText(const char* english) {
    return english == nullptr ? QString() : QCoreApplication::translate("respan::Fields", english);
}

QString columnHeader(const char* columnLabel, const char* unit) {
    const QString label = translatedFieldText(columnLabel);
    if (unit == nullptr || *unit == '\0') return label;
    return QStringLiteral("%1 (%2)").arg(label, QString::fromUtf8(unit));
}

QString choiceKey(const FieldChoices& c, int value) {
    return c.key(value);
}

std::optional<int> choiceFromKey(const FieldChoices& c, QStringView key) {
    const QStringView k = key.trimmed();
    for (int v = c.first; v < c.first + c.count; ++v) {
        if (k.compare(c.key(v), Qt::CaseInsensitive) == 0) return v;
    }
    return std::nullopt;
}

QString choiceName(const FieldChoices& c, int value) {
    return c.name(value);
}

QString choiceMessage(const FieldChoices& c) {
    QStringList keys;
    for (int v = c.first; v < c.first + c.count; ++v) keys << c.key(v);
    if (keys.size() == 2)
        return QCoreApplication::translate("respan::Fields", "must be %1 or %2")
            .arg(keys[0], keys[1]);
    return QCoreApplication::translate("respan::Fields", "must be one of: %1")
        .arg(keys.join(QStringLiteral(", ")));
}

}  // namespace respan
