#include "model/projectsettings.h"

#include <QCoreApplication>

#include <cmath>

namespace respan {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ProjectSettings)
};

}  // namespace

const std::vector<SettingInfo>& settingInfos() {
    // Built on first use (not at static-init time) so that descriptions are translated with the
    // translator that is installed by then. The list itself never changes.
    static const std::vector<SettingInfo> infos = [] {
        std::vector<SettingInfo> v;
        v.push_back({QStringLiteral("max_shortening_m"), SettingType::Real, 0.0, 50.0, false,
                     QStringLiteral("m"),
                     Tr::tr("Longest piece that may be cut off a girder to fit a span (rule R1)"),
                     Tr::tr("ReSpan default (matching.md); a project choice")});
        v.push_back({QStringLiteral("max_condition"), SettingType::Integer, 1, 6, false, QString(),
                     Tr::tr("Highest admissible NEN 2767 condition score (rule R3)"),
                     Tr::tr("ReSpan default (matching.md); a project choice")});
        v.push_back({QStringLiteral("require_verified"), SettingType::Boolean, 0, 1, false,
                     QString(), Tr::tr("Admit only elements with verified resistances (rule R4)"),
                     Tr::tr("ReSpan default (matching.md); a project choice")});
        v.push_back({QStringLiteral("F_new"), SettingType::Real, 0.0, 10000.0, false,
                     QStringLiteral("kg CO2e/t"),
                     Tr::tr("Emissions of new precast structural concrete, per tonne"),
                     Tr::tr("British Precast factsheet, structural precast, cradle to grave")});
        v.push_back({QStringLiteral("F_tkm"), SettingType::Real, 0.0, 100.0, false,
                     QStringLiteral("kg CO2e/tkm"),
                     Tr::tr("Emissions of road transport, per tonne-kilometre"),
                     Tr::tr("illustrative; replace by the STREAM Goederenvervoer 2020 factor for "
                            "the vehicle used")});
        v.push_back({QStringLiteral("road_factor"), SettingType::Real, 1.0, 10.0, false, QString(),
                     Tr::tr("Road distance divided by geodesic distance"), Tr::tr("illustrative")});
        v.push_back({QStringLiteral("project_name"), SettingType::Text, 0, 200, false, QString(),
                     Tr::tr("Name of the project"), QString()});
        v.push_back({QStringLiteral("author"), SettingType::Text, 0, 200, false, QString(),
                     Tr::tr("Author of the plan"), QString()});
        return v;
    }();
    return infos;
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
    if (n == QLatin1String("max_shortening_m")) return QString::number(s.maxShorteningM, 'g', 17);
    if (n == QLatin1String("max_condition")) return QString::number(s.maxCondition);
    if (n == QLatin1String("require_verified"))
        return s.requireVerified ? QStringLiteral("true") : QStringLiteral("false");
    if (n == QLatin1String("F_new")) return QString::number(s.fNew, 'g', 17);
    if (n == QLatin1String("F_tkm")) return QString::number(s.fTkm, 'g', 17);
    if (n == QLatin1String("road_factor")) return QString::number(s.roadFactor, 'g', 17);
    if (n == QLatin1String("project_name")) return s.projectName;
    if (n == QLatin1String("author")) return s.author;
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
            if (n == QLatin1String("max_shortening_m"))
                s.maxShorteningM = v;
            else if (n == QLatin1String("F_new"))
                s.fNew = v;
            else if (n == QLatin1String("F_tkm"))
                s.fTkm = v;
            else if (n == QLatin1String("road_factor"))
                s.roadFactor = v;
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
            return std::nullopt;
        }
        case SettingType::Text: {
            if (value.size() > info->maximum) {
                return SettingError{n, rawValue,
                                    Tr::tr("longer than %1 characters").arg(info->maximum)};
            }
            if (n == QLatin1String("project_name"))
                s.projectName = value;
            else if (n == QLatin1String("author"))
                s.author = value;
            return std::nullopt;
        }
    }
    return std::nullopt;
}

}  // namespace respan
