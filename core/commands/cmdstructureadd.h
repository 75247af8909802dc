#pragma once

#include <optional>

#include "core/commands/documentcommand.h"
#include "core/document/projectdocument.h"

namespace respan {

/// Adds a receiving structure (with any spans and slots it already has) at `index`
/// (-1 = at the end). While undone, the command owns the structure.
class CmdStructureAdd : public DocumentCommand {
public:
    CmdStructureAdd(ProjectDocument& doc, Structure structure, int index = -1);
    [[nodiscard]] Uid structureUid() const { return uid_; }

protected:
    void apply() override;
    void revert() override;

private:
    std::optional<Removed<Structure>> owned_;
    int index_;
    Uid uid_ = kNoUid;
};

}  // namespace respan
