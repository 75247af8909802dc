#pragma once

#include <QString>

#include <sys/types.h>

namespace respan::filemode {

/// Permission bits for a new file as an ordinary program would create it: 0666 less the
/// process's umask (read without changing it, from /proc/self/status; 0644 where that is not
/// available). Temporary files made with mkstemp or QSaveFile start at 0600 and get these bits
/// before they are renamed into place, so that colleagues on a shared drive can open them.
mode_t newFileMode();

/// Gives the open file `fd` newFileMode(); false when the file system refuses.
bool applyTo(int fd);
/// The same for the file at `path` (a temporary file of ReSpan's own).
bool applyTo(const QString& path);

}  // namespace respan::filemode
