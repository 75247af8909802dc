#pragma once

#include <QByteArray>

#include "core/commands/documentcommand.h"
#include "core/model/element.h"

namespace respan {

/// Removes an attached document from an element. The command keeps the document with its
/// content (read by the caller from the project file beforehand), so that undo brings it back
/// even after a save has deleted it from the file.
class CmdDocumentRemove : public DocumentCommand {
public:
    CmdDocumentRemove(ProjectDocument& doc, Uid elementUid, Uid documentUid, QByteArray content);

protected:
    void apply() override;
    void revert() override;

private:
    Uid elementUid_;
    AttachedDocument removed_;
    int index_ = -1;
};

}  // namespace respan
