#pragma once

#include <vector>

#include "core/model/element.h"

namespace respan {

class ProjectDocument;

/// The elements an import appended to a document, kept with their uids (and the contents of
/// their attached documents) so that undo can take exactly them out and redo put them back as
/// they were, also after a save has dropped the contents from memory. Shared by the import
/// commands.
class ImportedElements {
public:
    /// Remembers rows `first`..end of `doc` (what an import just appended).
    void recordFrom(const ProjectDocument& doc, int first);
    /// Takes the remembered elements out of `doc` (one notification when they are contiguous).
    void takeOut(ProjectDocument& doc) const;
    /// Appends them again with the same uids.
    void putBack(ProjectDocument& doc) const;
    [[nodiscard]] std::size_t size() const { return elements_.size(); }
    [[nodiscard]] bool isRecorded() const { return recorded_; }

private:
    std::vector<Element> elements_;
    bool recorded_ = false;
};

}  // namespace respan
