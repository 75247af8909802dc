#pragma once

#include <optional>

#include "core/commands/documentcommand.h"
#include "core/document/projectdocument.h"

namespace respan {

/// Adds a span with its slots to a structure in one step, at `index` (-1 = at the end).
/// While undone, the command owns the span.
class CmdSpanAdd : public DocumentCommand {
public:
    CmdSpanAdd(ProjectDocument& doc, Uid structureUid, Span span, int index = -1);
    [[nodiscard]] Uid spanUid() const { return uid_; }

protected:
    void apply() override;
    void revert() override;

private:
    Uid structureUid_;
    std::optional<Removed<Span>> owned_;
    int index_;
    Uid uid_ = kNoUid;
};

/// A span of `count` slots named prefix1..prefixN with the same demands (the usual start of a
/// design: the engineer then adjusts the outer girders' demands).
Span makeSpan(const QString& name, Metres requiredLength, const QDate& installDate, int count,
              const QString& slotPrefix, KiloNewtonMetres momentDemand, KiloNewtons shearDemand);

}  // namespace respan
