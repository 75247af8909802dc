#include "core/model/storagesite.h"

#include <QCoreApplication>

#include <cmath>

namespace respan {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::StorageSite)
};

bool finiteAtLeast(double v, double low) {
    return std::isfinite(v) && v >= low;
}

}  // namespace

std::vector<SiteProblem> checkSiteValues(const StorageSite& s) {
    std::vector<SiteProblem> out;
    auto add = [&](const char* field, const QString& message) {
        out.push_back({QString::fromLatin1(field), message});
    };
    if (s.id.trimmed().isEmpty()) add("site", Tr::tr("required: the field must not be empty"));
    if (!std::isfinite(s.location.latitude) || std::abs(s.location.latitude) > 90.0)
        add("lat", Tr::tr("must be between -90 and 90 degrees"));
    if (!std::isfinite(s.location.longitude) || std::abs(s.location.longitude) > 180.0)
        add("lon", Tr::tr("must be between -180 and 180 degrees"));
    if (!finiteAtLeast(s.clearanceM, 0.0)) add("clearance_m", Tr::tr("must be 0 m or more"));
    if (!finiteAtLeast(s.aisleM, 0.0)) add("aisle_m", Tr::tr("must be 0 m or more"));
    if (s.maxLayers < 1) add("max_layers", Tr::tr("must be 1 layer or more"));
    if (!finiteAtLeast(s.costEurPerM2Month, 0.0))
        add("cost_eur_per_m2_month", Tr::tr("must be 0 euro or more"));
    if (s.openFrom && s.openTo && *s.openTo < *s.openFrom)
        add("open_to",
            Tr::tr("must not be before open_from (%1)").arg(s.openFrom->toString(Qt::ISODate)));
    return out;
}

const StorageSite* findSite(const std::vector<StorageSite>& sites, const QString& id) {
    for (const StorageSite& s : sites) {
        if (s.id == id) return &s;
    }
    return nullptr;
}

}  // namespace respan
