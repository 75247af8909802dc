#include "core/yard/yardlayout.h"

#include <QHash>

#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <utility>

#include "core/yard/bgtypes.h"

namespace respan::yard {

namespace {

using namespace detail;
using BLine = bg::model::linestring<BPoint>;

/// Buffers are polygons through points of the true circles: a chord lies up to r(1 - cos(pi/n))
/// inside them (2 mm at 0.5 m and 36 points). The layout keeps this much more than asked, so
/// that exact distances (checkLayout) are never below the clearance.
constexpr double kSafety = 0.01;
constexpr int kCirclePoints = 36;
constexpr double kTolerance = 1e-3;  ///< checkLayout: 1 mm

Point rotated(Point p, double degrees) {
    const double a = degrees * std::numbers::pi / 180.0;
    const double c = std::cos(a);
    const double s = std::sin(a);
    return {p.x * c - p.y * s, p.x * s + p.y * c};
}

Polygon rotated(const Polygon& poly, double degrees) {
    Polygon out;
    for (const Point& p : poly.outer) out.outer.push_back(rotated(p, degrees));
    for (const Ring& h : poly.holes) {
        Ring r;
        for (const Point& p : h) r.push_back(rotated(p, degrees));
        out.holes.push_back(std::move(r));
    }
    return out;
}

BMulti buffered(const BPolygon& p, double distance) {
    bg::strategy::buffer::distance_symmetric<double> d(distance);
    bg::strategy::buffer::join_round join(kCirclePoints);
    bg::strategy::buffer::end_flat end;
    bg::strategy::buffer::point_circle point(kCirclePoints);
    bg::strategy::buffer::side_straight side;
    BMulti out;
    bg::buffer(p, out, d, side, join, end, point);
    return out;
}

/// Where a footprint's centre line may lie in the rotated frame: the outline shrunk by the
/// clearance, minus the blocked areas grown by it.
BMulti freeArea(const SiteGeometry& site, double angle) {
    const double c = site.clearanceM + kSafety;
    BMulti free = buffered(toB(rotated(site.outline, -angle)), -c);
    for (const Polygon& b : site.blocked) {
        const BMulti grown = buffered(toB(rotated(b, -angle)), c);
        BMulti rest;
        bg::difference(free, grown, rest);
        free = std::move(rest);
    }
    return free;
}

/// The bounding box of a multi-polygon, from its outer rings (Boost.Geometry's envelope of a
/// multi-polygon trips GCC 12's -Wmaybe-uninitialized inside Boost 1.74).
BBox envelopeOf(const BMulti& m) {
    double minX = std::numeric_limits<double>::max();
    double minY = minX;
    double maxX = std::numeric_limits<double>::lowest();
    double maxY = maxX;
    for (const BPolygon& p : m) {
        for (const BPoint& q : p.outer()) {
            minX = std::min(minX, q.x());
            minY = std::min(minY, q.y());
            maxX = std::max(maxX, q.x());
            maxY = std::max(maxY, q.y());
        }
    }
    return BBox(BPoint(minX, minY), BPoint(maxX, maxY));
}

/// The x intervals of [x0, x1] where the strip [x0, x1] x [y0, y1] lies wholly in `free`: the
/// complement of the x extents of the strip's parts outside it (a rectangle spanning the whole
/// strip height meets such a part exactly when their x ranges overlap).
std::vector<std::pair<double, double>> freeIntervals(const BMulti& free, double x0, double x1,
                                                     double y0, double y1) {
    BBox strip(BPoint(x0, y0), BPoint(x1, y1));
    BPolygon stripPoly;
    bg::convert(strip, stripPoly);
    BMulti outside;
    bg::difference(stripPoly, free, outside);
    std::vector<std::pair<double, double>> blocked;
    for (const BPolygon& part : outside) {
        if (bg::area(part) < 1e-9) continue;
        BBox env;
        bg::envelope(part, env);
        blocked.emplace_back(env.min_corner().x(), env.max_corner().x());
    }
    std::sort(blocked.begin(), blocked.end());
    std::vector<std::pair<double, double>> out;
    double cursor = x0;
    for (const auto& [a, b] : blocked) {
        if (a > cursor) out.emplace_back(cursor, a);
        cursor = std::max(cursor, b);
    }
    if (cursor < x1) out.emplace_back(cursor, x1);
    return out;
}

/// Girders of one stack (equal section and length), placed as one.
struct Unit {
    std::vector<const YardGirder*> girders;
    double length = 0.0;
    double width = 0.0;
};

std::vector<Unit> units(const std::vector<YardGirder>& girders, int maxLayers) {
    std::vector<const YardGirder*> order;
    for (const YardGirder& g : girders) order.push_back(&g);
    std::sort(order.begin(), order.end(), [](const YardGirder* a, const YardGirder* b) {
        if (a->widthM != b->widthM) return a->widthM > b->widthM;
        if (a->lengthM != b->lengthM) return a->lengthM > b->lengthM;
        if (a->stackKey != b->stackKey) return a->stackKey < b->stackKey;
        return a->element < b->element;
    });
    std::vector<Unit> out;
    const int layers = std::max(1, maxLayers);
    for (const YardGirder* g : order) {
        Unit* last = out.empty() ? nullptr : &out.back();
        if (last != nullptr && !g->stackKey.isEmpty() &&
            last->girders.front()->stackKey == g->stackKey &&
            static_cast<int>(last->girders.size()) < layers && last->length == g->lengthM &&
            last->width == g->widthM) {
            last->girders.push_back(g);
            continue;
        }
        out.push_back({{g}, g->lengthM, g->widthM});
    }
    return out;
}

/// The layout with rows along direction `angle`.
Layout layoutAt(const SiteGeometry& site, const std::vector<YardGirder>& girders, double angle) {
    Layout layout;
    layout.angleDeg = angle;
    const BMulti free = freeArea(site, angle);
    std::vector<Unit> todo = units(girders, site.maxLayers);
    std::vector<char> done(todo.size(), 0);
    if (!free.empty()) {
        const BBox env = envelopeOf(free);
        const double x0 = env.min_corner().x();
        const double x1 = env.max_corner().x();
        const double y1 = env.max_corner().y();
        const double c = site.clearanceM + kSafety;
        const double lane = std::max(site.aisleM, c);
        const BPolygon outline = toB(rotated(site.outline, -angle));
        double y = env.min_corner().y();
        bool beforeLane = true;  // rows come in pairs around a lane: row, lane, row
        std::size_t next = 0;
        while (true) {
            while (next < todo.size() && done[next]) ++next;
            if (next >= todo.size()) break;
            // The row takes the widest girder left; narrower ones fit in its height too.
            double height = 0.0;
            for (std::size_t u = next; u < todo.size(); ++u) {
                if (!done[u]) height = std::max(height, todo[u].width);
            }
            if (y + height > y1 + 1e-9) break;
            auto intervals = freeIntervals(free, x0, x1, y, y + height);
            for (std::size_t u = next; u < todo.size(); ++u) {
                if (done[u]) continue;
                const Unit& unit = todo[u];
                for (auto& [a, b] : intervals) {
                    if (b - a + 1e-9 < unit.length) continue;
                    const double cx = a + unit.length / 2.0;
                    const double cy = y + unit.width / 2.0;
                    const Point centre = rotated(Point{cx, cy}, angle);
                    for (std::size_t k = 0; k < unit.girders.size(); ++k) {
                        layout.placed.push_back({unit.girders[k]->element, centre.x, centre.y,
                                                 angle, unit.length, unit.width,
                                                 static_cast<int>(k)});
                    }
                    a += unit.length + c;
                    done[u] = 1;
                    break;
                }
            }
            y += height;
            if (beforeLane) {
                // A millimetre between a row and its lane: they never touch, so that no
                // rounding of the turned coordinates can put a girder on the lane.
                y += kTolerance;
                // The lane this row and the next open onto, clipped to the yard.
                BBox band(BPoint(x0 - 1.0, y), BPoint(x1 + 1.0, y + lane));
                BPolygon bandPoly;
                bg::convert(band, bandPoly);
                BMulti clipped;
                bg::intersection(bandPoly, outline, clipped);
                for (const BPolygon& part : clipped) {
                    if (bg::area(part) > 1e-6) layout.aisles.push_back(rotated(fromB(part), angle));
                }
                y += lane + kTolerance;
            } else {
                y += c;
            }
            beforeLane = !beforeLane;
        }
    }
    for (std::size_t u = 0; u < todo.size(); ++u) {
        if (done[u]) continue;
        for (const YardGirder* g : todo[u].girders) layout.unplaced.push_back(g->element);
    }
    return layout;
}

/// The directions worth trying: the outline's edge directions (modulo 180 degrees), longest
/// edges first, at most eight, and the x axis.
std::vector<double> candidateAngles(const Polygon& outline) {
    std::vector<std::pair<double, double>> edges;  // length, angle in [0, 180)
    const Ring& r = outline.outer;
    for (std::size_t i = 0; i < r.size(); ++i) {
        const Point a = r[i];
        const Point b = r[(i + 1) % r.size()];
        const double len = std::hypot(b.x - a.x, b.y - a.y);
        if (len <= 0.0) continue;
        double deg = std::atan2(b.y - a.y, b.x - a.x) * 180.0 / std::numbers::pi;
        deg = std::fmod(deg + 360.0, 180.0);
        if (deg >= 179.95) deg = 0.0;
        edges.emplace_back(len, deg);
    }
    std::sort(edges.begin(), edges.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<double> out;
    const auto add = [&out](double deg) {
        for (double d : out) {
            if (std::abs(d - deg) < 0.5 || std::abs(std::abs(d - deg) - 180.0) < 0.5) return;
        }
        out.push_back(deg);
    };
    for (const auto& e : edges) {
        if (out.size() >= 8) break;
        add(e.second);
    }
    add(0.0);
    return out;
}

}  // namespace

double usableArea(const SiteGeometry& site) {
    BMulti blocked;
    for (const Polygon& b : site.blocked) {
        BMulti merged;
        bg::union_(blocked, toB(b), merged);
        blocked = std::move(merged);
    }
    BMulti inside;
    bg::intersection(toB(site.outline), blocked, inside);
    return area(site.outline) - bg::area(inside);
}

Polygon footprintPolygon(const Footprint& f) {
    const double hl = f.lengthM / 2.0;
    const double hw = f.widthM / 2.0;
    Polygon p;
    for (const Point& corner : {Point{-hl, -hw}, Point{hl, -hw}, Point{hl, hw}, Point{-hl, hw}}) {
        const Point q = rotated(corner, f.angleDeg);
        p.outer.push_back({q.x + f.x, q.y + f.y});
    }
    return p;
}

Layout layoutYard(const SiteGeometry& site, const std::vector<YardGirder>& girders) {
    Layout best;
    bool first = true;
    for (const double angle : candidateAngles(site.outline)) {
        Layout l = layoutAt(site, girders, angle);
        if (first || l.placed.size() > best.placed.size()) best = std::move(l);
        first = false;
        if (best.unplaced.empty()) break;
    }
    return best;
}

namespace {

/// The rules of checkLayout, each on one footprint, over geometry prepared once.
class LayoutChecker {
public:
    LayoutChecker(const SiteGeometry& site, const std::vector<YardGirder>& girders,
                  const std::vector<Footprint>& placed, const std::vector<Polygon>& aisles)
        : site_(site),
          placed_(placed),
          c_(site.clearanceM - kTolerance),
          outline_(toB(site.outline)) {
        edges_.emplace_back(outline_.outer().begin(), outline_.outer().end());
        for (const BRing& h : outline_.inners()) edges_.emplace_back(h.begin(), h.end());
        for (const Polygon& b : site.blocked) blocked_.push_back(toB(b));
        for (const Polygon& a : aisles) lanes_.push_back(toB(a));
        for (const YardGirder& g : girders) byUid_.insert(g.element, &g);
        polys_.reserve(placed.size());
        for (std::size_t i = 0; i < placed.size(); ++i) {
            polys_.push_back(toB(footprintPolygon(placed[i])));
            BBox env;
            bg::envelope(polys_[i], env);
            tree_.insert({env, i});
        }
    }

    void check(std::size_t i, std::vector<LayoutProblem>& out) const {
        const Footprint& f = placed_[i];
        const auto add = [&out, &f](Uid other, const char* rule) {
            out.push_back({f.element, other, QString::fromLatin1(rule)});
        };
        if (!byUid_.contains(f.element)) add(kNoUid, "unknown");
        if (!inside(polys_[i])) add(kNoUid, "outside");
        if (nearBlocked(polys_[i])) add(kNoUid, "blocked");
        if (onLane(polys_[i])) add(kNoUid, "aisle");
        const std::vector<Value> near = neighbours(i);
        for (const Value& v : near) {
            const std::size_t j = v.second;
            if (j > i && placed_[j].layer == f.layer && bg::distance(polys_[i], polys_[j]) < c_)
                add(placed_[j].element, "overlap");
        }
        if (f.layer > 0 && !restsOnEqual(f, near)) add(kNoUid, "stack");
    }

private:
    using Value = std::pair<BBox, std::size_t>;

    /// Within the outline and at least the clearance from each of its rings.
    bool inside(const BPolygon& p) const {
        if (!bg::within(p, outline_)) return false;
        return std::none_of(edges_.begin(), edges_.end(),
                            [&](const BLine& e) { return bg::distance(p, e) < c_; });
    }
    bool nearBlocked(const BPolygon& p) const {
        return std::any_of(blocked_.begin(), blocked_.end(),
                           [&](const BPolygon& b) { return bg::distance(p, b) < c_; });
    }
    bool onLane(const BPolygon& p) const {
        return std::any_of(lanes_.begin(), lanes_.end(), [&](const BPolygon& lane) {
            BMulti common;
            bg::intersection(p, lane, common);
            return bg::area(common) > 1e-4;
        });
    }
    /// The footprints whose boxes come within the clearance of footprint i's box.
    std::vector<Value> neighbours(std::size_t i) const {
        BBox env;
        bg::envelope(polys_[i], env);
        const double c = site_.clearanceM;
        const BBox around(BPoint(env.min_corner().x() - c, env.min_corner().y() - c),
                          BPoint(env.max_corner().x() + c, env.max_corner().y() + c));
        std::vector<Value> near;
        tree_.query(bg::index::intersects(around), std::back_inserter(near));
        return near;
    }
    /// A stacked girder lies exactly on one of the same stack key in the layer below, and its
    /// layer is below max_layers.
    bool restsOnEqual(const Footprint& f, const std::vector<Value>& near) const {
        const YardGirder* g = byUid_.value(f.element, nullptr);
        if (g == nullptr || g->stackKey.isEmpty() || f.layer >= std::max(1, site_.maxLayers))
            return false;
        return std::any_of(near.begin(), near.end(), [&](const Value& v) {
            const Footprint& o = placed_[v.second];
            const YardGirder* h = byUid_.value(o.element, nullptr);
            return o.layer == f.layer - 1 && h != nullptr && h->stackKey == g->stackKey &&
                   std::abs(o.x - f.x) < kTolerance && std::abs(o.y - f.y) < kTolerance &&
                   std::abs(o.angleDeg - f.angleDeg) < 0.01 &&
                   std::abs(o.lengthM - f.lengthM) < kTolerance &&
                   std::abs(o.widthM - f.widthM) < kTolerance;
        });
    }

    const SiteGeometry& site_;
    const std::vector<Footprint>& placed_;
    double c_;
    BPolygon outline_;
    std::vector<BLine> edges_;
    std::vector<BPolygon> blocked_;
    std::vector<BPolygon> lanes_;
    QHash<Uid, const YardGirder*> byUid_;
    std::vector<BPolygon> polys_;
    bg::index::rtree<Value, bg::index::rstar<16>> tree_;
};

}  // namespace

std::vector<LayoutProblem> checkLayout(const SiteGeometry& site,
                                       const std::vector<YardGirder>& girders,
                                       const std::vector<Footprint>& placed,
                                       const std::vector<Polygon>& aisles) {
    const LayoutChecker checker(site, girders, placed, aisles);
    std::vector<LayoutProblem> out;
    for (std::size_t i = 0; i < placed.size(); ++i) checker.check(i, out);
    return out;
}

}  // namespace respan::yard
