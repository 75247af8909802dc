#include "core/matching/solver/sectionmatcher.h"

#include <algorithm>

namespace respan::matching {

SectionMatcher::SectionMatcher(const SectionIndex& index) : index_(index) {
    const SectionProblem& p = index.problem();
    const auto elements = static_cast<std::size_t>(p.elementCount);
    elementCol_.assign(elements, -1);
    elementStamp_.assign(elements, 0);
    elementDual_.assign(elements, 0);
    slotDual_.assign(static_cast<std::size_t>(p.slotCount()), 0);
}

std::int64_t SectionMatcher::solveSection(int section, const std::vector<int>& spans,
                                          std::vector<int>* slotArc, bool keepDuals) {
    const auto& arcs = index_.arcs();
    ++stamp_;
    matrix_.rows = 0;
    matrix_.rowStart.assign(1, 0);
    matrix_.col.clear();
    matrix_.cost.clear();
    matrixArc_.clear();
    rowSlot_.clear();
    colElement_.clear();
    for (const int span : spans) {
        for (const int s : index_.spanSlots(span)) {
            if (slotArc != nullptr) (*slotArc)[s] = -1;
            if (keepDuals) slotDual_[s] = 0;
            const SectionIndex::Group* g = index_.group(s, section);
            if (g == nullptr) continue;
            for (int k = g->begin; k < g->end; ++k) {
                const int e = arcs[k].element;
                if (elementStamp_[e] != stamp_) {
                    elementStamp_[e] = stamp_;
                    elementCol_[e] = static_cast<int>(colElement_.size());
                    colElement_.push_back(e);
                }
                matrix_.addArc(elementCol_[e], arcs[k].weight);
                matrixArc_.push_back(arcs[k].arc);
            }
            matrix_.endRow();
            rowSlot_.push_back(s);
        }
    }
    if (keepDuals) {
        // Elements of the section that no slot reaches keep dual 0.
        const SectionProblem& p = index_.problem();
        for (int e = 0; e < p.elementCount; ++e) {
            if (p.elementSection[e] == section) elementDual_[e] = 0;
        }
    }
    if (matrix_.rows == 0) return 0;
    const MatchingResult r = solver_.solveMaxWeight(matrix_, static_cast<int>(colElement_.size()));
    if (slotArc != nullptr) {
        for (int row = 0; row < matrix_.rows; ++row) {
            const int c = r.leftToRight[row];
            if (c < 0) continue;
            for (int a = matrix_.rowStart[row]; a < matrix_.rowStart[row + 1]; ++a) {
                if (matrix_.col[a] == c) {
                    (*slotArc)[rowSlot_[row]] = matrixArc_[a];
                    break;
                }
            }
        }
    }
    if (keepDuals) {
        for (int row = 0; row < matrix_.rows; ++row) slotDual_[rowSlot_[row]] = r.leftDual[row];
        for (std::size_t c = 0; c < colElement_.size(); ++c) {
            elementDual_[colElement_[c]] = r.rightDual[c];
        }
    }
    return r.weight;
}

SectionPlan SectionMatcher::solve(const std::vector<int>& spanSection) {
    const SectionProblem& p = index_.problem();
    SectionPlan plan;
    plan.slotArc.assign(static_cast<std::size_t>(p.slotCount()), -1);
    std::vector<std::vector<int>> spansOf(static_cast<std::size_t>(p.sectionCount));
    for (int span = 0; span < p.spanCount; ++span) {
        if (spanSection[span] >= 0) spansOf[spanSection[span]].push_back(span);
    }
    for (int s = 0; s < p.sectionCount; ++s) {
        if (spansOf[s].empty()) continue;
        // The search asks for the same section with the same spans again and again.
        std::vector<int> key = spansOf[s];
        key.push_back(s);
        const auto it = cache_.find(key);
        if (it != cache_.end()) {
            plan.value += it->second.value;
            std::size_t k = 0;
            for (const int span : spansOf[s]) {
                for (const int slot : index_.spanSlots(span))
                    plan.slotArc[slot] = it->second.slotArc[k++];
            }
            continue;
        }
        CachedSection entry;
        entry.value = solveSection(s, spansOf[s], &plan.slotArc);
        for (const int span : spansOf[s]) {
            for (const int slot : index_.spanSlots(span))
                entry.slotArc.push_back(plan.slotArc[slot]);
        }
        plan.value += entry.value;
        if (cache_.size() > 50000) cache_.clear();
        cache_.emplace(std::move(key), std::move(entry));
    }
    return plan;
}

std::int64_t SectionMatcher::spanAlone(int span, int section) {
    const auto& arcs = index_.arcs();
    ++stamp_;
    SparseCostMatrix m;
    m.rowStart.assign(1, 0);
    int columns = 0;
    for (const int s : index_.spanSlots(span)) {
        const SectionIndex::Group* g = index_.group(s, section);
        if (g == nullptr) continue;
        for (int k = g->begin; k < g->end; ++k) {
            const int e = arcs[k].element;
            const std::int64_t reduced = arcs[k].weight - elementDual_[e];
            if (reduced <= 0) continue;
            if (elementStamp_[e] != stamp_) {
                elementStamp_[e] = stamp_;
                elementCol_[e] = columns++;
            }
            m.addArc(elementCol_[e], reduced);
        }
        m.endRow();
    }
    if (m.col.empty()) return 0;
    return solver_.solveMaxWeight(m, columns).weight;
}

SectionPlan SectionMatcher::improve(std::vector<int>& spanSection,
                                    const std::function<bool(int, int)>& allowed,
                                    const std::function<bool()>& stop) {
    const SectionProblem& p = index_.problem();
    std::vector<std::vector<int>> spansOf(static_cast<std::size_t>(p.sectionCount));
    for (int span = 0; span < p.spanCount; ++span) {
        if (spanSection[span] >= 0) spansOf[spanSection[span]].push_back(span);
    }
    std::vector<std::int64_t> value(static_cast<std::size_t>(p.sectionCount), 0);
    for (int s = 0; s < p.sectionCount; ++s) value[s] = solveSection(s, spansOf[s], nullptr, true);
    bool improved = true;
    while (improved && !stop()) {
        improved = false;
        for (int span = 0; span < p.spanCount && !stop(); ++span) {
            const int from = spanSection[span];
            std::int64_t held = 0;  // lower bound on what leaving `from` costs
            if (from >= 0) {
                for (const int s : index_.spanSlots(span)) held += slotDual_[s];
            }
            for (const int to : index_.spanSections(span)) {
                if (to == from || !allowed(span, to)) continue;
                if (spanAlone(span, to) - held <= 0) continue;  // cannot improve
                std::vector<int> toSpans = spansOf[to];
                toSpans.push_back(span);
                const std::int64_t toValue = solveSection(to, toSpans, nullptr);
                if (toValue - value[to] - held <= 0) continue;  // exact gain, bounded loss
                std::vector<int> fromSpans;
                std::int64_t fromValue = 0;
                if (from >= 0) {
                    fromSpans = spansOf[from];
                    fromSpans.erase(std::find(fromSpans.begin(), fromSpans.end(), span));
                    fromValue = solveSection(from, fromSpans, nullptr);
                }
                const std::int64_t before = (from >= 0 ? value[from] : 0) + value[to];
                if (fromValue + toValue > before) {
                    if (from >= 0) {
                        spansOf[from] = std::move(fromSpans);
                        value[from] = solveSection(from, spansOf[from], nullptr, true);
                    }
                    spansOf[to] = std::move(toSpans);
                    value[to] = solveSection(to, spansOf[to], nullptr, true);
                    spanSection[span] = to;
                    improved = true;
                    break;
                }
            }
        }
    }
    return solve(spanSection);
}

}  // namespace respan::matching
