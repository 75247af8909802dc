#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace respan {

/// The project settings of docs/contract/matching.md sections 2-3, under exactly the names used
/// there
/// (`respan-cli set FILE max_shortening_m=2.5`), plus descriptive project metadata.
struct ProjectSettings {
    double maxShorteningM = 3.0;   ///< R1: a girder may be shortened by at most this, m
    int maxCondition = 3;          ///< R3: highest admissible NEN 2767 condition score
    bool requireVerified = false;  ///< R4: only `verified` capacity basis admissible
    double fNew = 173.8;           ///< kg CO2e per tonne of new precast structural concrete
    double fTkm = 0.1;             ///< kg CO2e per tonne-km of road transport (illustrative)
    double roadFactor = 1.3;       ///< road distance over geodesic distance (illustrative)
    // Estimated demand and resistance (docs/load-model.md; docs/contract/planning.md 2.1).
    double alphaQ1 = 1.0;
    double alphaQ2 = 1.0;
    double alphaQ3 = 1.0;
    double alphaUdl1 = 1.0;
    double alphaUdlOther = 1.0;
    double gammaG = 1.2;
    double gammaQ = 1.5;
    double concreteUnitWeight = 25.0;   ///< kN/m3
    double surfacingUnitWeight = 23.0;  ///< kN/m3
    // Planning in time (docs/contract/planning.md section 1; docs/recertification.md).
    std::optional<QDate> planStart;  ///< set when the project is created; empty: today
    int deliveryLeadDays = 0;        ///< days between leaving storage and installation
    bool planCertification = true;   ///< ready dates of the schedule enter R5
    // Impact and cost (docs/impact.md; docs/contract/planning.md section 5).
    double newGirderTransportKm = 100.0;          ///< plant -> site of a new girder (illustrative)
    QString weightingSet = QStringLiteral("A2");  ///< MKI weighting set, "A1" or "A2"
    // Designing around the stock (docs/design-around-stock.md; planning.md section 6).
    double designLengthStepM = 0.05;  ///< grid of a span's candidate required lengths, m

    QString projectName;
    QString author;
    // The report's revision block (who signs it off and for whom).
    QString reportRevision;  ///< "A", "1.2", ...
    QString reportStatus;    ///< "concept", "final", ...
    QString checkedBy;
    QString client;

    /// One change of a setting, as the report's assumptions table says where a value came from.
    struct Change {
        QString name;  ///< the setting's key
        QString oldValue;
        QString newValue;
        QDateTime time;  ///< UTC
        QString user;
        friend bool operator==(const Change&, const Change&) = default;
    };
    /// Every change of a setting in this project, oldest first (schema step 2).
    std::vector<Change> history;

    friend bool operator==(const ProjectSettings&, const ProjectSettings&) = default;
};

enum class SettingType { Real, Integer, Boolean, Text, Date };

/// Description of one setting: its name, type, range, unit and where its default comes from.
struct SettingInfo {
    QString name;  ///< key as in docs/contract/matching.md ("max_shortening_m", "F_new", ...)
    SettingType type = SettingType::Real;
    double minimum = 0.0;  ///< inclusive (numbers only)
    double maximum = 0.0;  ///< inclusive (numbers only)
    bool minimumExclusive = false;
    QString unit;                             ///< "m", "kg CO2e/t", ... (empty for none)
    const char* descriptionText = "";         ///< English; description() translates it
    const char* sourceText = nullptr;         ///< English; source() translates it (nullptr: none)
    const char* labelText = "";               ///< English name for people; label() translates it
    double ProjectSettings::*real = nullptr;  ///< the member of a Real setting

    QString description() const;  ///< in the language of the installed translator
    QString label() const;        ///< "Longest cut-off", in the installed translator's language
    /// Where the default value comes from; "illustrative" when unsourced; empty for none.
    QString source() const;
};

/// All settings in a fixed order (matching settings first, then metadata).
const std::vector<SettingInfo>& settingInfos();
/// Looks up a setting by name, case-insensitively; nullptr when unknown.
const SettingInfo* findSetting(const QString& name);

/// Error from parsing or applying a setting value.
struct SettingError {
    QString name;
    QString value;
    QString message;  ///< translated, says the rule that was broken
};

/// Current value of a setting as text (decimal point, canonical form: "true"/"false").
QString settingValue(const ProjectSettings& settings, const QString& name);
/// Parses and applies one setting; on error `settings` is unchanged and the error is returned.
std::optional<SettingError> applySetting(ProjectSettings& settings, const QString& name,
                                         const QString& value);

/// Appends to `after.history` one change per setting whose value differs from `before`, made
/// by `user` at `time` (the history itself is not compared).
void recordSettingChanges(const ProjectSettings& before, ProjectSettings& after,
                          const QString& user, const QDateTime& time);
/// The value of `name` in a project where nobody has changed it (ProjectSettings{}).
QString defaultSettingValue(const QString& name);
/// Where a setting's value comes from, as the report and the spreadsheet say it.
struct SettingOrigin {
    enum class Kind {
        Default,     ///< the default, with SettingInfo::source()
        Set,         ///< set in this project; `change` says by whom and when
        SetUnknown,  ///< differs from the default, but the history does not say how
    };
    Kind kind = Kind::Default;
    const ProjectSettings::Change* change = nullptr;
};
SettingOrigin settingOrigin(const ProjectSettings& settings, const SettingInfo& info);

/// The last change of `name` in the history; nullptr when it was never changed.
const ProjectSettings::Change* lastChange(const ProjectSettings& settings, const QString& name);

}  // namespace respan
