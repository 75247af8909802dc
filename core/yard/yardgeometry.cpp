#include "core/yard/yardgeometry.h"

#include <QCoreApplication>
#include <QStringList>

#include "core/yard/bgtypes.h"

namespace respan::yard {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Yard)
};

using namespace detail;

template <class Ring>
bool closed(const Ring& r) {
    return r.size() >= 2 && bg::equals(r.front(), r.back());
}

QString failureText(bg::validity_failure_type f) {
    switch (f) {
        case bg::failure_few_points:
            return Tr::tr("a ring has fewer than three distinct points");
        case bg::failure_wrong_topological_dimension:
            return Tr::tr("the outline has no area");
        case bg::failure_spikes:
            return Tr::tr("a ring turns back on itself (a spike)");
        case bg::failure_not_closed:
            return Tr::tr("a ring is open: its last point must repeat its first");
        case bg::failure_self_intersections:
            return Tr::tr("the outline intersects itself");
        case bg::failure_interior_rings_outside:
            return Tr::tr("a hole lies outside the outline");
        case bg::failure_nested_interior_rings:
            return Tr::tr("a hole lies inside another hole");
        case bg::failure_disconnected_interior:
            return Tr::tr("the holes cut the area in pieces");
        case bg::failure_intersecting_interiors:
            return Tr::tr("two outlines overlap");
        case bg::failure_wrong_orientation:
            return Tr::tr("the outline runs the wrong way round and cannot be turned");
        case bg::failure_invalid_coordinate:
            return Tr::tr("a coordinate is not a finite number");
        default:
            return Tr::tr("the polygon is not valid");
    }
}

/// Checks and normalises one parsed polygon; empty optional and `error` set when refused.
std::optional<Polygon> checked(BPolygon p, QString* error) {
    const auto refuse = [error](const QString& why) {
        if (error != nullptr) *error = why;
        return std::optional<Polygon>();
    };
    if (p.outer().empty()) return refuse(Tr::tr("the polygon is empty"));
    // Before bg::correct, which would close an open ring silently.
    if (!closed(p.outer())) return refuse(failureText(bg::failure_not_closed));
    for (const BRing& h : p.inners()) {
        if (!closed(h)) return refuse(failureText(bg::failure_not_closed));
    }
    bg::correct(p);  // orientation: outer counter-clockwise, holes clockwise
    bg::validity_failure_type failure = bg::no_failure;
    if (!bg::is_valid(p, failure) && failure != bg::failure_duplicate_points) {
        // A bow-tie has no orientation to correct, so Boost names that first; what the
        // planner must hear is that the outline crosses itself.
        if (bg::intersects(p)) return refuse(failureText(bg::failure_self_intersections));
        return refuse(failureText(failure));
    }
    if (!(bg::area(p) > 0.0)) return refuse(failureText(bg::failure_wrong_topological_dimension));
    // Repeated consecutive points say nothing; they go.
    bg::unique(p);
    return fromB(p);
}

}  // namespace

std::optional<Polygon> parsePolygonWkt(const QString& wkt, QString* error) {
    const QString text = wkt.trimmed();
    if (text.isEmpty()) {
        if (error != nullptr) *error = Tr::tr("the polygon is empty");
        return std::nullopt;
    }
    if (!text.startsWith(QLatin1String("POLYGON"), Qt::CaseInsensitive)) {
        if (error != nullptr) *error = Tr::tr("not a WKT POLYGON");
        return std::nullopt;
    }
    BPolygon p;
    try {
        bg::read_wkt(text.toStdString(), p);
    } catch (const std::exception& e) {
        if (error != nullptr)
            *error = Tr::tr("not readable as WKT: %1").arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    return checked(std::move(p), error);
}

std::optional<std::vector<Polygon>> parsePolygonsWkt(const QString& wkt, QString* error) {
    const QString text = wkt.trimmed();
    if (text.startsWith(QLatin1String("POLYGON"), Qt::CaseInsensitive)) {
        auto one = parsePolygonWkt(text, error);
        if (!one) return std::nullopt;
        return std::vector<Polygon>{std::move(*one)};
    }
    if (!text.startsWith(QLatin1String("MULTIPOLYGON"), Qt::CaseInsensitive)) {
        if (error != nullptr) *error = Tr::tr("not a WKT POLYGON or MULTIPOLYGON");
        return std::nullopt;
    }
    BMulti m;
    try {
        bg::read_wkt(text.toStdString(), m);
    } catch (const std::exception& e) {
        if (error != nullptr)
            *error = Tr::tr("not readable as WKT: %1").arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    if (m.empty()) {
        if (error != nullptr) *error = Tr::tr("the polygon is empty");
        return std::nullopt;
    }
    std::vector<Polygon> out;
    for (std::size_t i = 0; i < m.size(); ++i) {
        QString why;
        auto p = checked(m[i], &why);
        if (!p) {
            if (error != nullptr) *error = Tr::tr("polygon %1: %2").arg(i + 1).arg(why);
            return std::nullopt;
        }
        out.push_back(std::move(*p));
    }
    return out;
}

double area(const Polygon& polygon) {
    return bg::area(toB(polygon));
}

QString toWkt(const Polygon& polygon) {
    const auto ring = [](const Ring& r) {
        QStringList pts;
        for (const Point& p : r)
            pts << QStringLiteral("%1 %2").arg(p.x, 0, 'g', 12).arg(p.y, 0, 'g', 12);
        if (!r.empty())
            pts << QStringLiteral("%1 %2")
                       .arg(r.front().x, 0, 'g', 12)
                       .arg(r.front().y, 0, 'g', 12);
        return QStringLiteral("(") + pts.join(QStringLiteral(",")) + QStringLiteral(")");
    };
    QStringList rings{ring(polygon.outer)};
    for (const Ring& h : polygon.holes) rings << ring(h);
    return QStringLiteral("POLYGON(") + rings.join(QStringLiteral(",")) + QStringLiteral(")");
}

}  // namespace respan::yard
