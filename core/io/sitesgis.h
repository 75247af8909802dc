#pragma once
// Storage sites from the files engineers get from GIS and the cadastre (docs/contract/planning.md
// section 3.1; docs/storage-layout.md, "Sites from GIS files"): GeoJSON, GeoPackage, Shapefile.
#include <QString>

#include "core/io/sitescsv.h"

namespace respan::io {

/// True for the file names readSitesGis takes (.geojson, .json, .gpkg, .shp).
bool isGisFile(const QString& path);

/// Reads the sites of a GIS vector file through GDAL/OGR. Every feature is a polygon with the
/// attribute `site` (its id) and `role` ("outline", the default, or "blocked"); an outline
/// feature may carry the other columns of the sites CSV as attributes (name, lat/lon or
/// rd_x/rd_y, clearance_m, ...; a site without a position gets its outline's centre). Layers in
/// RD New (EPSG:28992) keep their metres as the local x/y; WGS84 (EPSG:4326) layers are projected
/// to RD New; any other CRS, or none, is refused with its name. The sites are then checked
/// exactly as a sites CSV (parseSitesCsv); a problem names the site and its feature number.
SitesImport readSitesGis(const QString& path);

}  // namespace respan::io
