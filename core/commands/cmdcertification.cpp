#include "core/commands/cmdcertification.h"

#include <stdexcept>

#include "core/document/projectdocument.h"

namespace respan {

CmdProtocolSet::CmdProtocolSet(ProjectDocument& doc, std::vector<ProtocolStep> protocol,
                               const QString& text)
    : DocumentCommand(doc, text), after_(std::move(protocol)) {}

void CmdProtocolSet::apply() {
    before_ = doc().protocol();
    doc().setProtocol(after_);  // validates: throws, changing nothing, for a bad template
}

void CmdProtocolSet::revert() {
    doc().setProtocol(before_);
}

CmdImportCertification::CmdImportCertification(ProjectDocument& doc, io::CertificationImport import,
                                               const QString& text)
    : DocumentCommand(doc, text) {
    if (!import.ok()) throw std::invalid_argument("certification import has errors");
    after_ = std::move(import.changed);
}

void CmdImportCertification::apply() {
    before_.clear();
    for (const Element& e : after_) {
        const Element* now = doc().elementByUid(e.uid);
        if (now == nullptr)
            throw std::invalid_argument("a girder of the certification import is gone");
        before_.push_back(*now);
    }
    io::replaceElements(doc(), after_);
}

void CmdImportCertification::revert() {
    io::replaceElements(doc(), before_);
}

}  // namespace respan
