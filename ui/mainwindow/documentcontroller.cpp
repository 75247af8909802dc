#include "ui/mainwindow/documentcontroller.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

#include "core/document/projectdocument.h"
#include "core/storage/projectfileerror.h"
#include "core/storage/projectsession.h"
#include "ui/mainwindow/fileprompts.h"
#include "ui/mainwindow/recentfiles.h"

namespace respan::ui {

DocumentController::DocumentController(ProjectDocument& doc, ProjectSession& session,
                                       QUndoStack& undo, FilePrompts& prompts, RecentFiles& recent,
                                       QObject* parent)
    : QObject(parent),
      doc_(doc),
      session_(session),
      undo_(undo),
      prompts_(prompts),
      recent_(recent),
      autosaveTimer_(new QTimer(this)) {
    connect(&undo_, &QUndoStack::cleanChanged, this, &DocumentController::stateChanged);
    autosaveTimer_->setSingleShot(true);
    connect(autosaveTimer_, &QTimer::timeout, this, &DocumentController::autosave);
    // Every edit (and undo, and redo) is a change of the stack's index: the first one after an
    // autosave starts the clock; later ones within the interval ride along.
    connect(&undo_, &QUndoStack::indexChanged, this, [this] {
        if (autosaveSeconds_ > 0 && isDirty() && !autosaveTimer_->isActive())
            autosaveTimer_->start(autosaveSeconds_ * 1000);
    });
}

void DocumentController::setAutosaveSeconds(int seconds) {
    autosaveSeconds_ = std::max(0, seconds);
    if (autosaveSeconds_ == 0) {
        autosaveTimer_->stop();
    } else if (isDirty() && !autosaveTimer_->isActive()) {
        autosaveTimer_->start(autosaveSeconds_ * 1000);
    }
}

bool DocumentController::isDirty() const {
    return !undo_.isClean();
}

bool DocumentController::isReadOnly() const {
    return session_.isReadOnly();
}

QString DocumentController::path() const {
    return session_.path();
}

QString DocumentController::displayName() const {
    return session_.hasPath() ? QFileInfo(session_.path()).fileName() : tr("Untitled");
}

void DocumentController::showFileError(const QString& action, const QString& path,
                                       const QString& reason) {
    const QString file = path.isEmpty() ? displayName() : QDir::toNativeSeparators(path);
    prompts_.showError(
        action, tr("%1\n\nFile: %2\n\nYour open project has not been changed.").arg(reason, file));
}

bool DocumentController::maybeSave() {
    if (!isDirty()) return true;
    switch (prompts_.askSaveChanges(displayName())) {
        case FilePrompts::SaveChoice::Save:
            return save();
        case FilePrompts::SaveChoice::Discard:
            return true;
        case FilePrompts::SaveChoice::Cancel:
            return false;
    }
    return false;
}

bool DocumentController::newProject() {
    if (!maybeSave()) return false;
    session_.newProject();
    undo_.clear();
    lockHolder_.reset();
    readOnlyReason_.clear();
    Q_EMIT stateChanged();
    return true;
}

bool DocumentController::openWithPrompt() {
    const QString folder =
        session_.hasPath() ? QFileInfo(session_.path()).absolutePath() : QDir::homePath();
    const QString path = prompts_.askOpenPath(folder);
    return !path.isEmpty() && open(path);
}

bool DocumentController::open(const QString& path) {
    if (!maybeSave()) return false;
    const QString oldPath = session_.path();
    const bool oldReadOnly = session_.isReadOnly();
    ProjectSession::OpenOutcome outcome;
    try {
        outcome = session_.open(path, ProjectSession::LockPolicy::ReadOnlyIfLocked);
    } catch (const ProjectFileError& e) {
        if (e.kind() == ProjectFileError::Kind::NotFound) recent_.remove(path);
        showFileError(tr("Could not open the project"), e.path().isEmpty() ? path : e.path(),
                      e.message());
        return false;
    }
    // The previous project's unsaved work was discarded by the user: its autosave goes too.
    if (!oldPath.isEmpty() && oldPath != session_.path() && !oldReadOnly)
        QFile::remove(ProjectSession::autosavePathFor(oldPath));
    undo_.clear();
    lockHolder_ = outcome.heldBy;
    readOnlyReason_ = outcome.readOnlyReason;
    if (outcome.recoveryAvailable) {
        const QString crashed =
            outcome.crashedHolder ? outcome.crashedHolder->describe() : QString();
        if (prompts_.askRecovery(session_.path(), *outcome.recoveryAvailable, crashed) ==
            FilePrompts::RecoveryChoice::Restore) {
            try {
                session_.restoreAutosave();
                // The restored work is not in the project file yet: the window must show it as
                // unsaved until the next save.
                undo_.resetClean();
                Q_EMIT statusMessage(tr("Unsaved work restored; save to keep it."), 10000);
            } catch (const ProjectFileError& e) {
                showFileError(tr("Could not restore the unsaved work"), e.path(), e.message());
            }
        } else {
            session_.discardAutosave();
        }
    }
    recent_.add(session_.path());
    if (outcome.migratedFromVersion > 0) {
        prompts_.showInformation(
            tr("Project upgraded"),
            tr("%1 was written by an older ReSpan (file format %2) and has been upgraded; "
               "a copy of the old file was kept beside it.")
                .arg(displayName())
                .arg(outcome.migratedFromVersion));
    }
    Q_EMIT stateChanged();
    if (outcome.interruptedSaveUndone) {
        Q_EMIT statusMessage(tr("Opened %1. A save that was interrupted when ReSpan ended "
                                "abnormally was undone: the file holds its last saved state.")
                                 .arg(displayName()),
                             15000);
        return true;
    }
    Q_EMIT statusMessage(outcome.readOnly ? tr("Opened %1 read-only.").arg(displayName())
                                          : tr("Opened %1.").arg(displayName()));
    return true;
}

bool DocumentController::save() {
    if (!session_.hasPath() || session_.isReadOnly()) return saveAs();
    try {
        session_.save();
    } catch (const ProjectFileError& e) {
        showFileError(tr("Could not save the project"), e.path(), e.message());
        return false;
    }
    undo_.setClean();
    recent_.add(session_.path());
    Q_EMIT stateChanged();
    Q_EMIT statusMessage(tr("Saved %1.").arg(displayName()));
    return true;
}

bool DocumentController::saveAs() {
    QString suggestion = session_.hasPath()
                             ? session_.path()
                             : QDir::home().filePath(tr("Untitled") + QStringLiteral(".respan"));
    const QString path = prompts_.askSavePath(suggestion);
    return !path.isEmpty() && saveAs(path);
}

bool DocumentController::saveAs(const QString& path) {
    try {
        session_.saveAs(path);
    } catch (const ProjectFileError& e) {
        showFileError(tr("Could not save the project"), e.path().isEmpty() ? path : e.path(),
                      e.message());
        return false;
    }
    undo_.setClean();
    lockHolder_.reset();
    readOnlyReason_.clear();
    recent_.add(session_.path());
    Q_EMIT stateChanged();
    Q_EMIT statusMessage(tr("Saved %1.").arg(displayName()));
    return true;
}

bool DocumentController::close() {
    if (!maybeSave()) return false;
    session_.close();
    doc_.clear();
    undo_.clear();
    lockHolder_.reset();
    readOnlyReason_.clear();
    Q_EMIT stateChanged();
    return true;
}

void DocumentController::autosave() {
    if (!isDirty() || !session_.hasPath() || session_.isReadOnly()) return;
    try {
        session_.writeAutosave();
        Q_EMIT statusMessage(tr("Unsaved changes kept in an autosave."), 3000);
    } catch (const ProjectFileError& e) {
        Q_EMIT statusMessage(tr("Autosave failed: %1").arg(e.message()), 10000);
    }
}

void DocumentController::shutdown() {
    autosaveTimer_->stop();
    session_.close();
}

}  // namespace respan::ui
