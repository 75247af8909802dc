// The three scenarios of a girder (docs/impact.md, "Scenarios and stages").
#include "core/impact/impactmodel.h"

#include <QCoreApplication>

#include "core/model/certification.h"
#include "core/model/element.h"
#include "core/model/storagesite.h"

namespace respan::impact {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Impact)
};

constexpr double kDaysPerMonth = 30.4375;  // docs/contract/planning.md: a month

}  // namespace

QString scenarioKey(Scenario s) {
    switch (s) {
        case Scenario::Reuse:
            return QStringLiteral("reuse");
        case Scenario::New:
            return QStringLiteral("new");
        case Scenario::Crush:
            return QStringLiteral("crush");
    }
    return {};
}

QString scenarioName(Scenario s) {
    switch (s) {
        case Scenario::Reuse:
            return Tr::tr("Reuse");
        case Scenario::New:
            return Tr::tr("New girder");
        case Scenario::Crush:
            return Tr::tr("Crush and build new");
    }
    return {};
}

QString stageName(const QString& stage) {
    if (stage == QLatin1String("harvest_transport")) return Tr::tr("Harvest transport");
    if (stage == QLatin1String("transport_to_site")) return Tr::tr("Transport to site");
    if (stage == QLatin1String("storage")) return Tr::tr("Storage");
    if (stage == QLatin1String("certification")) return Tr::tr("Certification");
    if (stage == QLatin1String("modification")) return Tr::tr("Modification");
    if (stage == QLatin1String("production")) return Tr::tr("New production");
    if (stage == QLatin1String("transport")) return Tr::tr("New transport");
    if (stage == QLatin1String("crushing")) return Tr::tr("Crushing");
    return stage;
}

double storageM2Months(double lengthM, double widthMm, int days) {
    return lengthM * widthMm / 1000.0 * days / kDaysPerMonth;
}

ImpactModel::ImpactModel(const std::vector<ImpactFactor>& factors, WeightingSet set,
                         double newGirderTransportKm, const std::vector<StorageSite>& sites,
                         const std::vector<ProtocolStep>& protocol)
    : factors_(factors),
      set_(set),
      climate_(factorValue(factors, climateFactorKey(set))),
      newKm_(newGirderTransportKm),
      sites_(sites),
      protocol_(protocol),
      fNew_(factor(factor::kNew)),
      fTkm_(factor(factor::kTkm)),
      fCrush_(factor(factor::kCrush)),
      fCut_(factor(factor::kCut)),
      eurNew_(factor(factor::kEurNew)),
      eurTkm_(factor(factor::kEurTkm)),
      eurCrush_(factor(factor::kEurCrush)),
      eurCut_(factor(factor::kEurCut)) {}

double ImpactModel::factor(const char* key) const {
    return factorValue(factors_, QString::fromLatin1(key));
}

Stage ImpactModel::stage(const char* key, double quantity, const char* unit, const char* factorKey,
                         const QString& costFactor, double costRate) const {
    Stage s;
    s.stage = QString::fromLatin1(key);
    s.quantity = quantity;
    s.unit = QString::fromLatin1(unit);
    if (factorKey != nullptr) {
        s.factor = QString::fromLatin1(factorKey);
        s.kgCo2e = quantity * factor(factorKey);
    }
    s.mkiEur = s.kgCo2e * climate_;
    s.costFactor = costFactor;
    s.costEur = quantity * costRate;
    return s;
}

double ImpactModel::storageEurPerMonth(const Element& e) const {
    const StorageSite* site = findSite(sites_, e.storageSite);
    if (site == nullptr) return 0.0;
    return e.length.value() * e.width.value() / 1000.0 * site->costEurPerM2Month;
}

std::vector<const ProtocolStep*> ImpactModel::openSteps(const Element& e) const {
    std::vector<const ProtocolStep*> out;
    if (e.status == ElementStatus::Certified) return out;
    for (const ProtocolStep& step : protocol_) {
        if (!step.costEur) continue;
        const StepRecord* r = e.stepRecord(step.id);
        if (r != nullptr && r->done()) continue;
        out.push_back(&step);
    }
    return out;
}

double ImpactModel::certificationEur(const Element& e) const {
    double sum = 0.0;
    for (const ProtocolStep* step : openSteps(e)) sum += *step->costEur;
    return sum;
}

std::vector<ScenarioImpact> ImpactModel::scenarios(const Element& e,
                                                   const PairQuantities& q) const {
    const double m = e.mass.value();
    const QString tkmCost = QString::fromLatin1(factor::kEurTkm);
    const double tkmRate = factor(factor::kEurTkm);

    ScenarioImpact reuse;
    reuse.scenario = Scenario::Reuse;
    reuse.stages.push_back(
        stage("harvest_transport", m * q.harvestKm, "t*km", factor::kTkm, tkmCost, tkmRate));
    reuse.stages.push_back(
        stage("transport_to_site", m * q.toSiteKm, "t*km", factor::kTkm, tkmCost, tkmRate));
    if (const StorageSite* site = findSite(sites_, e.storageSite)) {
        reuse.stages.push_back(stage(
            "storage", storageM2Months(e.length.value(), e.width.value(), q.storageDays),
            "m2*month", nullptr, QStringLiteral("site:") + site->id, site->costEurPerM2Month));
    }
    for (const ProtocolStep* step : openSteps(e)) {
        reuse.stages.push_back(stage("certification", 1.0, "girder", nullptr,
                                     QStringLiteral("step:") + step->id, *step->costEur));
    }
    if (q.cut) {
        reuse.stages.push_back(stage("modification", 1.0, "cut", factor::kCut,
                                     QString::fromLatin1(factor::kEurCut),
                                     factor(factor::kEurCut)));
    }

    ScenarioImpact fresh;
    fresh.scenario = Scenario::New;
    fresh.stages.push_back(stage("production", q.builtInMassT, "t", factor::kNew,
                                 QString::fromLatin1(factor::kEurNew), factor(factor::kEurNew)));
    fresh.stages.push_back(
        stage("transport", q.builtInMassT * newKm_, "t*km", factor::kTkm, tkmCost, tkmRate));

    ScenarioImpact crush = crushUnused(e);
    crush.stages.insert(crush.stages.end(), fresh.stages.begin(), fresh.stages.end());

    std::vector<ScenarioImpact> out{std::move(reuse), std::move(fresh), std::move(crush)};
    for (ScenarioImpact& s : out) {
        s.kgCo2e = s.mkiEur = s.costEur = 0.0;
        for (const Stage& st : s.stages) {
            s.kgCo2e += st.kgCo2e;
            s.mkiEur += st.mkiEur;
            s.costEur += st.costEur;
        }
    }
    return out;
}

ScenarioImpact ImpactModel::crushUnused(const Element& e) const {
    ScenarioImpact crush;
    crush.scenario = Scenario::Crush;
    crush.stages.push_back(stage("crushing", e.mass.value(), "t", factor::kCrush,
                                 QString::fromLatin1(factor::kEurCrush),
                                 factor(factor::kEurCrush)));
    crush.kgCo2e = crush.stages.front().kgCo2e;
    crush.mkiEur = crush.stages.front().mkiEur;
    crush.costEur = crush.stages.front().costEur;
    return crush;
}

double ImpactModel::netSaving(const Element& e, const PairQuantities& q, Measure measure) const {
    const double m = e.mass.value();
    const double tkm = m * (q.harvestKm + q.toSiteKm);
    const double newTkm = q.builtInMassT * newKm_;
    const double cuts = q.cut ? 1.0 : 0.0;
    if (measure == Measure::Cost) {
        const double crush = m * eurCrush_ + q.builtInMassT * eurNew_ + newTkm * eurTkm_;
        const double reuse = tkm * eurTkm_ + storageEurPerMonth(e) * q.storageDays / kDaysPerMonth +
                             certificationEur(e) + cuts * eurCut_;
        return crush - reuse;
    }
    const double crushKg = m * fCrush_ + q.builtInMassT * fNew_ + newTkm * fTkm_;
    const double reuseKg = tkm * fTkm_ + cuts * fCut_;
    const double kg = crushKg - reuseKg;
    return measure == Measure::Mki ? kg * climate_ : kg;
}

}  // namespace respan::impact
