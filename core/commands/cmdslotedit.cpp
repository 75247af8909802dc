#include "core/commands/cmdslotedit.h"

#include <stdexcept>

#include "core/document/projectdocument.h"

namespace respan {

Slot SlotEditTraits::get(const ProjectDocument& doc, Uid uid) {
    const Slot* slot = doc.slotByUid(uid);
    if (slot == nullptr) throw std::invalid_argument("slot no longer exists");
    return *slot;
}

void SlotEditTraits::set(ProjectDocument& doc, Uid uid, const Slot& value) {
    const SlotPosition pos = doc.slotPosition(uid);
    if (!pos.isValid()) throw std::invalid_argument("slot no longer exists");
    doc.updateSlot(pos.structure, pos.span, pos.slot, value);
}

}  // namespace respan
