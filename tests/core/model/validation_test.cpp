#include <gtest/gtest.h>

#include "core/model/validation.h"

using namespace respan;

namespace {

Element validElement() {
    Element e;
    e.id = QStringLiteral("G-1");
    e.length = Metres(17.9);
    e.height = Millimetres(900);
    e.width = Millimetres(1180);
    e.mass = Tonnes(23.7);
    e.momentCapacity = KiloNewtonMetres(3000);
    e.shearCapacity = KiloNewtons(650);
    e.condition = 2;
    e.location = GeoPoint{52.46, 4.60};
    return e;
}

QStringList fields(const std::vector<FieldError>& errors) {
    QStringList out;
    for (const FieldError& e : errors) out << e.field;
    return out;
}

}  // namespace

TEST(Validation, ValidElementHasNoErrors) {
    EXPECT_TRUE(validateElement(validElement()).empty());
}

TEST(Validation, EveryBrokenFieldIsReportedWithItsValue) {
    Element e = validElement();
    e.id.clear();
    e.length = Metres(0);
    e.height = Millimetres(-900);
    e.mass = Tonnes(std::nan(""));
    e.condition = 7;
    e.location.latitude = 91;
    e.availableFrom = QDate(20250, 1, 1);
    e.yearBuilt = 1700;
    const auto errors = validateElement(e);
    EXPECT_EQ(fields(errors),
              (QStringList{QStringLiteral("id"), QStringLiteral("length_m"),
                           QStringLiteral("height_mm"), QStringLiteral("mass_t"),
                           QStringLiteral("year_built"), QStringLiteral("condition"),
                           QStringLiteral("location_lat"), QStringLiteral("available_from")}));
    for (const FieldError& err : errors)
        EXPECT_FALSE(err.message.isEmpty()) << err.field.toStdString();
    EXPECT_EQ(errors[2].value, QStringLiteral("-900"));
    EXPECT_EQ(errors[5].value, QStringLiteral("7"));
}

TEST(Validation, BoundariesOfRanges) {
    // Length: 1 to 200 m; a subnormal number is no length.
    EXPECT_TRUE(checkRange(QStringLiteral("length_m"), 0.0, ranges::kLength).has_value());
    EXPECT_TRUE(checkRange(QStringLiteral("length_m"), 4.9e-324, ranges::kLength).has_value());
    EXPECT_TRUE(checkRange(QStringLiteral("length_m"), 0.999, ranges::kLength).has_value());
    EXPECT_FALSE(checkRange(QStringLiteral("length_m"), 1.0, ranges::kLength).has_value());
    EXPECT_FALSE(checkRange(QStringLiteral("length_m"), 200.0, ranges::kLength).has_value());
    EXPECT_TRUE(checkRange(QStringLiteral("length_m"), 200.001, ranges::kLength).has_value());
    // Demands: >= 0.
    EXPECT_FALSE(
        checkRange(QStringLiteral("moment_demand_knm"), 0.0, ranges::kMomentDemand).has_value());
    EXPECT_TRUE(
        checkRange(QStringLiteral("moment_demand_knm"), -0.1, ranges::kMomentDemand).has_value());
    // Coordinates.
    EXPECT_FALSE(
        checkRange(QStringLiteral("location_lon"), -180.0, ranges::kLongitude).has_value());
    EXPECT_TRUE(checkRange(QStringLiteral("location_lon"), 180.5, ranges::kLongitude).has_value());
    // Condition 1 and 6 are valid, 0 is not.
    Element e = validElement();
    e.condition = 6;
    EXPECT_TRUE(validateElement(e).empty());
    e.condition = 0;
    EXPECT_EQ(fields(validateElement(e)), QStringList{QStringLiteral("condition")});
}

TEST(Validation, StructureNamesMustBeUniquePerParent) {
    Structure s;
    s.name = QStringLiteral("A44 Kaagbrug");
    s.site = GeoPoint{52.21, 4.55};
    Span p;
    p.name = QStringLiteral("1");
    p.requiredLength = Metres(18.2);
    p.installDate = QDate(2026, 5, 1);
    Slot k;
    k.name = QStringLiteral("L1");
    p.slots = {k, k};
    s.spans = {p};
    const auto errors = validateStructure(s);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].field, QStringLiteral("slot"));
    EXPECT_EQ(errors[0].rule, QStringLiteral("unique"));
}
