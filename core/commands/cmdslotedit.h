#pragma once

#include "core/commands/cmdvalueedit.h"
#include "core/model/structure.h"

namespace respan {

struct SlotEditTraits {
    using Value = Slot;
    static constexpr CommandId kId = CommandId::SlotEdit;
    static Slot get(const ProjectDocument& doc, Uid slotUid);
    static void set(ProjectDocument& doc, Uid slotUid, const Slot& value);
};

/// Renames a slot or changes its design demands (MEd, VEd).
using CmdSlotEdit = CmdValueEdit<SlotEditTraits>;

}  // namespace respan
