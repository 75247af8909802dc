#include "core/commands/cmdspanedit.h"

#include <stdexcept>

#include "core/document/projectdocument.h"
#include "core/model/validation.h"

namespace respan {

namespace {
SlotPosition positionOf(const ProjectDocument& doc, Uid uid) {
    const SlotPosition pos = doc.spanPosition(uid);
    if (pos.structure < 0 || pos.span < 0) throwNoLongerExists(CommandTarget::Span);
    return pos;
}
}  // namespace

SpanHeader spanHeaderOf(const Span& p) {
    return {p.name,           p.requiredLength,    p.installDate,
            p.calculationSpan, p.requiredLengthMin, p.requiredLengthMax};
}

SpanHeader SpanEditTraits::get(const ProjectDocument& doc, Uid uid) {
    const SlotPosition pos = positionOf(doc, uid);
    return spanHeaderOf(doc.structure(pos.structure).spans.at(static_cast<std::size_t>(pos.span)));
}

void SpanEditTraits::set(ProjectDocument& doc, Uid uid, const SpanHeader& v) {
    const SlotPosition pos = positionOf(doc, uid);
    // The length and its bounds are checked together before anything changes: a new length
    // outside the old bounds may come with new bounds.
    Span probe = doc.structure(pos.structure).spans.at(static_cast<std::size_t>(pos.span));
    probe.requiredLength = v.requiredLength;
    probe.requiredLengthMin = v.requiredLengthMin;
    probe.requiredLengthMax = v.requiredLengthMax;
    if (const auto e = checkLengthBounds(probe)) throw std::invalid_argument(e->message.toStdString());
    doc.updateSpanLengthBounds(pos.structure, pos.span, std::nullopt, std::nullopt);
    doc.updateSpanHeader(pos.structure, pos.span, v.name, v.requiredLength, v.installDate);
    doc.updateSpanCalculationSpan(pos.structure, pos.span, v.calculationSpan);
    doc.updateSpanLengthBounds(pos.structure, pos.span, v.requiredLengthMin, v.requiredLengthMax);
}

}  // namespace respan
