#pragma once
// The recertification files of docs/contract/planning.md sections 4.1 and 4.2
// (docs/recertification.md): the protocol template and the results per girder and step.
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

#include "core/io/csvimport.h"
#include "core/io/importmessage.h"
#include "core/model/certification.h"
#include "core/model/element.h"

namespace respan {
class ProjectDocument;
}

namespace respan::io {

/// Result of reading a protocol CSV: the whole template (no errors) or errors (no steps).
struct ProtocolImport {
    std::vector<ProtocolStep> steps;
    ImportMessages errors;
    ImportMessages warnings;
    [[nodiscard]] bool ok() const { return errors.empty(); }
};

/// Parses and validates a protocol CSV completely: every field of every row, then the template
/// as a whole (unique ids, known predecessors, no cycles, one capacity per resource), each
/// problem at the row and column of the step concerned.
ProtocolImport parseProtocolCsv(const QByteArray& bytes);

/// Writes the template as the protocol CSV (same conventions as writeElementsCsv), so that
/// parseProtocolCsv on the result gives back the same steps.
QByteArray writeProtocolCsv(const std::vector<ProtocolStep>& steps,
                            CsvDialect dialect = CsvDialect::CommaPoint);

/// Result of reading a certification results CSV against a project: the changed girders, whole
/// (no errors), or errors (nothing to change).
struct CertificationImport {
    std::vector<Element> changed;  ///< the girders the file touches, as they are after it
    int records = 0;               ///< rows read
    QStringList rejected;          ///< ids of girders a failed step rejects
    QStringList verified;          ///< ids of girders whose resistances a step replaced
    QStringList certified;         ///< ids of girders whose every step is now done
    ImportMessages errors;
    ImportMessages warnings;
    [[nodiscard]] bool ok() const { return errors.empty(); }
};

/// Parses and validates a certification CSV (section 4.2) against `project`: the girder and the
/// step must exist there, a girder-step pair comes once, dates are in order, resistances come
/// only with a passed or conditional step. Each row replaces that step's record (its evidence and
/// planned start are kept). A failed step rejects the girder; a passed or conditional step with
/// resistances replaces them, basis verified; a girder in storage whose every step is done
/// becomes certified. Every such change enters the girder's history with `user` and `when`.
CertificationImport parseCertificationCsv(const QByteArray& bytes, const ProjectDocument& project,
                                          const QString& user, const QDateTime& when);

/// Writes the records of every girder as a certification CSV (one row per record with a status
/// other than planned or with dates), readable by parseCertificationCsv.
QByteArray writeCertificationCsv(const ProjectDocument& doc,
                                 CsvDialect dialect = CsvDialect::CommaPoint);

/// Puts `elements` in place of the document's girders of the same uids, all or nothing: throws
/// std::invalid_argument, changing nothing, when one of them is no longer in the document.
void replaceElements(ProjectDocument& doc, const std::vector<Element>& elements);

/// Replaces the changed girders in the document. Throws std::invalid_argument, changing nothing,
/// when the import has errors or a girder no longer exists.
void applyCertificationImport(ProjectDocument& doc, CertificationImport&& import);

}  // namespace respan::io
