#include "matching/lagrangianbound.h"

#include <algorithm>

namespace respan::matching {

LagrangianBound::LagrangianBound(const SectionIndex& index) : index_(index) {
    const SectionProblem& p = index.problem();
    offset_.resize(static_cast<std::size_t>(p.spanCount) + 1);
    for (int span = 0; span < p.spanCount; ++span) {
        offset_[span] = optionCount_;
        optionCount_ += static_cast<int>(index.spanSections(span).size());
    }
    offset_[p.spanCount] = optionCount_;
    elementCol_.assign(static_cast<std::size_t>(p.elementCount), -1);
    elementStamp_.assign(static_cast<std::size_t>(p.elementCount), 0);
}

std::int64_t LagrangianBound::solveOption(int span, int section,
                                          const std::vector<std::int64_t>& lambda,
                                          std::vector<int>* slotArc) {
    const auto& arcs = index_.arcs();
    const std::vector<int>& slots = index_.spanSlots(span);
    const auto k = slots.size();
    ++stamp_;
    columns_ = 0;
    matrix_.rows = 0;
    matrix_.rowStart.assign(1, 0);
    matrix_.col.clear();
    matrix_.cost.clear();
    matrixArc_.clear();
    std::int64_t single = 0;
    int singleArc = -1;
    for (const int s : slots) {
        candidates_.clear();
        if (const SectionIndex::Group* g = index_.group(s, section)) {
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
        if (k == 1) {
            for (const auto& [reduced, a] : candidates_) {
                if (reduced > single) {
                    single = reduced;
                    singleArc = a;
                }
            }
            break;
        }
        for (const auto& [reduced, a] : candidates_) {
            const int e = arcs[a].element;
            if (elementStamp_[e] != stamp_) {
                elementStamp_[e] = stamp_;
                elementCol_[e] = columns_++;
            }
            matrix_.addArc(elementCol_[e], reduced);
            matrixArc_.push_back(arcs[a].arc);
        }
        matrix_.endRow();
    }
    if (k == 1) {
        if (slotArc != nullptr) (*slotArc)[slots[0]] = singleArc >= 0 ? arcs[singleArc].arc : -1;
        return single;
    }
    if (matrix_.col.empty()) {
        if (slotArc != nullptr) {
            for (const int s : slots) (*slotArc)[s] = -1;
        }
        return 0;
    }
    const MatchingResult r = solver_.solveMaxWeight(matrix_, columns_);
    if (slotArc != nullptr) {
        for (int row = 0; row < matrix_.rows; ++row) {
            int chosen = -1;
            const int c = r.leftToRight[row];
            if (c >= 0) {
                for (int a = matrix_.rowStart[row]; a < matrix_.rowStart[row + 1]; ++a) {
                    if (matrix_.col[a] == c) {
                        chosen = matrixArc_[a];
                        break;
                    }
                }
            }
            (*slotArc)[slots[row]] = chosen;
        }
    }
    return r.weight;
}

bool LagrangianBound::evaluate(const std::vector<std::int64_t>& lambda,
                               const std::vector<char>& allowed, Evaluation& out) {
    const SectionProblem& p = index_.problem();
    out.value = 0;
    out.optionValue.assign(static_cast<std::size_t>(optionCount_), -1);
    out.spanBest.assign(static_cast<std::size_t>(p.spanCount), 0);
    out.spanBestSection.assign(static_cast<std::size_t>(p.spanCount), -1);
    out.slotArc.assign(static_cast<std::size_t>(p.slotCount()), -1);
    out.usage.assign(static_cast<std::size_t>(p.elementCount), 0);
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
            const std::int64_t v = solveOption(span, sections[o], lambda, nullptr);
            out.optionValue[opt] = v;
            if (v > out.spanBest[span]) {
                out.spanBest[span] = v;
                best = sections[o];
            }
        }
        if (!any) nonEmpty = false;
        out.spanBestSection[span] = best;
        out.value += out.spanBest[span];
        if (best >= 0) {
            solveOption(span, best, lambda, &out.slotArc);
            for (const int s : index_.spanSlots(span)) {
                if (out.slotArc[s] >= 0) ++out.usage[p.arcElement[out.slotArc[s]]];
            }
        }
    }
    return nonEmpty;
}

}  // namespace respan::matching
