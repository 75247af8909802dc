#include "core/commands/cmdsitesset.h"

#include "core/document/projectdocument.h"

namespace respan {

CmdSitesSet::CmdSitesSet(ProjectDocument& doc, std::vector<StorageSite> sites, const QString& text)
    : DocumentCommand(doc, text), after_(std::move(sites)) {}

void CmdSitesSet::apply() {
    before_ = doc().sites();
    doc().setSites(after_);  // validates: throws, changing nothing, for a bad site
}

void CmdSitesSet::revert() {
    doc().setSites(before_);
}

}  // namespace respan
