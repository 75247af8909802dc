#pragma once

#include <QObject>
#include <QString>

#include <optional>

#include "core/storage/projectlock.h"

class QTimer;
class QUndoStack;

namespace respan {
class ProjectDocument;
class ProjectSession;
}  // namespace respan

namespace respan::ui {

class FilePrompts;
class RecentFiles;

/// New / Open / Save / Save As / Close of the one project in a window, through ProjectSession
/// (lock, read-only mode, autosave, crash recovery). The window is dirty exactly when the undo
/// stack is not clean; the stack is marked clean only after a save succeeded. Errors are shown
/// through FilePrompts, naming the file and the reason; on any error the open document stays
/// as it was.
class DocumentController : public QObject {
    Q_OBJECT
public:
    DocumentController(ProjectDocument& doc, ProjectSession& session, QUndoStack& undo,
                       FilePrompts& prompts, RecentFiles& recent, QObject* parent = nullptr);

    [[nodiscard]] bool isDirty() const;
    [[nodiscard]] bool isReadOnly() const;
    /// Who holds the lock when the project is read-only because it is open elsewhere.
    [[nodiscard]] std::optional<LockInfo> lockHolder() const { return lockHolder_; }
    /// Why the project is read-only when nobody holds it but it cannot be written (a read-only
    /// file or folder); empty otherwise.
    [[nodiscard]] const QString& readOnlyReason() const { return readOnlyReason_; }
    /// File name for the title bar ("Untitled" for a new project).
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString path() const;

    /// The autosave comes this many seconds after the first edit since the last save or
    /// autosave (0: off), so that no unsaved edit is older than that in the autosave file.
    void setAutosaveSeconds(int seconds);
    [[nodiscard]] int autosaveSeconds() const { return autosaveSeconds_; }

public Q_SLOTS:
    bool newProject();
    /// Asks for a file, then opens it.
    bool openWithPrompt();
    bool open(const QString& path);
    bool save();
    bool saveAs();
    bool saveAs(const QString& path);
    /// Closes the project (asking to save), leaving an empty new project.
    bool close();
    /// Asks Save / Discard / Cancel when dirty; true when the caller may go on.
    bool maybeSave();
    /// Writes the autosave now (the timer calls this); failures go to the status bar.
    void autosave();
    /// Ends the session: releases the lock and removes the autosave (the window is closing).
    void shutdown();

Q_SIGNALS:
    /// Title, dirty state, read-only state or file changed.
    void stateChanged();
    void statusMessage(const QString& message, int timeoutMs = 5000);

private:
    void showFileError(const QString& action, const QString& path, const QString& reason);

    ProjectDocument& doc_;
    ProjectSession& session_;
    QUndoStack& undo_;
    FilePrompts& prompts_;
    RecentFiles& recent_;
    QTimer* autosaveTimer_;  ///< single shot, started by the first edit after an autosave
    int autosaveSeconds_ = 30;
    std::optional<LockInfo> lockHolder_;
    QString readOnlyReason_;
};

}  // namespace respan::ui
