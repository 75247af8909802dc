#include "core/matching/geodesic.h"

// Boost 1.74 includes one of its own deprecated headers from Boost.Geometry; that is not ours
// to fix, so keep the build output clean.
#define BOOST_ALLOW_DEPRECATED_HEADERS

#include <boost/geometry/algorithms/distance.hpp>
#include <boost/geometry/core/cs.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/srs/spheroid.hpp>
#include <boost/geometry/strategies/geographic/distance_vincenty.hpp>

namespace respan::matching {

double geodesicKm(const GeoPoint& from, const GeoPoint& to) {
    namespace bg = boost::geometry;
    using Point = bg::model::point<double, 2, bg::cs::geographic<bg::degree>>;
    using Spheroid = bg::srs::spheroid<double>;
    // WGS84 defining constants: a = 6378137 m, 1/f = 298.257223563 (stated here rather than
    // relying on the library's default spheroid).
    constexpr double a = 6378137.0;
    constexpr double f = 1.0 / 298.257223563;
    static const Spheroid wgs84(a, a * (1.0 - f));
    const bg::strategy::distance::vincenty<Spheroid> strategy(wgs84);
    return bg::distance(Point(from.longitude, from.latitude), Point(to.longitude, to.latitude),
                        strategy) /
           1000.0;
}

}  // namespace respan::matching
