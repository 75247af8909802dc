#pragma once
// The combinatorial core of the plan, in integer weights, after pins and inadmissible pairs are
// taken out: choose one section per span and a matching of elements to slots that respects it.

#include <cstdint>
#include <vector>

namespace respan::matching {

/// Elements, spans, slots and admissible arcs (element, slot) with integer weights > 0.
/// Elements carry a section index; a span may be fixed to one section (by its pins).
struct SectionProblem {
    int elementCount = 0;
    int sectionCount = 0;
    int spanCount = 0;
    std::vector<int> elementSection;    ///< per element
    std::vector<int> slotSpan;          ///< per slot
    std::vector<int> spanFixedSection;  ///< per span: -1 free, else the only allowed section

    /// Arcs by slot: arcs of slot s are [slotArcBegin[s], slotArcBegin[s+1]).
    std::vector<int> slotArcBegin{0};
    std::vector<int> arcElement;
    std::vector<std::int64_t> arcWeight;

    [[nodiscard]] int slotCount() const { return static_cast<int>(slotSpan.size()); }
    [[nodiscard]] int arcCount() const { return static_cast<int>(arcElement.size()); }

    /// Adds a slot of `span` with its arcs (element, weight > 0).
    void addSlot(int span, const std::vector<std::pair<int, std::int64_t>>& arcs);
};

/// Arcs of a SectionProblem grouped for fast access: per slot, per section, heaviest first.
class SectionIndex {
public:
    explicit SectionIndex(const SectionProblem& problem);

    struct Group {
        int section;
        int begin;  ///< into arcs()
        int end;
    };
    struct Arc {
        int element;
        int arc;  ///< index in the problem's arc arrays
        std::int64_t weight;
    };

    [[nodiscard]] const std::vector<int>& spanSlots(int span) const { return spanSlots_[span]; }
    /// Sections that have at least one arc into the span (only the fixed one for fixed spans).
    [[nodiscard]] const std::vector<int>& spanSections(int span) const {
        return spanSections_[span];
    }
    /// Groups of one slot's arcs by section.
    [[nodiscard]] const Group* groupsBegin(int slot) const {
        return groups_.data() + slotGroupBegin_[slot];
    }
    [[nodiscard]] const Group* groupsEnd(int slot) const {
        return groups_.data() + slotGroupBegin_[slot + 1];
    }
    /// The group of `slot` for `section`, or nullptr.
    [[nodiscard]] const Group* group(int slot, int section) const;
    [[nodiscard]] const std::vector<Arc>& arcs() const { return arcs_; }
    [[nodiscard]] const SectionProblem& problem() const { return problem_; }

private:
    const SectionProblem& problem_;
    std::vector<std::vector<int>> spanSlots_;
    std::vector<std::vector<int>> spanSections_;
    std::vector<int> slotGroupBegin_;
    std::vector<Group> groups_;
    std::vector<Arc> arcs_;
};

/// A plan for a SectionProblem: one arc (or -1) per slot.
struct SectionPlan {
    std::vector<int> slotArc;
    std::int64_t value = 0;
};

/// True when `plan` uses each element and slot at most once, only arcs of its slots, one
/// section per span and the fixed section where a span is fixed; `value` must equal the sum.
bool isValidPlan(const SectionProblem& problem, const SectionPlan& plan);

}  // namespace respan::matching
