#pragma once

#include <optional>

#include "core/commands/documentcommand.h"
#include "core/document/projectdocument.h"

namespace respan {

/// Adds one slot to a span at `index` (-1 = at the end). While undone, owns the slot.
class CmdSlotAdd : public DocumentCommand {
public:
    CmdSlotAdd(ProjectDocument& doc, Uid spanUid, Slot slot, int index = -1);
    [[nodiscard]] Uid slotUid() const { return uid_; }

protected:
    void apply() override;
    void revert() override;

private:
    Uid spanUid_;
    std::optional<Removed<Slot>> owned_;
    int index_;
    Uid uid_ = kNoUid;
};

}  // namespace respan
