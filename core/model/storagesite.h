#pragma once
// Interim-storage sites (docs/contract/planning.md section 3.1; docs/storage-layout.md): where
// harvested girders lie between harvest and installation.

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

#include "core/model/geopoint.h"

namespace respan {

/// One storage site (a row of the sites CSV). Outline and blocked areas are kept as normalised
/// WKT in local metres (x east, y north); core/yard/ reads them into polygons.
struct StorageSite {
    QString id;  ///< unique in the project, e.g. "IJM"
    QString name;
    GeoPoint location;
    QString outlineWkt;  ///< POLYGON, valid (checked on import and on load)
    QString blockedWkt;  ///< POLYGON or MULTIPOLYGON; empty: nothing blocked
    double clearanceM = 0.5;
    double aisleM = 4.0;
    int maxLayers = 1;
    double costEurPerM2Month = 0.0;  ///< default 0 (illustrative, section 3.1)
    std::optional<QDate> openFrom;   ///< the first day it is open
    std::optional<QDate> openTo;     ///< the last day it is open

    friend bool operator==(const StorageSite&, const StorageSite&) = default;
};

/// A stay entered by hand (section 3.2, "then it is marked manual"): replaces the derived one.
struct ManualStay {
    QDate from;
    QDate to;  ///< exclusive: the girder is there on days from <= d < to
    friend bool operator==(const ManualStay&, const ManualStay&) = default;
};

/// Where a planner put a girder in its yard by hand (the yard view): the centre in the site's
/// local metres, the direction of its length counter-clockwise from x, and its layer (0: on the
/// ground). It holds on every date the girder is there; the automatic layout places the others
/// around it.
struct YardPlace {
    double x = 0.0;
    double y = 0.0;
    double angleDeg = 0.0;
    int layer = 0;
    friend bool operator==(const YardPlace&, const YardPlace&) = default;
};

/// What is wrong with a site's values (not its geometry): the field (sites CSV column) and the
/// translated message, empty when the values are in range.
struct SiteProblem {
    QString field;
    QString message;
};
std::vector<SiteProblem> checkSiteValues(const StorageSite& site);

/// The site with this id (case as given), or nullptr.
const StorageSite* findSite(const std::vector<StorageSite>& sites, const QString& id);

}  // namespace respan
