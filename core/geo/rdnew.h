#pragma once
// Positions in the Dutch national grid RD New (EPSG:28992, "Amersfoort / RD New": what Dutch maps,
// the cadastre and PDOK use) and in WGS84 (EPSG:4326), converted with PROJ (Debian libproj-dev);
// docs/storage-layout.md, "Coordinates".

#include <QString>

#include <optional>

#include "core/model/geopoint.h"

namespace respan::geo {

/// A point of RD New: x east, y north, in metres.
struct RdPoint {
    double x = 0.0;
    double y = 0.0;
};

/// RD New -> WGS84; empty (and `error` set, translated) when PROJ cannot convert it (PROJ's
/// database missing, a point far outside the grid's area of use).
std::optional<GeoPoint> rdToWgs84(RdPoint p, QString* error);
/// WGS84 -> RD New, the same way.
std::optional<RdPoint> wgs84ToRd(GeoPoint p, QString* error);

/// True when (x, y) lies in RD New's published bounds of use (x -7,000..300,000 m,
/// y 289,000..629,000 m, EPSG:28992): values outside are no RD coordinates (lat/lon mixed up,
/// kilometres for metres).
bool inRdBounds(RdPoint p);

}  // namespace respan::geo
