#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

#include "core/document/projectdocument.h"
#include "core/model/uid.h"
#include "core/storage/projectfileerror.h"

namespace respan {

/// What the first 100 bytes of a file say about it, read without SQLite (so that nothing can
/// touch the file before it is known to be a ReSpan project).
struct FileIdentity {
    bool exists = false;
    bool isSqlite = false;
    quint32 applicationId = 0;
    int userVersion = 0;
    qint64 size = 0;
};
FileIdentity inspectFile(const QString& path);

/// Result of `respan-cli check`: integrity, foreign keys, version and counts.
struct CheckReport {
    int schemaVersion = 0;
    bool integrityOk = false;
    QStringList integrityMessages;     ///< from PRAGMA integrity_check when not "ok"
    QStringList foreignKeyViolations;  ///< "table rowid -> parent"
    /// Attached documents whose stored content is missing or does not match its size and
    /// SHA-256 ("G-1: survey.pdf: SHA-256 differs").
    QStringList documentProblems;
    qint64 elements = 0;
    qint64 donors = 0;
    qint64 structures = 0;
    qint64 spans = 0;
    qint64 slots = 0;
    qint64 assignments = 0;
    qint64 pinned = 0;
    qint64 documents = 0;
    qint64 documentBytes = 0;
    qint64 historyEntries = 0;
    [[nodiscard]] bool ok() const {
        return integrityOk && foreignKeyViolations.isEmpty() && documentProblems.isEmpty();
    }
};

/// Reading and writing project files. Stateless: every call opens its own connection and closes
/// it again, so no SQLite lock is held between operations (the project lock is ProjectLock's job).
///
/// Safety: files are identified from their header before SQLite opens them; foreign, newer and
/// non-SQLite files are refused without being touched. New files are written to a temporary file
/// in the same folder, synced and renamed over the target. Saves to an existing file are one
/// SQLite transaction in rollback-journal mode with synchronous=FULL: after a crash the file holds
/// either the state before or after the save.
namespace ProjectStore {

/// Refuses (ProjectFileError) anything that is not a ReSpan project this build can read.
/// Returns the schema version of the file.
int checkIdentity(const QString& path);

/// Loads the whole project into `doc` (replacing its content). A file at an older schema version
/// is first copied to `<path>.v<N>.bak` and migrated in place, unless `readOnly`, in which case a
/// temporary copy is migrated and read. Returns the schema version the file had.
int load(const QString& path, ProjectDocument& doc, bool readOnly = false);

/// How writeFull puts the finished temporary file in place.
struct WriteFullOptions {
    /// Refuse (ProjectFileError Io) when `path` exists by then, instead of replacing it: the
    /// check and the rename are one step (renameat2 RENAME_NOREPLACE), so a file created in
    /// between is never overwritten.
    bool noReplace = false;
    /// Called with the complete, flushed temporary file just before it is renamed to `path`
    /// (the session locks its inode there, so that the lock arrives with the file). Throwing
    /// from it cancels the write.
    std::function<void(const QString& temporary)> beforeRename;
};

/// Writes the whole document to `path` (temporary file + rename). Attachment contents that are
/// not held in memory are copied from `contentSource` (the file the document was loaded from).
void writeFull(const QString& path, const ProjectDocument& doc, const QString& contentSource,
               const WriteFullOptions& options = {});

/// Writes what changed since the last save (doc.changes()) into the existing project at `path`,
/// in one transaction, in place: the file keeps its inode (and so its kernel lock, see
/// ProjectLock), also when everything changed. A missing file is written whole. Does not mark
/// the document saved: the caller does that on success.
void saveChanges(const QString& path, const ProjectDocument& doc);

/// The refusal of a file whose hot journal no ReSpan session vouches for (it may belong to
/// another state of the file, e.g. a backup restored over it): nothing rolls it back.
ProjectFileError unvouchedJournal(const QString& path);

/// After a failed save of the session that holds `path`'s lock: lets SQLite roll the hot journal
/// back into the file now, if the disk allows it. Best effort: false when the journal is still
/// there (the next open of the project rolls it back).
bool rollBackFailedSave(const QString& path);

/// Content of one attached document as stored in the file.
QByteArray readAttachment(const QString& path, Uid documentUid);

/// Integrity check, foreign-key check, schema version and counts. Refuses non-projects.
CheckReport check(const QString& path);

/// Creates a new, empty project file at `path` (refuses to overwrite an existing file).
void createEmpty(const QString& path, const ProjectSettings& settings = {});

}  // namespace ProjectStore

}  // namespace respan
