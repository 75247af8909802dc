#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

#include "core/model/element.h"

namespace respan {
class ProjectDocument;
}

namespace respan::passport {

/// One problem in a passport, at its JSON path ("elements[3].geometry.length_m"; empty when it
/// concerns the whole file), with the offending value as JSON text and the rule that was broken.
struct PassportMessage {
    QString path;
    QString value;    ///< e.g. "-2.5" or "\"G-1\"" (cut at 100 characters); empty when absent
    QString rule;     ///< "json", "schema", "schema-version", "required", "type", "range", ...
    QString message;  ///< translated sentence

    /// "elements[3].geometry.length_m = -2.5: must be between 1 and 200 m (range)"
    [[nodiscard]] QString toString() const;
    friend bool operator==(const PassportMessage&, const PassportMessage&) = default;
};
using PassportMessages = std::vector<PassportMessage>;

/// One field in which the project and the passport disagree, at its path inside the element or
/// donor ("geometry.length_m"), with both values as JSON text.
struct Difference {
    QString path;
    QString projectValue;
    QString passportValue;
    [[nodiscard]] QString toString() const;
};

/// An element or donor that exists in the project (same id or name) with different data.
struct PassportConflict {
    enum class Kind { Element, Donor };
    Kind kind = Kind::Element;
    QString key;   ///< element id or donor name
    QString path;  ///< where it is in the passport, e.g. "elements[2]"
    std::vector<Difference> differences;
    /// "element G-1 (elements[0]) exists in the project with different data: geometry.length_m:
    /// 17.92 in the project, 18.5 in the passport; ..."
    [[nodiscard]] QString toString() const;
};

/// Result of reading a passport against a project. Nothing in the project changes until
/// applyPassportImport, which takes all of it or nothing.
struct PassportImport {
    int schemaVersion = 0;
    QString sourceProject;      ///< header "source_project"
    QString producer;           ///< header "producer": "ReSpan 0.1.0"
    PassportMessages errors;    ///< every broken rule in the file; non-empty: no elements below
    PassportMessages warnings;  ///< e.g. keys this version does not know (ignored)
    std::vector<PassportConflict> conflicts;  ///< same id / name with different data
    /// Ids of elements that are in the project with exactly the same data: skipped.
    QStringList alreadyPresent;
    /// Elements to add: ids, history and documents as in the passport, uids not yet assigned,
    /// document contents in pendingContent (so the next save writes them into the project file).
    std::vector<Element> elements;
    /// Donor structures of the passport (merged by name on apply: new ones are added, empty
    /// fields of existing ones filled in).
    std::vector<DonorStructure> donors;
    /// What merging the donors will fill in, e.g. "donor A9 West: harvest date 2024-03-15".
    QStringList donorUpdates;

    [[nodiscard]] bool ok() const { return errors.empty() && conflicts.empty(); }
    /// True when applying would change the project (new elements or donor data).
    [[nodiscard]] bool changesProject() const { return !elements.empty() || !donorUpdates.empty(); }
};

/// Field-by-field differences between an element in the project and the same id in a passport
/// (uids and document contents aside: contents are covered by their SHA-256); empty when equal.
std::vector<Difference> elementDifferences(const Element& project, const Element& passport);

/// Parses and validates a whole passport (JSON syntax, schema id and version, types, required
/// fields, the model's rules via validateElement, unique ids and donor names, document contents
/// against their size and SHA-256, element content hashes) and compares it with `project`:
/// an element whose id exists there is skipped when identical and a conflict otherwise; donors
/// are compared by name. A passport of a newer schema version is refused with one error naming
/// the version needed; nothing else is reported then.
PassportImport readPassport(const QByteArray& bytes, const ProjectDocument& project);

/// Adds the new elements and merges the donors (one change of each kind). Throws
/// std::invalid_argument, changing nothing, when the import has errors or conflicts or no longer
/// fits the document (an id taken or a donor changed since readPassport).
void applyPassportImport(ProjectDocument& doc, PassportImport&& import);

}  // namespace respan::passport
