#pragma once
// The geometry of an interim-storage yard (docs/contract/planning.md sections 3.1 and 3.3;
// docs/storage-layout.md): outlines and blocked areas in local metres (x east, y north), read from
// WKT and checked the way Boost.Geometry's validity rules define it. Plain types here; the
// Boost.Geometry models live in the .cpp files only.

#include <QString>

#include <optional>
#include <vector>

namespace respan::yard {

struct Point {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const Point&, const Point&) = default;
};

/// A closed ring without the repeated first point.
using Ring = std::vector<Point>;

/// A polygon: its outer ring counter-clockwise, holes clockwise (what parsePolygonWkt gives).
struct Polygon {
    Ring outer;
    std::vector<Ring> holes;
};

/// A WKT POLYGON as a valid polygon, normalised (orientation, closing point), or the reason it is
/// refused: not WKT, not a polygon, empty, an open ring, fewer than three distinct points, a
/// self-intersection, a spike, a hole outside the outline, no area. `error` gets the reason
/// (translated) when it is refused.
std::optional<Polygon> parsePolygonWkt(const QString& wkt, QString* error);
/// A WKT POLYGON or MULTIPOLYGON as its polygons (blocked areas), each checked as above.
std::optional<std::vector<Polygon>> parsePolygonsWkt(const QString& wkt, QString* error);

/// Area in m2 (holes subtracted).
double area(const Polygon& polygon);

/// WKT of a polygon ("POLYGON((x y,...))"), closing point included.
QString toWkt(const Polygon& polygon);

}  // namespace respan::yard
