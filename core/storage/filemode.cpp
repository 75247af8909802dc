#include "core/storage/filemode.h"

#include <QByteArray>
#include <QFile>

#include <sys/stat.h>

namespace respan::filemode {

mode_t newFileMode() {
    // umask() itself can only be read by setting it, which races with other threads creating
    // files; Linux reports it in /proc/self/status since 4.7.
    QFile status(QStringLiteral("/proc/self/status"));
    mode_t mask = 022;
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray& line : lines) {
            if (!line.startsWith("Umask:")) continue;
            bool ok = false;
            const uint value = line.mid(6).trimmed().toUInt(&ok, 8);
            if (ok) mask = static_cast<mode_t>(value & 0777);
            break;
        }
    }
    return static_cast<mode_t>(0666 & ~mask);
}

bool applyTo(int fd) {
    return ::fchmod(fd, newFileMode()) == 0;
}

}  // namespace respan::filemode

namespace respan::filemode {

bool applyTo(const QString& path) {
    return ::chmod(QFile::encodeName(path).constData(), newFileMode()) == 0;
}

}  // namespace respan::filemode
