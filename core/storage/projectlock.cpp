#include "storage/projectlock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <pwd.h>
#include <unistd.h>

namespace respan {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::ProjectLock)
};

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

}  // namespace

QString LockInfo::describe() const {
    return Tr::tr("%1 on %2 (%3, process %4) since %5")
        .arg(user.isEmpty() ? Tr::tr("unknown user") : user, host, application,
             QString::number(pid),
             since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

ProjectLock::ProjectLock(QString projectPath) : lockPath_(lockPathFor(projectPath)) {}

ProjectLock::~ProjectLock() {
    unlock();
}

QString ProjectLock::lockPathFor(const QString& projectPath) {
    return QFileInfo(projectPath).absoluteFilePath() + QStringLiteral(".lock");
}

LockInfo ProjectLock::currentProcess() {
    LockInfo info;
    info.pid = QCoreApplication::applicationPid();
    info.host = QSysInfo::machineHostName();
    info.user = userName();
    const QString app = QCoreApplication::applicationName();
    info.application = app.isEmpty() ? QStringLiteral("ReSpan") : app;
    info.since = QDateTime::currentDateTimeUtc();
    return info;
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
    if (locked_) return Result::Acquired;
    const LockInfo me = currentProcess();
    const QString content =
        QStringLiteral("respan-lock 1\npid=%1\nhost=%2\nuser=%3\napplication=%4\nsince=%5\n")
            .arg(me.pid)
            .arg(me.host, me.user, me.application, me.since.toString(Qt::ISODate));
    const QString tmp = lockPath_ + QStringLiteral(".%1.tmp").arg(me.pid);
    {
        QFile f(tmp);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content.toUtf8()) < 0 ||
            !f.flush()) {
            QFile::remove(tmp);
            // A folder we cannot write to: nobody can save here, so behave as read-only.
            holder_ = LockInfo{};
            holder_.application = Tr::tr("(the folder is not writable)");
            return Result::HeldByOther;
        }
    }
    const int rc =
        ::link(QFile::encodeName(tmp).constData(), QFile::encodeName(lockPath_).constData());
    const int linkErrno = errno;
    QFile::remove(tmp);
    if (rc == 0) {
        locked_ = true;
        holder_ = me;
        return Result::Acquired;
    }
    if (linkErrno != EEXIST) {
        holder_ = LockInfo{};
        holder_.application = Tr::tr("(cannot create a lock file: %1)")
                                  .arg(QString::fromLocal8Bit(strerror(linkErrno)));
        return Result::HeldByOther;
    }
    LockInfo info;
    if (!readLockFile(lockPath_, info)) {
        // Unreadable or garbage lock: nothing can vouch for a live owner.
        holder_ = LockInfo{};
        holder_.application = Tr::tr("(unreadable lock file)");
        return Result::Stale;
    }
    holder_ = info;
    if (info.host == me.host && (info.pid == me.pid || processAlive(info.pid)))
        return Result::HeldByOther;
    if (info.host != me.host) return Result::HeldByOther;
    return Result::Stale;
}

bool ProjectLock::takeOver() {
    if (locked_) return true;
    QFile::remove(lockPath_);
    return tryLock() == Result::Acquired;
}

void ProjectLock::unlock() {
    if (!locked_) return;
    LockInfo info;
    // Remove only our own lock: if someone broke it and took over, theirs stays.
    if (readLockFile(lockPath_, info) && info.pid == holder_.pid && info.host == holder_.host) {
        QFile::remove(lockPath_);
    }
    locked_ = false;
}

}  // namespace respan
