#pragma once

#include <QString>

#include "core/document/projectdocument.h"

namespace respan::test {

/// A small but complete project built in code: elements with history and attached documents,
/// donors, two structures with spans and slots, pinned and proposed assignments, settings.
void fillSampleProject(ProjectDocument& doc);

/// A large synthetic project (`elements` elements, `slots` slots in spans of 10), for benchmarks.
void fillLargeProject(ProjectDocument& doc, int elements, int slots, unsigned seed = 42);

/// Field-by-field equality of two documents' content (elements, donors, structures,
/// assignments in any order, settings); on difference returns a description, else empty.
QString compareDocuments(const ProjectDocument& a, const ProjectDocument& b);

}  // namespace respan::test
