#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

#include "io/importmessage.h"
#include "model/element.h"
#include "model/structure.h"

namespace respan {
class ProjectDocument;
}

namespace respan::io {

/// The two CSV dialects of matching.md section 4.
enum class CsvDialect {
    CommaPoint,      ///< "," between fields, "." as decimal separator
    SemicolonComma,  ///< ";" between fields, "," as decimal separator (Dutch spreadsheets)
};

/// Result of reading elements.csv: either elements (no errors) or errors (no elements).
struct ElementImport {
    std::vector<Element> elements;  ///< ready to add; uids not yet assigned; one history entry each
    ImportMessages errors;          ///< every error in the file; non-empty means import nothing
    ImportMessages warnings;        ///< e.g. unknown columns (ignored)
    CsvDialect dialect = CsvDialect::CommaPoint;
    [[nodiscard]] bool ok() const { return errors.empty(); }
};

/// Result of reading design.csv: structures with spans and slots, to be merged into a project.
struct DesignImport {
    std::vector<Structure> structures;  ///< uids not yet assigned
    ImportMessages errors;
    ImportMessages warnings;
    CsvDialect dialect = CsvDialect::CommaPoint;
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
void applyElementImport(ProjectDocument& doc, ElementImport&& import);
/// Merges the structures of a successful import into the document.
void applyDesignImport(ProjectDocument& doc, DesignImport&& import);

/// Writes the inventory as elements.csv in `dialect` (UTF-8, header, RFC 4180 quoting) so that
/// parseElementsCsv on the result gives back the same field values.
QByteArray writeElementsCsv(const ProjectDocument& doc,
                            CsvDialect dialect = CsvDialect::CommaPoint);

}  // namespace respan::io
