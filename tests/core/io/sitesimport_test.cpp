// Storage sites from CSV and from GIS files (docs/contract/planning.md section 3.1;
// docs/storage-layout.md, "Sites"), and RD New <-> WGS84 against a published reference point.
#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>

#include <gdal.h>
#include <gdal_utils.h>

#include "core/geo/rdnew.h"
#include "core/io/sitescsv.h"
#include "core/io/sitesgis.h"
#include "core/yard/yardgeometry.h"
#include "support/testsupport.h"

namespace respan::io {
namespace {

const char* const kHeader =
    "site,name,lat,lon,rd_x,rd_y,outline_wkt,blocked_wkt,clearance_m,aisle_m,max_layers,"
    "cost_eur_per_m2_month,open_from,open_to\n";

QByteArray csv(const char* rows) {
    return QByteArray(kHeader) + rows;
}

bool hasError(const SitesImport& r, int row, const char* column, const char* rule) {
    for (const ImportMessage& m : r.errors) {
        if (m.row == row && m.column == QLatin1String(column) && m.rule == QLatin1String(rule))
            return true;
    }
    return false;
}

std::string errorsOf(const SitesImport& r) {
    std::string s;
    for (const ImportMessage& m : r.errors) s += m.toString().toStdString() + "\n";
    return s;
}

TEST(RdNew, TheAmersfoortOriginIsWherePublished) {
    // The origin of RD, the Onze Lieve Vrouwetoren in Amersfoort: x 155,000 m, y 463,000 m is
    // 52.15517 N, 5.38720 E in WGS84 (issue 14; the published RD origin).
    QString error;
    const std::optional<GeoPoint> p = geo::rdToWgs84({155000.0, 463000.0}, &error);
    ASSERT_TRUE(p.has_value()) << error.toStdString();
    EXPECT_NEAR(p->latitude, 52.15517, 0.00001);
    EXPECT_NEAR(p->longitude, 5.38720, 0.00001);
    const std::optional<geo::RdPoint> back = geo::wgs84ToRd(*p, &error);
    ASSERT_TRUE(back.has_value()) << error.toStdString();
    EXPECT_NEAR(back->x, 155000.0, 0.01);
    EXPECT_NEAR(back->y, 463000.0, 0.01);
    EXPECT_FALSE(geo::inRdBounds({52.15, 5.38})) << "lat/lon in the RD columns";
}

TEST(SitesCsv, ReadsASiteWithItsDefaultsAndNormalisesTheOutline) {
    const SitesImport r =
        parseSitesCsv(csv("Y,Yard,52.46,4.60,,,\"POLYGON((0 0,0 10,10 10,10 0,0 0))\",,,,,,,\n"));
    ASSERT_TRUE(r.ok()) << errorsOf(r);
    ASSERT_EQ(r.sites.size(), 1u);
    const StorageSite& s = r.sites[0];
    EXPECT_EQ(s.id, QStringLiteral("Y"));
    EXPECT_DOUBLE_EQ(s.location.latitude, 52.46);
    EXPECT_DOUBLE_EQ(s.location.longitude, 4.60);
    EXPECT_DOUBLE_EQ(s.clearanceM, 0.5);
    EXPECT_DOUBLE_EQ(s.aisleM, 4.0);
    EXPECT_EQ(s.maxLayers, 1);
    EXPECT_DOUBLE_EQ(s.costEurPerM2Month, 0.0);
    EXPECT_EQ(s.outlineWkt, QStringLiteral("POLYGON((0 0,10 0,10 10,0 10,0 0))"))
        << "counter-clockwise after normalising";
    // What is written reads back to the same sites, in both dialects.
    for (const CsvDialect d : {CsvDialect::CommaPoint, CsvDialect::SemicolonComma}) {
        const SitesImport again = parseSitesCsv(writeSitesCsv(r.sites, d));
        ASSERT_TRUE(again.ok()) << errorsOf(again);
        EXPECT_EQ(again.sites, r.sites);
    }
}

TEST(SitesCsv, AFileWithoutTheRdColumnsKeepsItsLatLon) {
    // The demo's header: no rd_x, rd_y (an absent column must not read as a failed one).
    const SitesImport r = parseSitesCsv(
        "site,lat,lon,outline_wkt\nY,52.4628,4.6012,\"POLYGON((0 0,10 0,10 10,0 10,0 0))\"\n");
    ASSERT_TRUE(r.ok()) << errorsOf(r);
    EXPECT_DOUBLE_EQ(r.sites[0].location.latitude, 52.4628);
    EXPECT_DOUBLE_EQ(r.sites[0].location.longitude, 4.6012);
}

TEST(SitesCsv, APositionInRdNewIsConvertedWithProj) {
    const SitesImport r = parseSitesCsv(
        csv("A,Amersfoort,,,155000,463000,\"POLYGON((0 0,10 0,10 10,0 10,0 0))\",,,,,,,\n"));
    ASSERT_TRUE(r.ok()) << errorsOf(r);
    EXPECT_NEAR(r.sites[0].location.latitude, 52.15517, 0.00001);
    EXPECT_NEAR(r.sites[0].location.longitude, 5.38720, 0.00001);
}

TEST(SitesCsv, EveryProblemAtItsRowAndColumnAndNothingImported) {
    const SitesImport r = parseSitesCsv(
        csv("A,,52.4,4.6,,,\"POLYGON((0 0,10 0,10 10,0 10))\",,,,,,,\n"         // row 2: open ring
            "B,,52.4,4.6,,,\"POLYGON((0 0,10 10,10 0,0 10,0 0))\",,,,,,,\n"     // row 3: bow-tie
            "A,,52.4,4.6,,,\"POLYGON((0 0,10 0,10 10,0 10,0 0))\",,-1,,0,,,\n"  // row 4
            "D,,,,,,\"POLYGON((0 0,10 0,10 10,0 10,0 0))\",,,,,,,\n"            // row 5: where?
            "E,,,,52.1,5.3,\"POLYGON((0 0,10 0,10 10,0 10,0 0))\",,,,,,,\n"     // row 6: not RD
            "F,,52.4,4.6,,,\"POLYGON((0 0,10 0,10 10,0 10,0 0))\",\"POLYGON((1 1,2 1))\",,,,,"
            "2025-05-01,2025-04-01\n"));  // row 7
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.sites.empty()) << "all or nothing";
    EXPECT_TRUE(hasError(r, 2, "outline_wkt", "wkt")) << errorsOf(r);
    EXPECT_TRUE(hasError(r, 3, "outline_wkt", "wkt")) << errorsOf(r);
    EXPECT_TRUE(hasError(r, 4, "site", "unique")) << errorsOf(r);
    EXPECT_TRUE(hasError(r, 4, "clearance_m", "range")) << errorsOf(r);
    EXPECT_TRUE(hasError(r, 4, "max_layers", "range")) << errorsOf(r);
    EXPECT_TRUE(hasError(r, 5, "lat", "required")) << errorsOf(r);
    EXPECT_TRUE(hasError(r, 6, "rd_x", "range")) << errorsOf(r);
    EXPECT_TRUE(hasError(r, 7, "blocked_wkt", "wkt")) << errorsOf(r);
    EXPECT_TRUE(hasError(r, 7, "open_to", "range")) << errorsOf(r);
    bool namesTheReason = false;
    for (const ImportMessage& m : r.errors) {
        if (m.row == 3 && m.message.contains(QStringLiteral("intersects itself")))
            namesTheReason = true;
    }
    EXPECT_TRUE(namesTheReason) << errorsOf(r);
}

TEST(SitesCsv, MergeReplacesSitesOfTheSameIdAndKeepsTheOthers) {
    StorageSite a;
    a.id = QStringLiteral("A");
    StorageSite b;
    b.id = QStringLiteral("B");
    StorageSite a2 = a;
    a2.name = QStringLiteral("new");
    StorageSite c;
    c.id = QStringLiteral("C");
    const std::vector<StorageSite> merged = mergeSites({a, b}, {a2, c});
    ASSERT_EQ(merged.size(), 3u);
    EXPECT_EQ(merged[0].name, QStringLiteral("new"));
    EXPECT_EQ(merged[1].id, QStringLiteral("B"));
    EXPECT_EQ(merged[2].id, QStringLiteral("C"));
}

// A yard in IJmuiden in RD New metres (a 100 m x 50 m rectangle with a 10 m x 10 m building),
// as a GIS file from the cadastre would give it.
const char* const kRdGeoJson = R"({
  "type": "FeatureCollection",
  "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
  "features": [
    {"type": "Feature", "properties": {"site": "IJM", "name": "IJmuiden", "max_layers": 2},
     "geometry": {"type": "Polygon", "coordinates": [[[100000, 497000], [100100, 497000],
       [100100, 497050], [100000, 497050], [100000, 497000]]]}},
    {"type": "Feature", "properties": {"site": "IJM", "role": "blocked"},
     "geometry": {"type": "Polygon", "coordinates": [[[100010, 497010], [100020, 497010],
       [100020, 497020], [100010, 497020], [100010, 497010]]]}}
  ]})";

class SitesGis : public ::testing::Test {
protected:
    QString write(const char* name, const QByteArray& bytes) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        EXPECT_TRUE(test::writeFile(path, bytes));
        return path;
    }
    /// The GeoJSON converted by GDAL itself to another format (`driver`), at `name`.
    QString converted(const QString& geojson, const char* driver, const char* name) {
        const QString out = dir.filePath(QString::fromLatin1(name));
        GDALAllRegister();
        GDALDatasetH src =
            GDALOpenEx(geojson.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        EXPECT_NE(src, nullptr);
        char* argv[] = {const_cast<char*>("-f"), const_cast<char*>(driver), nullptr};
        GDALVectorTranslateOptions* opts = GDALVectorTranslateOptionsNew(argv, nullptr);
        int usageError = 0;
        GDALDatasetH dst =
            GDALVectorTranslate(out.toUtf8().constData(), nullptr, 1, &src, opts, &usageError);
        EXPECT_NE(dst, nullptr);
        GDALVectorTranslateOptionsFree(opts);
        if (dst != nullptr) GDALClose(dst);
        GDALClose(src);
        return out;
    }
    QTemporaryDir dir;
};

void expectTheIjmuidenYard(const SitesImport& r) {
    ASSERT_TRUE(r.ok()) << errorsOf(r);
    ASSERT_EQ(r.sites.size(), 1u);
    const StorageSite& s = r.sites[0];
    EXPECT_EQ(s.id, QStringLiteral("IJM"));
    EXPECT_EQ(s.maxLayers, 2);
    EXPECT_TRUE(s.outlineWkt.startsWith(QStringLiteral("POLYGON((100000 497000,")))
        << s.outlineWkt.toStdString() << ": RD New metres are the local x/y";
    EXPECT_FALSE(s.blockedWkt.isEmpty());
    // No position given: the outline's centre (100050, 497025) converted to WGS84, in IJmuiden.
    EXPECT_NEAR(s.location.latitude, 52.46, 0.02);
    EXPECT_NEAR(s.location.longitude, 4.60, 0.03);
}

TEST_F(SitesGis, GeoJsonGeoPackageAndShapefileInRdNewGiveTheSameYard) {
    const QString geojson = write("yard.geojson", kRdGeoJson);
    expectTheIjmuidenYard(readSitesGis(geojson));
    expectTheIjmuidenYard(readSitesGis(converted(geojson, "GPKG", "yard.gpkg")));
    expectTheIjmuidenYard(readSitesGis(converted(geojson, "ESRI Shapefile", "yard.shp")));
}

TEST_F(SitesGis, AWgs84FileIsProjectedToRdNewMetres) {
    // A 0.001 deg x 0.001 deg square near IJmuiden (RFC 7946 GeoJSON is WGS84 lon/lat): about
    // 68 m east-west and 111 m north-south, so about 7,560 m2 in metres.
    const QString path = write("wgs.geojson", R"({"type": "FeatureCollection", "features": [
      {"type": "Feature", "properties": {"site": "W"}, "geometry": {"type": "Polygon",
       "coordinates": [[[4.600, 52.460], [4.601, 52.460], [4.601, 52.461], [4.600, 52.461],
       [4.600, 52.460]]]}}]})");
    const SitesImport r = readSitesGis(path);
    ASSERT_TRUE(r.ok()) << errorsOf(r);
    // RD New x about 101,500 m there; the area by hand: 0.001 deg of longitude at 52.46 N is
    // 111.32 km * cos(52.46 deg) / 1000 = 67.8 m, of latitude 111.25 m: 7,545 m2.
    EXPECT_TRUE(r.sites[0].outlineWkt.startsWith(QStringLiteral("POLYGON((1014")))
        << r.sites[0].outlineWkt.toStdString();
    const std::optional<yard::Polygon> outline =
        yard::parsePolygonWkt(r.sites[0].outlineWkt, nullptr);
    ASSERT_TRUE(outline.has_value());
    EXPECT_NEAR(yard::area(*outline), 7545.0, 75.0);
    EXPECT_NEAR(r.sites[0].location.latitude, 52.4605, 0.0001);
}

TEST_F(SitesGis, BrokenFilesAnUnknownCrsAndABadOutlineAreRefusedWithTheReason) {
    EXPECT_FALSE(readSitesGis(write("broken.geojson", "{\"type\": \"FeatureColl")).ok());
    const SitesImport mercator = readSitesGis(write("merc.geojson", R"({"type":
      "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:3857"}},
      "features": [{"type": "Feature", "properties": {"site": "M"}, "geometry": {"type":
      "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]]}}]})"));
    ASSERT_FALSE(mercator.ok());
    EXPECT_EQ(mercator.errors[0].rule, QStringLiteral("crs"));
    EXPECT_TRUE(mercator.errors[0].message.contains(QStringLiteral("Pseudo-Mercator")))
        << mercator.errors[0].message.toStdString();
    const SitesImport bowtie = readSitesGis(write("bowtie.geojson", R"({"type":
      "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:28992"}},
      "features": [{"type": "Feature", "properties": {"site": "B"}, "geometry": {"type":
      "Polygon", "coordinates": [[[100000, 497000], [100010, 497010], [100010, 497000],
      [100000, 497010], [100000, 497000]]]}}]})"));
    ASSERT_FALSE(bowtie.ok());
    EXPECT_TRUE(bowtie.errors[0].message.contains(QStringLiteral("feature 1"))) << errorsOf(bowtie);
    EXPECT_TRUE(bowtie.errors[0].message.contains(QStringLiteral("intersects itself")))
        << errorsOf(bowtie);
    // A Shapefile without its .prj has no CRS.
    const QString shp = converted(write("y.geojson", kRdGeoJson), "ESRI Shapefile", "noprj.shp");
    ASSERT_TRUE(QFile::remove(dir.filePath(QStringLiteral("noprj.prj"))));
    const SitesImport noPrj = readSitesGis(shp);
    ASSERT_FALSE(noPrj.ok());
    EXPECT_TRUE(noPrj.errors[0].message.contains(QStringLiteral(".prj"))) << errorsOf(noPrj);
}

}  // namespace
}  // namespace respan::io
