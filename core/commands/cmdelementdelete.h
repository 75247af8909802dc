#pragma once

#include <optional>

#include "core/commands/documentcommand.h"
#include "core/document/projectdocument.h"

namespace respan {

/// Removes one element from the inventory together with its assignment. The command owns the
/// removed element (with its documents and history) until it is undone or dropped.
class CmdElementDelete : public DocumentCommand {
public:
    CmdElementDelete(ProjectDocument& doc, Uid elementUid);

protected:
    void apply() override;
    void revert() override;

private:
    Uid uid_;
    std::optional<RemovedElement> removed_;
};

}  // namespace respan
