#include "core/commands/cmdslotedit.h"

#include <stdexcept>

#include "core/document/projectdocument.h"

namespace respan {

Slot SlotEditTraits::get(const ProjectDocument& doc, Uid uid) {
    const Slot* slot = doc.slotByUid(uid);
    if (slot == nullptr) throwNoLongerExists(CommandTarget::Slot);
    return *slot;
}

void SlotEditTraits::set(ProjectDocument& doc, Uid uid, const Slot& value) {
    const SlotPosition pos = doc.slotPosition(uid);
    if (!pos.isValid()) throwNoLongerExists(CommandTarget::Slot);
    doc.updateSlot(pos.structure, pos.span, pos.slot, value);
}

}  // namespace respan
