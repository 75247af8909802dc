#pragma once

#include <optional>
#include <vector>

#include "core/commands/documentcommand.h"
#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"

namespace respan {

/// Merges the structures of a successful design.csv import (io::parseDesignCsv) in one undo
/// step: new structures, new spans of existing structures, new slots of existing spans. Undo
/// removes exactly what was added (the command owns it meanwhile), redo puts it back with the
/// same uids.
class CmdImportDesign : public DocumentCommand {
public:
    CmdImportDesign(ProjectDocument& doc, io::DesignImport import, const QString& text);

protected:
    void apply() override;
    void revert() override;

private:
    /// One addition, at its position after the import; in the order structures, spans, slots
    /// appear in the document, so undo goes backwards and redo forwards.
    struct Added {
        int structure = -1;
        int span = -1;  ///< -1: the whole structure
        int slot = -1;  ///< -1: the whole span
        std::optional<Removed<Structure>> structureItem;
        std::optional<Removed<Span>> spanItem;
        std::optional<Removed<Slot>> slotItem;
    };

    io::DesignImport import_;
    std::vector<Added> added_;
    bool recorded_ = false;
};

}  // namespace respan
