#pragma once

#include <QString>

namespace respan {

/// Why an export (report, spreadsheet, CSV, passport, plan JSON) must not be written to
/// `output`, or an empty string when it may (docs/project-file.md, "Outputs never destroy a
/// project"). Refused: the project `project` itself under any name (symlink, hard link), any
/// ReSpan project (its application id), a file that a ReSpan session holds locked, and the lock,
/// autosave and journal files beside a project. `project` may be empty (nothing open).
QString outputRefusal(const QString& output, const QString& project);

}  // namespace respan
