#pragma once
// Internal to the matching engine: the input flattened into index arrays, with the geodesic
// distance of each (element, structure) pair computed once, when first needed. Not thread-safe:
// one context per thread.

#include <QHash>

#include <vector>

#include "core/matching/matchinput.h"
#include "core/matching/matchresult.h"
#include "core/matching/rules.h"

namespace respan::matching {

class MatchContext {
public:
    explicit MatchContext(const MatchInput& input);

    struct SlotRef {
        int structure;
        int span;    ///< index within the structure
        int slot;    ///< index within the span
        int spanId;  ///< index into spans()
    };
    struct SpanRef {
        int structure;
        int span;
        int firstSlot;  ///< index into slots() of the span's first slot
        int slotCount;
    };

    [[nodiscard]] int elementCount() const { return static_cast<int>(input_.elements.size()); }
    [[nodiscard]] int slotCount() const { return static_cast<int>(slots_.size()); }
    [[nodiscard]] int spanCount() const { return static_cast<int>(spans_.size()); }
    [[nodiscard]] const Element& element(int e) const { return input_.elements[e]; }
    [[nodiscard]] const SlotRef& slotRef(int s) const { return slots_[s]; }
    [[nodiscard]] const SpanRef& spanRef(int p) const { return spans_[p]; }
    [[nodiscard]] const Structure& structureOf(int s) const {
        return input_.structures[slots_[s].structure];
    }
    [[nodiscard]] const Span& spanOf(int s) const { return structureOf(s).spans[slots_[s].span]; }
    [[nodiscard]] const Slot& slot(int s) const { return spanOf(s).slots[slots_[s].slot]; }
    [[nodiscard]] SlotName slotName(int s) const;

    [[nodiscard]] int elementIndex(Uid uid) const { return elementByUid_.value(uid, -1); }
    [[nodiscard]] int slotIndex(Uid uid) const { return slotByUid_.value(uid, -1); }

    /// Section of an element: equal height and width give equal numbers.
    [[nodiscard]] int section(int e) const { return elementSection_[e]; }
    [[nodiscard]] int sectionCount() const { return sectionCount_; }

    /// Geodesic distance in km, computed on first use and then remembered.
    [[nodiscard]] double geodesic(int e, int structure) const;
    /// R1..R7 and the figures of element e in slot s.
    [[nodiscard]] PairCheck check(int e, int s) const {
        return checkPair(element(e), resistances_[static_cast<std::size_t>(e)], spanOf(s),
                         demands_[static_cast<std::size_t>(s)], input_.settings,
                         geodesic(e, slots_[s].structure),
                         readyDates_[static_cast<std::size_t>(e)]);
    }

private:
    const MatchInput& input_;
    std::vector<SlotRef> slots_;
    std::vector<SpanRef> spans_;
    QHash<Uid, int> elementByUid_;
    QHash<Uid, int> slotByUid_;
    std::vector<int> elementSection_;
    std::vector<loads::SlotDemand> demands_;             // per slot, estimated once
    std::vector<loads::ElementResistance> resistances_;  // per element
    std::vector<std::optional<QDate>> readyDates_;       // per element: r_i of R5, if any
    int sectionCount_ = 0;
    mutable std::vector<double> geodesic_;  // NaN until computed
};

}  // namespace respan::matching
