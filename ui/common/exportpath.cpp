#include "ui/common/exportpath.h"

#include <QDir>
#include <QFileInfo>

#include "core/storage/projectsession.h"

namespace respan::ui {

QString suggestedExportPath(const ProjectSession& session, const QString& suffix,
                            const QString& unsavedName) {
    if (!session.hasPath()) return QDir::home().filePath(unsavedName);
    const QFileInfo project(session.path());
    return QDir(project.absolutePath()).filePath(project.completeBaseName() + suffix);
}

}  // namespace respan::ui
