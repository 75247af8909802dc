#include "core/commands/cmdassignmentmove.h"

#include <QCoreApplication>

#include <stdexcept>

#include "core/document/projectdocument.h"

namespace respan {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Commands)
};
}  // namespace

CmdAssignmentMove::CmdAssignmentMove(ProjectDocument& doc, Uid fromSlot, Uid toSlot)
    : AssignmentChange(doc, {}) {
    const auto current = doc.assignmentForSlot(fromSlot);
    if (!current) throw std::invalid_argument("the slot to move from is empty");
    plan({Assignment{current->elementUid, toSlot, true}}, {});
    const Element* e = doc.elementByUid(current->elementUid);
    const Slot* s = doc.slotByUid(toSlot);
    setText(Tr::tr("Move %1 to slot %2").arg(e->id, s->name));
}

}  // namespace respan
