#pragma once

#include "core/commands/cmdvalueedit.h"
#include "core/model/projectsettings.h"

namespace respan {

/// The project settings are one value; the key is unused (kNoUid).
struct SettingsEditTraits {
    using Value = ProjectSettings;
    static constexpr CommandId kId = CommandId::SettingsEdit;
    static ProjectSettings get(const ProjectDocument& doc, Uid unused);
    static void set(ProjectDocument& doc, Uid unused, const ProjectSettings& value);
};

/// Changes project settings (matching rules, carbon factors, metadata).
using CmdSettingsEdit = CmdValueEdit<SettingsEditTraits>;

}  // namespace respan
