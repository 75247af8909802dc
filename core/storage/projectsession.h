#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

#include "core/document/projectdocument.h"
#include "core/storage/projectlock.h"

namespace respan {

/// The link between one open ProjectDocument and its file: the lock, saving, autosave and
/// crash recovery. The GUI and respan-cli both go through this class, so both honour locks.
class ProjectSession {
public:
    /// What to do when another live process holds the lock.
    enum class LockPolicy {
        ReadOnlyIfLocked,  ///< GUI: open read-only and tell the user who holds it
        FailIfLocked,      ///< respan-cli commands that change the file: refuse (Locked)
        ReadOnlyNoLock,    ///< commands that only read: no lock taken, never offers recovery
    };

    struct OpenOutcome {
        bool readOnly = false;
        std::optional<LockInfo> heldBy;  ///< set when read-only because of another's lock
        QString readOnlyReason;  ///< set when read-only because the file cannot be written at all
        std::optional<LockInfo> crashedHolder;  ///< set when a stale lock was taken over
        /// Time of the autosave that a crashed session left: the caller should offer it back
        /// (restoreAutosave) or drop it (discardAutosave).
        std::optional<QDateTime> recoveryAvailable;
        /// A save of the session that ended abnormally was interrupted; its journal was rolled
        /// back, so the file holds its last saved state.
        bool interruptedSaveUndone = false;
        int migratedFromVersion = 0;  ///< older schema version that was upgraded, 0 when none
    };

    explicit ProjectSession(ProjectDocument& doc);
    ~ProjectSession();
    ProjectSession(const ProjectSession&) = delete;
    ProjectSession& operator=(const ProjectSession&) = delete;

    [[nodiscard]] ProjectDocument& document() const { return doc_; }
    [[nodiscard]] const QString& path() const { return path_; }
    [[nodiscard]] bool hasPath() const { return !path_.isEmpty(); }
    [[nodiscard]] bool isReadOnly() const { return readOnly_; }

    /// Starts an empty project without a file.
    void newProject();
    /// Opens a project file into the document. Throws ProjectFileError (nothing changes then:
    /// the document keeps its previous content and no lock is taken).
    OpenOutcome open(const QString& path, LockPolicy policy);
    /// Saves changes to the current file. Throws ProjectFileError; on failure the document keeps
    /// its unsaved edits and the file keeps its last saved state.
    void save();
    /// Writes the whole document to `path`, which becomes the current file (lock moves with it).
    void saveAs(const QString& path);
    /// Writes the unsaved state to `<path>.autosave` (no-op when unmodified or read-only).
    void writeAutosave();
    /// Replaces the document by the autosave of a crashed session; it is then modified.
    void restoreAutosave();
    /// Deletes the autosave of a crashed session, leaving the project file as it was.
    void discardAutosave();
    /// Releases the lock and forgets the file; removes the autosave. The document is kept.
    void close();

    /// Content of an attached document: from memory when not yet saved, otherwise from the file.
    [[nodiscard]] QByteArray attachmentContent(const AttachedDocument& document) const;

    static QString autosavePathFor(const QString& projectPath);

private:
    ProjectDocument& doc_;
    QString path_;
    bool readOnly_ = false;
    std::unique_ptr<ProjectLock> lock_;
};

}  // namespace respan
