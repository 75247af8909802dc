#include "planning/slotfigures.h"

#include <algorithm>

#include "model/element.h"
#include "model/structure.h"

namespace respan {

SlotFigures slotFigures(const Element& e, const Span& span, const Slot& slot) {
    SlotFigures f;
    f.cutM = e.length.value() - span.requiredLength.value();
    if (e.momentCapacity.value() > 0.0 && e.shearCapacity.value() > 0.0) {
        f.utilisation =
            std::max(slot.momentDemand / e.momentCapacity, slot.shearDemand / e.shearCapacity);
    }
    return f;
}

}  // namespace respan
