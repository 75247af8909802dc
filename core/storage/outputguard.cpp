#include "core/storage/outputguard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>

#include "core/storage/projectlock.h"
#include "core/storage/projectstore.h"
#include "core/storage/schema.h"

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
    if (!QFileInfo(path).isFile()) return false;  // never open a FIFO: it would wait for a writer
    const FileIdentity id = inspectFile(path);
    return id.isSqlite && id.applicationId == schema::kApplicationId;
}

/// The project that `path` is a lock, autosave or journal file (or one of their temporaries)
/// of, or empty.
QString sidecarOwner(const QString& path) {
    static const QRegularExpression sidecar(
        QStringLiteral("^(.+?)(\\.lock|\\.lock\\.tmp-[^/]*|\\.autosave|\\.autosave\\.tmp|-journal|"
                       "\\.autosave-journal|\\.autosave\\.tmp-journal)$"));
    static const QRegularExpression wholeSave(QStringLiteral("^(.*/)\\.([^/]+)\\.tmp-[0-9a-f]+$"));
    QStringList owners;
    if (const auto m = sidecar.match(path); m.hasMatch()) owners << m.captured(1);
    if (const auto m = wholeSave.match(path); m.hasMatch()) owners << m.captured(1) + m.captured(2);
    for (const QString& owner : owners) {
        if (isProject(owner)) return owner;
    }
    return QString();
}

/// Why writing to `name` (one of the names an output leads to) would destroy a project.
QString refusalFor(const QString& name, const QString& project) {
    const QString shown = QFileInfo(name).absoluteFilePath();
    if (!project.isEmpty() &&
        (sameFile(name, project) || shown == QFileInfo(project).absoluteFilePath())) {
        return Tr::tr("%1 is the project file itself; choose another name for the output")
            .arg(shown);
    }
    // Only regular files are opened to look inside: opening a FIFO would wait for a writer.
    if (QFileInfo(name).isFile()) {
        if (isProject(name)) {
            return Tr::tr("%1 is a ReSpan project; an export never overwrites a project")
                .arg(shown);
        }
        if (ProjectLock::isHeld(name) || QFileInfo::exists(ProjectLock::lockPathFor(name))) {
            return Tr::tr("%1 is locked by a ReSpan session; choose another name for the output")
                .arg(shown);
        }
    }
    const QString owner = sidecarOwner(shown);
    if (!owner.isEmpty()) {
        return Tr::tr(
                   "%1 belongs to the project %2 (lock, autosave or journal); choose another "
                   "name for the output")
            .arg(shown, owner);
    }
    return QString();
}

}  // namespace

QString outputRefusal(const QString& output, const QString& project) {
    // The name given and, when it is a symlink, where it leads: that is where QSaveFile writes.
    const QFileInfo given(output);
    QStringList names{given.absoluteFilePath()};
    if (given.isSymLink()) {
        const QString target = given.canonicalFilePath();
        names << (target.isEmpty() ? QFileInfo(given.symLinkTarget()).absoluteFilePath() : target);
    }
    for (const QString& name : names) {
        const QString refusal = refusalFor(name, project);
        if (!refusal.isEmpty()) return refusal;
    }
    return QString();
}

}  // namespace respan
