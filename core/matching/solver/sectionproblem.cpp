#include "core/matching/solver/sectionproblem.h"

#include <algorithm>

namespace respan::matching {

void SectionProblem::addSlot(int span, const std::vector<std::pair<int, std::int64_t>>& arcs) {
    slotSpan.push_back(span);
    for (const auto& [element, weight] : arcs) {
        arcElement.push_back(element);
        arcWeight.push_back(weight);
    }
    slotArcBegin.push_back(static_cast<int>(arcElement.size()));
}

SectionIndex::SectionIndex(const SectionProblem& p) : problem_(p) {
    spanSlots_.resize(static_cast<std::size_t>(p.spanCount));
    for (int s = 0; s < p.slotCount(); ++s) spanSlots_[p.slotSpan[s]].push_back(s);

    slotGroupBegin_.reserve(static_cast<std::size_t>(p.slotCount()) + 1);
    slotGroupBegin_.push_back(0);
    arcs_.reserve(static_cast<std::size_t>(p.arcCount()));
    std::vector<Arc> buffer;
    for (int s = 0; s < p.slotCount(); ++s) {
        buffer.clear();
        const int fixed = p.spanFixedSection.empty() ? -1 : p.spanFixedSection[p.slotSpan[s]];
        for (int a = p.slotArcBegin[s]; a < p.slotArcBegin[s + 1]; ++a) {
            const int e = p.arcElement[a];
            if (fixed >= 0 && p.elementSection[e] != fixed) continue;
            buffer.push_back({e, a, p.arcWeight[a]});
        }
        std::sort(buffer.begin(), buffer.end(), [&](const Arc& x, const Arc& y) {
            const int sx = p.elementSection[x.element];
            const int sy = p.elementSection[y.element];
            if (sx != sy) return sx < sy;
            if (x.weight != y.weight) return x.weight > y.weight;
            return x.element < y.element;
        });
        for (std::size_t k = 0; k < buffer.size();) {
            const int section = p.elementSection[buffer[k].element];
            const auto begin = static_cast<int>(arcs_.size());
            while (k < buffer.size() && p.elementSection[buffer[k].element] == section) {
                arcs_.push_back(buffer[k++]);
            }
            groups_.push_back({section, begin, static_cast<int>(arcs_.size())});
        }
        slotGroupBegin_.push_back(static_cast<int>(groups_.size()));
    }

    spanSections_.resize(static_cast<std::size_t>(p.spanCount));
    for (int span = 0; span < p.spanCount; ++span) {
        std::vector<int>& sections = spanSections_[span];
        for (const int s : spanSlots_[span]) {
            for (const Group* g = groupsBegin(s); g != groupsEnd(s); ++g)
                sections.push_back(g->section);
        }
        std::sort(sections.begin(), sections.end());
        sections.erase(std::unique(sections.begin(), sections.end()), sections.end());
    }
}

const SectionIndex::Group* SectionIndex::group(int slot, int section) const {
    for (const Group* g = groupsBegin(slot); g != groupsEnd(slot); ++g) {
        if (g->section == section) return g;
    }
    return nullptr;
}

bool isValidPlan(const SectionProblem& p, const SectionPlan& plan) {
    if (static_cast<int>(plan.slotArc.size()) != p.slotCount()) return false;
    std::vector<char> used(static_cast<std::size_t>(p.elementCount), 0);
    std::vector<int> spanSection(static_cast<std::size_t>(p.spanCount), -1);
    std::int64_t value = 0;
    for (int s = 0; s < p.slotCount(); ++s) {
        const int a = plan.slotArc[s];
        if (a < 0) continue;
        if (a < p.slotArcBegin[s] || a >= p.slotArcBegin[s + 1]) return false;
        const int e = p.arcElement[a];
        if (used[e]) return false;
        used[e] = 1;
        const int span = p.slotSpan[s];
        const int section = p.elementSection[e];
        if (!p.spanFixedSection.empty() && p.spanFixedSection[span] >= 0 &&
            p.spanFixedSection[span] != section) {
            return false;
        }
        if (spanSection[span] >= 0 && spanSection[span] != section) return false;
        spanSection[span] = section;
        value += p.arcWeight[a];
    }
    return value == plan.value;
}

}  // namespace respan::matching
