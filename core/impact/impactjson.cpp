#include "core/impact/impactjson.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace respan::impact {

namespace {

using Json = nlohmann::ordered_json;

std::string text(const QString& s) {
    return s.toStdString();
}

/// `v` to `decimals` places, computed as a division so that the JSON's shortest form of the
/// number is the rounded one (0.07, not 0.07000000000000001).
double rounded(double v, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

Json figures(Json j, double kg, double mki, double cost) {
    j["kg_co2e"] = rounded(kg, 3);
    j["mki_eur"] = rounded(mki, 2);
    j["cost_eur"] = rounded(cost, 2);
    return j;
}

Json scenarioJson(const ScenarioImpact& s) {
    Json stages = Json::array();
    for (const Stage& st : s.stages) {
        Json j;
        j["stage"] = text(st.stage);
        j["quantity"] = rounded(st.quantity, 6);
        j["unit"] = text(st.unit);
        j["factor"] = text(st.factor);
        j["cost_factor"] = text(st.costFactor);
        stages.push_back(figures(std::move(j), st.kgCo2e, st.mkiEur, st.costEur));
    }
    Json j;
    j["scenario"] = text(scenarioKey(s.scenario));
    j["stages"] = std::move(stages);
    return figures(std::move(j), s.kgCo2e, s.mkiEur, s.costEur);
}

}  // namespace

QByteArray impactToJson(const ImpactReport& r) {
    Json factors = Json::array();
    for (const ImpactFactor& f : r.factors) {
        Json j;
        j["key"] = text(f.key);
        j["value"] = f.value;
        j["unit"] = text(f.unit);
        j["source"] = text(f.source);
        j["year"] = f.year;
        j["illustrative"] = f.illustrative;
        factors.push_back(std::move(j));
    }
    Json girders = Json::array();
    for (const GirderImpact& g : r.girders) {
        Json j;
        j["element"] = text(g.elementId);
        if (g.assigned) {
            j["slot"] = Json{
                {"structure", text(g.structure)}, {"span", text(g.span)}, {"slot", text(g.slot)}};
        } else {
            j["slot"] = nullptr;
        }
        Json scenarios = Json::array();
        for (const ScenarioImpact& s : g.scenarios) scenarios.push_back(scenarioJson(s));
        j["scenarios"] = std::move(scenarios);
        if (g.breakEvenStorageMonths) {
            j["break_even_storage_months"] = rounded(*g.breakEvenStorageMonths, 3);
        } else {
            j["break_even_storage_months"] = nullptr;
        }
        girders.push_back(std::move(j));
    }
    Json totals = Json::array();
    for (const ImpactTotal& t : r.totals) {
        Json j;
        j["scenario"] = text(t.scenario);
        totals.push_back(figures(std::move(j), t.kgCo2e, t.mkiEur, t.costEur));
    }
    Json root;
    root["weighting_set"] = text(weightingSetKey(r.weightingSet));
    root["factors"] = std::move(factors);
    root["girders"] = std::move(girders);
    root["totals"] = std::move(totals);
    if (r.breakEvenStorageMonths) {
        root["break_even_storage_months"] = rounded(*r.breakEvenStorageMonths, 3);
    } else {
        root["break_even_storage_months"] = nullptr;
    }
    return QByteArray::fromStdString(root.dump(2) + '\n');
}

}  // namespace respan::impact
