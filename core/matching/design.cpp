#include "core/matching/design.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <queue>
#include <string>
#include <tuple>

#include "core/commands/cmdspanedit.h"
#include "core/document/projectdocument.h"
#include "core/matching/matchcontext.h"
#include "core/matching/solver/sectionsearch.h"
#include "core/model/designlengths.h"

namespace respan::matching {

namespace {

using Clock = std::chrono::steady_clock;

}  // namespace

void moveSpan(Span& p, double length) {
    const double delta = length - p.requiredLength.value();
    p.requiredLength = Metres(length);
    if (p.calculationSpan) p.calculationSpan = Metres(p.calculationSpan->value() + delta);
}

namespace {

/// The straightforward model of docs/design-around-stock.md, "How the lengths are chosen".
class DesignModel {
public:
    DesignModel(const MatchInput& input, Objective objective)
        : input_(input), objective_(objective) {
        buildLayers();
        holdPins();
        collectArcs();
    }

    struct Outcome {
        bool found = false;       ///< a plan with lengths meeting every fixed total
        bool optimal = false;     ///< the search over lengths was exhausted
        std::vector<int> chosen;  ///< candidate index per span
        double valueKg = 0.0;     ///< the best plan's saving (pins included)
        int count = 0;            ///< its filled slots (pins included)
        double boundKg = 0.0;     ///< carbon: bound on the saving over every length and plan
        int countBound = 0;       ///< count: bound on filled slots
        long nodes = 0;           ///< nodes of the search over lengths
        long plans = 0;           ///< plan problems solved (one per node)
    };

    /// The search over the lengths of the spans in `component` (per span: 1 = in it); the other
    /// spans keep today's lengths and their slots are left out.
    Outcome search(const SearchControl& control, const std::vector<char>& component);

    /// Spans that share a candidate girder, or a fixed total, belong together: the groups
    /// (one vector of per-span flags each) can be searched one by one.
    [[nodiscard]] std::vector<std::vector<char>> components() const;

    [[nodiscard]] long arcCount() const { return static_cast<long>(arcs_.size()); }
    [[nodiscard]] int todayIndex(std::size_t span) const { return todayIndex_[span]; }
    [[nodiscard]] const std::vector<std::vector<double>>& candidates() const {
        return spanCandidates_;
    }
    [[nodiscard]] const MatchContext& context() const { return *contexts_.front(); }

private:
    struct Arc {
        int element;
        int slot;
        int candidate;  ///< index into the span's candidates
        double savingKg;
    };
    /// Layer k sets every span with bounds to its k-th candidate (its last where it has fewer),
    /// so that one MatchContext per layer gives every pair's rules at that length, estimated
    /// demands through the shifted calculation span included.
    void buildLayers() {
        int layers = 1;  // the most candidates of any span
        for (const Structure& s : input_.structures) {
            for (const Span& p : s.spans) {
                std::vector<double> c;
                for (const design::LengthUnits u :
                     design::candidateLengths(p, input_.settings.designLengthStepM))
                    c.push_back(design::toMetres(u));
                const auto today = std::find(c.begin(), c.end(),
                                             design::toMetres(design::toUnits(
                                                 p.requiredLength.value())));
                todayIndex_.push_back(static_cast<int>(today - c.begin()));
                layers = std::max(layers, static_cast<int>(c.size()));
                spanCandidates_.push_back(std::move(c));
            }
        }
        for (int k = 0; k <= layers; ++k) {
            auto layer = std::make_unique<MatchInput>(input_);
            std::size_t p = 0;
            for (Structure& s : layer->structures) {
                for (Span& span : s.spans) {
                    const std::vector<double>& c = spanCandidates_[p];
                    const std::size_t at =
                        k == 0 ? static_cast<std::size_t>(todayIndex_[p])
                               : std::min(static_cast<std::size_t>(k) - 1, c.size() - 1);
                    moveSpan(span, c[at]);
                    ++p;
                }
            }
            inputs_.push_back(std::move(layer));
            contexts_.push_back(std::make_unique<MatchContext>(*inputs_.back()));
        }
        // Layer 0 holds today's lengths; layer k >= 1 the (k-1)-th candidate.
    }

    /// Pins take their slot and girder whatever happens to them (optimisePlan: a pin is never
    /// moved). Per span and length, the pins that pass R1-R7 there and, of those, the ones of
    /// the section held by most (on a tie, the section of the earliest pin, as optimisePlan
    /// does) are kept. A span may only take the lengths that keep most of its pins: a pinned
    /// girder restricts its span's lengths to those that admit it.
    void holdPins() {
        const MatchContext& ctx = *contexts_.front();
        elementTaken_.assign(static_cast<std::size_t>(ctx.elementCount()), 0);
        slotTaken_.assign(static_cast<std::size_t>(ctx.slotCount()), 0);
        pinsOfSpan_.assign(static_cast<std::size_t>(ctx.spanCount()), {});
        for (const Assignment& pin : input_.pins) {
            const int e = ctx.elementIndex(pin.elementUid);
            const int s = ctx.slotIndex(pin.slotUid);
            if (e < 0 || s < 0 || elementTaken_[e] || slotTaken_[s]) continue;
            elementTaken_[e] = 1;
            slotTaken_[s] = 1;
            pinsOfSpan_[static_cast<std::size_t>(ctx.slotRef(s).spanId)].push_back({s, e});
        }
        for (auto& pins : pinsOfSpan_) std::sort(pins.begin(), pins.end());
    }

    /// The layer that holds candidate c of span p.
    [[nodiscard]] std::size_t layerOf(std::size_t p, int c) const {
        return c == todayIndex_[p] ? 0 : static_cast<std::size_t>(c) + 1;
    }

    void collectArcs() {
        const MatchContext& ctx = *contexts_.front();
        const std::size_t spans = spanCandidates_.size();
        allowed_.assign(spans, {});
        pinValue_.assign(spans, {});
        pinKept_.assign(spans, {});
        pinSection_.assign(spans, {});
        for (std::size_t p = 0; p < spans; ++p) {
            const std::size_t n = spanCandidates_[p].size();
            allowed_[p].assign(n, 1);
            pinValue_[p].assign(n, 0.0);
            pinKept_[p].assign(n, 0);
            pinSection_[p].assign(n, -1);
            int most = 0;
            for (std::size_t c = 0; c < n; ++c) {
                const MatchContext& lc = *contexts_[layerOf(p, static_cast<int>(c))];
                std::vector<std::pair<int, double>> passing;  // (section, saving) in slot order
                for (const auto& [slot, e] : pinsOfSpan_[p]) {
                    const PairCheck check = lc.check(e, slot);
                    if (check.admissible()) passing.push_back({ctx.section(e), check.savingKg});
                }
                if (passing.empty()) continue;
                std::map<int, int> count;
                for (const auto& [section, saving] : passing) ++count[section];
                int chosen = passing.front().first;
                for (const auto& [section, saving] : passing) {
                    if (count[section] > count[chosen]) chosen = section;
                }
                pinSection_[p][c] = chosen;
                for (const auto& [section, saving] : passing) {
                    if (section != chosen) continue;
                    ++pinKept_[p][c];
                    pinValue_[p][c] += saving;
                }
                most = std::max(most, pinKept_[p][c]);
            }
            for (std::size_t c = 0; c < n; ++c) allowed_[p][c] = pinKept_[p][c] == most;
        }
        for (int s = 0; s < ctx.slotCount(); ++s) {
            if (slotTaken_[s]) continue;
            const std::size_t p = static_cast<std::size_t>(ctx.slotRef(s).spanId);
            for (int c = 0; c < static_cast<int>(spanCandidates_[p].size()); ++c) {
                if (!allowed_[p][static_cast<std::size_t>(c)]) continue;
                const MatchContext& lc = *contexts_[layerOf(p, c)];
                const int section = pinSection_[p][static_cast<std::size_t>(c)];
                for (int e = 0; e < ctx.elementCount(); ++e) {
                    if (elementTaken_[e]) continue;
                    if (section >= 0 && ctx.section(e) != section) continue;
                    const PairCheck check = lc.check(e, s);
                    if (check.admissible()) arcs_.push_back({e, s, c, check.savingKg});
                }
            }
        }
        std::sort(arcs_.begin(), arcs_.end(), [](const Arc& x, const Arc& y) {
            return std::tie(x.slot, x.element, x.candidate) <
                   std::tie(y.slot, y.element, y.candidate);
        });
        slotArcBegin_.assign(static_cast<std::size_t>(ctx.slotCount()) + 1, 0);
        for (const Arc& a : arcs_) ++slotArcBegin_[static_cast<std::size_t>(a.slot) + 1];
        for (std::size_t k = 1; k < slotArcBegin_.size(); ++k)
            slotArcBegin_[k] += slotArcBegin_[k - 1];
        for (const Structure& st : input_.structures) {
            const int index = static_cast<int>(&st - input_.structures.data());
            for (std::size_t k = 0; k < st.spans.size(); ++k) spanStructure_.push_back(index);
        }
        dropDominatedLengths();
        chooseScale();
    }

    /// A span outside every fixed total gains nothing from a length at which its admissible
    /// girders (with their savings) and kept pins are also admissible, with at least those
    /// savings, at some other allowed length: every plan at the first is a plan at the second,
    /// worth as much or more. Such lengths leave the search (the brute-force test covers it).
    void dropDominatedLengths() {
        const MatchContext& ctx = *contexts_.front();
        std::vector<char> inTotal(spanCandidates_.size(), 0);
        std::size_t first = 0;
        for (const Structure& st : input_.structures) {
            for (std::size_t p = first; p < first + st.spans.size(); ++p)
                inTotal[p] = st.fixedTotalLength.has_value();
            first += st.spans.size();
        }
        // Per span and candidate: its arcs as (slot, element, saving), in that order.
        using Key = std::tuple<int, int, double>;
        std::vector<std::vector<std::vector<Key>>> byCandidate(spanCandidates_.size());
        for (std::size_t p = 0; p < spanCandidates_.size(); ++p)
            byCandidate[p].resize(spanCandidates_[p].size());
        for (const Arc& a : arcs_) {
            const auto p = static_cast<std::size_t>(ctx.slotRef(a.slot).spanId);
            byCandidate[p][static_cast<std::size_t>(a.candidate)].push_back(
                {a.slot, a.element, a.savingKg});
        }
        const auto covers = [](const std::vector<Key>& big, const std::vector<Key>& small) {
            std::size_t j = 0;
            for (const Key& k : small) {
                while (j < big.size() && std::tie(std::get<0>(big[j]), std::get<1>(big[j])) <
                                             std::tie(std::get<0>(k), std::get<1>(k)))
                    ++j;
                if (j == big.size() || std::get<0>(big[j]) != std::get<0>(k) ||
                    std::get<1>(big[j]) != std::get<1>(k) || std::get<2>(big[j]) < std::get<2>(k))
                    return false;
            }
            return true;
        };
        for (std::size_t p = 0; p < spanCandidates_.size(); ++p) {
            if (inTotal[p]) continue;
            const std::size_t n = spanCandidates_[p].size();
            for (std::size_t c = 0; c < n; ++c) {
                if (!allowed_[p][c]) continue;
                for (std::size_t d = 0; d < n; ++d) {
                    if (d == c || !allowed_[p][d]) continue;
                    if (pinSection_[p][d] != pinSection_[p][c] ||
                        pinKept_[p][d] != pinKept_[p][c] || pinValue_[p][d] < pinValue_[p][c])
                        continue;
                    if (!covers(byCandidate[p][d], byCandidate[p][c])) continue;
                    // Equal sets dominate each other: keep the one closest to today's length.
                    if (covers(byCandidate[p][c], byCandidate[p][d]) &&
                        pinValue_[p][d] == pinValue_[p][c]) {
                        const double today = spanCandidates_[p][static_cast<std::size_t>(todayIndex_[p])];
                        const double dc = std::abs(spanCandidates_[p][c] - today);
                        const double dd = std::abs(spanCandidates_[p][d] - today);
                        if (dc < dd || (dc == dd && c < d)) continue;
                    }
                    allowed_[p][c] = 0;
                    break;
                }
            }
        }
        arcs_.erase(std::remove_if(arcs_.begin(), arcs_.end(),
                                   [&](const Arc& a) {
                                       const auto p = static_cast<std::size_t>(
                                           ctx.slotRef(a.slot).spanId);
                                       return !allowed_[p][static_cast<std::size_t>(a.candidate)];
                                   }),
                    arcs_.end());
        slotArcBegin_.assign(static_cast<std::size_t>(ctx.slotCount()) + 1, 0);
        for (const Arc& a : arcs_) ++slotArcBegin_[static_cast<std::size_t>(a.slot) + 1];
        for (std::size_t k = 1; k < slotArcBegin_.size(); ++k)
            slotArcBegin_[k] += slotArcBegin_[k - 1];
    }

    const MatchInput& input_;
    Objective objective_;
    std::vector<std::unique_ptr<MatchInput>> inputs_;
    std::vector<std::unique_ptr<MatchContext>> contexts_;
    std::vector<std::vector<double>> spanCandidates_;  ///< per span (context order), metres
    std::vector<int> todayIndex_;
    std::vector<char> elementTaken_;
    std::vector<char> slotTaken_;
    std::vector<std::vector<std::pair<int, int>>> pinsOfSpan_;  ///< (slot, element), by slot
    std::vector<std::vector<char>> allowed_;      ///< per span and candidate
    std::vector<std::vector<double>> pinValue_;   ///< saving of the kept pins
    std::vector<std::vector<int>> pinKept_;       ///< how many pins are kept
    std::vector<std::vector<int>> pinSection_;    ///< their section, -1 without pins
    std::vector<Arc> arcs_;  ///< sorted by slot, element, candidate
    std::vector<int> slotArcBegin_;

    // The search over lengths (docs/design-around-stock.md, "How the lengths are chosen").
    using Value = std::int64_t;
    struct Node {
        std::vector<std::vector<int>> allowed;  ///< candidate indices per span, ascending
        Value bound = 0;
    };
    struct NodeOrder {
        bool operator()(const Node& a, const Node& b) const { return a.bound < b.bound; }
    };
    void chooseScale();
    [[nodiscard]] Value weightOf(double savingKg) const;
    [[nodiscard]] bool totalsReachable(const std::vector<std::vector<int>>& allowed) const;
    /// Per span the candidate that gives `perCandidate` most, meeting every fixed total;
    /// false when no choice meets them. Ties: the length closest to today's.
    bool bestLengths(const std::vector<std::vector<int>>& allowed,
                     const std::vector<std::vector<Value>>& perCandidate,
                     std::vector<int>& chosen, Value& value) const;

    double scale_ = 1e6;   ///< integer units per kg
    Value countUnit_ = 0;  ///< count objective: one more slot outweighs every saving
    std::vector<std::vector<Value>> pinWeight_;  ///< per span and candidate
    std::vector<int> spanStructure_;  ///< structure index per span
    std::vector<char> mask_;          ///< the spans of the component being searched
};

void DesignModel::chooseScale() {
    double largest = 0.0;
    double sumOfSlotMaxima = 0.0;
    for (int s = 0; s + 1 < static_cast<int>(slotArcBegin_.size()); ++s) {
        double slotMax = 0.0;
        for (int k = slotArcBegin_[s]; k < slotArcBegin_[s + 1]; ++k)
            slotMax = std::max(slotMax, arcs_[static_cast<std::size_t>(k)].savingKg);
        largest = std::max(largest, slotMax);
        sumOfSlotMaxima += slotMax;
    }
    for (const auto& values : pinValue_)
        for (const double v : values) largest = std::max(largest, v);
    const double vertices = static_cast<double>(elementTaken_.size() + slotTaken_.size());
    const double top = objective_ == Objective::Count ? sumOfSlotMaxima + 2.0 * largest : largest;
    scale_ = 1e6;
    while (top > 0.0 && top * scale_ * 8.0 * (vertices + 2.0) > 4e18 && scale_ > 1e-3)
        scale_ /= 10.0;
    if (objective_ == Objective::Count) {
        countUnit_ = 1;
        for (int s = 0; s + 1 < static_cast<int>(slotArcBegin_.size()); ++s) {
            Value slotMax = 0;
            for (int k = slotArcBegin_[s]; k < slotArcBegin_[s + 1]; ++k)
                slotMax = std::max(slotMax, weightOf(arcs_[static_cast<std::size_t>(k)].savingKg));
            countUnit_ += slotMax;
        }
        // The pins count too: their saving can be as large as that of the slots they hold.
        for (const auto& values : pinValue_) {
            Value best = 0;
            for (const double v : values) best = std::max<Value>(best, std::llround(v * scale_));
            countUnit_ += best;
        }
    }
    // The kept pins' weight per span and length (0 without pins, unlike an arc's at least 1).
    pinWeight_.assign(pinValue_.size(), {});
    for (std::size_t p = 0; p < pinValue_.size(); ++p) {
        for (std::size_t c = 0; c < pinValue_[p].size(); ++c)
            pinWeight_[p].push_back(std::llround(pinValue_[p][c] * scale_) +
                                    pinKept_[p][c] * countUnit_);
    }
}

DesignModel::Value DesignModel::weightOf(double savingKg) const {
    return std::max<Value>(1, std::llround(savingKg * scale_));
}

bool DesignModel::totalsReachable(const std::vector<std::vector<int>>& allowed) const {
    std::vector<std::vector<Value>> zero(allowed.size());
    for (std::size_t p = 0; p < allowed.size(); ++p)
        zero[p].assign(spanCandidates_[p].size(), 0);
    std::vector<int> chosen;
    Value value = 0;
    return const_cast<DesignModel*>(this)->bestLengths(allowed, zero, chosen, value);
}

bool DesignModel::bestLengths(const std::vector<std::vector<int>>& allowed,
                              const std::vector<std::vector<Value>>& perCandidate,
                              std::vector<int>& chosen, Value& value) const {
    chosen.assign(allowed.size(), -1);
    value = 0;
    // Prefer the larger value, then the length closest to today's.
    const auto better = [&](std::size_t p, int a, int b) {
        const Value va = perCandidate[p][static_cast<std::size_t>(a)];
        const Value vb = perCandidate[p][static_cast<std::size_t>(b)];
        if (va != vb) return va > vb;
        const double today = spanCandidates_[p][static_cast<std::size_t>(todayIndex_[p])];
        return std::abs(spanCandidates_[p][static_cast<std::size_t>(a)] - today) <
               std::abs(spanCandidates_[p][static_cast<std::size_t>(b)] - today);
    };
    const design::LengthUnits step = design::toUnits(input_.settings.designLengthStepM);
    std::size_t first = 0;
    for (const Structure& st : input_.structures) {
        const std::size_t end = first + st.spans.size();
        bool searched = false;
        for (std::size_t p = first; p < end; ++p) searched = searched || mask_[p];
        if (!searched) {
            // Outside the component being searched: today's lengths, worth nothing here.
            for (std::size_t p = first; p < end; ++p) chosen[p] = todayIndex_[p];
            first = end;
            continue;
        }
        if (!st.fixedTotalLength) {
            for (std::size_t p = first; p < end; ++p) {
                int best = allowed[p].front();
                for (const int c : allowed[p])
                    if (better(p, c, best)) best = c;
                chosen[p] = best;
                value += perCandidate[p][static_cast<std::size_t>(best)];
            }
            first = end;
            continue;
        }
        // A knapsack over the distinct sums of lengths: best value per sum, with the way back.
        const design::LengthUnits total = design::toUnits(st.fixedTotalLength->value());
        struct Entry {
            design::LengthUnits sum;
            Value value;
            int candidate;
            design::LengthUnits previous;
        };
        const auto bySum = [](const Entry& x, const Entry& y) { return x.sum < y.sum; };
        std::vector<std::vector<Entry>> layers;
        layers.reserve(end - first + 1);
        layers.push_back(std::vector<Entry>(1, Entry{0, 0, -1, 0}));
        design::LengthUnits restShortest = 0;
        for (std::size_t p = first; p < end; ++p)
            restShortest += design::toUnits(
                spanCandidates_[p][static_cast<std::size_t>(allowed[p].front())]);
        for (std::size_t p = first; p < end; ++p) {
            const std::size_t i = p - first;
            restShortest -= design::toUnits(
                spanCandidates_[p][static_cast<std::size_t>(allowed[p].front())]);
            std::vector<Entry> next;
            for (const Entry& entry : layers[i]) {
                for (const int c : allowed[p]) {
                    const design::LengthUnits sum =
                        entry.sum + design::toUnits(spanCandidates_[p][static_cast<std::size_t>(c)]);
                    if (sum + restShortest > total) break;  // candidates ascend
                    next.push_back(
                        {sum, entry.value + perCandidate[p][static_cast<std::size_t>(c)], c,
                         entry.sum});
                }
            }
            // One entry per sum: the best value, then the length closest to today's.
            std::stable_sort(next.begin(), next.end(), bySum);
            std::size_t kept = 0;
            for (std::size_t k = 0; k < next.size(); ++k) {
                if (kept > 0 && next[kept - 1].sum == next[k].sum) {
                    Entry& held = next[kept - 1];
                    if (next[k].value > held.value ||
                        (next[k].value == held.value && better(p, next[k].candidate, held.candidate)))
                        held = next[k];
                } else {
                    next[kept++] = next[k];
                }
            }
            next.resize(kept);
            layers.push_back(std::move(next));
        }
        const std::vector<Entry>& last = layers.back();
        const Entry* best = nullptr;
        for (const Entry& e : last) {
            if (e.sum < total - step || e.sum > total) continue;
            if (best == nullptr || e.value > best->value) best = &e;
        }
        if (best == nullptr) return false;
        value += best->value;
        design::LengthUnits sum = best->sum;
        for (std::size_t i = end - first; i > 0; --i) {
            const std::vector<Entry>& layer = layers[i];
            const auto it = std::lower_bound(layer.begin(), layer.end(), Entry{sum, 0, 0, 0}, bySum);
            chosen[first + i - 1] = it->candidate;
            sum = it->previous;
        }
        first = end;
    }
    return true;
}

std::vector<std::vector<char>> DesignModel::components() const {
    const std::size_t spans = spanCandidates_.size();
    std::vector<std::size_t> parent(spans);
    for (std::size_t p = 0; p < spans; ++p) parent[p] = p;
    const auto find = [&](std::size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    };
    const auto unite = [&](std::size_t a, std::size_t b) { parent[find(a)] = find(b); };
    const MatchContext& ctx = *contexts_.front();
    std::vector<int> spanOfElement(static_cast<std::size_t>(ctx.elementCount()), -1);
    for (const Arc& a : arcs_) {
        const auto p = static_cast<std::size_t>(ctx.slotRef(a.slot).spanId);
        int& seen = spanOfElement[static_cast<std::size_t>(a.element)];
        if (seen < 0) {
            seen = static_cast<int>(p);
        } else {
            unite(p, static_cast<std::size_t>(seen));
        }
    }
    std::size_t first = 0;
    for (const Structure& st : input_.structures) {
        if (st.fixedTotalLength) {
            for (std::size_t p = first + 1; p < first + st.spans.size(); ++p) unite(p, first);
        }
        first += st.spans.size();
    }
    std::map<std::size_t, std::vector<char>> groups;
    for (std::size_t p = 0; p < spans; ++p) {
        std::vector<char>& g = groups[find(p)];
        if (g.empty()) g.assign(spans, 0);
        g[p] = 1;
    }
    std::vector<std::vector<char>> out;
    for (auto& [root, g] : groups) out.push_back(std::move(g));
    return out;
}

DesignModel::Outcome DesignModel::search(const SearchControl& control,
                                         const std::vector<char>& component) {
    Outcome out;
    const MatchContext& ctx = *contexts_.front();
    const std::size_t spans = spanCandidates_.size();
    mask_ = component;
    Node root;
    root.allowed.resize(spans);
    for (std::size_t p = 0; p < spans; ++p) {
        if (!component[p]) {
            root.allowed[p] = {todayIndex_[p]};
            continue;
        }
        for (std::size_t c = 0; c < spanCandidates_[p].size(); ++c)
            if (allowed_[p][c]) root.allowed[p].push_back(static_cast<int>(c));
    }
    root.bound = std::numeric_limits<Value>::max();
    if (!totalsReachable(root.allowed)) return out;

    Value best = -1;
    std::vector<int> bestChosen;
    Value openBound = -1;  // largest bound of a node left open by a stop
    std::priority_queue<Node, std::vector<Node>, NodeOrder> queue;
    queue.push(std::move(root));
    std::vector<char> inNode;
    bool stopped = false;
    while (!queue.empty()) {
        if (queue.top().bound <= best + control.tolerance) break;
        if (out.nodes > 0 && control.stopRequested()) {
            stopped = true;
            openBound = std::max(openBound, queue.top().bound);
            break;
        }
        Node node = queue.top();
        queue.pop();
        ++out.nodes;
        // The plan problem of the node: each pair with the best weight any of the span's
        // allowed lengths gives it (a relaxation of every choice in the node).
        SectionProblem problem;
        problem.elementCount = ctx.elementCount();
        problem.sectionCount = ctx.sectionCount();
        problem.spanCount = ctx.spanCount();
        for (int e = 0; e < ctx.elementCount(); ++e) problem.elementSection.push_back(ctx.section(e));
        // A span is held to its pins' section where every length still allowed keeps pins of
        // that one section (else the arcs of each length carry the restriction).
        problem.spanFixedSection.assign(spans, -1);
        for (std::size_t p = 0; p < spans; ++p) {
            int section = -2;
            for (const int c : node.allowed[p]) {
                const int at = pinSection_[p][static_cast<std::size_t>(c)];
                section = section == -2 || section == at ? at : -1;
            }
            problem.spanFixedSection[p] = std::max(section, -1);
        }
        std::vector<int> problemSlot;
        std::vector<std::pair<int, std::int64_t>> slotArcs;
        for (int s = 0; s < ctx.slotCount(); ++s) {
            if (slotTaken_[s]) continue;
            const auto p = static_cast<std::size_t>(ctx.slotRef(s).spanId);
            if (!component[p]) continue;
            inNode.assign(spanCandidates_[p].size(), 0);
            for (const int c : node.allowed[p]) inNode[static_cast<std::size_t>(c)] = 1;
            slotArcs.clear();
            for (int k = slotArcBegin_[s]; k < slotArcBegin_[s + 1]; ++k) {
                const Arc& a = arcs_[static_cast<std::size_t>(k)];
                if (!inNode[static_cast<std::size_t>(a.candidate)]) continue;
                const Value w = weightOf(a.savingKg) + countUnit_;
                if (!slotArcs.empty() && slotArcs.back().first == a.element) {
                    slotArcs.back().second = std::max(slotArcs.back().second, w);
                } else {
                    slotArcs.push_back({a.element, w});
                }
            }
            problem.addSlot(static_cast<int>(p), slotArcs);
            problemSlot.push_back(s);
        }
        SearchControl sub = control;
        sub.progress = nullptr;
        const SearchOutcome solved = solveSectionProblem(problem, sub);
        ++out.plans;
        Value pinBound = 0;
        for (std::size_t p = 0; p < spans; ++p) {
            if (!component[p]) continue;
            Value m = 0;
            for (const int c : node.allowed[p])
                m = std::max(m, pinWeight_[p][static_cast<std::size_t>(c)]);
            pinBound += m;
        }
        const Value bound = std::min(node.bound, solved.upperBound + pinBound);
        // A plan of the node: per span the length that gives the relaxed plan's girders most
        // (girders not admissible at that length leave), meeting the fixed totals.
        std::vector<std::vector<Value>> perCandidate(spans);
        std::vector<std::vector<Value>> relaxedOfSpan(spans);
        for (std::size_t p = 0; p < spans; ++p) {
            perCandidate[p] = pinWeight_[p];
            if (!component[p]) std::fill(perCandidate[p].begin(), perCandidate[p].end(), 0);
        }
        std::vector<Value> relaxedSpan(spans, 0);
        for (int ps = 0; ps < static_cast<int>(problemSlot.size()); ++ps) {
            const int a = solved.plan.slotArc[static_cast<std::size_t>(ps)];
            if (a < 0) continue;
            const int s = problemSlot[static_cast<std::size_t>(ps)];
            const int e = problem.arcElement[static_cast<std::size_t>(a)];
            const auto p = static_cast<std::size_t>(ctx.slotRef(s).spanId);
            relaxedSpan[p] += problem.arcWeight[static_cast<std::size_t>(a)];
            for (int k = slotArcBegin_[s]; k < slotArcBegin_[s + 1]; ++k) {
                const Arc& arc = arcs_[static_cast<std::size_t>(k)];
                if (arc.element != e) continue;
                perCandidate[p][static_cast<std::size_t>(arc.candidate)] +=
                    weightOf(arc.savingKg) + countUnit_;
            }
        }
        std::vector<int> chosen;
        Value value = 0;
        if (bestLengths(node.allowed, perCandidate, chosen, value)) {
            if (value > best) {
                best = value;
                bestChosen = chosen;
            }
        }
        if (solved.stopped) {
            stopped = true;
            openBound = std::max(openBound, bound);
            break;
        }
        if (bound <= best + control.tolerance) continue;
        // Branch on the span whose relaxed girders lose most at the length chosen for it.
        std::size_t branch = spans;
        Value largestLoss = -1;
        for (std::size_t p = 0; p < spans; ++p) {
            if (node.allowed[p].size() < 2) continue;
            Value pinMax = 0;
            for (const int c : node.allowed[p])
                pinMax = std::max(pinMax, pinWeight_[p][static_cast<std::size_t>(c)]);
            const Value got =
                chosen.empty() ? 0 : perCandidate[p][static_cast<std::size_t>(chosen[p])];
            const Value loss = relaxedSpan[p] + pinMax - got;
            if (loss > largestLoss) {
                largestLoss = loss;
                branch = p;
            }
        }
        if (branch == spans) continue;  // every length fixed: the plan problem was exact
        const std::vector<int>& all = node.allowed[branch];
        const auto half = static_cast<std::ptrdiff_t>(all.size() / 2);
        for (int side = 0; side < 2; ++side) {
            Node child;
            child.allowed = node.allowed;
            child.allowed[branch] = side == 0 ? std::vector<int>(all.begin(), all.begin() + half)
                                              : std::vector<int>(all.begin() + half, all.end());
            child.bound = bound;
            if (totalsReachable(child.allowed)) queue.push(std::move(child));
        }
    }
    if (best < 0) return out;
    out.found = true;
    out.chosen = bestChosen;
    out.optimal = !stopped;
    Value top = best;
    if (stopped) {
        top = std::max(top, openBound);
        while (!queue.empty()) {
            top = std::max(top, queue.top().bound);
            queue.pop();
        }
    }
    const auto toKg = [&](Value v, int& count) {
        count = countUnit_ > 0 ? static_cast<int>(v / countUnit_) : 0;
        return static_cast<double>(v - count * countUnit_) / scale_;
    };
    out.valueKg = toKg(best, out.count);
    int boundCount = 0;
    // Each weight is within half a unit of its saving: a plan's rounding is at most that per
    // slot.
    out.boundKg = toKg(top, boundCount) + 0.5 * static_cast<double>(slotTaken_.size()) / scale_;
    out.countBound = boundCount;
    return out;
}

/// True when `a` is at least as good as `b` in the objective.
bool atLeastAsGood(Objective objective, const MatchResult& a, const MatchResult& b) {
    if (objective == Objective::Count) {
        if (a.filledSlots != b.filledSlots) return a.filledSlots > b.filledSlots;
        return a.totalSavingKg >= b.totalSavingKg - b.statistics.roundingSlackKg;
    }
    return a.totalSavingKg >= b.totalSavingKg - b.statistics.roundingSlackKg;
}

}  // namespace

bool designSupports(Objective objective) {
    return objective == Objective::Carbon || objective == Objective::Count;
}

MatchInput withChosenLengths(const MatchInput& input, const std::vector<SpanLengthChoice>& spans) {
    MatchInput out = input;
    for (Structure& s : out.structures) {
        for (Span& p : s.spans) {
            for (const SpanLengthChoice& c : spans) {
                if (c.spanUid == p.uid) moveSpan(p, c.afterM);
            }
        }
    }
    return out;
}

DesignResult designAroundStock(const MatchInput& input, const MatchOptions& options) {
    const Clock::time_point start = Clock::now();
    DesignResult result;
    result.before = optimisePlan(input, options);
    if (!designSupports(options.objective)) {
        result.match = result.before;
        result.match.optimal = false;
        return result;
    }
    // The model reads R5 with each girder's earliest ready dates (every plan's dates are at
    // least those), so its optimum bounds every plan; the plan itself is made by optimisePlan.
    MatchInput relaxed = input;
    if (input.settings.planCertification && !input.protocol.empty())
        relaxed.readyDates = readyDatesFor(input, input.pins, true);
    DesignModel model(relaxed, options.objective);
    result.candidateArcs = model.arcCount();
    const Clock::time_point searchStart = Clock::now();
    SearchControl control;
    control.deadline = start + std::chrono::duration_cast<Clock::duration>(
                                   std::chrono::duration<double>(options.timeLimitSeconds));
    control.cancel = options.cancel;
    control.tolerance = 1;
    // Each group of spans that share girders or a fixed total is searched on its own; the
    // results add up (their plans use disjoint girders and slots).
    DesignModel::Outcome outcome;
    outcome.found = true;
    outcome.optimal = true;
    outcome.chosen.resize(model.candidates().size());
    for (std::size_t k = 0; k < outcome.chosen.size(); ++k) outcome.chosen[k] = model.todayIndex(k);
    for (const std::vector<char>& component : model.components()) {
        const DesignModel::Outcome part = model.search(control, component);
        if (!part.found) {
            outcome.found = false;
            break;
        }
        for (std::size_t k = 0; k < component.size(); ++k) {
            if (component[k]) outcome.chosen[k] = part.chosen[k];
        }
        outcome.optimal = outcome.optimal && part.optimal;
        outcome.valueKg += part.valueKg;
        outcome.count += part.count;
        outcome.boundKg += part.boundKg;
        outcome.countBound += part.countBound;
        outcome.nodes += part.nodes;
        outcome.plans += part.plans;
    }
    result.searchSeconds = std::chrono::duration<double>(Clock::now() - searchStart).count();
    result.searchOptimal = outcome.optimal;
    result.searchNodes = outcome.nodes;
    const std::vector<int> chosen = [&] {
        if (outcome.found) return outcome.chosen;
        std::vector<int> today;
        for (std::size_t k = 0; k < model.candidates().size(); ++k)
            today.push_back(model.todayIndex(k));
        return today;
    }();

    std::size_t p = 0;
    for (const Structure& s : input.structures) {
        for (const Span& span : s.spans) {
            const std::vector<double>& c = model.candidates()[p];
            if (design::hasBounds(span)) {
                SpanLengthChoice choice;
                choice.spanUid = span.uid;
                choice.structure = s.name;
                choice.span = span.name;
                choice.beforeM = span.requiredLength.value();
                choice.afterM = c[static_cast<std::size_t>(chosen[p])];
                choice.minM = span.requiredLengthMin->value();
                choice.maxM = span.requiredLengthMax->value();
                choice.candidates = static_cast<int>(c.size());
                result.spans.push_back(choice);
            }
            ++p;
        }
    }
    MatchOptions rest = options;
    rest.timeLimitSeconds =
        std::max(1.0, options.timeLimitSeconds -
                          std::chrono::duration<double>(Clock::now() - start).count());
    result.match = optimisePlan(withChosenLengths(input, result.spans), rest);
    if (!outcome.found || !atLeastAsGood(options.objective, result.match, result.before)) {
        // Never worse than today's lengths.
        for (SpanLengthChoice& c : result.spans) c.afterM = c.beforeM;
        result.match = result.before;
        result.match.optimal = false;
    }
    // Optimal over every length and plan: the search over lengths was exhausted and the plan
    // at the chosen lengths reaches its value (its bound covers the whole space).
    const double tolerance = 1e-3;
    MatchResult& m = result.match;
    if (options.objective == Objective::Count) {
        m.upperBoundFilledSlots = std::max(m.filledSlots, outcome.countBound);
        const bool atCount = m.filledSlots >= outcome.countBound;
        m.upperBoundKg = atCount ? std::max(m.totalSavingKg, outcome.boundKg + tolerance)
                                 : std::max(m.upperBoundKg, outcome.boundKg + tolerance);
        m.optimal = outcome.optimal && m.optimal && atCount &&
                    m.totalSavingKg >= outcome.valueKg - tolerance;
    } else {
        m.upperBoundKg = std::max(m.totalSavingKg, outcome.boundKg);
        m.optimal = outcome.optimal && m.optimal && m.totalSavingKg >= outcome.valueKg - tolerance;
        if (m.optimal) m.upperBoundKg = std::max(m.totalSavingKg, outcome.valueKg);
    }
    m.objectiveValue = m.totalSavingKg;
    m.objectiveBound = m.upperBoundKg;
    m.solveSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    return result;
}

void applyDesign(ProjectDocument& doc, const DesignResult& result) {
    for (const SpanLengthChoice& c : result.spans) {
        if (c.afterM == c.beforeM) continue;
        const SlotPosition at = doc.spanPosition(c.spanUid);
        if (at.structure < 0 || at.span < 0) continue;
        Span moved = doc.structure(at.structure).spans.at(static_cast<std::size_t>(at.span));
        moveSpan(moved, c.afterM);
        SpanEditTraits::set(doc, c.spanUid, spanHeaderOf(moved));
    }
    applyPlan(doc, result.match);
}

}  // namespace respan::matching
