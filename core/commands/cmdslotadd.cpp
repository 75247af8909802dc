#include "core/commands/cmdslotadd.h"

#include <QCoreApplication>

#include <stdexcept>

namespace respan {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Commands)
};

const Span& spanOf(const ProjectDocument& doc, Uid spanUid, SlotPosition* where = nullptr) {
    const SlotPosition pos = doc.spanPosition(spanUid);
    if (pos.structure < 0) throwNoLongerExists(CommandTarget::Span);
    if (where != nullptr) *where = pos;
    return doc.structure(pos.structure).spans.at(static_cast<std::size_t>(pos.span));
}
}  // namespace

CmdSlotAdd::CmdSlotAdd(ProjectDocument& doc, Uid spanUid, Slot slot, int index)
    : DocumentCommand(doc,
                      Tr::tr("Add slot %1 to span %2").arg(slot.name, spanOf(doc, spanUid).name)),
      spanUid_(spanUid),
      owned_(Removed<Slot>{std::move(slot), {}}),
      index_(index < 0 ? static_cast<int>(spanOf(doc, spanUid).slots.size()) : index) {}

void CmdSlotAdd::apply() {
    SlotPosition pos;
    spanOf(doc(), spanUid_, &pos);
    doc().restoreSlot(pos.structure, pos.span, index_, std::move(*owned_));
    owned_.reset();
    uid_ = spanOf(doc(), spanUid_).slots.at(static_cast<std::size_t>(index_)).uid;
}

void CmdSlotAdd::revert() {
    const SlotPosition pos = doc().slotPosition(uid_);
    owned_ = doc().takeSlot(pos.structure, pos.span, pos.slot);
}

}  // namespace respan
