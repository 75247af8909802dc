#include "core/commands/cmdsettingsedit.h"

#include "core/document/projectdocument.h"

namespace respan {

ProjectSettings SettingsEditTraits::get(const ProjectDocument& doc, Uid /*unused*/) {
    return doc.settings();
}

void SettingsEditTraits::set(ProjectDocument& doc, Uid /*unused*/, const ProjectSettings& value) {
    doc.setSettings(value);
}

}  // namespace respan
