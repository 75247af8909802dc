#pragma once
// Undoable recertification edits: the protocol template replaced, step results imported
// (docs/recertification.md).
#include <vector>

#include "core/commands/documentcommand.h"
#include "core/io/certificationcsv.h"
#include "core/model/certification.h"
#include "core/model/element.h"

namespace respan {

/// Replaces the project's protocol template (an import or an edit); undo puts the old one back.
class CmdProtocolSet : public DocumentCommand {
public:
    CmdProtocolSet(ProjectDocument& doc, std::vector<ProtocolStep> protocol, const QString& text);

protected:
    void apply() override;
    void revert() override;

private:
    std::vector<ProtocolStep> after_;
    std::vector<ProtocolStep> before_;
};

/// Applies a certification results import (io::parseCertificationCsv) in one undo step: the
/// girders' records, statuses, resistances and history as the import computed them; undo gives
/// every touched girder back as it was.
class CmdImportCertification : public DocumentCommand {
public:
    CmdImportCertification(ProjectDocument& doc, io::CertificationImport import,
                           const QString& text);

protected:
    void apply() override;
    void revert() override;

private:
    std::vector<Element> after_;
    std::vector<Element> before_;
};

}  // namespace respan
