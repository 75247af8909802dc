#pragma once

#include <QRectF>
#include <QString>

#include <vector>

#include "core/model/uid.h"

namespace respan {
class ProjectDocument;
struct Span;
struct Slot;
}  // namespace respan

namespace respan::ui {

/// Where everything of one structure is drawn, in scene units (DrawingStyle::kUnitsPerMetre per
/// metre), with the structure's top-left corner at (0, 0). Pure geometry: no items, no state.
struct StructureGeometry {
    struct SlotBox {
        Uid slotUid = kNoUid;
        QRectF rect;  ///< length along the axis = span's required length; width = girder width
    };
    struct SpanBox {
        Uid spanUid = kNoUid;
        QRectF deck;   ///< outline of the span's girders
        QRectF label;  ///< band above the deck for the span's label (and span drops)
        double slotFontSize = 0;
        std::vector<SlotBox> slots;
    };
    Uid structureUid = kNoUid;
    QRectF bounds;
    QRectF title;
    double titleFontSize = 0;
    double labelFontSize = 0;
    double axisY = 0;
    std::vector<SpanBox> spans;
};

/// Width of a slot in metres: the width of the element placed in it; else the width of the
/// span's section (any element placed in the span; rule R8 keeps them equal); else
/// DrawingStyle::kDefaultSlotWidthM (1.18 m).
double slotWidthMetres(const ProjectDocument& doc, const Span& span, const Slot& slot);

/// Plan-view geometry of structure `index`: spans end to end along the axis (left to right, with
/// a 0.6 m joint over each pier), slots side by side across it (first slot on top), each span
/// centred on the axis.
StructureGeometry layoutStructure(const ProjectDocument& doc, int index);

}  // namespace respan::ui
