#include "core/commands/cmdassignmentremove.h"

#include <QCoreApplication>

#include "core/document/projectdocument.h"

namespace respan {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Commands)
};
}  // namespace

CmdAssignmentRemove::CmdAssignmentRemove(ProjectDocument& doc, std::vector<Uid> slotUids)
    : AssignmentChange(doc, {}) {
    plan({}, slotUids);
    if (slotUids.size() == 1) {
        const auto a = doc.assignmentForSlot(slotUids.front());
        const Element* e = a ? doc.elementByUid(a->elementUid) : nullptr;
        const Slot* s = doc.slotByUid(slotUids.front());
        if (e != nullptr && s != nullptr) {
            setText(Tr::tr("Remove %1 from slot %2").arg(e->id, s->name));
            return;
        }
    }
    setText(Tr::tr("Empty %n slot(s)", nullptr, static_cast<int>(slotUids.size())));
}

}  // namespace respan
