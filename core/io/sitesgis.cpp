// Storage sites from GIS files through GDAL/OGR (docs/contract/planning.md section 3.1;
// docs/storage-layout.md, "Sites from GIS files").
#include "core/io/sitesgis.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <memory>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "core/io/csvwriter.h"
#include "core/io/sitescsv.h"

namespace respan::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::CsvImport)
};

// The columns of the sites CSV that a feature may carry as attributes (outline_wkt and
// blocked_wkt come from the geometries).
constexpr const char* kAttributes[] = {
    "site",      "name",        "lat",     "lon",        "rd_x",
    "rd_y",      "clearance_m", "aisle_m", "max_layers", "cost_eur_per_m2_month",
    "open_from", "open_to"};

struct SrsDeleter {
    void operator()(OGRSpatialReferenceH h) const { OSRDestroySpatialReference(h); }
};
using Srs = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SrsDeleter>;

Srs srsOf(int epsg) {
    Srs s(OSRNewSpatialReference(nullptr));
    OSRImportFromEPSG(s.get(), epsg);
    OSRSetAxisMappingStrategy(s.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return s;
}

/// GDAL's messages go to the import's errors, not to stderr, while a file is read.
class QuietGdal {
public:
    QuietGdal() {
        GDALAllRegister();
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietGdal() { CPLPopErrorHandler(); }
    QuietGdal(const QuietGdal&) = delete;
    QuietGdal& operator=(const QuietGdal&) = delete;
    static QString lastMessage() { return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed(); }
};

/// One site gathered from its features: attributes of its outline feature, its WKTs in RD New
/// metres, and the feature number of its outline (for messages).
struct GatheredSite {
    QHash<QString, QString> attributes;
    QString outlineWkt;
    int outlineFeatures = 0;
    QStringList blocked;  ///< "((...))" parts
    int feature = 0;
};

QString attribute(OGRFeatureH f, OGRFeatureDefnH defn, const char* name) {
    int i = OGR_FD_GetFieldIndex(defn, name);
    // A Shapefile's field names are cut at 10 characters ("cost_eur_p" for
    // cost_eur_per_m2_month).
    if (i < 0) i = OGR_FD_GetFieldIndex(defn, QByteArray(name).left(10).constData());
    if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i)) return QString();
    return QString::fromUtf8(OGR_F_GetFieldAsString(f, i)).trimmed();
}

QString wktOf(OGRGeometryH g) {
    char* raw = nullptr;
    if (OGR_G_ExportToWkt(g, &raw) != OGRERR_NONE) return QString();
    QString out = QString::fromUtf8(raw);
    CPLFree(raw);
    return out;
}

void addError(SitesImport& out, int feature, const QString& column, const QString& value,
              const QString& rule, const QString& message) {
    out.errors.push_back({feature, column, value.left(100), rule, message});
}

/// What the layer's coordinates are: RD New (used as the local metres) or WGS84 (projected to
/// RD New); anything else is refused with its name.
enum class Crs { RdNew, Wgs84, Unknown };

Crs crsOf(OGRSpatialReferenceH srs, const OGRSpatialReferenceH rd, const OGRSpatialReferenceH wgs) {
    if (srs == nullptr) return Crs::Unknown;
    if (OSRIsSame(srs, rd)) return Crs::RdNew;
    if (OSRIsGeographic(srs) && OSRIsSameGeogCS(srs, wgs)) return Crs::Wgs84;
    const char* code = OSRGetAuthorityCode(srs, nullptr);
    if (code != nullptr && QByteArray(code) == "28992") return Crs::RdNew;
    return Crs::Unknown;
}

/// Reads every feature of `layer` into `sites` (in order of first appearance in `order`).
bool readLayer(OGRLayerH layer, SitesImport& out, QHash<QString, GatheredSite>& sites,
               QStringList& order, int& featureNo) {
    const Srs rd = srsOf(28992);
    const Srs wgs = srsOf(4326);
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    const Crs crs = crsOf(srs, rd.get(), wgs.get());
    if (crs == Crs::Unknown) {
        const QString name = srs != nullptr ? QString::fromUtf8(OSRGetName(srs)) : QString();
        addError(out, 0, QString(), name, QStringLiteral("crs"),
                 name.isEmpty()
                     ? Tr::tr("layer %1 has no coordinate reference system (a Shapefile needs its "
                              ".prj); ReSpan reads RD New (EPSG:28992) or WGS84 (EPSG:4326)")
                           .arg(QString::fromUtf8(OGR_L_GetName(layer)))
                     : Tr::tr("layer %1 is in %2; ReSpan reads RD New (EPSG:28992) or WGS84 "
                              "(EPSG:4326)")
                           .arg(QString::fromUtf8(OGR_L_GetName(layer)), name));
        return false;
    }
    OGRCoordinateTransformationH toRd = nullptr;
    if (crs == Crs::Wgs84) {
        Srs source(OSRClone(srs));
        OSRSetAxisMappingStrategy(source.get(), OAMS_TRADITIONAL_GIS_ORDER);
        toRd = OCTNewCoordinateTransformation(source.get(), rd.get());
        if (toRd == nullptr) {
            addError(out, 0, QString(), QString(), QStringLiteral("crs"),
                     Tr::tr("cannot project WGS84 to RD New: %1").arg(QuietGdal::lastMessage()));
            return false;
        }
    }
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        ++featureNo;
        const QString id = attribute(f, defn, "site");
        const QString role = attribute(f, defn, "role").toLower();
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        QString wkt;
        if (g != nullptr && toRd != nullptr && OGR_G_Transform(g, toRd) != OGRERR_NONE) {
            addError(out, featureNo, QStringLiteral("geometry"), QString(), QStringLiteral("crs"),
                     Tr::tr("the geometry cannot be projected to RD New"));
        } else if (g != nullptr) {
            OGR_G_FlattenTo2D(g);  // heights (GeoJSON with z) play no part in a yard's plan
            wkt = wktOf(g);
        }
        if (id.isEmpty()) {
            addError(out, featureNo, QStringLiteral("site"), QString(), QStringLiteral("required"),
                     Tr::tr("required: every feature names its site in the attribute \"site\""));
        } else if (!role.isEmpty() && role != QLatin1String("outline") &&
                   role != QLatin1String("blocked")) {
            addError(out, featureNo, QStringLiteral("role"), role, QStringLiteral("choice"),
                     Tr::tr("must be outline or blocked"));
        } else if (wkt.isEmpty()) {
            addError(out, featureNo, QStringLiteral("geometry"), QString(),
                     QStringLiteral("required"), Tr::tr("the feature has no geometry"));
        } else {
            if (!sites.contains(id)) order << id;
            GatheredSite& s = sites[id];
            if (role == QLatin1String("blocked")) {
                const qsizetype open = wkt.indexOf(QLatin1Char('('));
                s.blocked << (wkt.startsWith(QLatin1String("MULTIPOLYGON"))
                                  ? wkt.mid(open + 1).chopped(1)
                                  : wkt.mid(open));
            } else {
                s.outlineWkt = wkt;
                ++s.outlineFeatures;
                s.feature = featureNo;
                for (const char* a : kAttributes)
                    s.attributes.insert(QString::fromLatin1(a), attribute(f, defn, a));
                if (crs == Crs::RdNew || toRd != nullptr) {
                    OGREnvelope box;
                    OGR_G_GetEnvelope(g, &box);
                    s.attributes.insert(QStringLiteral("centre_x"),
                                        QString::number((box.MinX + box.MaxX) / 2.0, 'f', 3));
                    s.attributes.insert(QStringLiteral("centre_y"),
                                        QString::number((box.MinY + box.MaxY) / 2.0, 'f', 3));
                }
            }
        }
        OGR_F_Destroy(f);
    }
    if (toRd != nullptr) OCTDestroyCoordinateTransformation(toRd);
    return true;
}

/// The gathered sites as a sites CSV, so that one parser checks both kinds of file; a site
/// without a position gets its outline's centre (RD New).
QByteArray asCsv(const QStringList& order, const QHash<QString, GatheredSite>& sites) {
    CsvWriter w(CsvDialect::CommaPoint);
    for (const char* c :
         {"site", "name", "lat", "lon", "rd_x", "rd_y", "outline_wkt", "blocked_wkt", "clearance_m",
          "aisle_m", "max_layers", "cost_eur_per_m2_month", "open_from", "open_to"})
        w.text(QString::fromLatin1(c));
    w.endRow();
    for (const QString& id : order) {
        const GatheredSite& s = sites[id];
        const auto a = [&](const char* k) { return s.attributes.value(QString::fromLatin1(k)); };
        const bool positioned = !a("lat").isEmpty() || !a("lon").isEmpty() ||
                                !a("rd_x").isEmpty() || !a("rd_y").isEmpty();
        w.text(id);
        w.text(a("name"));
        w.text(a("lat"));
        w.text(a("lon"));
        w.text(positioned ? a("rd_x") : a("centre_x"));
        w.text(positioned ? a("rd_y") : a("centre_y"));
        w.text(s.outlineWkt);
        w.text(s.blocked.isEmpty() ? QString()
               : s.blocked.size() == 1
                   ? QStringLiteral("POLYGON") + s.blocked.front()
                   : QStringLiteral("MULTIPOLYGON(%1)").arg(s.blocked.join(QLatin1Char(','))));
        for (const char* k : {"clearance_m", "aisle_m", "max_layers", "cost_eur_per_m2_month",
                              "open_from", "open_to"})
            w.text(a(k));
        w.endRow();
    }
    return w.toUtf8();
}

}  // namespace

bool isGisFile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("geojson") || suffix == QLatin1String("json") ||
           suffix == QLatin1String("gpkg") || suffix == QLatin1String("shp");
}

SitesImport readSitesGis(const QString& path) {
    SitesImport out;
    const QuietGdal quiet;
    const QByteArray native = QFileInfo(path).absoluteFilePath().toUtf8();
    const char* const drivers[] = {"GeoJSON", "GPKG", "ESRI Shapefile", nullptr};
    GDALDatasetH ds = GDALOpenEx(native.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                                 nullptr, nullptr);
    if (ds == nullptr) {
        const QString why = QuietGdal::lastMessage();
        addError(out, 0, QString(), QString(), QStringLiteral("gis"),
                 Tr::tr("cannot read %1 as GeoJSON, GeoPackage or Shapefile%2")
                     .arg(path, why.isEmpty() ? QString() : QStringLiteral(": ") + why));
        return out;
    }
    QHash<QString, GatheredSite> sites;
    QStringList order;
    int featureNo = 0;
    for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i)
        readLayer(GDALDatasetGetLayer(ds, i), out, sites, order, featureNo);
    GDALClose(ds);
    for (const QString& id : order) {
        if (sites[id].outlineFeatures != 1) {
            addError(out, sites[id].feature, QStringLiteral("role"), id, QStringLiteral("outline"),
                     sites[id].outlineFeatures == 0
                         ? Tr::tr("site %1 has blocked areas but no outline feature").arg(id)
                         : Tr::tr("site %1 has %2 outline features; give it one")
                               .arg(id)
                               .arg(sites[id].outlineFeatures));
        }
    }
    if (!out.errors.empty()) return out;
    SitesImport parsed = parseSitesCsv(asCsv(order, sites));
    // The CSV's rows are the sites in order: name each problem by the site's outline feature.
    for (ImportMessage& m : parsed.errors) {
        const int k = m.row - 2;
        if (k >= 0 && k < order.size()) {
            m.message = Tr::tr("site %1 (feature %2): %3")
                            .arg(order.at(k))
                            .arg(sites[order.at(k)].feature)
                            .arg(m.message);
            m.row = sites[order.at(k)].feature;
        }
    }
    return parsed;
}

}  // namespace respan::io
