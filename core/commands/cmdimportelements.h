#pragma once

#include "core/commands/documentcommand.h"
#include "core/commands/importedelements.h"
#include "core/io/csvimport.h"

namespace respan {

/// Adds the elements of a successful elements.csv import (io::parseElementsCsv) in one undo
/// step; undo removes exactly those elements, redo brings them back with the same uids.
class CmdImportElements : public DocumentCommand {
public:
    CmdImportElements(ProjectDocument& doc, io::ElementImport import, const QString& text);

protected:
    void apply() override;
    void revert() override;

private:
    io::ElementImport import_;
    ImportedElements added_;
};

}  // namespace respan
