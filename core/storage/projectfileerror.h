#pragma once

#include <QString>

#include <exception>
#include <string>

namespace respan {

/// Why a project file could not be opened, saved or checked. The message is translated and
/// names the file; `kind` lets callers pick an exit status or a dialog.
class ProjectFileError : public std::exception {
public:
    enum class Kind {
        NotFound,   ///< no such file
        NotSqlite,  ///< not an SQLite database at all (garbage, truncated, other format)
        Foreign,    ///< an SQLite database, but not a ReSpan project (or one with planted objects)
        Newer,      ///< written by a newer ReSpan: schema version too high
        Corrupt,    ///< a ReSpan project that fails its integrity checks or holds impossible data
        Locked,     ///< another process holds the project's lock
        ReadOnly,   ///< the project was opened read-only
        Io,         ///< the operating system refused (disk full, permissions, I/O error)
    };

    ProjectFileError(Kind kind, QString path, QString message)
        : kind_(kind),
          path_(std::move(path)),
          message_(std::move(message)),
          what_(message_.toStdString()) {}

    [[nodiscard]] Kind kind() const { return kind_; }
    [[nodiscard]] const QString& path() const { return path_; }
    [[nodiscard]] const QString& message() const { return message_; }
    [[nodiscard]] const char* what() const noexcept override { return what_.c_str(); }
    /// True when the file was refused as input (exit status 2), false for other failures (3).
    [[nodiscard]] bool isRefusal() const { return kind_ != Kind::Io; }

private:
    Kind kind_;
    QString path_;
    QString message_;
    std::string what_;
};

}  // namespace respan
