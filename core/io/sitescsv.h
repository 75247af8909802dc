#pragma once
// The storage sites file of docs/contract/planning.md section 3.1 (docs/storage-layout.md,
// "Sites"): a CSV with WKT outlines, or a GIS file (GeoJSON, GeoPackage, Shapefile) whose
// features carry the same columns as attributes.
#include <QByteArray>
#include <QString>

#include <vector>

#include "core/io/csvimport.h"
#include "core/io/importmessage.h"
#include "core/model/storagesite.h"

namespace respan::io {

/// Result of reading a sites file: every site (no errors) or errors (no sites).
struct SitesImport {
    std::vector<StorageSite> sites;
    ImportMessages errors;
    ImportMessages warnings;
    [[nodiscard]] bool ok() const { return errors.empty(); }
};

/// Parses and validates a sites CSV completely: ids unique, a position as lat/lon or as RD New
/// rd_x/rd_y (converted with PROJ), outlines and blocked areas valid WKT polygons (refused with
/// the reason: open, self-intersecting, empty), values in range, open_to after open_from. The
/// WKT kept is the normalised one.
SitesImport parseSitesCsv(const QByteArray& bytes);

/// Writes the sites as a sites CSV that parseSitesCsv reads back to the same sites.
QByteArray writeSitesCsv(const std::vector<StorageSite>& sites,
                         CsvDialect dialect = CsvDialect::CommaPoint);

/// The sites of the project after an import: sites of the same id replaced in place, new ones
/// appended (an import names the sites it brings; the others stay).
std::vector<StorageSite> mergeSites(const std::vector<StorageSite>& project,
                                    const std::vector<StorageSite>& imported);

}  // namespace respan::io
