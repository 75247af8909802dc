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

/// A lock file beside the project (`<project>.lock`) that says who has the project open for
/// writing. It is created atomically (hard link of a complete temporary file), so a reader never
/// sees half a lock. A lock whose process no longer runs on this host is stale: its owner crashed.
/// A lock from another host is always treated as held, since its process cannot be checked.
class ProjectLock {
public:
    enum class Result { Acquired, HeldByOther, Stale };

    explicit ProjectLock(QString projectPath);
    ~ProjectLock();
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;

    /// Tries to take the lock. On HeldByOther or Stale, holder() describes the existing lock.
    Result tryLock();
    /// Removes an existing (stale) lock and takes it; false when someone else was faster.
    bool takeOver();
    /// Removes the lock file when this object holds it.
    void unlock();

    [[nodiscard]] bool isLocked() const { return locked_; }
    [[nodiscard]] const LockInfo& holder() const { return holder_; }
    [[nodiscard]] const QString& lockPath() const { return lockPath_; }

    static QString lockPathFor(const QString& projectPath);
    /// Reads a lock file; false when it does not exist or cannot be parsed.
    static bool readLockFile(const QString& lockPath, LockInfo& info);
    static LockInfo currentProcess();

private:
    QString lockPath_;
    LockInfo holder_;
    bool locked_ = false;
};

}  // namespace respan
