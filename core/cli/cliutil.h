#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

#include "core/cli/cli.h"

class QTextStream;

namespace respan {
class ProjectDocument;
class ProjectSession;
}  // namespace respan

namespace respan::cli {

/// Thrown by command handlers for a wrong command line; run() prints usage and returns 1.
struct UsageError {
    QString message;
};

/// Opens FILE for a command that changes it, lets `edit` change the document, and saves in one
/// transaction (atomic: all of the edit or nothing). `edit` returns an exit status; anything but
/// kOk discards the edit and leaves the file untouched. ProjectFileError becomes exit 2 or 3.
/// What `edit` writes to `report` ("imported 3 elements") reaches `out` only after the save
/// succeeded: nothing is announced that the file does not hold.
int editProject(const QString& path, QTextStream& out, QTextStream& err,
                const std::function<int(ProjectDocument& doc, QTextStream& report)>& edit);

/// Opens FILE read-only for a command that only reads it.
int readProject(const QString& path, QTextStream& err,
                const std::function<int(ProjectDocument& doc, ProjectSession& session)>& read);

/// Largest input respan-cli reads (a CSV or passport; passports embed documents).
inline constexpr qsizetype kMaxInputBytes = qsizetype(512) << 20;

/// Reads a whole input file (a file, pipe or FIFO; devices and folders are refused, and so is
/// anything over kMaxInputBytes); on failure prints an error and returns false.
bool readInputFile(const QString& path, QByteArray& bytes, QTextStream& err);

/// Writes a whole output file, completely or not at all (a half-written plan or passport is
/// worse than none); on failure prints an error and returns false.
bool writeOutputFile(const QString& path, const QByteArray& bytes, QTextStream& err);

/// Refuses an output path that would overwrite the project `project`, another ReSpan project or
/// a locked file (outputRefusal): prints the reason and returns false (the caller exits 2).
bool outputAllowed(const QString& output, const QString& project, QTextStream& err);

/// The command line of a report command `NAME FILE [--json OUT]` (loads, certification).
struct FileAndJson {
    QString file;
    QString json;                     ///< empty: print to standard output
    QHash<QString, QString> options;  ///< values of the command's own options ("--at" -> date)
};
/// Reads FILE, an optional --json OUT and the options named in `valueOptions`, each with one
/// value; throws UsageError for anything else.
FileAndJson parseFileAndJson(const QStringList& args, const QStringList& valueOptions = {});

/// Name of the user running the command, for history entries.
QString currentUser();

}  // namespace respan::cli
