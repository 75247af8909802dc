#pragma once

#include <QString>

namespace respan {
class ProjectSession;
}

namespace respan::ui {

/// Where an export is suggested: beside the project file and named after it, the project's base
/// name followed by `suffix` ("A9-A44" + "-report.pdf"); in the home folder as `unsavedName`
/// while the project has no file yet.
QString suggestedExportPath(const ProjectSession& session, const QString& suffix,
                            const QString& unsavedName);

}  // namespace respan::ui
