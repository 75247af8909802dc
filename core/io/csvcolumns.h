#pragma once
// The columns of elements.csv and design.csv (matching.md section 4), in the documented order.
// Importers map file columns onto these; exporters write them in this order.

#include <array>

namespace respan::io {

/// A column an importer knows: its name as in matching.md and whether a file must have it.
struct CsvColumnSpec {
    const char* name;
    bool required;
};

namespace elementcsv {
enum Column : int {
    Id,
    DonorStructure,
    DonorPosition,
    Type,
    Length,
    Height,
    Width,
    Mass,
    YearBuilt,
    OriginalLoadClass,
    MomentCapacity,
    ShearCapacity,
    CapacityBasis,
    Condition,
    Status,
    LocationLat,
    LocationLon,
    AvailableFrom,
    ColumnCount
};
inline constexpr std::array<CsvColumnSpec, ColumnCount> kColumns = {{
    {"id", true},
    {"donor_structure", false},
    {"donor_position", false},
    {"type", false},
    {"length_m", true},
    {"height_mm", true},
    {"width_mm", true},
    {"mass_t", true},
    {"year_built", false},
    {"original_load_class", false},
    {"moment_capacity_knm", true},
    {"shear_capacity_kn", true},
    {"capacity_basis", false},
    {"condition", true},
    {"status", false},
    {"location_lat", true},
    {"location_lon", true},
    {"available_from", false},
}};
}  // namespace elementcsv

namespace designcsv {
enum Column : int {
    Structure,
    SiteLat,
    SiteLon,
    Span,
    RequiredLength,
    InstallDate,
    Slot,
    MomentDemand,
    ShearDemand,
    ColumnCount
};
inline constexpr std::array<CsvColumnSpec, ColumnCount> kColumns = {{
    {"structure", true},
    {"site_lat", true},
    {"site_lon", true},
    {"span", true},
    {"required_length_m", true},
    {"install_date", true},
    {"slot", true},
    {"moment_demand_knm", true},
    {"shear_demand_kn", true},
}};
}  // namespace designcsv

}  // namespace respan::io
