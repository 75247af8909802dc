#include "core/commands/cmdstructureadd.h"

#include <QCoreApplication>

#include <stdexcept>

namespace respan {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Commands)
};

int indexOf(const ProjectDocument& doc, Uid uid) {
    const int index = doc.structureIndex(uid);
    if (index < 0) throwNoLongerExists(CommandTarget::Structure);
    return index;
}
}  // namespace

CmdStructureAdd::CmdStructureAdd(ProjectDocument& doc, Structure structure, int index)
    : DocumentCommand(doc, Tr::tr("Add structure %1").arg(structure.name)),
      owned_(Removed<Structure>{std::move(structure), {}}),
      index_(index < 0 ? doc.structureCount() : index) {}

void CmdStructureAdd::apply() {
    // Uids are allocated on the first apply and travel with the structure through undo and redo,
    // so later commands that refer to its spans and slots find them again.
    doc().restoreStructure(index_, std::move(*owned_));
    owned_.reset();
    uid_ = doc().structure(index_).uid;
}

void CmdStructureAdd::revert() {
    owned_ = doc().takeStructure(indexOf(doc(), uid_));
}

}  // namespace respan
