// readPosition: a CSV row's position as lat/lon or as RD New (docs/storage-layout.md,
// "Coordinates").
#include "core/io/positioncsv.h"

#include <QCoreApplication>

#include <cmath>

#include "core/geo/rdnew.h"
#include "core/io/csvrowparser.h"
#include "core/io/csvtable.h"

namespace respan::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::CsvImport)
};

/// How far apart a lat/lon and an rd_x/rd_y of the same row may be: PROJ's own round trip is
/// far below a millimetre, so 50 m only forgives coordinates read off a map.
constexpr double kAgreeMetres = 50.0;

}  // namespace

std::optional<GeoPoint> readPosition(const CsvTable& table, CsvRowParser& p, PositionColumns c) {
    const std::optional<double> lat = p.number(c.lat, false);
    const std::optional<double> lon = p.number(c.lon, false);
    const std::optional<double> x = p.number(c.rdX, false);
    const std::optional<double> y = p.number(c.rdY, false);
    // A column the file leaves out reads as failed (empty); only a present one that failed stops.
    for (const int column : {c.lat, c.lon, c.rdX, c.rdY}) {
        if (table.hasColumn(column) && p.failed(column)) return std::nullopt;
    }
    const QString latName = table.columnName(c.lat);
    const QString lonName = table.columnName(c.lon);
    const QString xName = table.columnName(c.rdX);
    const QString yName = table.columnName(c.rdY);
    if (lat.has_value() != lon.has_value()) {
        p.fail(lat ? c.lon : c.lat, QStringLiteral("required"),
               Tr::tr("%1 and %2 come together: one of them is empty").arg(latName, lonName));
        return std::nullopt;
    }
    if (x.has_value() != y.has_value()) {
        p.fail(x ? c.rdY : c.rdX, QStringLiteral("required"),
               Tr::tr("%1 and %2 come together: one of them is empty").arg(xName, yName));
        return std::nullopt;
    }
    if (!lat && !x) {
        p.fail(c.lat, QStringLiteral("required"),
               Tr::tr("required: a position as %1/%2 (WGS84) or as %3/%4 (RD New)")
                   .arg(latName, lonName, xName, yName));
        return std::nullopt;
    }
    if (!x) return GeoPoint{*lat, *lon};
    const geo::RdPoint rd{*x, *y};
    if (!geo::inRdBounds(rd)) {
        p.fail(c.rdX, QStringLiteral("range"),
               Tr::tr("not a point of RD New (EPSG:28992): x must be -7,000..300,000 m and y "
                      "289,000..629,000 m"));
        return std::nullopt;
    }
    QString error;
    const std::optional<GeoPoint> converted = geo::rdToWgs84(rd, &error);
    if (!converted) {
        p.fail(c.rdX, QStringLiteral("crs"), error);
        return std::nullopt;
    }
    if (!lat) return converted;
    const GeoPoint given{*lat, *lon};
    const std::optional<geo::RdPoint> back = geo::wgs84ToRd(given, nullptr);
    if (back && std::hypot(back->x - rd.x, back->y - rd.y) > kAgreeMetres) {
        p.fail(c.rdX, QStringLiteral("position"),
               Tr::tr("%1/%2 and %3/%4 are %5 m apart; give one of them")
                   .arg(latName, lonName, xName, yName)
                   .arg(std::hypot(back->x - rd.x, back->y - rd.y), 0, 'f', 0));
        return std::nullopt;
    }
    return given;
}

}  // namespace respan::io
