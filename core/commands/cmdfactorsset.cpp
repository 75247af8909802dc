#include "core/commands/cmdfactorsset.h"

#include "core/document/projectdocument.h"

namespace respan {

CmdFactorsSet::CmdFactorsSet(ProjectDocument& doc, std::vector<ImpactFactor> factors,
                             ProjectSettings settings, const QString& text)
    : DocumentCommand(doc, text), after_(std::move(factors)), settingsAfter_(std::move(settings)) {}

void CmdFactorsSet::apply() {
    before_ = doc().factors();
    settingsBefore_ = doc().settings();
    doc().setSettings(settingsAfter_);
    try {
        doc().setFactors(after_);  // validates: throws for a bad row
    } catch (...) {
        doc().setSettings(settingsBefore_);
        throw;
    }
}

void CmdFactorsSet::revert() {
    doc().setSettings(settingsBefore_);
    doc().setFactors(before_);
}

ProjectSettings withFactorSettings(const ProjectSettings& settings,
                                   const std::vector<ImpactFactor>& factors, const QString& user,
                                   const QDateTime& time) {
    ProjectSettings next = settings;
    for (const ImpactFactor& f : factors) {
        if (double ProjectSettings::*member = settingOfFactor(f.key)) next.*member = f.value;
    }
    recordSettingChanges(settings, next, user, time);
    return next;
}

}  // namespace respan
