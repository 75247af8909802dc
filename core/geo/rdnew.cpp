#include "core/geo/rdnew.h"

#include <QCoreApplication>

#include <cmath>
#include <memory>

#include <proj.h>

namespace respan::geo {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Geo)
};

/// One PROJ context and transformation per thread (PROJ objects are not shared across threads),
/// created on first use: creating a transformation reads PROJ's database, which takes
/// milliseconds, converting a point then takes microseconds.
class RdTransform {
public:
    RdTransform() : ctx_(proj_context_create()) {
        // No downloads of grids: the machine may be offline, and results must not depend on it.
        proj_context_set_enable_network(ctx_, 0);
        // PROJ's database through SQLite's own file system layer, not whatever VFS is the
        // process's default (a fault-injecting one in the tests).
        proj_context_set_sqlite3_vfs_name(ctx_, "unix");
        PJ* raw = proj_create_crs_to_crs(ctx_, "EPSG:28992", "EPSG:4326", nullptr);
        if (raw != nullptr) {
            // Longitude/latitude order on the WGS84 side, as GIS software uses it.
            pj_ = proj_normalize_for_visualization(ctx_, raw);
            proj_destroy(raw);
        }
        if (pj_ == nullptr) {
            error_ = QString::fromUtf8(proj_context_errno_string(ctx_, proj_context_errno(ctx_)));
        }
    }
    ~RdTransform() {
        if (pj_ != nullptr) proj_destroy(pj_);
        proj_context_destroy(ctx_);
    }
    RdTransform(const RdTransform&) = delete;
    RdTransform& operator=(const RdTransform&) = delete;

    /// (x, y) forward (RD -> lon/lat) or inverse; empty with the reason on failure.
    std::optional<PJ_COORD> run(double a, double b, bool forward, QString* error) const {
        if (pj_ == nullptr) {
            if (error != nullptr)
                *error = Tr::tr("PROJ cannot convert RD New (EPSG:28992) to WGS84: %1").arg(error_);
            return std::nullopt;
        }
        PJ_COORD c = proj_coord(a, b, 0.0, 0.0);
        const PJ_COORD out = proj_trans(pj_, forward ? PJ_FWD : PJ_INV, c);
        if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y)) {
            if (error != nullptr)
                *error = Tr::tr("PROJ cannot convert the point (%1, %2)").arg(a).arg(b);
            return std::nullopt;
        }
        return out;
    }

private:
    PJ_CONTEXT* ctx_ = nullptr;
    PJ* pj_ = nullptr;
    QString error_;
};

const RdTransform& transform() {
    thread_local const RdTransform t;
    return t;
}

}  // namespace

bool inRdBounds(RdPoint p) {
    return p.x >= -7000.0 && p.x <= 300000.0 && p.y >= 289000.0 && p.y <= 629000.0;
}

std::optional<GeoPoint> rdToWgs84(RdPoint p, QString* error) {
    const std::optional<PJ_COORD> c = transform().run(p.x, p.y, true, error);
    if (!c) return std::nullopt;
    return GeoPoint{c->lp.phi, c->lp.lam};
}

std::optional<RdPoint> wgs84ToRd(GeoPoint p, QString* error) {
    const std::optional<PJ_COORD> c = transform().run(p.longitude, p.latitude, false, error);
    if (!c) return std::nullopt;
    return RdPoint{c->xy.x, c->xy.y};
}

}  // namespace respan::geo
