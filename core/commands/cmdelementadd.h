#pragma once

#include <optional>

#include "core/commands/documentcommand.h"
#include "core/model/element.h"

namespace respan {

/// Adds one element to the inventory. While undone, the command owns the element.
class CmdElementAdd : public DocumentCommand {
public:
    CmdElementAdd(ProjectDocument& doc, Element element);
    /// Uid of the added element (allocated on the first apply when the element had none).
    [[nodiscard]] Uid elementUid() const { return uid_; }

protected:
    void apply() override;
    void revert() override;

private:
    std::optional<Element> owned_;
    Uid uid_ = kNoUid;
};

}  // namespace respan
