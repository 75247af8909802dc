#pragma once
// Undoable change of the impact factor table (an import or an edit; docs/impact.md).
#include <vector>

#include "core/commands/documentcommand.h"
#include "core/model/impactfactor.h"
#include "core/model/projectsettings.h"

namespace respan {

/// Replaces the factor table and, in the same step, the settings that hold F_new, F_tkm and
/// road_factor (with their history entries: see withFactorSettings()); undo puts both back.
class CmdFactorsSet : public DocumentCommand {
public:
    CmdFactorsSet(ProjectDocument& doc, std::vector<ImpactFactor> factors, ProjectSettings settings,
                  const QString& text);

protected:
    void apply() override;
    void revert() override;

private:
    std::vector<ImpactFactor> after_;
    ProjectSettings settingsAfter_;
    std::vector<ImpactFactor> before_;
    ProjectSettings settingsBefore_;
};

/// `settings` with the values of the settings-backed rows of `factors`, each change recorded in
/// the history by `user` at `time` (as `respan-cli set` records it).
ProjectSettings withFactorSettings(const ProjectSettings& settings,
                                   const std::vector<ImpactFactor>& factors, const QString& user,
                                   const QDateTime& time);

}  // namespace respan
