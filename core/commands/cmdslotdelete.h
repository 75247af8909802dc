#pragma once

#include <optional>

#include "core/commands/documentcommand.h"
#include "core/document/projectdocument.h"

namespace respan {

/// Removes one slot with its assignment; owns them until undone or dropped.
class CmdSlotDelete : public DocumentCommand {
public:
    CmdSlotDelete(ProjectDocument& doc, Uid slotUid);

protected:
    void apply() override;
    void revert() override;

private:
    Uid uid_;
    Uid spanUid_ = kNoUid;
    int index_ = -1;
    std::optional<Removed<Slot>> removed_;
};

}  // namespace respan
