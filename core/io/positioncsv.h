#pragma once
// A position given in a CSV row either as WGS84 latitude/longitude or as RD New rd_x/rd_y
// (EPSG:28992, converted with PROJ): the sites CSV and design.csv (docs/storage-layout.md,
// "Coordinates").

#include <optional>

#include "core/model/geopoint.h"

namespace respan::io {

class CsvTable;
class CsvRowParser;

/// The columns of one position in a table; the column names in messages come from the table.
struct PositionColumns {
    int lat;
    int lon;
    int rdX;
    int rdY;
};

/// Reads the row's position: lat/lon, or rd_x/rd_y through PROJ; when both pairs are given they
/// must agree to 50 m. A pair is all or nothing; no pair at all is an error at the lat column.
/// Problems are reported by the parser (rules required, range, crs, position) and give empty.
std::optional<GeoPoint> readPosition(const CsvTable& table, CsvRowParser& p, PositionColumns c);

}  // namespace respan::io
