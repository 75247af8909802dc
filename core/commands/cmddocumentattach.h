#pragma once

#include <QByteArray>
#include <QDateTime>

#include "core/commands/documentcommand.h"
#include "core/model/element.h"

namespace respan {

/// Attaches a file (drawing, lab report, photo) to an element. The content travels with the
/// command until the next save writes it into the project file.
class CmdDocumentAttach : public DocumentCommand {
public:
    CmdDocumentAttach(ProjectDocument& doc, Uid elementUid, AttachedDocument document);
    [[nodiscard]] Uid documentUid() const { return document_.uid; }

protected:
    void apply() override;
    void revert() override;

private:
    Uid elementUid_;
    AttachedDocument document_;
};

/// An attached document for `content`: size and SHA-256 computed here, uid left empty
/// (CmdDocumentAttach allocates it).
AttachedDocument makeAttachment(const QString& name, const QString& mimeType,
                                const QByteArray& content, const QDateTime& added);

}  // namespace respan
