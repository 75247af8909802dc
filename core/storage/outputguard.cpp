#include "storage/outputguard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

#include "storage/projectlock.h"
#include "storage/projectstore.h"
#include "storage/schema.h"

namespace respan {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::OutputGuard)
};

bool sameFile(const QString& a, const QString& b) {
    struct stat sa = {};
    struct stat sb = {};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

bool isProject(const QString& path) {
    const FileIdentity id = inspectFile(path);
    return id.isSqlite && id.applicationId == schema::kApplicationId;
}

/// The project that `path` is a lock, autosave or journal file of, or empty.
QString sidecarOwner(const QString& path) {
    for (const char* suffix : {".lock", ".autosave", "-journal", ".autosave-journal"}) {
        const QString s = QString::fromLatin1(suffix);
        if (path.endsWith(s)) {
            const QString base = path.chopped(s.size());
            if (isProject(base)) return base;
        }
    }
    return QString();
}

}  // namespace

QString outputRefusal(const QString& output, const QString& project) {
    const QString shown = QFileInfo(output).absoluteFilePath();
    if (!project.isEmpty() &&
        (sameFile(output, project) ||
         QFileInfo(output).absoluteFilePath() == QFileInfo(project).absoluteFilePath())) {
        return Tr::tr("%1 is the project file itself; choose another name for the output")
            .arg(shown);
    }
    if (QFileInfo::exists(output)) {
        if (isProject(output)) {
            return Tr::tr("%1 is a ReSpan project; an export never overwrites a project")
                .arg(shown);
        }
        if (ProjectLock::isHeld(output) || QFileInfo::exists(ProjectLock::lockPathFor(output))) {
            return Tr::tr("%1 is locked by a ReSpan session; choose another name for the output")
                .arg(shown);
        }
    }
    const QString owner = sidecarOwner(QFileInfo(output).absoluteFilePath());
    if (!owner.isEmpty()) {
        return Tr::tr("%1 belongs to the project %2 (lock, autosave or journal); choose another "
                      "name for the output")
            .arg(shown, owner);
    }
    return QString();
}

}  // namespace respan
