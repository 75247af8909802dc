#include "core/matching/solver/lagrangianbound.h"

#include <algorithm>
#include <bit>

namespace respan::matching {

LagrangianBound::LagrangianBound(const SectionIndex& index) : index_(index) {
    const SectionProblem& p = index.problem();
    offset_.resize(static_cast<std::size_t>(p.spanCount) + 1);
    for (int span = 0; span < p.spanCount; ++span) {
        offset_[span] = optionCount_;
        optionCount_ += static_cast<int>(index.spanSections(span).size());
    }
    offset_[p.spanCount] = optionCount_;
    optionSlotOffset_.assign(static_cast<std::size_t>(optionCount_) + 1, 0);
    for (int span = 0; span < p.spanCount; ++span) {
        const auto slots = static_cast<int>(index.spanSlots(span).size());
        for (int opt = offset_[span]; opt < offset_[span + 1]; ++opt)
            optionSlotOffset_[opt + 1] = optionSlotOffset_[opt] + slots;
    }
    elementCol_.assign(static_cast<std::size_t>(p.elementCount), -1);
    elementStamp_.assign(static_cast<std::size_t>(p.elementCount), 0);
    scratch_.assign(static_cast<std::size_t>(p.slotCount()), -1);

    // Options whose weights do not depend on the slot are solved by the matroid greedy.
    uniform_.resize(static_cast<std::size_t>(optionCount_));
    const auto& arcs = index.arcs();
    for (int span = 0; span < p.spanCount; ++span) {
        const std::vector<int>& slots = index.spanSlots(span);
        if (slots.size() > 64) continue;
        const std::vector<int>& sections = index.spanSections(span);
        for (std::size_t o = 0; o < sections.size(); ++o) {
            UniformOption& u = uniform_[static_cast<std::size_t>(offset_[span]) + o];
            u.usable = true;
            ++stamp_;
            for (std::size_t row = 0; row < slots.size() && u.usable; ++row) {
                const SectionIndex::Group* g = index.group(slots[row], sections[o]);
                if (g == nullptr) continue;
                for (int a = g->begin; a < g->end; ++a) {
                    const int e = arcs[a].element;
                    if (elementStamp_[e] != stamp_) {
                        elementStamp_[e] = stamp_;
                        elementCol_[e] = static_cast<int>(u.elements.size());
                        u.elements.push_back(e);
                        u.slotMask.push_back(0);
                        u.weight.push_back(arcs[a].weight);
                    }
                    const auto item = static_cast<std::size_t>(elementCol_[e]);
                    if (u.weight[item] != arcs[a].weight) {
                        u.usable = false;
                        break;
                    }
                    u.slotMask[item] |= std::uint64_t{1} << row;
                }
            }
            if (!u.usable) u = UniformOption{};
        }
    }
}

bool LagrangianBound::augment(int item, std::uint64_t& visited) {
    // Kuhn's augmenting path over slot bitmasks (at most 64 slots).
    std::uint64_t free = itemMask_[static_cast<std::size_t>(item)] & ~visited;
    while (free != 0) {
        const int slot = std::countr_zero(free);
        free &= free - 1;
        visited |= std::uint64_t{1} << slot;
        const int owner = slotOwner_[static_cast<std::size_t>(slot)];
        if (owner < 0 || augment(owner, visited)) {
            slotOwner_[static_cast<std::size_t>(slot)] = item;
            return true;
        }
    }
    return false;
}

std::int64_t LagrangianBound::solveUniform(int span, const UniformOption& u,
                                           const std::vector<std::int64_t>& lambda) {
    const std::vector<int>& slots = index_.spanSlots(span);
    order_.clear();
    for (std::size_t i = 0; i < u.elements.size(); ++i) {
        const std::int64_t reduced = u.weight[i] - lambda[u.elements[i]];
        if (reduced > 0) order_.emplace_back(reduced, static_cast<int>(i));
    }
    auto heavier = [](const auto& x, const auto& y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
    };
    // Only the heaviest few can matter: sort a prefix, extend it if the greedy runs past it.
    std::size_t sorted = std::min(order_.size(), 2 * slots.size() + 4);
    std::partial_sort(order_.begin(), order_.begin() + static_cast<long>(sorted), order_.end(),
                      heavier);
    slotOwner_.assign(slots.size(), -1);
    itemMask_.clear();
    std::int64_t total = 0;
    std::size_t matched = 0;
    std::vector<int>& items = items_;
    items.clear();
    for (std::size_t k = 0; k < order_.size() && matched < slots.size(); ++k) {
        if (k == sorted) {
            std::sort(order_.begin() + static_cast<long>(sorted), order_.end(), heavier);
            sorted = order_.size();
        }
        const auto [reduced, i] = order_[k];
        itemMask_.push_back(u.slotMask[static_cast<std::size_t>(i)]);
        items.push_back(i);
        std::uint64_t visited = 0;
        if (augment(static_cast<int>(itemMask_.size()) - 1, visited)) {
            total += reduced;
            ++matched;
        } else {
            itemMask_.back() = 0;  // dependent: never matched later either (matroid)
        }
    }
    return total;
}

void LagrangianBound::writeUniform(int span, int section, const UniformOption& u,
                                   std::vector<int>& slotArc) const {
    // The assignment of the last solveUniform() call, as problem arcs.
    const std::vector<int>& slots = index_.spanSlots(span);
    const auto& arcs = index_.arcs();
    for (std::size_t row = 0; row < slots.size(); ++row) {
        slotArc[slots[row]] = -1;
        const int owner = slotOwner_[row];
        if (owner < 0) continue;
        const int e = u.elements[static_cast<std::size_t>(items_[static_cast<std::size_t>(owner)])];
        const SectionIndex::Group* g = index_.group(slots[row], section);
        for (int a = g->begin; a < g->end; ++a) {
            if (arcs[a].element == e) {
                slotArc[slots[row]] = arcs[a].arc;
                break;
            }
        }
    }
}

std::int64_t LagrangianBound::solveOption(int span, int section,
                                          const std::vector<std::int64_t>& lambda,
                                          std::vector<int>* slotArc) {
    const auto& arcs = index_.arcs();
    const std::vector<int>& slots = index_.spanSlots(span);
    const auto k = slots.size();
    ++stamp_;
    columns_ = 0;
    colArc_.clear();
    rowCandidates_.resize(k);
    for (std::size_t row = 0; row < k; ++row) {
        candidates_.clear();
        if (const SectionIndex::Group* g = index_.group(slots[row], section)) {
            for (int a = g->begin; a < g->end; ++a) {
                const std::int64_t reduced = arcs[a].weight - lambda[arcs[a].element];
                if (reduced > 0) candidates_.emplace_back(reduced, a);
            }
        }
        if (candidates_.size() > k) {
            std::nth_element(candidates_.begin(), candidates_.begin() + static_cast<long>(k - 1),
                             candidates_.end(),
                             [](const auto& x, const auto& y) { return x.first > y.first; });
            candidates_.resize(k);
        }
        rowCandidates_[row] = candidates_;
        for (const auto& [reduced, a] : candidates_) {
            const int e = arcs[a].element;
            if (elementStamp_[e] != stamp_) {
                elementStamp_[e] = stamp_;
                elementCol_[e] = columns_++;
            }
        }
    }
    if (slotArc != nullptr) {
        for (const int s : slots) (*slotArc)[s] = -1;
    }
    if (columns_ == 0) return 0;
    // Dense reduced weights, and the problem arc behind each entry.
    dense_.assign(k * static_cast<std::size_t>(columns_), 0);
    denseArc_.assign(k * static_cast<std::size_t>(columns_), -1);
    for (std::size_t row = 0; row < k; ++row) {
        for (const auto& [reduced, a] : rowCandidates_[row]) {
            const std::size_t at = row * static_cast<std::size_t>(columns_) +
                                   static_cast<std::size_t>(elementCol_[arcs[a].element]);
            dense_[at] = reduced;
            denseArc_[at] = arcs[a].arc;
        }
    }
    const std::int64_t value = dense_.size() <= 1
                                   ? dense_[0]
                                   : denseMatching_.solve(static_cast<int>(k), columns_, dense_);
    if (slotArc != nullptr) {
        if (dense_.size() <= 1) {
            (*slotArc)[slots[0]] = denseArc_[0];
        } else {
            for (std::size_t row = 0; row < k; ++row) {
                const int c = denseMatching_.rowToCol()[row];
                if (c >= 0) {
                    (*slotArc)[slots[row]] = denseArc_[row * static_cast<std::size_t>(columns_) +
                                                       static_cast<std::size_t>(c)];
                }
            }
        }
    }
    return value;
}

bool LagrangianBound::evaluate(const std::vector<std::int64_t>& lambda,
                               const std::vector<char>& allowed, Evaluation& out, bool allOptions) {
    const SectionProblem& p = index_.problem();
    out.value = 0;
    out.optionValue.assign(static_cast<std::size_t>(optionCount_), -1);
    out.spanBest.assign(static_cast<std::size_t>(p.spanCount), 0);
    out.spanBestSection.assign(static_cast<std::size_t>(p.spanCount), -1);
    out.slotArc.assign(static_cast<std::size_t>(p.slotCount()), -1);
    out.usage.assign(static_cast<std::size_t>(p.elementCount), 0);
    if (allOptions) {
        out.optionSlotArc.assign(static_cast<std::size_t>(optionSlotOffset_[optionCount_]), -1);
    } else {
        out.optionSlotArc.clear();
    }
    for (const std::int64_t l : lambda) out.value += l;
    bool nonEmpty = true;
    for (int span = 0; span < p.spanCount; ++span) {
        const std::vector<int>& sections = index_.spanSections(span);
        if (sections.empty()) continue;
        bool any = false;
        int best = -1;
        for (std::size_t o = 0; o < sections.size(); ++o) {
            const int opt = offset_[span] + static_cast<int>(o);
            if (!allowed[opt]) continue;
            any = true;
            const UniformOption& u = uniform_[static_cast<std::size_t>(opt)];
            const std::int64_t v = u.usable ? solveUniform(span, u, lambda)
                                            : solveOption(span, sections[o], lambda, &scratch_);
            out.optionValue[opt] = v;
            if (allOptions && v > 0) {
                // Written through the problem's slot numbering, then copied to the option.
                if (u.usable) writeUniform(span, sections[o], u, scratch_);
                const std::vector<int>& slots = index_.spanSlots(span);
                for (std::size_t row = 0; row < slots.size(); ++row) {
                    out.optionSlotArc[static_cast<std::size_t>(optionSlotOffset_[opt]) + row] =
                        scratch_[slots[row]];
                }
            }
            if (v > out.spanBest[span]) {
                out.spanBest[span] = v;
                best = sections[o];
                if (u.usable) {
                    writeUniform(span, sections[o], u, out.slotArc);
                } else {
                    for (const int s : index_.spanSlots(span)) out.slotArc[s] = scratch_[s];
                }
            }
        }
        if (!any) nonEmpty = false;
        out.spanBestSection[span] = best;
        out.value += out.spanBest[span];
        if (best >= 0) {
            for (const int s : index_.spanSlots(span)) {
                if (out.slotArc[s] >= 0) ++out.usage[p.arcElement[out.slotArc[s]]];
            }
        }
    }
    return nonEmpty;
}

}  // namespace respan::matching
