#pragma once

#include <optional>

namespace respan {

struct Element;
struct Span;
struct Slot;

/// What the planning board shows for an element in a slot: the cut and the utilisation, as
/// matching.md section 2 defines them (R1: cut = l_i - L_p; R2: u = max(MEd/MRd, VEd/VRd)).
/// Computed here from the element and slot until the matching engine reports them (phase 2).
struct SlotFigures {
    double cutM = 0.0;
    std::optional<double> utilisation;  ///< empty when a resistance is zero
};

SlotFigures slotFigures(const Element& element, const Span& span, const Slot& slot);

}  // namespace respan
