// The sites CSV (docs/contract/planning.md section 3.1; docs/storage-layout.md, "Sites").
#include "core/io/sitescsv.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

#include "core/io/csvrowparser.h"
#include "core/io/csvtable.h"
#include "core/io/csvwriter.h"
#include "core/io/positioncsv.h"
#include "core/yard/yardgeometry.h"

namespace respan::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::CsvImport)
};

enum SiteColumn {
    SId,
    SName,
    SLat,
    SLon,
    SRdX,
    SRdY,
    SOutline,
    SBlocked,
    SClearance,
    SAisle,
    SLayers,
    SCost,
    SOpenFrom,
    SOpenTo,
    kSiteColumns
};

// The contract's columns in its order; rd_x and rd_y are the alternative to lat and lon
// (issue 14), so neither pair is required on its own.
constexpr std::array<CsvColumnSpec, kSiteColumns> kSiteSpec{{
    {"site", true},
    {"name", false},
    {"lat", false},
    {"lon", false},
    {"rd_x", false},
    {"rd_y", false},
    {"outline_wkt", true},
    {"blocked_wkt", false},
    {"clearance_m", false},
    {"aisle_m", false},
    {"max_layers", false},
    {"cost_eur_per_m2_month", false},
    {"open_from", false},
    {"open_to", false},
}};

int columnOfField(const QString& field) {
    for (int c = 0; c < kSiteColumns; ++c) {
        if (field == QLatin1String(kSiteSpec[static_cast<std::size_t>(c)].name)) return c;
    }
    return SId;
}

void readGeometry(CsvRowParser& p, StorageSite& s) {
    QString error;
    const QString outline = p.text(SOutline).trimmed();
    if (outline.isEmpty()) {
        p.fail(SOutline, QStringLiteral("required"),
               Tr::tr("required: the field must not be empty"));
    } else if (const std::optional<yard::Polygon> poly = yard::parsePolygonWkt(outline, &error)) {
        s.outlineWkt = yard::toWkt(*poly);
    } else {
        p.fail(SOutline, QStringLiteral("wkt"), error);
    }
    const QString blocked = p.text(SBlocked).trimmed();
    if (blocked.isEmpty()) return;
    if (const auto polys = yard::parsePolygonsWkt(blocked, &error)) {
        QStringList parts;
        for (const yard::Polygon& b : *polys) parts << yard::toWkt(b).mid(7);  // "((...))"
        s.blockedWkt = polys->size() == 1
                           ? yard::toWkt(polys->front())
                           : QStringLiteral("MULTIPOLYGON(%1)").arg(parts.join(QLatin1Char(',')));
    } else {
        p.fail(SBlocked, QStringLiteral("wkt"), error);
    }
}

void readSettings(CsvRowParser& p, StorageSite& s) {
    if (const auto v = p.number(SClearance, false)) s.clearanceM = *v;
    if (const auto v = p.number(SAisle, false)) s.aisleM = *v;
    if (const auto v = p.wholeNumber(SLayers, false)) s.maxLayers = *v;
    if (const auto v = p.number(SCost, false)) s.costEurPerM2Month = *v;
    s.openFrom = p.date(SOpenFrom, false);
    s.openTo = p.date(SOpenTo, false);
}

}  // namespace

SitesImport parseSitesCsv(const QByteArray& bytes) {
    SitesImport out;
    CsvTable table(bytes, kSiteSpec, out.errors, out.warnings);
    if (!table.canRead()) return out;
    CsvRowParser p(table);
    QHash<QString, int> rowOfId;
    while (table.nextRow()) {
        p.startRow();
        StorageSite s;
        s.id = p.text(SId).trimmed();
        s.name = p.text(SName).trimmed();
        if (const auto at = readPosition(table, p, {SLat, SLon, SRdX, SRdY})) s.location = *at;
        readGeometry(p, s);
        readSettings(p, s);
        for (const SiteProblem& pr : checkSiteValues(s)) {
            const int column = columnOfField(pr.field);
            if (p.failed(column)) continue;
            p.fail(column,
                   pr.field == QLatin1String("site") ? QStringLiteral("required")
                                                     : QStringLiteral("range"),
                   pr.message);
        }
        if (!s.id.isEmpty()) {
            if (const auto it = rowOfId.constFind(s.id); it != rowOfId.cend()) {
                p.fail(SId, QStringLiteral("unique"),
                       Tr::tr("site %1 is also on row %2").arg(s.id).arg(*it));
            } else {
                rowOfId.insert(s.id, table.row());
            }
        }
        out.sites.push_back(std::move(s));
    }
    if (out.errors.empty() && out.sites.empty()) {
        out.errors.push_back(
            {0, QString(), QString(), QStringLiteral("empty"), Tr::tr("the file has no sites")});
    }
    if (!out.errors.empty()) out.sites.clear();
    return out;
}

QByteArray writeSitesCsv(const std::vector<StorageSite>& sites, CsvDialect dialect) {
    CsvWriter w(dialect);
    for (const CsvColumnSpec& c : kSiteSpec) w.text(QString::fromLatin1(c.name));
    w.endRow();
    for (const StorageSite& s : sites) {
        w.text(s.id);
        w.text(s.name);
        w.number(s.location.latitude);
        w.number(s.location.longitude);
        w.empty();
        w.empty();
        w.text(s.outlineWkt);
        w.text(s.blockedWkt);
        w.number(s.clearanceM);
        w.number(s.aisleM);
        w.integer(s.maxLayers);
        w.number(s.costEurPerM2Month);
        if (s.openFrom) {
            w.text(s.openFrom->toString(Qt::ISODate));
        } else {
            w.empty();
        }
        if (s.openTo) {
            w.text(s.openTo->toString(Qt::ISODate));
        } else {
            w.empty();
        }
        w.endRow();
    }
    return w.toUtf8();
}

std::vector<StorageSite> mergeSites(const std::vector<StorageSite>& project,
                                    const std::vector<StorageSite>& imported) {
    std::vector<StorageSite> out = project;
    for (const StorageSite& s : imported) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const StorageSite& o) { return o.id == s.id; });
        if (it != out.end()) {
            *it = s;
        } else {
            out.push_back(s);
        }
    }
    return out;
}

}  // namespace respan::io
