#include "core/commands/importedelements.h"

#include <stdexcept>

#include "core/document/projectdocument.h"

namespace respan {

void ImportedElements::recordFrom(const ProjectDocument& doc, int first) {
    elements_.clear();
    for (int row = first; row < doc.elementCount(); ++row) elements_.push_back(doc.element(row));
    recorded_ = true;
}

void ImportedElements::takeOut(ProjectDocument& doc) const {
    if (elements_.empty()) return;
    const int first = doc.elementRow(elements_.front().uid);
    const int last = doc.elementRow(elements_.back().uid);
    if (first < 0 || last < 0) throw std::invalid_argument("imported elements no longer exist");
    if (last - first + 1 == static_cast<int>(elements_.size())) {
        doc.takeElements(first, last);
        return;
    }
    // Not contiguous (should not happen: uids are allocated in order); one at a time, from the
    // end so that the rows of the others stay valid.
    for (auto it = elements_.rbegin(); it != elements_.rend(); ++it) {
        const int row = doc.elementRow(it->uid);
        if (row >= 0) doc.takeElement(row);
    }
}

void ImportedElements::putBack(ProjectDocument& doc) const {
    doc.appendElements(elements_);
}

}  // namespace respan
