#include "core/commands/cmdelementdelete.h"

#include <QCoreApplication>

#include <stdexcept>

namespace respan {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Commands)
};

QString idOf(const ProjectDocument& doc, Uid uid) {
    const Element* e = doc.elementByUid(uid);
    if (e == nullptr) throwNoLongerExists(CommandTarget::Element);
    return e->id;
}
}  // namespace

CmdElementDelete::CmdElementDelete(ProjectDocument& doc, Uid elementUid)
    : DocumentCommand(doc, Tr::tr("Delete element %1").arg(idOf(doc, elementUid))),
      uid_(elementUid) {}

void CmdElementDelete::apply() {
    const int row = doc().elementRow(uid_);
    if (row < 0) throwNoLongerExists(CommandTarget::Element);
    removed_ = doc().takeElement(row);
}

void CmdElementDelete::revert() {
    doc().restoreElement(std::move(*removed_));
    removed_.reset();
}

}  // namespace respan
