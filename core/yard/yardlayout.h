#pragma once
// The placement of girders in a storage yard on one date (docs/contract/planning.md section 3.3;
// docs/storage-layout.md): footprints inside the outline and off the blocked areas with the
// clearance kept, access lanes kept free, equal girders stacked up to max_layers; and the check
// of any layout against those rules (an automatic one, or one moved by hand).

#include <QString>

#include <vector>

#include "core/model/uid.h"
#include "core/yard/yardgeometry.h"

namespace respan::yard {

/// What the layout needs of a site.
struct SiteGeometry {
    Polygon outline;
    std::vector<Polygon> blocked;
    double clearanceM = 0.5;  ///< between girders, to the outline and to blocked areas
    double aisleM = 4.0;      ///< width of the access lanes kept free
    int maxLayers = 1;        ///< girders of equal section and length stacked
};

/// A girder present on the date.
struct YardGirder {
    Uid element = kNoUid;
    double lengthM = 0.0;
    double widthM = 0.0;
    /// Girders with equal keys may be stacked: same section and same length.
    QString stackKey;
};

/// Where one girder lies: a rectangle lengthM x widthM centred at (x, y), its length along the
/// direction angleDeg counter-clockwise from the x axis, in layer 0 (the ground) or on top.
struct Footprint {
    Uid element = kNoUid;
    double x = 0.0;
    double y = 0.0;
    double angleDeg = 0.0;
    double lengthM = 0.0;
    double widthM = 0.0;
    int layer = 0;
};

struct Layout {
    std::vector<Footprint> placed;
    std::vector<Uid> unplaced;    ///< girders that did not fit (a conflict on the date)
    std::vector<Polygon> aisles;  ///< the access lanes kept free, clipped to the usable area
    double angleDeg = 0.0;        ///< the direction of the rows
};

/// The automatic layout: rows of girders along one of the outline's edge directions (the one
/// that places the most), each row beside an access lane, longest girders first, equal girders
/// stacked. The result passes checkLayout.
Layout layoutYard(const SiteGeometry& site, const std::vector<YardGirder>& girders);

/// The outline's area minus the blocked areas inside it, in m2.
double usableArea(const SiteGeometry& site);

/// The rectangle of a footprint as a polygon (counter-clockwise).
Polygon footprintPolygon(const Footprint& f);

/// One broken rule of a layout: "outside" (not within the outline or nearer than the clearance
/// to its edge), "blocked" (on or nearer than the clearance to a blocked area), "overlap" (nearer
/// than the clearance to another girder of the same layer), "aisle" (on an access lane),
/// "stack" (a girder above the ground that does not lie exactly on one of equal section and
/// length in the layer below, or a layer above max_layers), "unknown" (a footprint of a girder
/// that is not present).
struct LayoutProblem {
    Uid element = kNoUid;
    Uid other = kNoUid;  ///< the other girder of an overlap
    QString rule;
};

/// Every broken rule of `placed` (tolerance 1 mm), checked with Boost.Geometry on the
/// footprints themselves (exact distances, not the layout's own bookkeeping).
std::vector<LayoutProblem> checkLayout(const SiteGeometry& site,
                                       const std::vector<YardGirder>& girders,
                                       const std::vector<Footprint>& placed,
                                       const std::vector<Polygon>& aisles);

}  // namespace respan::yard
