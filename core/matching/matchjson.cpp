#include "core/matching/matchjson.h"

#include "core/matching/design.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace respan::matching {

namespace {

using Json = nlohmann::ordered_json;

std::string text(const QString& s) {
    return s.toStdString();
}

Json number(double v) {
    if (!std::isfinite(v)) return nullptr;  // JSON has no infinity; never expected here
    return v;
}

}  // namespace

QByteArray matchResultToJson(const MatchResult& r) {
    Json root;
    root["objective"] = text(objectiveKey(r.objective));
    root["optimal"] = r.optimal;
    root["total_saving_kg_co2e"] = number(r.totalSavingKg);
    root["upper_bound_kg_co2e"] = number(r.upperBoundKg);
    if (pricedInEuro(r.objective)) {
        // docs/impact.md: the net saving in euro the objective maximises, and its proven bound.
        root["total_saving_eur"] = number(std::round(r.objectiveValue * 100.0) / 100.0);
        root["upper_bound_eur"] = number(std::round(r.objectiveBound * 100.0) / 100.0);
    }
    root["filled_slots"] = r.filledSlots;
    root["solve_seconds"] = number(r.solveSeconds);
    Json assignments = Json::array();
    for (const PlannedAssignment& a : r.assignments) {
        Json j;
        j["element"] = text(a.element);
        j["structure"] = text(a.where.structure);
        j["span"] = text(a.where.span);
        j["slot"] = text(a.where.slot);
        j["pinned"] = a.pinned;
        j["cut_m"] = number(a.cutM);
        j["utilisation"] = number(a.utilisation);
        j["distance_km"] = number(a.distanceKm);
        j["saving_kg_co2e"] = number(a.savingKg);
        if (pricedInEuro(r.objective))
            j["saving_eur"] = number(std::round(a.weight * 100.0) / 100.0);
        assignments.push_back(std::move(j));
    }
    root["assignments"] = std::move(assignments);
    Json unfilled = Json::array();
    for (const UnfilledSlot& u : r.unfilledSlots) {
        Json j;
        j["structure"] = text(u.where.structure);
        j["span"] = text(u.where.span);
        j["slot"] = text(u.where.slot);
        Json reasons = Json::array();
        for (const SlotReason& reason : u.reasons) {
            Json k;
            k["element"] = text(reason.element);
            k["rule"] = text(reason.key());
            k["detail"] = text(reason.detail);
            reasons.push_back(std::move(k));
        }
        j["reasons"] = std::move(reasons);
        unfilled.push_back(std::move(j));
    }
    root["unfilled_slots"] = std::move(unfilled);
    Json unused = Json::array();
    for (const UnusedElement& u : r.unusedElements) {
        Json j;
        j["element"] = text(u.element);
        j["reason"] = text(u.reason);
        unused.push_back(std::move(j));
    }
    root["unused_elements"] = std::move(unused);
    Json conflicts = Json::array();
    for (const PinConflict& c : r.conflicts) {
        Json j;
        j["element"] = text(c.element);
        j["slot"] = text(c.where.slot);
        j["rule"] = text(ruleKey(c.rule));
        j["detail"] = text(c.detail);
        conflicts.push_back(std::move(j));
    }
    root["conflicts"] = std::move(conflicts);
    return QByteArray::fromStdString(root.dump(2) + "\n");
}

QByteArray designResultToJson(const DesignResult& r) {
    Json root = Json::parse(matchResultToJson(r.match).toStdString());
    // docs/contract/planning.md section 6: the optimum at today's lengths, then the spans.
    root["objective_before"] = number(r.before.objectiveValue);
    Json spans = Json::array();
    for (const SpanLengthChoice& c : r.spans) {
        Json j;
        j["structure"] = text(c.structure);
        j["span"] = text(c.span);
        j["required_length_before_m"] = number(c.beforeM);
        j["required_length_m"] = number(c.afterM);
        j["min_m"] = number(c.minM);
        j["max_m"] = number(c.maxM);
        spans.push_back(std::move(j));
    }
    root["spans"] = std::move(spans);
    return QByteArray::fromStdString(root.dump(2) + "\n");
}

}  // namespace respan::matching
