#include "core/commands/cmdstructureedit.h"

#include <stdexcept>

#include "core/document/projectdocument.h"

namespace respan {

namespace {
int indexOf(const ProjectDocument& doc, Uid uid) {
    const int index = doc.structureIndex(uid);
    if (index < 0) throwNoLongerExists(CommandTarget::Structure);
    return index;
}
}  // namespace

StructureHeader structureHeaderOf(const Structure& s) {
    return {s.name, s.site, s.notes, s.deck, s.fixedTotalLength};
}

StructureHeader StructureEditTraits::get(const ProjectDocument& doc, Uid uid) {
    return structureHeaderOf(doc.structure(indexOf(doc, uid)));
}

void StructureEditTraits::set(ProjectDocument& doc, Uid uid, const StructureHeader& v) {
    const int index = indexOf(doc, uid);
    doc.updateStructureHeader(index, v.name, v.site, v.notes);
    doc.updateStructureDeck(index, v.deck);
    doc.updateStructureFixedTotal(index, v.fixedTotalLength);
}

}  // namespace respan
