#pragma once

namespace respan {

/// A position on the WGS84 ellipsoid in decimal degrees.
struct GeoPoint {
    double latitude = 0.0;   ///< -90 .. 90, north positive
    double longitude = 0.0;  ///< -180 .. 180, east positive

    friend bool operator==(const GeoPoint&, const GeoPoint&) = default;
};

}  // namespace respan
