#include "core/yard/storagejson.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "core/document/projectdocument.h"

namespace respan::yard {

namespace {

using Json = nlohmann::ordered_json;

Json date(const QDate& d) {
    if (!d.isValid()) return nullptr;
    return d.toString(Qt::ISODate).toStdString();
}

std::string text(const QString& s) {
    return s.toStdString();
}

/// Metres and square metres to the millimetre (and mm2) so that files compare across machines.
double rounded(double v, double unit) {
    return std::round(v / unit) * unit;
}

Json layoutJson(const ProjectDocument& doc, const SiteLayout& l) {
    Json placed = Json::array();
    for (const Footprint& f : l.layout.placed) {
        const Element* e = doc.elementByUid(f.element);
        Json j;
        j["element"] = e != nullptr ? text(e->id) : std::string();
        j["x"] = rounded(f.x, 1e-3);
        j["y"] = rounded(f.y, 1e-3);
        j["angle_deg"] = rounded(f.angleDeg, 1e-3);
        j["length_m"] = f.lengthM;
        j["width_m"] = f.widthM;
        j["layer"] = f.layer;
        placed.push_back(std::move(j));
    }
    Json unplaced = Json::array();
    for (const Uid uid : l.layout.unplaced) {
        const Element* e = doc.elementByUid(uid);
        unplaced.push_back(e != nullptr ? text(e->id) : std::string());
    }
    Json j;
    j["date"] = date(l.date);
    j["placed"] = std::move(placed);
    j["unplaced"] = std::move(unplaced);
    return j;
}

Json sitesJson(const ProjectDocument& doc, const StoragePlan& plan,
               const std::vector<SiteLayout>& layouts) {
    Json sites = Json::array();
    for (std::size_t i = 0; i < plan.sites.size(); ++i) {
        const SiteOccupancy& o = plan.sites[i];
        Json weeks = Json::array();
        for (const WeekOccupancy& w : o.weeks) {
            Json j;
            j["week_start"] = date(w.weekStart);
            j["count"] = w.count;
            j["area_m2"] = rounded(w.areaM2, 1e-6);
            weeks.push_back(std::move(j));
        }
        Json j;
        j["site"] = text(o.site);
        j["outline_area_m2"] = rounded(o.outlineAreaM2, 1e-6);
        j["usable_area_m2"] = rounded(o.usableAreaM2, 1e-6);
        j["peak_date"] = date(o.peakDate);
        j["peak_count"] = o.peakCount;
        j["cost_eur"] = o.costEur;
        j["weeks"] = std::move(weeks);
        j["layout"] = i < layouts.size() ? layoutJson(doc, layouts[i]) : Json(nullptr);
        sites.push_back(std::move(j));
    }
    return sites;
}

Json staysJson(const StoragePlan& plan) {
    Json stays = Json::array();
    for (const Stay& s : plan.stays) {
        Json j;
        j["element"] = text(s.elementId);
        j["site"] = text(s.site);
        j["from"] = date(s.from);
        j["to"] = date(s.to);
        j["days"] = s.days();
        j["manual"] = s.manual;
        if (s.destination) {
            Json d;
            d["structure"] = text(s.destination->structure);
            d["span"] = text(s.destination->span);
            d["slot"] = text(s.destination->slot);
            j["destination"] = std::move(d);
        } else {
            j["destination"] = nullptr;
        }
        j["cost_eur"] = s.costEur;
        stays.push_back(std::move(j));
    }
    return stays;
}

}  // namespace

std::vector<SiteLayout> siteLayouts(const ProjectDocument& doc, const StoragePlan& plan, QDate at) {
    std::vector<SiteLayout> out;
    for (std::size_t i = 0; i < doc.sites().size(); ++i) {
        const StorageSite& site = doc.sites()[i];
        SiteLayout l;
        l.date = at.isValid() ? at : plan.sites.at(i).peakDate;
        if (l.date.isValid()) l.layout = layoutOn(plan, site, l.date);
        out.push_back(std::move(l));
    }
    return out;
}

QByteArray storageToJson(const ProjectDocument& doc, const StoragePlan& plan,
                         const std::vector<SiteLayout>& layouts) {
    Json conflicts = Json::array();
    for (const StorageConflict& c : plan.conflicts) {
        Json elements = Json::array();
        for (const QString& id : c.elements) elements.push_back(text(id));
        Json j;
        j["site"] = text(c.site);
        j["date"] = date(c.date);
        j["elements"] = std::move(elements);
        j["reason"] = text(c.reason);
        conflicts.push_back(std::move(j));
    }
    Json root;
    root["sites"] = sitesJson(doc, plan, layouts);
    root["stays"] = staysJson(plan);
    root["conflicts"] = std::move(conflicts);
    const std::string out = root.dump(2) + "\n";
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

}  // namespace respan::yard
