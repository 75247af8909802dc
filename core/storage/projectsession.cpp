#include "core/storage/projectsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "core/storage/projectfileerror.h"
#include "core/storage/projectstore.h"
#include "core/storage/schema.h"
#include "core/storage/sqliteconnection.h"

namespace respan {

namespace {

using Kind = ProjectFileError::Kind;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ProjectSession)
};

/// Whole-file saves write `.<name>.tmp-<random>` beside the project and rename it; a crash in
/// between leaves the temporary file. Whoever holds the lock may remove them.
void removeLeftoverTemporaries(const QString& projectPath) {
    const QFileInfo info(projectPath);
    QDir dir = info.absoluteDir();
    const QStringList leftovers =
        dir.entryList({QStringLiteral(".") + info.fileName() + QStringLiteral(".tmp-*")},
                      QDir::Files | QDir::Hidden);
    for (const QString& name : leftovers) dir.remove(name);
    // Lock files half written by a process that was killed (ProjectLock writes them there).
    const QFileInfo lockInfo(ProjectLock::lockPathFor(projectPath));
    QDir lockDir = lockInfo.absoluteDir();
    for (const QString& name : lockDir.entryList({lockInfo.fileName() + QStringLiteral(".tmp-*")},
                                                 QDir::Files | QDir::Hidden | QDir::System))
        lockDir.remove(name);
    QFile::remove(ProjectSession::autosavePathFor(projectPath) + QStringLiteral(".tmp"));
    QFile::remove(ProjectSession::autosavePathFor(projectPath) + QStringLiteral(".tmp-journal"));
}

/// The lock cannot be taken at all (a read-only file or folder, a full disk): a command that
/// changes the file refuses with that reason, the GUI opens read-only and says why. Returns
/// true (read-only) when it does not throw.
bool cannotLock(ProjectSession::LockPolicy policy, const QString& path, const ProjectLock& lock,
                ProjectSession::OpenOutcome& outcome) {
    if (policy == ProjectSession::LockPolicy::FailIfLocked) {
        throw ProjectFileError(Kind::Io, path,
                               Tr::tr("%1 cannot be changed: %2").arg(path, lock.reason()));
    }
    outcome.readOnlyReason = lock.reason();
    return true;
}

}  // namespace

ProjectSession::ProjectSession(ProjectDocument& doc) : doc_(doc) {}

ProjectSession::~ProjectSession() {
    if (lock_) lock_->unlock();
}

QString ProjectSession::autosavePathFor(const QString& projectPath) {
    return QFileInfo(projectPath).absoluteFilePath() + QStringLiteral(".autosave");
}

void ProjectSession::newProject() {
    close();
    // A new project's plan starts on the day it is created (docs/contract/planning.md section 1).
    ProjectDocument::Content content;
    content.settings.planStart = QDate::currentDate();
    doc_.resetContent(std::move(content));
}

ProjectSession::OpenOutcome ProjectSession::open(const QString& path, LockPolicy policy) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Identity first: foreign, newer and garbage files are refused before anything else happens
    // (no lock file is created beside them either).
    ProjectStore::checkIdentity(absolute);

    OpenOutcome outcome;
    if (policy == LockPolicy::ReadOnlyNoLock) {
        const int version = ProjectStore::load(absolute, doc_, true);
        if (version < schema::currentVersion()) outcome.migratedFromVersion = version;
        if (lock_) lock_->unlock();
        lock_.reset();
        path_ = absolute;
        readOnly_ = true;
        outcome.readOnly = true;
        return outcome;
    }
    auto lock = std::make_unique<ProjectLock>(absolute);
    const ProjectLock::Result result = lock->tryLock();
    bool readOnly = false;
    if (result == ProjectLock::Result::Unavailable) {
        readOnly = cannotLock(policy, absolute, *lock, outcome);
    } else if (result == ProjectLock::Result::HeldByOther) {
        if (policy == LockPolicy::FailIfLocked) {
            throw ProjectFileError(Kind::Locked, absolute,
                                   Tr::tr("%1 is open in another ReSpan: %2")
                                       .arg(absolute, lock->holder().describe()));
        }
        readOnly = true;
        outcome.heldBy = lock->holder();
    } else if (result == ProjectLock::Result::Stale) {
        const QString autosave = autosavePathFor(absolute);
        if (policy == LockPolicy::FailIfLocked && QFileInfo::exists(autosave)) {
            throw ProjectFileError(
                Kind::Locked, absolute,
                Tr::tr("%1 has unsaved work from a ReSpan session that ended abnormally "
                       "(%2). Open it in ReSpan to recover or discard that work first.")
                    .arg(absolute, lock->holder().describe()));
        }
        outcome.crashedHolder = lock->holder();
        if (!lock->takeOver()) {
            readOnly = cannotLock(policy, absolute, *lock, outcome);
        } else if (QFileInfo::exists(autosave)) {
            outcome.recoveryAvailable = QFileInfo(autosave).lastModified().toUTC();
        }
    }

    if (!readOnly && hasHotJournal(absolute)) {
        // Only an interrupted save of a ReSpan session (its lock file is what Stale found) is
        // rolled back; a journal nobody can vouch for may belong to another state of the file
        // (a restored backup) and would damage it.
        if (result != ProjectLock::Result::Stale) throw ProjectStore::unvouchedJournal(absolute);
        outcome.interruptedSaveUndone = true;
    }
    if (!readOnly) removeLeftoverTemporaries(absolute);
    const int version = ProjectStore::load(absolute, doc_, readOnly);
    if (version < schema::currentVersion()) outcome.migratedFromVersion = version;
    if (lock_) lock_->unlock();
    lock_ = readOnly ? nullptr : std::move(lock);
    path_ = absolute;
    readOnly_ = readOnly;
    outcome.readOnly = readOnly;
    return outcome;
}

void ProjectSession::save() {
    if (path_.isEmpty()) {
        throw ProjectFileError(Kind::Io, QString(),
                               Tr::tr("the project has no file yet; use Save As"));
    }
    if (readOnly_) {
        throw ProjectFileError(
            Kind::ReadOnly, path_,
            Tr::tr("%1 is open read-only; save it under another name").arg(path_));
    }
    if (lock_ && !lock_->stillOwnsFile()) {
        throw ProjectFileError(
            Kind::Io, path_,
            Tr::tr("%1 was moved, deleted or replaced by another program since it was opened; "
                   "nothing was written. Save the project under another name.")
                .arg(path_));
    }
    try {
        ProjectStore::saveChanges(path_, doc_);
    } catch (const ProjectFileError&) {
        // Readers refuse a hot journal they cannot vouch for: undo the failed save now if the
        // disk lets us (the file then holds its last saved state without a journal).
        if (!ProjectStore::rollBackFailedSave(path_) && lock_) lock_->vouchForJournal();
        throw;
    }
    doc_.markSaved();
    QFile::remove(autosavePathFor(path_));
}

void ProjectSession::saveAs(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == path_ && !readOnly_) {
        doc_.markAllChanged();
        save();
        return;
    }
    auto lock = std::make_unique<ProjectLock>(absolute);
    const ProjectLock::Result result = lock->tryLock();
    if (result == ProjectLock::Result::HeldByOther) {
        throw ProjectFileError(
            Kind::Locked, absolute,
            Tr::tr("%1 is open in another ReSpan: %2").arg(absolute, lock->holder().describe()));
    }
    if (result == ProjectLock::Result::Unavailable || !lock->takeOver()) {
        throw ProjectFileError(Kind::Io, absolute,
                               Tr::tr("%1 cannot be written: %2").arg(absolute, lock->reason()));
    }
    ProjectStore::WriteFullOptions options;
    // A name without a file had no kernel lock: a file that appears there meanwhile (another
    // Save As) is not replaced.
    options.noReplace = !lock->hasInode();
    // The lock goes with the new file's inode: nobody can take the file between the rename and
    // a second lock.
    bool adopted = false;
    options.beforeRename = [&](const QString& temporary) {
        if (!lock->adopt(temporary)) {
            throw ProjectFileError(Kind::Io, absolute,
                                   Tr::tr("%1: cannot lock the new file").arg(absolute));
        }
        adopted = true;
    };
    try {
        ProjectStore::writeFull(absolute, doc_, path_, options);
    } catch (...) {
        if (adopted) lock->settleAdoption(false);
        throw;
    }
    if (adopted) lock->settleAdoption(true);
    doc_.markSaved();
    const QString oldPath = path_;
    if (lock_) {
        lock_->unlock();
        if (!oldPath.isEmpty()) QFile::remove(autosavePathFor(oldPath));
    }
    lock_ = std::move(lock);
    path_ = absolute;
    readOnly_ = false;
}

void ProjectSession::writeAutosave() {
    if (path_.isEmpty() || readOnly_ || !doc_.isModified()) return;
    const QString autosave = autosavePathFor(path_);
    const QString tmp = autosave + QStringLiteral(".tmp");
    QFile::remove(tmp);
    if (doc_.changes().everything || !QFileInfo::exists(path_)) {
        ProjectStore::writeFull(autosave, doc_, path_);
        return;
    }
    // The file plus the unsaved changes: copy, then apply the changes to the copy.
    if (!QFile::copy(path_, tmp)) {
        throw ProjectFileError(Kind::Io, autosave,
                               Tr::tr("%1: cannot write the autosave").arg(autosave));
    }
    try {
        ProjectStore::saveChanges(tmp, doc_);
    } catch (...) {
        QFile::remove(tmp);
        QFile::remove(tmp + QStringLiteral("-journal"));
        throw;
    }
    QFile::remove(autosave);
    if (!QFile::rename(tmp, autosave)) {
        QFile::remove(tmp);
        throw ProjectFileError(Kind::Io, autosave,
                               Tr::tr("%1: cannot write the autosave").arg(autosave));
    }
}

void ProjectSession::restoreAutosave() {
    const QString autosave = autosavePathFor(path_);
    ProjectDocument recovered;
    ProjectStore::load(autosave, recovered, true);
    ProjectDocument::Content content = recovered.content();
    // Contents of attachments added after the last save exist only in the autosave: bring all
    // of them into memory so that the next save writes them into the project file.
    for (Element& e : content.elements) {
        for (AttachedDocument& d : e.documents)
            d.pendingContent = ProjectStore::readAttachment(autosave, d.uid);
    }
    doc_.resetContent(std::move(content));
    doc_.markAllChanged();
}

void ProjectSession::discardAutosave() {
    if (!path_.isEmpty()) QFile::remove(autosavePathFor(path_));
}

void ProjectSession::close() {
    if (lock_) {
        QFile::remove(autosavePathFor(path_));
        lock_->unlock();
        lock_.reset();
    }
    path_.clear();
    readOnly_ = false;
}

QByteArray ProjectSession::attachmentContent(const AttachedDocument& document) const {
    if (!document.pendingContent.isEmpty() || document.size == 0) return document.pendingContent;
    if (path_.isEmpty()) {
        throw ProjectFileError(Kind::Io, QString(),
                               Tr::tr("the content of %1 is not available").arg(document.name));
    }
    return ProjectStore::readAttachment(path_, document.uid);
}

}  // namespace respan
