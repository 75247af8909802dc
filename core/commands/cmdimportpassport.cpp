#include "core/commands/cmdimportpassport.h"

#include "core/document/projectdocument.h"

namespace respan {

CmdImportPassport::CmdImportPassport(ProjectDocument& doc, passport::PassportImport import,
                                     const QString& text)
    : DocumentCommand(doc, text), import_(std::move(import)) {}

void CmdImportPassport::apply() {
    if (added_.isRecorded()) {
        added_.putBack(doc());
        if (donorsAfter_ != doc().donors()) doc().setDonors(donorsAfter_);
        return;
    }
    const int first = doc().elementCount();
    donorsBefore_ = doc().donors();
    // A refused import throws before changing anything; pushCommand then drops this command.
    passport::applyPassportImport(doc(), std::move(import_));
    added_.recordFrom(doc(), first);
    donorsAfter_ = doc().donors();
    import_ = {};
}

void CmdImportPassport::revert() {
    added_.takeOut(doc());
    if (donorsBefore_ != doc().donors()) doc().setDonors(donorsBefore_);
}

}  // namespace respan
