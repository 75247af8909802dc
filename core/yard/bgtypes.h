#pragma once
// Boost.Geometry models of the yard's geometry, for the yard's .cpp files only (the headers of
// core/yard/ expose plain types, so that their users do not compile Boost.Geometry).
#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>

#include "core/yard/yardgeometry.h"

namespace respan::yard::detail {

namespace bg = boost::geometry;
using BPoint = bg::model::d2::point_xy<double>;
/// Counter-clockwise outer rings, closed (the first point repeated at the end).
using BPolygon = bg::model::polygon<BPoint, false, true>;
using BMulti = bg::model::multi_polygon<BPolygon>;
using BBox = bg::model::box<BPoint>;
using BRing = BPolygon::ring_type;

inline BRing toBRing(const Ring& r) {
    BRing out;
    out.reserve(r.size() + 1);
    for (const Point& p : r) out.emplace_back(p.x, p.y);
    if (!r.empty()) out.emplace_back(r.front().x, r.front().y);
    return out;
}

inline BPolygon toB(const Polygon& p) {
    BPolygon out;
    out.outer() = toBRing(p.outer);
    for (const Ring& h : p.holes) out.inners().push_back(toBRing(h));
    return out;
}

inline Ring fromBRing(const BRing& r) {
    Ring out;
    for (std::size_t i = 0; i + 1 < r.size(); ++i) out.push_back({r[i].x(), r[i].y()});
    return out;
}

inline Polygon fromB(const BPolygon& p) {
    Polygon out;
    out.outer = fromBRing(p.outer());
    for (const BRing& h : p.inners()) out.holes.push_back(fromBRing(h));
    return out;
}

}  // namespace respan::yard::detail
