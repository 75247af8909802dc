// Stays, occupancy and conflicts of interim storage (docs/contract/planning.md sections 3.2 and
// 3.3; docs/storage-layout.md, "Stays" and "Occupancy").
#include "core/yard/storageplan.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "core/certification/schedule.h"
#include "core/document/projectdocument.h"
#include "core/model/storagesite.h"

namespace respan::yard {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Storage)
};

/// A month is 30.4375 days (docs/contract/planning.md, introduction).
constexpr double kDaysPerMonth = 30.4375;

QDate latestInstallDate(const ProjectDocument& doc) {
    QDate latest;
    for (const Structure& s : doc.structures()) {
        for (const Span& p : s.spans) {
            if (p.installDate.isValid() && (!latest.isValid() || p.installDate > latest))
                latest = p.installDate;
        }
    }
    return latest;
}

QString stackKeyOf(const Element& e) {
    // Section (height and width) and length, to the millimetre: girders equal in all three may
    // lie on each other (section 3.3).
    return QStringLiteral("%1/%2/%3")
        .arg(std::llround(e.length.value() * 1000.0))
        .arg(std::llround(e.height.value()))
        .arg(std::llround(e.width.value()));
}

/// Daily girder count and plan area of one site over [first, last).
struct DailyUse {
    QDate first;
    std::vector<int> count;
    std::vector<double> area;
};

DailyUse dailyUse(const std::vector<const Stay*>& stays) {
    DailyUse use;
    QDate last;
    for (const Stay* s : stays) {
        if (s->days() <= 0) continue;
        if (!use.first.isValid() || s->from < use.first) use.first = s->from;
        if (!last.isValid() || s->to > last) last = s->to;
    }
    if (!use.first.isValid()) return use;
    const auto n = static_cast<std::size_t>(use.first.daysTo(last));
    std::vector<int> dc(n + 1, 0);
    std::vector<double> da(n + 1, 0.0);
    for (const Stay* s : stays) {
        if (s->days() <= 0) continue;
        const auto a = static_cast<std::size_t>(use.first.daysTo(s->from));
        const auto b = static_cast<std::size_t>(use.first.daysTo(s->to));
        dc[a] += 1;
        dc[b] -= 1;
        da[a] += s->areaM2();
        da[b] -= s->areaM2();
    }
    use.count.resize(n);
    use.area.resize(n);
    int c = 0;
    double ar = 0.0;
    for (std::size_t d = 0; d < n; ++d) {
        c += dc[d];
        ar += da[d];
        use.count[d] = c;
        // A running sum of areas keeps a rounding residue; a day with nobody is exactly 0.
        use.area[d] = c == 0 ? 0.0 : ar;
    }
    return use;
}

void fillOccupancy(SiteOccupancy& site, const DailyUse& use) {
    if (use.count.empty()) return;
    for (std::size_t d = 0; d < use.count.size(); ++d) {
        if (use.count[d] > site.peakCount) {
            site.peakCount = use.count[d];
            site.peakAreaM2 = use.area[d];
            site.peakDate = use.first.addDays(static_cast<qint64>(d));
        }
    }
    // ISO weeks, Monday first: from the Monday on or before the first day to the last day used.
    const QDate lastDay = use.first.addDays(static_cast<qint64>(use.count.size()) - 1);
    QDate monday = use.first.addDays(1 - use.first.dayOfWeek());
    for (; monday <= lastDay; monday = monday.addDays(7)) {
        WeekOccupancy w;
        w.weekStart = monday;
        for (int k = 0; k < 7; ++k) {
            const qint64 d = use.first.daysTo(monday.addDays(k));
            if (d < 0 || d >= static_cast<qint64>(use.count.size())) continue;
            const auto i = static_cast<std::size_t>(d);
            if (use.count[i] > w.count) {
                w.count = use.count[i];
                w.areaM2 = use.area[i];
            }
        }
        site.weeks.push_back(w);
    }
}

void addSiteConflicts(StoragePlan& plan, const std::vector<StorageSite>& sites) {
    // Grouped per site and date so that fifty girders of one harvest make one line, not fifty.
    std::map<std::pair<QString, QDate>, StorageConflict> unknown;
    std::map<std::pair<QString, QDate>, StorageConflict> closed;
    for (const Stay& s : plan.stays) {
        const StorageSite* site = findSite(sites, s.site);
        if (site == nullptr) {
            StorageConflict& c = unknown[{s.site, s.from}];
            c.site = s.site;
            c.date = s.from;
            c.rule = QStringLiteral("unknown_site");
            c.reason = Tr::tr("storage site %1 does not exist in the project").arg(s.site);
            c.elements << s.elementId;
            continue;
        }
        if (s.days() <= 0) continue;
        const QDate lastDay = s.to.addDays(-1);
        QDate outside;
        if (site->openFrom && s.from < *site->openFrom) {
            outside = s.from;
        } else if (site->openTo && lastDay > *site->openTo) {
            // open_to is the last day the site is open.
            outside = std::max(s.from, site->openTo->addDays(1));
        }
        if (!outside.isValid()) continue;
        StorageConflict& c = closed[{s.site, outside}];
        c.site = s.site;
        c.date = outside;
        c.rule = QStringLiteral("closed");
        c.reason =
            Tr::tr("the site is open from %1 to %2; the stay is %3 to %4")
                .arg(site->openFrom ? site->openFrom->toString(Qt::ISODate) : Tr::tr("(always)"),
                     site->openTo ? site->openTo->toString(Qt::ISODate) : Tr::tr("(always)"),
                     s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate));
        c.elements << s.elementId;
    }
    for (auto& [key, c] : unknown) plan.conflicts.push_back(std::move(c));
    for (auto& [key, c] : closed) plan.conflicts.push_back(std::move(c));
}

}  // namespace

double stayCost(double lengthM, double widthMm, double eurPerM2Month, int days) {
    const double euro = lengthM * widthMm / 1000.0 * eurPerM2Month * days / kDaysPerMonth;
    return std::round(euro * 100.0) / 100.0;
}

std::pair<QDate, QDate> stayInterval(const Element& e, QDate planStart, QDate leave) {
    if (e.manualStay) return {e.manualStay->from, std::max(e.manualStay->from, e.manualStay->to)};
    const QDate from = e.harvestDate.value_or(planStart);
    return {from, std::max(from, leave)};
}

std::vector<Stay> deriveStays(const ProjectDocument& doc) {
    std::vector<Stay> out;
    const QDate start = certification::planStart(doc.settings());
    const QDate latest = latestInstallDate(doc);
    const int lead = doc.settings().deliveryLeadDays;
    for (const Element& e : doc.elements()) {
        if (e.storageSite.isEmpty()) continue;
        Stay s;
        s.element = e.uid;
        s.elementId = e.id;
        s.site = e.storageSite;
        s.lengthM = e.length.value();
        s.widthM = e.width.value() / 1000.0;
        s.stackKey = stackKeyOf(e);
        s.place = e.yardPlace;
        QDate leave = latest.isValid() ? latest.addDays(-lead) : e.harvestDate.value_or(start);
        if (const std::optional<Assignment> a = doc.assignmentForElement(e.uid)) {
            const SlotPosition pos = doc.slotPosition(a->slotUid);
            if (pos.isValid()) {
                const Structure& st = doc.structure(pos.structure);
                const Span& sp = st.spans.at(static_cast<std::size_t>(pos.span));
                const Slot& sl = sp.slots.at(static_cast<std::size_t>(pos.slot));
                s.destination = Destination{st.name, sp.name, sl.name};
                leave = sp.installDate.addDays(-lead);
            }
        }
        std::tie(s.from, s.to) = stayInterval(e, start, leave);
        s.manual = e.manualStay.has_value();
        const StorageSite* site = findSite(doc.sites(), s.site);
        const double rate = site != nullptr ? site->costEurPerM2Month : 0.0;
        s.costEur = stayCost(s.lengthM, e.width.value(), rate, s.days());
        out.push_back(std::move(s));
    }
    return out;
}

StoragePlan planStorage(const ProjectDocument& doc) {
    StoragePlan plan;
    plan.stays = deriveStays(doc);
    QHash<QString, std::vector<const Stay*>> bySite;
    for (const Stay& s : plan.stays) bySite[s.site].push_back(&s);
    for (const StorageSite& site : doc.sites()) {
        SiteOccupancy o;
        o.site = site.id;
        if (const std::optional<SiteGeometry> g = siteGeometry(site)) {
            o.outlineAreaM2 = area(g->outline);
            o.usableAreaM2 = usableArea(*g);
        }
        const std::vector<const Stay*>& stays = bySite[site.id];
        for (const Stay* s : stays) o.costEur += s->costEur;
        o.costEur = std::round(o.costEur * 100.0) / 100.0;
        fillOccupancy(o, dailyUse(stays));
        plan.sites.push_back(std::move(o));
    }
    addSiteConflicts(plan, doc.sites());
    return plan;
}

std::optional<SiteGeometry> siteGeometry(const StorageSite& site) {
    SiteGeometry g;
    std::optional<Polygon> outline = parsePolygonWkt(site.outlineWkt, nullptr);
    if (!outline) return std::nullopt;
    g.outline = std::move(*outline);
    if (!site.blockedWkt.isEmpty()) {
        std::optional<std::vector<Polygon>> blocked = parsePolygonsWkt(site.blockedWkt, nullptr);
        if (!blocked) return std::nullopt;
        g.blocked = std::move(*blocked);
    }
    g.clearanceM = site.clearanceM;
    g.aisleM = site.aisleM;
    g.maxLayers = site.maxLayers;
    return g;
}

std::vector<YardGirder> girdersPresent(const StoragePlan& plan, const QString& site, QDate date) {
    std::vector<YardGirder> out;
    for (const Stay& s : plan.stays) {
        if (s.site == site && s.presentOn(date))
            out.push_back({s.element, s.lengthM, s.widthM, s.stackKey});
    }
    return out;
}

Layout layoutOn(const StoragePlan& plan, const StorageSite& site, QDate date) {
    std::optional<SiteGeometry> g = siteGeometry(site);
    if (!g) return {};
    std::vector<Footprint> fixed;
    std::vector<YardGirder> free;
    for (const Stay& s : plan.stays) {
        if (s.site != site.id || !s.presentOn(date)) continue;
        if (s.place) {
            fixed.push_back({s.element, s.place->x, s.place->y, s.place->angleDeg, s.lengthM,
                             s.widthM, s.place->layer});
        } else {
            free.push_back({s.element, s.lengthM, s.widthM, s.stackKey});
        }
    }
    if (fixed.empty()) return layoutYard(*g, free);
    for (const Footprint& f : fixed) {
        if (f.layer == 0) g->blocked.push_back(footprintPolygon(f));
    }
    Layout out = layoutYard(*g, free);
    out.placed.insert(out.placed.begin(), fixed.begin(), fixed.end());
    return out;
}

std::vector<LayoutProblem> layoutProblems(const StoragePlan& plan, const StorageSite& site,
                                          QDate date, const Layout& layout) {
    const std::optional<SiteGeometry> g = siteGeometry(site);
    if (!g) return {};
    return checkLayout(*g, girdersPresent(plan, site.id, date), layout.placed, layout.aisles);
}

void addLayoutConflicts(StoragePlan& plan, const std::vector<StorageSite>& sites) {
    QHash<Uid, const Stay*> stayOf;
    for (const Stay& s : plan.stays) stayOf.insert(s.element, &s);
    for (const StorageSite& site : sites) {
        const std::optional<SiteGeometry> g = siteGeometry(site);
        if (!g) continue;
        std::vector<QDate> arrivals;
        for (const Stay& s : plan.stays) {
            if (s.site == site.id && s.days() > 0) arrivals.push_back(s.from);
        }
        std::sort(arrivals.begin(), arrivals.end());
        arrivals.erase(std::unique(arrivals.begin(), arrivals.end()), arrivals.end());
        QHash<Uid, bool> fitsAlone;
        std::vector<Uid> previous;
        for (const QDate& day : arrivals) {
            const std::vector<YardGirder> present = girdersPresent(plan, site.id, day);
            const Layout layout = layoutOn(plan, site, day);
            if (layout.unplaced.empty() || layout.unplaced == previous) {
                previous = layout.unplaced;
                continue;
            }
            previous = layout.unplaced;
            StorageConflict tooLarge{site.id, day, {}, QStringLiteral("too_large"), {}};
            StorageConflict noRoom{site.id, day, {}, QStringLiteral("no_room"), {}};
            for (const Uid uid : layout.unplaced) {
                const Stay* s = stayOf.value(uid);
                if (!fitsAlone.contains(uid)) {
                    const YardGirder alone{uid, s->lengthM, s->widthM, s->stackKey};
                    fitsAlone.insert(uid, layoutYard(*g, {alone}).unplaced.empty());
                }
                (fitsAlone.value(uid) ? noRoom : tooLarge).elements << s->elementId;
            }
            if (!tooLarge.elements.isEmpty()) {
                tooLarge.reason =
                    Tr::tr(
                        "too large for site %1: does not fit even in the empty yard with "
                        "%2 m clearance")
                        .arg(site.id)
                        .arg(site.clearanceM);
                plan.conflicts.push_back(std::move(tooLarge));
            }
            if (!noRoom.elements.isEmpty()) {
                noRoom.reason = Tr::tr("no room at site %1: %2 of %n girder(s) placed", nullptr,
                                       static_cast<int>(present.size()))
                                    .arg(site.id)
                                    .arg(present.size() - layout.unplaced.size());
                plan.conflicts.push_back(std::move(noRoom));
            }
        }
    }
}

}  // namespace respan::yard
