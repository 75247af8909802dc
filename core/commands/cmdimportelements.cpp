#include "core/commands/cmdimportelements.h"

#include "core/document/projectdocument.h"

namespace respan {

CmdImportElements::CmdImportElements(ProjectDocument& doc, io::ElementImport import,
                                     const QString& text)
    : DocumentCommand(doc, text), import_(std::move(import)) {}

void CmdImportElements::apply() {
    if (added_.isRecorded()) {
        added_.putBack(doc());
        return;
    }
    const int first = doc().elementCount();
    // A refused import throws before changing anything; pushCommand then drops this command.
    io::applyElementImport(doc(), std::move(import_));
    added_.recordFrom(doc(), first);
    import_ = {};
}

void CmdImportElements::revert() {
    added_.takeOut(doc());
}

}  // namespace respan
