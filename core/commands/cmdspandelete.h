#pragma once

#include <optional>

#include "core/commands/documentcommand.h"
#include "core/document/projectdocument.h"

namespace respan {

/// Removes a span with its slots and their assignments; owns them until undone or dropped.
class CmdSpanDelete : public DocumentCommand {
public:
    CmdSpanDelete(ProjectDocument& doc, Uid spanUid);

protected:
    void apply() override;
    void revert() override;

private:
    Uid uid_;
    Uid structureUid_ = kNoUid;
    int index_ = -1;
    std::optional<Removed<Span>> removed_;
};

}  // namespace respan
