#include "core/commands/cmdspandelete.h"

#include <QCoreApplication>

#include <stdexcept>

namespace respan {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(respan::Commands)
};

SlotPosition positionOf(const ProjectDocument& doc, Uid spanUid) {
    const SlotPosition pos = doc.spanPosition(spanUid);
    if (pos.structure < 0) throwNoLongerExists(CommandTarget::Span);
    return pos;
}

QString describe(const ProjectDocument& doc, Uid spanUid) {
    const SlotPosition pos = positionOf(doc, spanUid);
    const Structure& s = doc.structure(pos.structure);
    return Tr::tr("Delete span %1 of %2")
        .arg(s.spans.at(static_cast<std::size_t>(pos.span)).name, s.name);
}
}  // namespace

CmdSpanDelete::CmdSpanDelete(ProjectDocument& doc, Uid spanUid)
    : DocumentCommand(doc, describe(doc, spanUid)), uid_(spanUid) {}

void CmdSpanDelete::apply() {
    const SlotPosition pos = positionOf(doc(), uid_);
    structureUid_ = doc().structure(pos.structure).uid;
    index_ = pos.span;
    removed_ = doc().takeSpan(pos.structure, pos.span);
}

void CmdSpanDelete::revert() {
    const int s = doc().structureIndex(structureUid_);
    if (s < 0) throwNoLongerExists(CommandTarget::Structure);
    doc().restoreSpan(s, index_, std::move(*removed_));
    removed_.reset();
}

}  // namespace respan
