#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

#include "core/io/importmessage.h"
#include "core/model/element.h"
#include "core/model/structure.h"

namespace respan {
class ProjectDocument;
}

namespace respan::io {

/// The two CSV dialects of docs/contract/matching.md section 4.
enum class CsvDialect {
    CommaPoint,      ///< "," between fields, "." as decimal separator
    SemicolonComma,  ///< ";" between fields, "," as decimal separator (Dutch spreadsheets)
};

/// How the bytes of an imported file were decoded (see csvreader.h for the detection rules).
enum class TextEncoding {
    Utf8,         ///< valid UTF-8 without byte order mark (includes plain ASCII)
    Utf8Bom,      ///< UTF-8 with byte order mark
    Utf16LE,      ///< UTF-16 little endian, with byte order mark
    Utf16BE,      ///< UTF-16 big endian, with byte order mark
    Windows1252,  ///< not valid UTF-8 and no byte order mark: read as Windows-1252, with a warning
};

/// Result of reading elements.csv: either elements (no errors) or errors (no elements).
struct ElementImport {
    std::vector<Element> elements;  ///< ready to add; uids not yet assigned; one history entry each
    ImportMessages errors;          ///< every error in the file; non-empty means import nothing
    ImportMessages warnings;        ///< e.g. unknown columns (ignored), encoding guessed
    CsvDialect dialect = CsvDialect::CommaPoint;
    TextEncoding encoding = TextEncoding::Utf8;
    [[nodiscard]] bool ok() const { return errors.empty(); }
};

/// Result of reading design.csv: structures with spans and slots, to be merged into a project.
struct DesignImport {
    std::vector<Structure> structures;  ///< uids not yet assigned
    ImportMessages errors;
    ImportMessages warnings;
    CsvDialect dialect = CsvDialect::CommaPoint;
    TextEncoding encoding = TextEncoding::Utf8;
    [[nodiscard]] bool ok() const { return errors.empty(); }
};

/// Parses and validates elements.csv completely (every row, every field; ids unique within the
/// file and against `project`). `user` is written into each element's first history entry.
ElementImport parseElementsCsv(const QByteArray& bytes, const ProjectDocument& project,
                               const QString& user);

/// Parses and validates design.csv completely. Structure and span values repeated on each row
/// must agree; slots must not exist yet in `project`. A structure or span that exists in
/// `project` (same name, same site / same length and date) receives the new spans or slots.
DesignImport parseDesignCsv(const QByteArray& bytes, const ProjectDocument& project);

/// Adds the elements of a successful import to the document (one notification).
/// Throws std::invalid_argument, changing nothing, when the import has errors or an id is taken.
void applyElementImport(ProjectDocument& doc, ElementImport&& import);
/// Merges the structures of a successful import into the document, in file order: new
/// structures are appended, new spans appended to existing structures, new slots to existing
/// spans. Throws std::invalid_argument, changing nothing, when the import has errors or no longer
/// fits the document (a slot that exists by now, a site or span that differs).
void applyDesignImport(ProjectDocument& doc, DesignImport&& import);

/// Writes the inventory as elements.csv in `dialect` (UTF-8 without byte order mark, CRLF, all
/// columns of docs/contract/matching.md in its order, RFC 4180 quoting, shortest round-trip
/// numbers) so that parseElementsCsv on the result gives back the same field values. Notes,
/// documents and history are not part of the exchange format.
QByteArray writeElementsCsv(const ProjectDocument& doc,
                            CsvDialect dialect = CsvDialect::CommaPoint);

/// Writes the receiving structures as design.csv (one row per slot, same conventions as
/// writeElementsCsv). Structures without spans and spans without slots have no row to go in and
/// are left out; structure notes are not part of the exchange format.
QByteArray writeDesignCsv(const ProjectDocument& doc, CsvDialect dialect = CsvDialect::CommaPoint);

}  // namespace respan::io
