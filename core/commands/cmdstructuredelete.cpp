#include "core/commands/cmdstructuredelete.h"

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

CmdStructureDelete::CmdStructureDelete(ProjectDocument& doc, Uid structureUid)
    : DocumentCommand(
          doc, Tr::tr("Delete structure %1").arg(doc.structure(indexOf(doc, structureUid)).name)),
      uid_(structureUid) {}

void CmdStructureDelete::apply() {
    index_ = indexOf(doc(), uid_);
    removed_ = doc().takeStructure(index_);
}

void CmdStructureDelete::revert() {
    doc().restoreStructure(index_, std::move(*removed_));
    removed_.reset();
}

}  // namespace respan
