#pragma once

#include <QDateTime>
#include <QString>

namespace respan {

/// Who holds a project lock.
struct LockInfo {
    qint64 pid = 0;
    QString host;
    QString user;
    QString application;
    QDateTime since;  ///< UTC

    /// "anna on ws-042 (ReSpan, process 4711) since 2026-11-27 09:12"
    [[nodiscard]] QString describe() const;
};

/// The right to write one project file, held by one ProjectSession at a time on any number of
/// hosts (docs/project-file.md, "Locking").
///
/// Two parts:
/// - The lock itself is a kernel lock (an open-file-description lock, `F_OFD_SETLK`) on one byte
///   of the project file past SQLite's own lock bytes. It belongs to the file's inode, so every
///   name of the file (a symlink, a hard link, another relative path) shares it; the kernel
///   grants it to one taker at a time and drops it when its owner dies, so a crashed owner can
///   never keep it and a live owner can never lose it. Nobody ever deletes a lock to take it.
/// - The lock file beside the file's canonical name (`<project>.lock`) only says who holds the
///   lock, for the read-only banner and for crash recovery. Only the holder of the kernel lock
///   writes it (a temporary file created with O_EXCL|O_NOFOLLOW under an unpredictable name,
///   renamed over the lock file) or removes it. A lock file whose kernel lock is free was left by
///   a process that ended without closing the project: its work may be in the autosave.
///
/// A file that does not exist yet (Save As to a new name) has no inode to lock: adopt() locks
/// the complete temporary file before it is renamed into place, so the lock arrives with it.
class ProjectLock {
public:
    enum class Result {
        Acquired,     ///< this object holds the lock
        HeldByOther,  ///< a live process holds it; holder() says who, as far as known
        Stale,        ///< the kernel lock is ours, but the lock file of a process that ended
                      ///< without closing is there (holder()); takeOver() claims it
        Unavailable,  ///< the file cannot be locked for writing at all (reason())
    };

    explicit ProjectLock(QString projectPath);
    ~ProjectLock();
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;

    /// Tries to take the lock without waiting. On HeldByOther or Stale, holder() describes the
    /// existing lock; on Unavailable, reason() says why (read-only file or folder, ...).
    Result tryLock();
    /// After Stale: replaces the ended process's lock file by ours. False when the lock is not
    /// ours (tryLock was not Stale or Acquired).
    bool takeOver();
    /// Locks the inode of `completeFile` (a finished temporary file about to be renamed over the
    /// project) in place of the current one. False when it cannot be locked.
    bool adopt(const QString& completeFile);
    /// After adopt(): the rename happened (release the old inode's lock) or failed (go back to
    /// it).
    void settleAdoption(bool renamed);
    /// False while the lock is on a name that had no file yet (Save As to a new name): the
    /// rename must then not replace a file that appeared meanwhile.
    [[nodiscard]] bool hasInode() const { return fd_ >= 0; }
    /// True when the project's name still leads to the locked inode (nobody replaced the file).
    [[nodiscard]] bool stillOwnsFile() const;
    /// Releases the lock and removes our lock file. A lock file left after Stale without
    /// takeOver() stays, so that the crash can still be recovered by the next opener.
    void unlock();

    /// A save under this lock failed and left a hot journal: unlock() then keeps the lock file,
    /// which tells the next opener that the journal is ReSpan's own interrupted save.
    void vouchForJournal() { vouchForJournal_ = true; }

    [[nodiscard]] bool isLocked() const { return state_ == State::Claimed; }
    [[nodiscard]] const LockInfo& holder() const { return holder_; }
    [[nodiscard]] const QString& reason() const { return reason_; }
    [[nodiscard]] const QString& lockPath() const { return lockPath_; }

    /// `<canonical path of the project>.lock` (symlinks resolved, so that every symlinked name
    /// shows the same holder).
    static QString lockPathFor(const QString& projectPath);
    /// Reads a lock file; false when it does not exist or cannot be parsed.
    static bool readLockFile(const QString& lockPath, LockInfo& info);
    static LockInfo currentProcess();
    /// True when some process holds the kernel lock of the file at `path` (without taking it).
    static bool isHeld(const QString& path);

private:
    enum class State { Free, KernelOnly, Claimed };

    bool writeLockFile(bool exclusive = false);
    void releaseKernelLock();

    QString projectPath_;
    QString lockPath_;
    LockInfo holder_;
    LockInfo written_;  ///< what our lock file says, once written
    QString reason_;
    State state_ = State::Free;
    int fd_ = -1;  ///< open file description that carries the kernel lock
    bool ownLockFile_ = false;
    bool vouchForJournal_ = false;
    bool lostRace_ = false;  ///< an exclusive writeLockFile() found another's lock file
    int previousFd_ = -1;    ///< the replaced inode's lock, kept until settleAdoption()
};

}  // namespace respan
