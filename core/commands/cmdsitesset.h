#pragma once
// Undoable change of the project's storage sites (an import; docs/storage-layout.md).
#include <vector>

#include "core/commands/documentcommand.h"
#include "core/model/storagesite.h"

namespace respan {

/// Replaces the project's storage sites (after io::mergeSites); undo puts the old ones back.
class CmdSitesSet : public DocumentCommand {
public:
    CmdSitesSet(ProjectDocument& doc, std::vector<StorageSite> sites, const QString& text);

protected:
    void apply() override;
    void revert() override;

private:
    std::vector<StorageSite> after_;
    std::vector<StorageSite> before_;
};

}  // namespace respan
