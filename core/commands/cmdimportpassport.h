#pragma once

#include <vector>

#include "core/commands/documentcommand.h"
#include "core/commands/importedelements.h"
#include "core/passport/passportimport.h"

namespace respan {

/// Adds the elements of a materials passport and merges its donor structures
/// (passport::applyPassportImport) in one undo step; undo removes exactly those elements and
/// restores the donor list, redo brings both back.
class CmdImportPassport : public DocumentCommand {
public:
    CmdImportPassport(ProjectDocument& doc, passport::PassportImport import, const QString& text);

protected:
    void apply() override;
    void revert() override;

private:
    passport::PassportImport import_;
    ImportedElements added_;
    std::vector<DonorStructure> donorsBefore_;
    std::vector<DonorStructure> donorsAfter_;
};

}  // namespace respan
