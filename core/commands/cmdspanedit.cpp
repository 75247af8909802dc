#include "core/commands/cmdspanedit.h"

#include <stdexcept>

#include "core/document/projectdocument.h"

namespace respan {

namespace {
SlotPosition positionOf(const ProjectDocument& doc, Uid uid) {
    const SlotPosition pos = doc.spanPosition(uid);
    if (pos.structure < 0 || pos.span < 0) throwNoLongerExists(CommandTarget::Span);
    return pos;
}
}  // namespace

SpanHeader SpanEditTraits::get(const ProjectDocument& doc, Uid uid) {
    const SlotPosition pos = positionOf(doc, uid);
    const Span& p = doc.structure(pos.structure).spans.at(static_cast<std::size_t>(pos.span));
    return {p.name, p.requiredLength, p.installDate, p.calculationSpan};
}

void SpanEditTraits::set(ProjectDocument& doc, Uid uid, const SpanHeader& v) {
    const SlotPosition pos = positionOf(doc, uid);
    doc.updateSpanHeader(pos.structure, pos.span, v.name, v.requiredLength, v.installDate);
    doc.updateSpanCalculationSpan(pos.structure, pos.span, v.calculationSpan);
}

}  // namespace respan
