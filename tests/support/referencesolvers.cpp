#include "support/referencesolvers.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>
#include <CbcModel.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>

#include <chrono>
#include <cmath>
#include <map>
#include <string>

#include "core/matching/rules.h"

namespace respan::test {

using matching::Objective;
using matching::SparseCostMatrix;

std::int64_t lemonMaxWeightMatching(const SparseCostMatrix& arcs, int right) {
    lemon::SmartDigraph g;
    using Arc = lemon::SmartDigraph::Arc;
    const auto source = g.addNode();
    const auto sink = g.addNode();
    std::vector<lemon::SmartDigraph::Node> left;
    std::vector<lemon::SmartDigraph::Node> rightNodes;
    for (int l = 0; l < arcs.rows; ++l) left.push_back(g.addNode());
    for (int r = 0; r < right; ++r) rightNodes.push_back(g.addNode());
    lemon::SmartDigraph::ArcMap<long long> cap(g);
    lemon::SmartDigraph::ArcMap<long long> cost(g);
    auto add = [&](lemon::SmartDigraph::Node a, lemon::SmartDigraph::Node b, long long c,
                   long long k) {
        const Arc arc = g.addArc(a, b);
        cap.set(arc, k);
        cost.set(arc, c);
    };
    for (int l = 0; l < arcs.rows; ++l) add(source, left[l], 0, 1);
    for (int r = 0; r < right; ++r) add(rightNodes[r], sink, 0, 1);
    for (int l = 0; l < arcs.rows; ++l) {
        for (int a = arcs.rowStart[l]; a < arcs.rowStart[l + 1]; ++a) {
            if (arcs.cost[a] > 0) add(left[l], rightNodes[arcs.col[a]], -arcs.cost[a], 1);
        }
    }
    add(source, sink, 0, arcs.rows);  // unmatched flow
    lemon::NetworkSimplex<lemon::SmartDigraph, long long, long long> ns(g);
    ns.upperMap(cap).costMap(cost).stSupply(source, sink, arcs.rows);
    if (ns.run() != decltype(ns)::OPTIMAL) return -1;
    return -ns.totalCost<long long>();
}

std::optional<std::int64_t> lemonMinCostPerfect(const SparseCostMatrix& m) {
    lemon::SmartDigraph g;
    const auto source = g.addNode();
    const auto sink = g.addNode();
    std::vector<lemon::SmartDigraph::Node> rows;
    std::vector<lemon::SmartDigraph::Node> cols;
    for (int r = 0; r < m.rows; ++r) rows.push_back(g.addNode());
    for (int c = 0; c < m.cols; ++c) cols.push_back(g.addNode());
    lemon::SmartDigraph::ArcMap<long long> cap(g);
    lemon::SmartDigraph::ArcMap<long long> cost(g);
    auto add = [&](lemon::SmartDigraph::Node a, lemon::SmartDigraph::Node b, long long c) {
        const auto arc = g.addArc(a, b);
        cap.set(arc, 1);
        cost.set(arc, c);
    };
    for (int r = 0; r < m.rows; ++r) add(source, rows[r], 0);
    for (int c = 0; c < m.cols; ++c) add(cols[c], sink, 0);
    for (int r = 0; r < m.rows; ++r) {
        for (int a = m.rowStart[r]; a < m.rowStart[r + 1]; ++a)
            add(rows[r], cols[m.col[a]], m.cost[a]);
    }
    lemon::NetworkSimplex<lemon::SmartDigraph, long long, long long> ns(g);
    ns.upperMap(cap).costMap(cost).stSupply(source, sink, m.rows);
    if (ns.run() != decltype(ns)::OPTIMAL) return std::nullopt;
    return ns.totalCost<long long>();
}

ReferenceModel buildReferenceModel(const matching::MatchInput& in) {
    ReferenceModel model;
    struct SlotInfo {
        const Structure* structure;
        const Span* span;
        const Slot* slot;
        int spanIndex;
        int order;  // position within the span
    };
    std::vector<SlotInfo> slots;
    int spanIndex = 0;
    for (const Structure& d : in.structures) {
        for (const Span& p : d.spans) {
            int order = 0;
            for (const Slot& s : p.slots) slots.push_back({&d, &p, &s, spanIndex, order++});
            ++spanIndex;
        }
    }
    model.slotCount = static_cast<int>(slots.size());
    model.spanCount = spanIndex;
    model.elementCount = static_cast<int>(in.elements.size());
    std::map<std::pair<double, double>, int> sectionIds;
    auto sectionOf = [&](const Element& e) {
        return sectionIds
            .try_emplace({e.height.value(), e.width.value()}, static_cast<int>(sectionIds.size()))
            .first->second;
    };
    for (const Element& e : in.elements) sectionOf(e);
    model.sectionCount = static_cast<int>(sectionIds.size());

    std::vector<char> elementOut(in.elements.size(), 0);
    std::vector<char> slotOut(slots.size(), 0);
    struct Pin {
        int element;
        int slot;
    };
    std::map<int, std::vector<Pin>> pinsOfSpan;
    for (const Assignment& a : in.pins) {
        int e = -1;
        int s = -1;
        for (std::size_t k = 0; k < in.elements.size(); ++k) {
            if (in.elements[k].uid == a.elementUid) e = static_cast<int>(k);
        }
        for (std::size_t k = 0; k < slots.size(); ++k) {
            if (slots[k].slot->uid == a.slotUid) s = static_cast<int>(k);
        }
        if (e < 0 || s < 0) continue;
        elementOut[e] = 1;
        slotOut[s] = 1;
        const auto check = matching::checkPair(in.elements[e], *slots[s].structure, *slots[s].span,
                                               *slots[s].slot, in.settings);
        if (!check.admissible()) {
            ++model.conflictCount;
            continue;
        }
        pinsOfSpan[slots[s].spanIndex].push_back({e, s});
    }
    std::vector<int> spanSection(static_cast<std::size_t>(model.spanCount), -1);
    for (const auto& [span, pins] : pinsOfSpan) {
        // Majority section; on a tie the one of the pin in the earliest slot of the span.
        std::map<int, int> votes;
        std::map<int, int> firstOrder;
        for (const Pin& pin : pins) {
            const int section = sectionOf(in.elements[pin.element]);
            ++votes[section];
            const int order = slots[pin.slot].order;
            if (!firstOrder.count(section) || order < firstOrder[section])
                firstOrder[section] = order;
        }
        int best = -1;
        for (const auto& [section, n] : votes) {
            if (best < 0 || n > votes[best] ||
                (n == votes[best] && firstOrder[section] < firstOrder[best])) {
                best = section;
            }
        }
        spanSection[span] = best;
        for (const Pin& pin : pins) {
            if (sectionOf(in.elements[pin.element]) != best) {
                ++model.conflictCount;
                continue;
            }
            model.pinnedKg +=
                matching::checkPair(in.elements[pin.element], *slots[pin.slot].structure,
                                    *slots[pin.slot].span, *slots[pin.slot].slot, in.settings)
                    .savingKg;
            ++model.pinnedCount;
        }
    }
    for (std::size_t s = 0; s < slots.size(); ++s) {
        if (slotOut[s]) continue;
        for (std::size_t e = 0; e < in.elements.size(); ++e) {
            if (elementOut[e]) continue;
            const int section = sectionOf(in.elements[e]);
            const int span = slots[s].spanIndex;
            if (spanSection[span] >= 0 && spanSection[span] != section) continue;
            const auto check = matching::checkPair(in.elements[e], *slots[s].structure,
                                                   *slots[s].span, *slots[s].slot, in.settings);
            if (check.admissible()) {
                model.pairs.push_back(
                    {static_cast<int>(e), static_cast<int>(s), span, section, check.savingKg});
            }
        }
    }
    return model;
}

ReferenceOptimum bruteForce(const ReferenceModel& model, Objective objective) {
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::vector<int>> pairsOfSlot(static_cast<std::size_t>(model.slotCount));
    for (std::size_t k = 0; k < model.pairs.size(); ++k) {
        pairsOfSlot[model.pairs[k].slot].push_back(static_cast<int>(k));
    }
    std::vector<char> used(static_cast<std::size_t>(model.elementCount), 0);
    std::vector<int> spanCount(static_cast<std::size_t>(model.spanCount), 0);
    std::vector<int> spanSection(static_cast<std::size_t>(model.spanCount), -1);
    double bestSaving = 0.0;
    int bestCount = 0;
    auto better = [&](int count, double saving) {
        if (objective == Objective::Count && count != bestCount) return count > bestCount;
        return saving > bestSaving + 1e-9;
    };
    auto visit = [&](auto&& self, int slot, int count, double saving) -> void {
        if (slot == model.slotCount) {
            if (better(count, saving)) {
                bestCount = count;
                bestSaving = saving;
            }
            return;
        }
        self(self, slot + 1, count, saving);  // leave empty
        for (const int k : pairsOfSlot[slot]) {
            const ReferenceModel::Pair& pair = model.pairs[k];
            if (used[pair.element]) continue;
            if (spanCount[pair.span] > 0 && spanSection[pair.span] != pair.section) continue;
            used[pair.element] = 1;
            const int previous = spanSection[pair.span];
            spanSection[pair.span] = pair.section;
            ++spanCount[pair.span];
            self(self, slot + 1, count + 1, saving + pair.savingKg);
            --spanCount[pair.span];
            spanSection[pair.span] = previous;
            used[pair.element] = 0;
        }
    };
    visit(visit, 0, 0, 0.0);
    ReferenceOptimum r;
    r.savingKg = model.pinnedKg + bestSaving;
    r.filled = model.pinnedCount + bestCount;
    r.optimal = true;
    r.boundKg = r.savingKg;
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return r;
}

namespace {

struct CbcOutcome {
    bool optimal = false;
    double value = 0.0;  // maximised objective
    double bound = 0.0;
    std::vector<double> x;
};

/// Solves max c.x over the plan polytope with CBC's standard driver (cuts, heuristics).
/// `minCount` adds sum x >= minCount when >= 0.
CbcOutcome runCbc(const ReferenceModel& model, const std::vector<double>& gain, int minCount,
                  double seconds) {
    const auto pairs = static_cast<int>(model.pairs.size());
    std::map<std::pair<int, int>, int> yIndex;
    for (const auto& p : model.pairs) {
        yIndex.try_emplace({p.span, p.section}, pairs + static_cast<int>(yIndex.size()));
    }
    const int columns = pairs + static_cast<int>(yIndex.size());
    CoinPackedMatrix matrix(false, 0, 0);
    matrix.setDimensions(0, columns);
    std::vector<double> rowLower;
    std::vector<double> rowUpper;
    auto addRow = [&](const std::vector<int>& idx, const std::vector<double>& val, double lo,
                      double hi) {
        matrix.appendRow(static_cast<int>(idx.size()), idx.data(), val.data());
        rowLower.push_back(lo);
        rowUpper.push_back(hi);
    };
    std::vector<std::vector<int>> ofElement(static_cast<std::size_t>(model.elementCount));
    std::vector<std::vector<int>> ofSlot(static_cast<std::size_t>(model.slotCount));
    for (int k = 0; k < pairs; ++k) {
        ofElement[model.pairs[k].element].push_back(k);
        ofSlot[model.pairs[k].slot].push_back(k);
    }
    for (const auto& rows : {ofElement, ofSlot}) {
        for (const auto& idx : rows) {
            if (idx.size() > 1)
                addRow(idx, std::vector<double>(idx.size(), 1.0), -COIN_DBL_MAX, 1.0);
        }
    }
    for (int k = 0; k < pairs; ++k) {
        addRow({k, yIndex[{model.pairs[k].span, model.pairs[k].section}]}, {1.0, -1.0},
               -COIN_DBL_MAX, 0.0);
    }
    std::map<int, std::vector<int>> ySpan;
    for (const auto& [key, index] : yIndex) ySpan[key.first].push_back(index);
    for (const auto& [span, idx] : ySpan) {
        if (idx.size() > 1) addRow(idx, std::vector<double>(idx.size(), 1.0), -COIN_DBL_MAX, 1.0);
    }
    if (minCount >= 0) {
        std::vector<int> idx(static_cast<std::size_t>(pairs));
        for (int k = 0; k < pairs; ++k) idx[k] = k;
        addRow(idx, std::vector<double>(idx.size(), 1.0), minCount, COIN_DBL_MAX);
    }
    std::vector<double> lower(static_cast<std::size_t>(columns), 0.0);
    std::vector<double> upper(static_cast<std::size_t>(columns), 1.0);
    std::vector<double> objective(static_cast<std::size_t>(columns), 0.0);
    for (int k = 0; k < pairs; ++k) objective[k] = -gain[k];  // CBC minimises
    OsiClpSolverInterface solver;
    solver.loadProblem(matrix, lower.data(), upper.data(), objective.data(), rowLower.data(),
                       rowUpper.data());
    for (int c = 0; c < columns; ++c) solver.setInteger(c);
    solver.messageHandler()->setLogLevel(0);
    CbcModel cbc(solver);
    CbcMain0(cbc);
    const std::string time = std::to_string(seconds);
    const char* argv[] = {"cbc", "-log",   "0",    "-sec",   time.c_str(), "-ratio",
                          "0",   "-allow", "1e-7", "-solve", "-quit"};
    CbcMain1(static_cast<int>(std::size(argv)), argv, cbc);
    CbcOutcome out;
    out.optimal = cbc.isProvenOptimal();
    const double* x = cbc.bestSolution();
    if (x != nullptr) {
        out.x.assign(x, x + columns);
        out.value = -cbc.getObjValue();
    }
    out.bound = -cbc.getBestPossibleObjValue();
    if (pairs == 0) {
        out.optimal = true;
        out.value = 0.0;
        out.bound = 0.0;
    }
    return out;
}

}  // namespace

ReferenceOptimum solveWithCbc(const ReferenceModel& model, Objective objective,
                              double timeLimitSeconds) {
    const auto start = std::chrono::steady_clock::now();
    ReferenceOptimum r;
    std::vector<double> saving;
    for (const auto& p : model.pairs) saving.push_back(p.savingKg);
    int minCount = -1;
    bool countProven = true;
    if (objective == Objective::Count) {
        const CbcOutcome first =
            runCbc(model, std::vector<double>(saving.size(), 1.0), -1, timeLimitSeconds);
        minCount = static_cast<int>(std::lround(first.value));
        countProven = first.optimal;
    }
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const CbcOutcome out =
        runCbc(model, saving, minCount, std::max(1.0, timeLimitSeconds - elapsed));
    r.optimal = out.optimal && countProven;
    r.savingKg = model.pinnedKg;
    r.filled = model.pinnedCount;
    for (std::size_t k = 0; k < out.x.size() && k < model.pairs.size(); ++k) {
        if (out.x[k] > 0.5) {
            r.savingKg += model.pairs[k].savingKg;
            ++r.filled;
        }
    }
    r.boundKg = model.pinnedKg + out.bound;
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return r;
}

}  // namespace respan::test
