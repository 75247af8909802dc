#include "core/model/projectsettings.h"

#include <QCoreApplication>

#include <cmath>

#include "core/model/impactfactor.h"

namespace respan {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ProjectSettings)
};

/// The settings of impact and cost (docs/impact.md; docs/contract/planning.md section 5).
void addImpactSettings(std::vector<SettingInfo>& v) {
    v.push_back({QStringLiteral("new_girder_transport_km"), SettingType::Real, 0.0, 2000.0, false,
                 QStringLiteral("km"),
                 QT_TRANSLATE_NOOP("respan::ProjectSettings",
                                   "Road distance from the plant to the site for a new "
                                   "girder (impact: the new and crush scenarios)"),
                 QT_TRANSLATE_NOOP("respan::ProjectSettings", "illustrative"),
                 QT_TRANSLATE_NOOP("respan::ProjectSettings", "Transport of a new girder"),
                 &ProjectSettings::newGirderTransportKm});
    v.push_back({QStringLiteral("weighting_set"), SettingType::Text, 0, 2, false, QString(),
                 QT_TRANSLATE_NOOP("respan::ProjectSettings",
                                   "MKI weighting set: A1 (11 CML categories) or A2 (EN "
                                   "15804+A2, required in tenders from 2025); A2 gives "
                                   "1.4-2.1 times the A1 MKI"),
                 QT_TRANSLATE_NOOP("respan::ProjectSettings",
                                   "SBK Bepalingsmethode; A2 required from 2025 "
                                   "(helpcenter.ecochain.com, we-boost.nl)"),
                 QT_TRANSLATE_NOOP("respan::ProjectSettings", "MKI weighting set")});
}

/// The factors of the load model (docs/load-model.md; docs/contract/planning.md section 2.1).
void addLoadSettings(std::vector<SettingInfo>& v) {
    const char* const alphaSource = QT_TRANSLATE_NOOP(
        "respan::ProjectSettings",
        "EN 1991-2 recommended value (1000-year return period); the Dutch national annex "
        "value was not found: illustrative until an engineer enters it");
    const char* const gammaSource = QT_TRANSLATE_NOOP(
        "respan::ProjectSettings",
        "illustrative; NEN-EN 1990 NB Table A2.4(B) not found (the Dutch buildings annex gives "
        "1.2 / 1.5 for CC2): enter the annex value");
    const char* const weightSource =
        QT_TRANSLATE_NOOP("respan::ProjectSettings",
                          "illustrative; a common design value, not checked against NEN-EN "
                          "1991-1-1+NB");
    struct Def {
        const char* name;
        double ProjectSettings::*member;
        const char* unit;
        const char* description;
        const char* source;
        const char* label;
    };
    const Def defs[] = {
        {"alpha_q1", &ProjectSettings::alphaQ1, "",
         QT_TRANSLATE_NOOP("respan::ProjectSettings",
                           "Adjustment factor of the tandem axle load in lane 1 (alpha_Q1)"),
         alphaSource, QT_TRANSLATE_NOOP("respan::ProjectSettings", "Tandem factor lane 1")},
        {"alpha_q2", &ProjectSettings::alphaQ2, "",
         QT_TRANSLATE_NOOP("respan::ProjectSettings",
                           "Adjustment factor of the tandem axle load in lane 2 (alpha_Q2)"),
         alphaSource, QT_TRANSLATE_NOOP("respan::ProjectSettings", "Tandem factor lane 2")},
        {"alpha_q3", &ProjectSettings::alphaQ3, "",
         QT_TRANSLATE_NOOP("respan::ProjectSettings",
                           "Adjustment factor of the tandem axle load in lane 3 (alpha_Q3)"),
         alphaSource, QT_TRANSLATE_NOOP("respan::ProjectSettings", "Tandem factor lane 3")},
        {"alpha_udl1", &ProjectSettings::alphaUdl1, "",
         QT_TRANSLATE_NOOP("respan::ProjectSettings",
                           "Adjustment factor of the distributed load in lane 1 (alpha_q1)"),
         alphaSource,
         QT_TRANSLATE_NOOP("respan::ProjectSettings", "Distributed load factor lane 1")},
        {"alpha_udl_other", &ProjectSettings::alphaUdlOther, "",
         QT_TRANSLATE_NOOP("respan::ProjectSettings",
                           "Adjustment factor of the distributed load in the other lanes and "
                           "the remaining area (alpha_qi, alpha_qr)"),
         alphaSource,
         QT_TRANSLATE_NOOP("respan::ProjectSettings", "Distributed load factor other lanes")},
        {"gamma_g", &ProjectSettings::gammaG, "",
         QT_TRANSLATE_NOOP("respan::ProjectSettings",
                           "Partial factor of permanent loads (deck, surfacing, own weight)"),
         gammaSource, QT_TRANSLATE_NOOP("respan::ProjectSettings", "Partial factor permanent")},
        {"gamma_q", &ProjectSettings::gammaQ, "",
         QT_TRANSLATE_NOOP("respan::ProjectSettings", "Partial factor of traffic loads"),
         gammaSource, QT_TRANSLATE_NOOP("respan::ProjectSettings", "Partial factor traffic")},
        {"concrete_unit_weight_kn_m3", &ProjectSettings::concreteUnitWeight, "kN/m³",
         QT_TRANSLATE_NOOP("respan::ProjectSettings",
                           "Unit weight of reinforced concrete (compression layer)"),
         weightSource, QT_TRANSLATE_NOOP("respan::ProjectSettings", "Unit weight of concrete")},
        {"surfacing_unit_weight_kn_m3", &ProjectSettings::surfacingUnitWeight, "kN/m³",
         QT_TRANSLATE_NOOP("respan::ProjectSettings", "Unit weight of the surfacing"), weightSource,
         QT_TRANSLATE_NOOP("respan::ProjectSettings", "Unit weight of surfacing")},
    };
    for (const Def& d : defs) {
        // Factors between 0 and 10; unit weights positive.
        const bool weight = d.unit[0] != '\0';
        v.push_back({QString::fromLatin1(d.name), SettingType::Real, 0.0, weight ? 100.0 : 10.0,
                     weight, QString::fromUtf8(d.unit), d.description, d.source, d.label,
                     d.member});
    }
}

}  // namespace

QString SettingInfo::description() const {
    return QCoreApplication::translate("respan::ProjectSettings", descriptionText);
}

QString SettingInfo::source() const {
    return sourceText == nullptr
               ? QString()
               : QCoreApplication::translate("respan::ProjectSettings", sourceText);
}

const std::vector<SettingInfo>& settingInfos() {
    // The texts are kept untranslated and translated when asked for, so that a report in the
    // other language than the window's (or the command line's) shows them in its own language.
    static const std::vector<SettingInfo> infos = [] {
        std::vector<SettingInfo> v;
        v.push_back({QStringLiteral("max_shortening_m"), SettingType::Real, 0.0, 50.0, false,
                     QStringLiteral("m"),
                     QT_TRANSLATE_NOOP(
                         "respan::ProjectSettings",
                         "Longest piece that may be cut off a girder to fit a span (rule R1)"),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings",
                                       "ReSpan default of the matching rules; a project choice"),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings", "Longest cut-off"),
                     &ProjectSettings::maxShorteningM});
        v.push_back({QStringLiteral("max_condition"), SettingType::Integer, 1, 6, false, QString(),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings",
                                       "Highest admissible NEN 2767 condition score (rule R3)"),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings",
                                       "ReSpan default of the matching rules; a project choice"),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings", "Worst admissible condition")});
        v.push_back(
            {QStringLiteral("require_verified"), SettingType::Boolean, 0, 1, false, QString(),
             QT_TRANSLATE_NOOP("respan::ProjectSettings",
                               "Admit only elements with verified resistances (rule R4)"),
             QT_TRANSLATE_NOOP("respan::ProjectSettings",
                               "ReSpan default of the matching rules; a project choice"),
             QT_TRANSLATE_NOOP("respan::ProjectSettings", "Verified resistances required")});
        v.push_back(
            {QStringLiteral("F_new"), SettingType::Real, 0.0, 10000.0, false,
             QStringLiteral("kg CO2e/t"),
             QT_TRANSLATE_NOOP("respan::ProjectSettings",
                               "Emissions of new precast structural concrete, per tonne"),
             QT_TRANSLATE_NOOP("respan::ProjectSettings",
                               "British Precast factsheet, structural precast, cradle to grave"),
             QT_TRANSLATE_NOOP("respan::ProjectSettings", "Emissions of new concrete"),
             &ProjectSettings::fNew});
        v.push_back({QStringLiteral("F_tkm"), SettingType::Real, 0.0, 100.0, false,
                     QStringLiteral("kg CO2e/tkm"),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings",
                                       "Emissions of road transport, per tonne-kilometre"),
                     QT_TRANSLATE_NOOP(
                         "respan::ProjectSettings",
                         "illustrative; replace by the STREAM Goederenvervoer 2020 factor for "
                         "the vehicle used"),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings", "Emissions of road transport"),
                     &ProjectSettings::fTkm});
        v.push_back({QStringLiteral("road_factor"), SettingType::Real, 1.0, 10.0, false, QString(),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings",
                                       "Road distance divided by geodesic distance"),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings", "illustrative"),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings", "Road distance factor"),
                     &ProjectSettings::roadFactor});
        addLoadSettings(v);
        const char* const timingSource = QT_TRANSLATE_NOOP(
            "respan::ProjectSettings", "ReSpan default (docs/contract/planning.md section 1)");
        v.push_back(
            {QStringLiteral("plan_start"), SettingType::Date, 0, 0, false, QString(),
             QT_TRANSLATE_NOOP("respan::ProjectSettings",
                               "First day of the plan: no step is scheduled earlier, and "
                               "girders without a harvest date are harvested then; empty: "
                               "today"),
             QT_TRANSLATE_NOOP("respan::ProjectSettings", "the day the project file was created"),
             QT_TRANSLATE_NOOP("respan::ProjectSettings", "Start of the plan")});
        v.push_back({QStringLiteral("delivery_lead_days"), SettingType::Integer, 0, 3650, false,
                     QStringLiteral("d"),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings",
                                       "Days between a girder leaving storage and its "
                                       "installation (rule R5)"),
                     timingSource,
                     QT_TRANSLATE_NOOP("respan::ProjectSettings", "Delivery lead time")});
        v.push_back(
            {QStringLiteral("plan_certification"), SettingType::Boolean, 0, 1, false, QString(),
             QT_TRANSLATE_NOOP("respan::ProjectSettings",
                               "The ready dates of the recertification schedule enter "
                               "rule R5 (a girder is placed only where it is certified "
                               "in time)"),
             timingSource, QT_TRANSLATE_NOOP("respan::ProjectSettings", "Plan recertification")});
        addImpactSettings(v);
        v.push_back({QStringLiteral("design_length_step_m"), SettingType::Real, 0.001, 1.0, false,
                     QStringLiteral("m"),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings",
                                       "Grid of the required lengths ReSpan may choose for a "
                                       "span within its bounds, and how far the spans may fall "
                                       "short of a structure's fixed total length"),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings",
                                       "ReSpan default (docs/contract/planning.md section 6)"),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings", "Design length step"),
                     &ProjectSettings::designLengthStepM});
        v.push_back({QStringLiteral("project_name"), SettingType::Text, 0, 200, false, QString(),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings", "Name of the project"), nullptr,
                     QT_TRANSLATE_NOOP("respan::ProjectSettings", "Project name")});
        v.push_back({QStringLiteral("author"), SettingType::Text, 0, 200, false, QString(),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings", "Author of the plan"), nullptr,
                     QT_TRANSLATE_NOOP("respan::ProjectSettings", "Author")});
        v.push_back({QStringLiteral("report_revision"), SettingType::Text, 0, 40, false, QString(),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings",
                                       "Revision of the report (its revision block)"),
                     nullptr, QT_TRANSLATE_NOOP("respan::ProjectSettings", "Report revision")});
        v.push_back({QStringLiteral("report_status"), SettingType::Text, 0, 40, false, QString(),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings",
                                       "Status of the report, e.g. concept or final"),
                     nullptr, QT_TRANSLATE_NOOP("respan::ProjectSettings", "Report status")});
        v.push_back(
            {QStringLiteral("checked_by"), SettingType::Text, 0, 200, false, QString(),
             QT_TRANSLATE_NOOP("respan::ProjectSettings", "Who checked the plan and the report"),
             nullptr, QT_TRANSLATE_NOOP("respan::ProjectSettings", "Checked by")});
        v.push_back({QStringLiteral("client"), SettingType::Text, 0, 200, false, QString(),
                     QT_TRANSLATE_NOOP("respan::ProjectSettings", "Client the report is made for"),
                     nullptr, QT_TRANSLATE_NOOP("respan::ProjectSettings", "Client")});
        return v;
    }();
    return infos;
}

QString SettingInfo::label() const {
    return QCoreApplication::translate("respan::ProjectSettings", labelText);
}

void recordSettingChanges(const ProjectSettings& before, ProjectSettings& after,
                          const QString& user, const QDateTime& time) {
    for (const SettingInfo& info : settingInfos()) {
        const QString was = settingValue(before, info.name);
        const QString now = settingValue(after, info.name);
        if (was != now) after.history.push_back({info.name, was, now, time.toUTC(), user});
    }
}

QString defaultSettingValue(const QString& name) {
    return settingValue(ProjectSettings{}, name);
}

const ProjectSettings::Change* lastChange(const ProjectSettings& settings, const QString& name) {
    for (auto it = settings.history.rbegin(); it != settings.history.rend(); ++it) {
        if (it->name == name) return &*it;
    }
    return nullptr;
}

SettingOrigin settingOrigin(const ProjectSettings& settings, const SettingInfo& info) {
    if (settingValue(settings, info.name) == defaultSettingValue(info.name)) return {};
    if (const ProjectSettings::Change* c = lastChange(settings, info.name))
        return {SettingOrigin::Kind::Set, c};
    return {SettingOrigin::Kind::SetUnknown, nullptr};
}

const SettingInfo* findSetting(const QString& name) {
    for (const SettingInfo& info : settingInfos()) {
        if (info.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &info;
        }
    }
    return nullptr;
}

QString settingValue(const ProjectSettings& s, const QString& name) {
    const SettingInfo* info = findSetting(name);
    if (info == nullptr) {
        return QString();
    }
    const QString& n = info->name;
    if (info->real != nullptr) return QString::number(s.*(info->real), 'g', 17);
    if (n == QLatin1String("max_condition")) return QString::number(s.maxCondition);
    if (n == QLatin1String("require_verified"))
        return s.requireVerified ? QStringLiteral("true") : QStringLiteral("false");
    if (n == QLatin1String("plan_start"))
        return s.planStart ? s.planStart->toString(Qt::ISODate) : QString();
    if (n == QLatin1String("delivery_lead_days")) return QString::number(s.deliveryLeadDays);
    if (n == QLatin1String("plan_certification"))
        return s.planCertification ? QStringLiteral("true") : QStringLiteral("false");
    if (n == QLatin1String("weighting_set")) return s.weightingSet;
    if (n == QLatin1String("project_name")) return s.projectName;
    if (n == QLatin1String("author")) return s.author;
    if (n == QLatin1String("report_revision")) return s.reportRevision;
    if (n == QLatin1String("report_status")) return s.reportStatus;
    if (n == QLatin1String("checked_by")) return s.checkedBy;
    if (n == QLatin1String("client")) return s.client;
    return QString();
}

std::optional<SettingError> applySetting(ProjectSettings& s, const QString& name,
                                         const QString& rawValue) {
    const SettingInfo* info = findSetting(name);
    if (info == nullptr) {
        QStringList names;
        for (const SettingInfo& i : settingInfos()) names << i.name;
        return SettingError{name, rawValue,
                            Tr::tr("unknown setting; known settings are: %1")
                                .arg(names.join(QStringLiteral(", ")))};
    }
    const QString value = rawValue.trimmed();
    const QString& n = info->name;
    auto rangeError = [&] {
        const QString low = QString::number(info->minimum);
        const QString high = QString::number(info->maximum);
        return SettingError{n, rawValue,
                            info->minimumExclusive
                                ? Tr::tr("must be greater than %1 and at most %2").arg(low, high)
                                : Tr::tr("must be between %1 and %2").arg(low, high)};
    };
    switch (info->type) {
        case SettingType::Real: {
            bool ok = false;
            const double v = value.toDouble(&ok);  // C locale: decimal point only
            if (!ok || !std::isfinite(v)) {
                return SettingError{n, rawValue, Tr::tr("not a number (use a decimal point)")};
            }
            if (v < info->minimum || v > info->maximum ||
                (info->minimumExclusive && v == info->minimum)) {
                return rangeError();
            }
            if (info->real != nullptr) s.*(info->real) = v;
            return std::nullopt;
        }
        case SettingType::Integer: {
            bool ok = false;
            const int v = value.toInt(&ok);
            if (!ok) {
                return SettingError{n, rawValue, Tr::tr("not a whole number")};
            }
            if (v < info->minimum || v > info->maximum) {
                return rangeError();
            }
            if (n == QLatin1String("max_condition")) s.maxCondition = v;
            if (n == QLatin1String("delivery_lead_days")) s.deliveryLeadDays = v;
            return std::nullopt;
        }
        case SettingType::Boolean: {
            const QString v = value.toLower();
            bool b = false;
            if (v == QLatin1String("true") || v == QLatin1String("1") ||
                v == QLatin1String("yes")) {
                b = true;
            } else if (v == QLatin1String("false") || v == QLatin1String("0") ||
                       v == QLatin1String("no")) {
                b = false;
            } else {
                return SettingError{n, rawValue, Tr::tr("must be true or false")};
            }
            if (n == QLatin1String("require_verified")) s.requireVerified = b;
            if (n == QLatin1String("plan_certification")) s.planCertification = b;
            return std::nullopt;
        }
        case SettingType::Date: {
            if (value.isEmpty()) {
                if (n == QLatin1String("plan_start")) s.planStart.reset();
                return std::nullopt;
            }
            const QDate d = QDate::fromString(value, Qt::ISODate);
            if (!d.isValid() || d.year() < 1900 || d.year() > 2200) {
                return SettingError{n, rawValue, Tr::tr("not a date (YYYY-MM-DD)")};
            }
            if (n == QLatin1String("plan_start")) s.planStart = d;
            return std::nullopt;
        }
        case SettingType::Text: {
            if (value.size() > info->maximum) {
                return SettingError{n, rawValue,
                                    Tr::tr("longer than %1 characters").arg(info->maximum)};
            }
            if (n == QLatin1String("weighting_set")) {
                const auto set = weightingSetFromKey(value);
                if (!set) return SettingError{n, rawValue, Tr::tr("must be A1 or A2")};
                s.weightingSet = weightingSetKey(*set);
            } else if (n == QLatin1String("project_name"))
                s.projectName = value;
            else if (n == QLatin1String("author"))
                s.author = value;
            else if (n == QLatin1String("report_revision"))
                s.reportRevision = value;
            else if (n == QLatin1String("report_status"))
                s.reportStatus = value;
            else if (n == QLatin1String("checked_by"))
                s.checkedBy = value;
            else if (n == QLatin1String("client"))
                s.client = value;
            return std::nullopt;
        }
    }
    return std::nullopt;
}

}  // namespace respan
