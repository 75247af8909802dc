#pragma once

#include "core/model/geopoint.h"

namespace respan::matching {

/// Length of the geodesic between two points on the WGS84 ellipsoid, in km.
///
/// Boost.Geometry's geographic distance strategy with Vincenty's inverse method (1975):
/// iterative, accurate to a fraction of a millimetre, and checked in the tests against
/// published geodesic values, one of them between nearly antipodal points (where Vincenty's
/// iteration is known to struggle; Boost's implementation still agrees to 0.1 mm there).
/// Karney's method, the other exact choice, is not usable in Boost 1.74: its strategy is
/// commented out in strategies/geographic/parameters.hpp and the formula gives wrong lengths
/// (for example 1.1 km instead of 55.0 km). Andoyer and Thomas are lower-order approximations.
double geodesicKm(const GeoPoint& from, const GeoPoint& to);

}  // namespace respan::matching
