// computeImpact (docs/impact.md).
#include "core/impact/impact.h"

#include <QHash>

#include <algorithm>
#include <stdexcept>

#include "core/certification/schedule.h"
#include "core/document/projectdocument.h"
#include "core/matching/geodesic.h"
#include "core/model/storagesite.h"
#include "core/yard/storageplan.h"

namespace respan::impact {

namespace {

/// A girder counts as cut when it is more than half a millimetre longer than its span needs.
constexpr double kCutToleranceM = 0.0005;

void add(ImpactTotal& t, const ScenarioImpact& s) {
    t.kgCo2e += s.kgCo2e;
    t.mkiEur += s.mkiEur;
    t.costEur += s.costEur;
}

}  // namespace

const ScenarioImpact* GirderImpact::scenario(Scenario s) const {
    for (const ScenarioImpact& x : scenarios) {
        if (x.scenario == s) return &x;
    }
    return nullptr;
}

const ImpactTotal& ImpactReport::total(const QString& scenario) const {
    for (const ImpactTotal& t : totals) {
        if (t.scenario == scenario) return t;
    }
    throw std::out_of_range("ImpactReport::total: no such scenario");
}

double harvestKm(const DonorStructure* donor, const StorageSite* site, double roadFactor) {
    if (site == nullptr || donor == nullptr || !donor->location) return 0.0;
    return roadFactor * matching::geodesicKm(*donor->location, site->location);
}

double toSiteKm(const Element& e, const StorageSite* site, const Structure& d, double roadFactor) {
    const GeoPoint from = site != nullptr ? site->location : e.location;
    return roadFactor * matching::geodesicKm(from, d.site);
}

ImpactTotal ImpactReport::saved() const {
    const ImpactTotal& reuse = total(QStringLiteral("reuse"));
    const ImpactTotal& crush = total(QStringLiteral("crush"));
    return {QStringLiteral("saved"), crush.kgCo2e - reuse.kgCo2e, crush.mkiEur - reuse.mkiEur,
            crush.costEur - reuse.costEur};
}

PairQuantities pairQuantities(const Element& e, const Span& p, double harvest, double toSite,
                              int storageDays) {
    PairQuantities q;
    const double l = e.length.value();
    q.builtInMassT = l > 0.0 ? e.mass.value() * p.requiredLength.value() / l : 0.0;
    q.harvestKm = harvest;
    q.toSiteKm = toSite;
    q.storageDays = storageDays;
    q.cut = l - p.requiredLength.value() > kCutToleranceM;
    return q;
}

int pairStorageDays(const Element& e, QDate planStart, QDate install, int leadDays) {
    if (e.storageSite.isEmpty()) return 0;
    const auto [from, to] = yard::stayInterval(e, planStart, install.addDays(-leadDays));
    return static_cast<int>(from.daysTo(to));
}

const DonorStructure* donorNamed(const std::vector<DonorStructure>& donors, const QString& name) {
    for (const DonorStructure& d : donors) {
        if (d.name == name) return &d;
    }
    return nullptr;
}

ImpactReport computeImpact(const ProjectDocument& doc) {
    const ProjectSettings& settings = doc.settings();
    ImpactReport r;
    r.weightingSet = weightingSetFromKey(settings.weightingSet).value_or(WeightingSet::A2);
    r.factors = doc.factors();
    const ImpactModel model(r.factors, r.weightingSet, settings.newGirderTransportKm, doc.sites(),
                            doc.protocol());
    QHash<Uid, int> stayDays;
    for (const yard::Stay& s : yard::deriveStays(doc)) stayDays.insert(s.element, s.days());

    ImpactTotal reuse{QStringLiteral("reuse")};
    ImpactTotal fresh{QStringLiteral("new")};
    ImpactTotal crush{QStringLiteral("crush")};
    ImpactTotal unused{QStringLiteral("unused")};
    double costMargin = 0.0;   // crush - reuse without storage, over the stored assigned girders
    double storageRate = 0.0;  // EUR per month of all of them
    double otherMargin = 0.0;  // the same for the girders that are not stored
    for (const Element& e : doc.elements()) {
        GirderImpact g;
        g.element = e.uid;
        g.elementId = e.id;
        const std::optional<Assignment> a = doc.assignmentForElement(e.uid);
        const SlotPosition pos = a ? doc.slotPosition(a->slotUid) : SlotPosition{};
        if (!pos.isValid()) {
            g.scenarios.push_back(model.crushUnused(e));
            add(unused, g.scenarios.back());
            r.girders.push_back(std::move(g));
            continue;
        }
        const Structure& d = doc.structure(pos.structure);
        const Span& p = d.spans.at(static_cast<std::size_t>(pos.span));
        g.assigned = true;
        g.structure = d.name;
        g.span = p.name;
        g.slot = p.slots.at(static_cast<std::size_t>(pos.slot)).name;
        const StorageSite* site = findSite(doc.sites(), e.storageSite);
        const PairQuantities q = pairQuantities(
            e, p, harvestKm(donorNamed(doc.donors(), e.donorStructure), site, settings.roadFactor),
            toSiteKm(e, site, d, settings.roadFactor),
            site != nullptr ? stayDays.value(e.uid, 0) : 0);
        g.scenarios = model.scenarios(e, q);
        add(reuse, g.scenarios[0]);
        add(fresh, g.scenarios[1]);
        add(crush, g.scenarios[2]);
        const double perMonth = site != nullptr ? model.storageEurPerMonth(e) : 0.0;
        PairQuantities unstored = q;
        unstored.storageDays = 0;
        const double margin = model.netSaving(e, unstored, Measure::Cost);
        if (perMonth > 0.0) {
            g.breakEvenStorageMonths = margin / perMonth;
            costMargin += margin;
            storageRate += perMonth;
        } else {
            otherMargin += margin;
        }
        r.girders.push_back(std::move(g));
    }
    r.totals = {reuse, fresh, crush, unused};
    if (storageRate > 0.0) r.breakEvenStorageMonths = (costMargin + otherMargin) / storageRate;
    return r;
}

}  // namespace respan::impact
