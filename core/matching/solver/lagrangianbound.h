#pragma once

#include <cstdint>
#include <vector>

#include "core/matching/solver/densematching.h"
#include "core/matching/solver/sectionproblem.h"

namespace respan::matching {

/// Lagrangian relaxation of the "each element at most once" constraints of a SectionProblem.
///
/// For multipliers lambda >= 0 (one per element),
///     L(lambda) = sum_i lambda_i + sum_p max(0, max_sigma A_p^sigma(lambda)),
/// where A_p^sigma is the best assignment of span p's slots to elements of section sigma with
/// weights w_is - lambda_i. Every plan (one section per span, each element at most once) has
/// value <= L(lambda): the plan's own choice in span p is one candidate of the max, and every
/// element it uses pays lambda_i exactly once (matching-engine.md gives the proof). Only each
/// slot's k best candidates matter, k being the number of slots of the span: in an optimal
/// span assignment a slot can always swap to one of its k best free candidates.
class LagrangianBound {
public:
    explicit LagrangianBound(const SectionIndex& index);

    /// Options of span p are index.spanSections(p); an "allowed" mask has one entry per option
    /// of every span, spans in order (offset(p) is where span p's entries start).
    [[nodiscard]] int optionCount() const { return optionCount_; }
    [[nodiscard]] int offset(int span) const { return offset_[span]; }

    struct Evaluation {
        std::int64_t value = 0;                 ///< L(lambda)
        std::vector<std::int64_t> optionValue;  ///< A_p^sigma per option; -1 when not allowed
        std::vector<std::int64_t> spanBest;     ///< max(0, best allowed option value)
        std::vector<int> spanBestSection;       ///< section of the best option; -1 when none > 0
        std::vector<int> slotArc;  ///< arc chosen for each slot in its span's best option
        std::vector<int> usage;    ///< per element: how many spans use it in their best option
        /// With `allOptions`: the assignment of every allowed option, option by option (slots
        /// of the span in order, starting at optionSlotOffset(option)); -1 for unused slots.
        std::vector<int> optionSlotArc;
    };

    /// Computes L(lambda) over the allowed options. Returns false when some span has no allowed
    /// option at all (the caller's node is then empty).
    bool evaluate(const std::vector<std::int64_t>& lambda, const std::vector<char>& allowed,
                  Evaluation& out, bool allOptions = false);
    /// Where an option's slots start in Evaluation::optionSlotArc.
    [[nodiscard]] int optionSlotOffset(int option) const { return optionSlotOffset_[option]; }

private:
    std::int64_t solveOption(int span, int section, const std::vector<std::int64_t>& lambda,
                             std::vector<int>* slotArc);
    /// The common case: an element is worth the same in every slot of the span (the saving
    /// depends on the span, not the slot). The span's assignments are then the independent
    /// sets of a transversal matroid, and the greedy algorithm (heaviest reduced weight first,
    /// kept if the chosen elements can still be matched to distinct slots) is optimal.
    struct UniformOption {
        bool usable = false;
        std::vector<int> elements;
        std::vector<std::uint64_t> slotMask;  ///< slots (bits, span order) the element fits
        std::vector<std::int64_t> weight;
    };
    std::int64_t solveUniform(int span, const UniformOption& option,
                              const std::vector<std::int64_t>& lambda);
    void writeUniform(int span, int section, const UniformOption& option,
                      std::vector<int>& slotArc) const;
    bool augment(int item, std::uint64_t& visited);
    std::vector<int> items_;  // greedy: option item of each accepted candidate

    std::vector<UniformOption> uniform_;  // per option
    std::vector<std::pair<std::int64_t, int>> order_;
    std::vector<int> slotOwner_;  // greedy: item holding each slot
    std::vector<std::uint64_t> itemMask_;

    const SectionIndex& index_;
    std::vector<int> offset_;
    std::vector<int> optionSlotOffset_;
    int optionCount_ = 0;
    DenseMatching denseMatching_;
    std::vector<std::int64_t> dense_;
    std::vector<int> denseArc_;
    std::vector<int> colArc_;
    std::vector<int> scratch_;  // per slot, the assignment of the option being solved
    std::vector<std::pair<std::int64_t, int>> candidates_;  // (reduced weight, index into arcs)
    std::vector<std::vector<std::pair<std::int64_t, int>>> rowCandidates_;
    std::vector<int> elementCol_;
    std::vector<int> elementStamp_;
    int stamp_ = 0;
    int columns_ = 0;
};

}  // namespace respan::matching
