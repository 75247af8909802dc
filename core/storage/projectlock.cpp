#include "core/storage/projectlock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/storage/filemode.h"
#include "core/storage/sqliteconnection.h"

namespace respan {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ProjectLock)
};

/// The byte of the project file that carries the kernel lock: just past SQLite's own lock bytes
/// (the pending byte at 1 GiB, the reserved byte and 510 shared bytes), so the two never meet.
constexpr off_t kLockByte = 0x40000000 + 0x400;

QString userName() {
    const QByteArray env = qgetenv("USER");
    if (!env.isEmpty()) return QString::fromLocal8Bit(env);
    if (const passwd* pw = ::getpwuid(::getuid())) return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("uid %1").arg(::getuid());
}

bool processAlive(qint64 pid) {
    if (pid <= 0) return false;
    if (::kill(static_cast<pid_t>(pid), 0) == 0) return true;
    return errno == EPERM;  // exists, but belongs to someone else
}

QString systemError(int error) {
    return QString::fromLocal8Bit(::strerror(error));
}

/// Takes the kernel lock on `fd` without waiting: 0, or the errno of the refusal.
int lockDescription(int fd) {
    struct flock fl = {};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = kLockByte;
    fl.l_len = 1;
    return ::fcntl(fd, F_OFD_SETLK, &fl) == 0 ? 0 : errno;
}

bool sameInfo(const LockInfo& a, const LockInfo& b) {
    return a.pid == b.pid && a.host == b.host && a.since == b.since;
}

}  // namespace

QString LockInfo::describe() const {
    if (pid == 0 && host.isEmpty())
        return Tr::tr(
            "another ReSpan process (it has just opened the file, or opened it under "
            "another name)");
    return Tr::tr("%1 on %2 (%3, process %4) since %5")
        .arg(user.isEmpty() ? Tr::tr("unknown user") : user, host, application,
             QString::number(pid),
             since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

ProjectLock::ProjectLock(QString projectPath)
    : projectPath_(QFileInfo(projectPath).absoluteFilePath()),
      lockPath_(lockPathFor(projectPath)) {}

ProjectLock::~ProjectLock() {
    unlock();
}

QString ProjectLock::lockPathFor(const QString& projectPath) {
    const QFileInfo info(projectPath);
    const QString canonical = info.canonicalFilePath();
    return (canonical.isEmpty() ? info.absoluteFilePath() : canonical) + QStringLiteral(".lock");
}

LockInfo ProjectLock::currentProcess() {
    LockInfo info;
    info.pid = QCoreApplication::applicationPid();
    info.host = QSysInfo::machineHostName();
    info.user = userName();
    const QString app = QCoreApplication::applicationName();
    info.application = app.isEmpty() ? QStringLiteral("ReSpan") : app;
    // Whole seconds: the lock file stores ISO time, and unlock() compares what it reads back.
    info.since = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    return info;
}

bool ProjectLock::isHeld(const QString& path) {
    if (!QFileInfo(path).isFile()) return false;  // a FIFO or device is no project
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) return false;
    struct flock fl = {};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = kLockByte;
    fl.l_len = 1;
    const bool held = ::fcntl(fd, F_OFD_GETLK, &fl) == 0 && fl.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

bool ProjectLock::readLockFile(const QString& lockPath, LockInfo& info) {
    QFile f(lockPath);
    if (!f.open(QIODevice::ReadOnly)) return false;
    const QByteArray data = f.read(4096);
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.first() != QLatin1String("respan-lock 1")) return false;
    bool pidOk = false;
    for (const QString& line : lines) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) continue;
        const QString key = line.left(eq);
        const QString value = line.mid(eq + 1);
        if (key == QLatin1String("pid"))
            info.pid = value.toLongLong(&pidOk);
        else if (key == QLatin1String("host"))
            info.host = value;
        else if (key == QLatin1String("user"))
            info.user = value;
        else if (key == QLatin1String("application"))
            info.application = value;
        else if (key == QLatin1String("since"))
            info.since = QDateTime::fromString(value, Qt::ISODate);
    }
    return pidOk;
}

ProjectLock::Result ProjectLock::tryLock() {
    if (state_ == State::Claimed) return Result::Acquired;
    if (state_ == State::KernelOnly) return Result::Stale;
    holder_ = LockInfo{};
    reason_.clear();

    const QByteArray native = QFile::encodeName(projectPath_);
    const int fd = ::open(native.constData(), O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (fd < 0 && errno != ENOENT) {
        const int error = errno;
        reason_ =
            (error == EACCES || error == EPERM || error == EROFS)
                ? Tr::tr("the file or its folder is read-only for you (%1)").arg(systemError(error))
                : Tr::tr("the file cannot be opened for writing (%1)").arg(systemError(error));
        return Result::Unavailable;
    }
    if (fd >= 0) {
        const int refused = lockDescription(fd);
        if (refused != 0) {
            ::close(fd);
            if (refused != EAGAIN && refused != EACCES) {
                reason_ = Tr::tr("the file system refuses to lock the file (%1)")
                              .arg(systemError(refused));
                return Result::Unavailable;
            }
            // Held: the lock file says by whom, unless the holder came in through another name
            // of the file (a hard link) or has only just taken the lock.
            LockInfo info;
            if (readLockFile(lockPath_, info) &&
                !(info.host == QSysInfo::machineHostName() && !processAlive(info.pid)))
                holder_ = info;
            return Result::HeldByOther;
        }
    }
    fd_ = fd;  // -1 for a file that does not exist yet: adopt() locks it when it is written
    state_ = State::KernelOnly;

    LockInfo left;
    if (QFileInfo::exists(lockPath_) || QFileInfo(lockPath_).isSymLink()) {
        if (!readLockFile(lockPath_, left)) {
            // Unreadable or garbage: no live ReSpan can be behind it, since the kernel lock was
            // free; whatever it was, it may have left work in the autosave.
            holder_.application = Tr::tr("(unreadable lock file)");
            return Result::Stale;
        }
        holder_ = left;
        // On this host every ReSpan takes the kernel lock before it writes a lock file, so a
        // free kernel lock means the lock file's process ended without closing (or its pid now
        // belongs to another program), whatever the pid says. The one exception is a file that
        // does not exist yet: a Save As to that name is under way while its owner lives. A lock
        // file from another host is respected: a share may not carry kernel locks.
        const bool thisHost = left.host == QSysInfo::machineHostName();
        const bool ended = thisHost && (fd_ >= 0 || !processAlive(left.pid));
        if (!ended) {
            releaseKernelLock();
            return Result::HeldByOther;
        }
        return Result::Stale;
    }
    // Without an inode there is no kernel lock to decide between two takers: the lock file is
    // created exclusively then, and the second one finds it taken.
    if (!writeLockFile(fd_ < 0)) {
        releaseKernelLock();
        if (lostRace_) {
            readLockFile(lockPath_, holder_);
            return Result::HeldByOther;
        }
        return Result::Unavailable;
    }
    state_ = State::Claimed;
    holder_ = written_;
    return Result::Acquired;
}

bool ProjectLock::takeOver() {
    if (state_ == State::Claimed) return true;
    if (state_ == State::Free && tryLock() != Result::Stale) return state_ == State::Claimed;
    if (!writeLockFile()) {
        releaseKernelLock();
        return false;
    }
    state_ = State::Claimed;
    holder_ = written_;
    return true;
}

bool ProjectLock::writeLockFile(bool exclusive) {
    lostRace_ = false;
    // What is written is what unlock() compares with later: the same object, not a second
    // currentProcess() whose time may lie a second further on.
    written_ = currentProcess();
    const LockInfo& me = written_;
    const QByteArray content =
        QStringLiteral("respan-lock 1\npid=%1\nhost=%2\nuser=%3\napplication=%4\nsince=%5\n")
            .arg(me.pid)
            .arg(me.host, me.user, me.application, me.since.toString(Qt::ISODate))
            .toUtf8();
    // mkostemp: a fresh file under an unpredictable name, created with O_CREAT|O_EXCL (which
    // never goes through an existing name or symlink); renaming it over the lock file replaces a
    // planted symlink instead of following it.
    QByteArray name = QFile::encodeName(lockPath_ + QStringLiteral(".tmp-XXXXXX"));
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0) {
        reason_ = Tr::tr("cannot create the lock file %1 (%2)").arg(lockPath_, systemError(errno));
        return false;
    }
    const bool written = filemode::applyTo(fd) &&
                         ::write(fd, content.constData(), static_cast<size_t>(content.size())) ==
                             static_cast<ssize_t>(content.size());
    const int writeError = errno;
    ::close(fd);
    const QByteArray target = QFile::encodeName(lockPath_);
    const bool placed =
        written && (exclusive ? ::renameat2(AT_FDCWD, name.constData(), AT_FDCWD,
                                            target.constData(), RENAME_NOREPLACE) == 0
                              : ::rename(name.constData(), target.constData()) == 0);
    if (!placed) {
        const int error = written ? errno : writeError;
        ::unlink(name.constData());
        lostRace_ = written && exclusive && error == EEXIST;
        reason_ = Tr::tr("cannot write the lock file %1 (%2)").arg(lockPath_, systemError(error));
        return false;
    }
    ownLockFile_ = true;
    return true;
}

bool ProjectLock::adopt(const QString& completeFile) {
    if (state_ != State::Claimed) return false;
    const int fd = ::open(QFile::encodeName(completeFile).constData(),
                          O_RDWR | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY);
    if (fd < 0) return false;
    if (lockDescription(fd) != 0) {
        ::close(fd);
        return false;
    }
    // The old inode stays locked until the rename has put the new one in its place.
    previousFd_ = fd_;
    fd_ = fd;
    return true;
}

void ProjectLock::settleAdoption(bool renamed) {
    if (previousFd_ < 0 && renamed) return;
    if (renamed) {
        ::close(previousFd_);
    } else {
        ::close(fd_);
        fd_ = previousFd_;
    }
    previousFd_ = -1;
}

bool ProjectLock::stillOwnsFile() const {
    if (state_ != State::Claimed) return false;
    if (fd_ < 0) return true;  // nothing written yet under this name
    struct stat locked = {};
    struct stat named = {};
    if (::fstat(fd_, &locked) != 0) return false;
    if (::stat(QFile::encodeName(projectPath_).constData(), &named) != 0) return false;
    return locked.st_dev == named.st_dev && locked.st_ino == named.st_ino;
}

void ProjectLock::releaseKernelLock() {
    if (fd_ >= 0) ::close(fd_);
    if (previousFd_ >= 0) ::close(previousFd_);
    fd_ = -1;
    previousFd_ = -1;
    state_ = State::Free;
}

void ProjectLock::unlock() {
    if (state_ == State::Free) return;
    if (ownLockFile_) {
        // While the kernel lock is ours nobody else writes the lock file; the comparison guards
        // a file that had no inode to lock yet. A save of ours that failed and could not be
        // rolled back leaves a hot journal: the lock file stays as its voucher, so the next
        // opener rolls it back as the interrupted save of a session that ended.
        LockInfo info;
        if (readLockFile(lockPath_, info) && sameInfo(info, holder_) &&
            !(vouchForJournal_ && hasHotJournal(projectPath_)))
            QFile::remove(lockPath_);
        ownLockFile_ = false;
    }
    releaseKernelLock();
}

}  // namespace respan
