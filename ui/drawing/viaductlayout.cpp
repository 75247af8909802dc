#include "ui/drawing/viaductlayout.h"

#include <algorithm>

#include "core/document/projectdocument.h"
#include "ui/drawing/drawingstyle.h"

namespace respan::ui {

namespace {
constexpr double kTitleFontM = 1.0;
constexpr double kTitleBandM = 1.7;
constexpr double kLabelFontM = 0.6;
constexpr double kLabelBandM = 1.1;
constexpr double kDeckGapM = 0.4;  // between the label band and the widest deck
constexpr double kJointM = 0.6;    // between two spans, over the pier
constexpr double kEndM = 1.2;      // room for an abutment at each end
constexpr double kBottomM = 1.0;
constexpr double kSlotFontM = 0.46;
}  // namespace

double slotWidthMetres(const ProjectDocument& doc, const Span& span, const Slot& slot) {
    if (auto a = doc.assignmentForSlot(slot.uid)) {
        if (const Element* e = doc.elementByUid(a->elementUid)) return toMetres(e->width).value();
    }
    for (const Slot& other : span.slots) {
        if (auto a = doc.assignmentForSlot(other.uid)) {
            if (const Element* e = doc.elementByUid(a->elementUid))
                return toMetres(e->width).value();
        }
    }
    return DrawingStyle::kDefaultSlotWidthM;
}

StructureGeometry layoutStructure(const ProjectDocument& doc, int index) {
    const double u = DrawingStyle::kUnitsPerMetre;
    const Structure& s = doc.structure(index);
    StructureGeometry g;
    g.structureUid = s.uid;
    g.titleFontSize = kTitleFontM * u;
    g.labelFontSize = kLabelFontM * u;

    std::vector<std::vector<double>> widths;
    double maxWidth = 0;
    for (const Span& p : s.spans) {
        std::vector<double> w;
        double total = 0;
        for (const Slot& k : p.slots) {
            w.push_back(slotWidthMetres(doc, p, k) * u);
            total += w.back();
        }
        if (p.slots.empty()) total = DrawingStyle::kDefaultSlotWidthM * u;
        maxWidth = std::max(maxWidth, total);
        widths.push_back(std::move(w));
    }
    if (s.spans.empty()) maxWidth = DrawingStyle::kDefaultSlotWidthM * u;

    const double deckTop = (kTitleBandM + kLabelBandM + kDeckGapM) * u;
    g.axisY = deckTop + maxWidth / 2.0;
    double x = kEndM * u;
    for (std::size_t i = 0; i < s.spans.size(); ++i) {
        const Span& p = s.spans[i];
        const double length = std::max(p.requiredLength.value(), 1.0) * u;
        double total = 0;
        for (double w : widths[i]) total += w;
        if (p.slots.empty()) total = DrawingStyle::kDefaultSlotWidthM * u;
        StructureGeometry::SpanBox box;
        box.spanUid = p.uid;
        box.deck = QRectF(x, g.axisY - total / 2.0, length, total);
        box.label = QRectF(x, kTitleBandM * u, length, box.deck.top() - kTitleBandM * u);
        double minWidth = total;
        double y = box.deck.top();
        for (std::size_t k = 0; k < p.slots.size(); ++k) {
            const double w = widths[i][k];
            box.slots.push_back({p.slots[k].uid, QRectF(x, y, length, w)});
            y += w;
            minWidth = std::min(minWidth, w);
        }
        box.slotFontSize = std::min(kSlotFontM * u, minWidth * 0.40);
        g.spans.push_back(std::move(box));
        x += length + (i + 1 < s.spans.size() ? kJointM * u : 0.0);
    }
    const double right = x + kEndM * u;
    g.title = QRectF(0, 0, std::max(right, 1.0), kTitleBandM * u);
    g.bounds = QRectF(0, 0, right, deckTop + maxWidth + kBottomM * u);
    return g;
}

}  // namespace respan::ui
