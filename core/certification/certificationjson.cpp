#include "core/certification/certificationjson.h"

#include <nlohmann/json.hpp>

namespace respan::certification {

namespace {

using Json = nlohmann::ordered_json;

Json date(const std::optional<QDate>& d) {
    if (!d || !d->isValid()) return nullptr;
    return d->toString(Qt::ISODate).toStdString();
}

}  // namespace

QByteArray scheduleToJson(const Schedule& schedule, const std::vector<ProtocolStep>& protocol) {
    Json girders = Json::array();
    for (const GirderSchedule& g : schedule.girders) {
        Json steps = Json::array();
        for (const ScheduledStep& s : g.steps) {
            const ProtocolStep& p = protocol.at(static_cast<std::size_t>(s.step));
            Json j;
            j["step"] = p.id.toStdString();
            j["start"] = date(s.start);
            j["end"] = date(s.end);
            j["status"] = stepStatusKey(s.status).toStdString();
            j["resource"] = p.resource.toStdString();
            j["latest_start"] = date(s.latestStart);
            steps.push_back(std::move(j));
        }
        Json j;
        j["element"] = g.id.toStdString();
        j["ready_date"] = date(g.readyDate);
        j["deadline"] = date(g.deadline);
        j["late_days"] = g.lateDays;
        j["steps"] = std::move(steps);
        girders.push_back(std::move(j));
    }
    Json late = Json::array();
    for (const QString& id : schedule.late) late.push_back(id.toStdString());
    Json peaks = Json::array();
    for (const ResourceUse& r : schedule.resources) {
        Json j;
        j["resource"] = r.resource.toStdString();
        j["date"] = date(r.peakDate);
        j["in_use"] = r.peak;
        j["capacity"] = r.capacity;
        peaks.push_back(std::move(j));
    }
    Json root;
    root["girders"] = std::move(girders);
    root["late"] = std::move(late);
    root["resource_peaks"] = std::move(peaks);
    const std::string text = root.dump(2) + "\n";
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace respan::certification
