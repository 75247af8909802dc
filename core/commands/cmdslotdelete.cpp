#include "core/commands/cmdslotdelete.h"

#include <QCoreApplication>

#include <stdexcept>

namespace respan {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Commands)
};

SlotPosition positionOf(const ProjectDocument& doc, Uid slotUid) {
    const SlotPosition pos = doc.slotPosition(slotUid);
    if (!pos.isValid()) throwNoLongerExists(CommandTarget::Slot);
    return pos;
}

const Span& spanAt(const ProjectDocument& doc, const SlotPosition& pos) {
    return doc.structure(pos.structure).spans.at(static_cast<std::size_t>(pos.span));
}
}  // namespace

CmdSlotDelete::CmdSlotDelete(ProjectDocument& doc, Uid slotUid)
    : DocumentCommand(doc,
                      Tr::tr("Delete slot %1")
                          .arg(doc.slotByUid(slotUid) ? doc.slotByUid(slotUid)->name : QString())),
      uid_(slotUid) {}

void CmdSlotDelete::apply() {
    const SlotPosition pos = positionOf(doc(), uid_);
    spanUid_ = spanAt(doc(), pos).uid;
    index_ = pos.slot;
    removed_ = doc().takeSlot(pos.structure, pos.span, pos.slot);
}

void CmdSlotDelete::revert() {
    const SlotPosition pos = doc().spanPosition(spanUid_);
    if (pos.structure < 0) throwNoLongerExists(CommandTarget::Span);
    doc().restoreSlot(pos.structure, pos.span, index_, std::move(*removed_));
    removed_.reset();
}

}  // namespace respan
