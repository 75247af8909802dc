#pragma once

#include <optional>

#include "core/commands/documentcommand.h"
#include "core/document/projectdocument.h"

namespace respan {

/// Removes a receiving structure with its spans, slots and their assignments; owns them until
/// undone or dropped.
class CmdStructureDelete : public DocumentCommand {
public:
    CmdStructureDelete(ProjectDocument& doc, Uid structureUid);

protected:
    void apply() override;
    void revert() override;

private:
    Uid uid_;
    int index_ = -1;
    std::optional<Removed<Structure>> removed_;
};

}  // namespace respan
