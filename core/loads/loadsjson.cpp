#include "core/loads/loadsjson.h"

#include <nlohmann/json.hpp>

#include <cmath>

#include "core/loads/loadclass.h"
#include "core/loads/loadmodel.h"

namespace respan::loads {

namespace {

using Json = nlohmann::ordered_json;

std::string text(const QString& s) {
    return s.toStdString();
}

Json number(double v) {
    if (!std::isfinite(v)) return nullptr;
    return v;
}

Json lanesJson(const std::optional<LaneLayout>& lanes) {
    Json out = Json::array();
    if (!lanes) return out;
    for (int j = 1; j <= lanes->count; ++j) {
        Json l;
        l["lane"] = j;
        l["width_m"] = number(lanes->laneWidthM);
        out.push_back(std::move(l));
    }
    return out;
}

const char* basisKey(bool estimated) {
    return estimated ? "estimated" : "entered";
}

Json spanJson(const Structure& st, const Span& span, const LoadFactors& f) {
    const SpanLoads loads = estimateSpan(st.deck, span, f);
    const std::vector<SlotDemand> demands = spanDemands(st.deck, span, f);
    Json j;
    j["span"] = text(span.name);
    j["span_length_m"] = number(loads.inputs.spanLengthM);
    j["g_deck_kn_m"] = number(loads.gDeckKnM);
    j["carriageway_width_m"] = number(loads.inputs.carriagewayWidthM);
    j["lanes"] = lanesJson(loads.lanes);
    j["remaining_width_m"] = number(loads.lanes ? loads.lanes->remainingWidthM : 0.0);
    Json slots = Json::array();
    for (std::size_t k = 0; k < span.slots.size(); ++k) {
        const SlotDemand& d = demands[k];
        const SlotLoads& sl = loads.slots[k];
        Json s;
        s["slot"] = text(span.slots[k].name);
        s["offset_m"] = number(sl.offsetM);
        s["basis"] = basisKey(d.momentEstimated || d.shearEstimated);
        s["moment_basis"] = basisKey(d.momentEstimated);
        s["shear_basis"] = basisKey(d.shearEstimated);
        s["moment_demand_knm"] = number(d.momentKnm);
        s["shear_demand_kn"] = number(d.shearKn);
        Json parts;
        parts["permanent_moment_knm"] = number(sl.permanentMomentKnm);
        parts["tandem_moment_knm"] = number(sl.tandemMomentKnm);
        parts["udl_moment_knm"] = number(sl.udlMomentKnm);
        parts["permanent_shear_kn"] = number(sl.permanentShearKn);
        parts["tandem_shear_kn"] = number(sl.tandemShearKn);
        parts["udl_shear_kn"] = number(sl.udlShearKn);
        s["estimate"] = std::move(parts);
        Json shares = Json::array();
        for (const LoadShare& share : sl.shares) {
            Json x;
            x["load"] = text(share.key());
            x["eccentricity_m"] = number(share.eccentricityM);
            x["eta"] = number(share.eta);
            shares.push_back(std::move(x));
        }
        s["shares"] = std::move(shares);
        slots.push_back(std::move(s));
    }
    j["slots"] = std::move(slots);
    return j;
}

}  // namespace

QByteArray loadsToJson(const std::vector<Structure>& structures,
                       const std::vector<Element>& elements, const ProjectSettings& settings) {
    const LoadFactors f = LoadFactors::from(settings);
    Json root;
    Json list = Json::array();
    for (const Structure& st : structures) {
        Json s;
        s["structure"] = text(st.name);
        s["load_model"] = text(loadModelKey(st.deck.loadModel));
        s["consequence_class"] = text(consequenceClassKey(st.deck.consequenceClass));
        // The structure's lanes: those of its entered carriageway, else of its first span.
        std::optional<LaneLayout> lanes;
        if (!st.spans.empty()) {
            lanes = laneLayout(spanInputs(st.deck, st.spans.front()).carriagewayWidthM);
        } else if (st.deck.carriagewayWidth) {
            lanes = laneLayout(st.deck.carriagewayWidth->value());
        }
        s["lanes"] = lanesJson(lanes);
        s["remaining_width_m"] = number(lanes ? lanes->remainingWidthM : 0.0);
        Json spans = Json::array();
        for (const Span& span : st.spans) spans.push_back(spanJson(st, span, f));
        s["spans"] = std::move(spans);
        list.push_back(std::move(s));
    }
    root["structures"] = std::move(list);
    Json els = Json::array();
    for (const Element& e : elements) {
        const ElementResistance r = elementResistance(e, f);
        Json j;
        j["element"] = text(e.id);
        switch (r.source) {
            case ResistanceSource::Entered:
                j["basis"] = text(capacityBasisKey(e.capacityBasis));
                break;
            case ResistanceSource::FromClass:
                j["basis"] = "estimated";
                break;
            case ResistanceSource::Unknown:
                j["basis"] = "unknown";
                break;
        }
        j["moment_capacity_knm"] = r.known() ? number(r.momentKnm) : Json(nullptr);
        j["shear_capacity_kn"] = r.known() ? number(r.shearKn) : Json(nullptr);
        j["method"] = text(resistanceMethod(e, f));
        els.push_back(std::move(j));
    }
    root["elements"] = std::move(els);
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

}  // namespace respan::loads
