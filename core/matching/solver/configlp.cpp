#include "core/matching/solver/configlp.h"

#include <ClpSimplex.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace respan::matching {

namespace {
const double kInf = COIN_DBL_MAX;
// Column generation stops when it can lower the bound by at most this share of the bound's
// distance to the cutoff.
constexpr double kTailing = 0.05;
// Columns leave the LP when it holds more than this many per row and they have not been basic
// in this many solves.
constexpr int kPoolLimit = 2;
constexpr long kPoolAge = 10;
}  // namespace

ConfigLp::ConfigLp(const SectionIndex& index, LagrangianBound& bound)
    : index_(index), bound_(bound), lp_(std::make_unique<ClpSimplex>()) {
    const SectionProblem& p = index.problem();
    lp_->setLogLevel(0);
    lp_->setOptimizationDirection(-1.0);  // maximise
    std::int64_t largest = 1;
    for (const std::int64_t w : p.arcWeight) largest = std::max(largest, w);
    unit_ = 1000.0 / static_cast<double>(largest);
    int rows = 0;
    spanRow_.assign(static_cast<std::size_t>(p.spanCount), -1);
    for (int span = 0; span < p.spanCount; ++span) {
        if (!index.spanSections(span).empty()) spanRow_[span] = rows++;
    }
    elementRow_.assign(static_cast<std::size_t>(p.elementCount), -1);
    for (int e = 0; e < p.elementCount; ++e) elementRow_[e] = rows++;
    lp_->resize(rows, 0);
    for (int r = 0; r < rows; ++r) {
        lp_->setRowLower(r, -kInf);
        lp_->setRowUpper(r, 1.0);
    }
    optionColumns_.resize(static_cast<std::size_t>(bound.optionCount()));
    allowed_.assign(static_cast<std::size_t>(bound.optionCount()), 1);
}

ConfigLp::~ConfigLp() = default;

void ConfigLp::setEnabled(Column& column, bool enabled) {
    if (column.enabled == enabled) return;
    column.enabled = enabled;
    if (column.lpCol < 0) return;
    flush();
    lp_->setColumnUpper(column.lpCol, enabled ? kInf : 0.0);
}

void ConfigLp::insert(int index) {
    // Queued: CLP copies its matrix on every addColumns, so a round's columns go in at once.
    Column& column = columns_[static_cast<std::size_t>(index)];
    column.lpCol = static_cast<int>(lpColumns_.size());
    column.lastBasic = solves_;
    lpColumns_.push_back(index);
    pending_.push_back(index);
}

void ConfigLp::flush() {
    if (pending_.empty()) return;
    const SectionProblem& p = index_.problem();
    std::vector<int> starts{0};
    std::vector<int> rows;
    std::vector<double> elements;
    std::vector<double> lower;
    std::vector<double> upper;
    std::vector<double> objective;
    for (const int index : pending_) {
        const Column& column = columns_[static_cast<std::size_t>(index)];
        rows.push_back(spanRow_[column.span]);
        for (const int a : column.arcs) rows.push_back(elementRow_[p.arcElement[a]]);
        starts.push_back(static_cast<int>(rows.size()));
        lower.push_back(0.0);
        upper.push_back(column.enabled ? kInf : 0.0);
        objective.push_back(static_cast<double>(column.value) * unit_);
    }
    elements.assign(rows.size(), 1.0);
    // CLP gives new columns the status "at lower bound" (0): the basis stays primal feasible.
    lp_->addColumns(static_cast<int>(pending_.size()), lower.data(), upper.data(), objective.data(),
                    starts.data(), rows.data(), elements.data());
    pending_.clear();
}

void ConfigLp::purge() {
    // Columns that have not been basic for a long while leave the LP (they stay in the pool
    // and come back when pricing finds them again): the simplex prices every column it holds.
    // Only non-basic ones go, so the basis stays valid.
    if (static_cast<int>(lpColumns_.size()) <=
        kPoolLimit * static_cast<int>(elementRow_.size() + spanRow_.size())) {
        return;
    }
    flush();
    std::vector<int> kept;
    std::vector<int> gone;
    kept.reserve(lpColumns_.size());
    for (const int index : lpColumns_) {
        Column& c = columns_[static_cast<std::size_t>(index)];
        if (solves_ - c.lastBasic < kPoolAge ||
            lp_->getColumnStatus(c.lpCol) == ClpSimplex::basic) {
            c.lpCol = static_cast<int>(kept.size());  // its position once the others are gone
            kept.push_back(index);
            continue;
        }
        gone.push_back(c.lpCol);
        c.lpCol = -1;
    }
    if (!gone.empty()) lp_->deleteColumns(static_cast<int>(gone.size()), gone.data());
    lpColumns_ = std::move(kept);
}

void ConfigLp::markBasic() {
    for (const int index : lpColumns_) {
        Column& c = columns_[static_cast<std::size_t>(index)];
        if (lp_->getColumnStatus(c.lpCol) == ClpSimplex::basic) c.lastBasic = solves_;
    }
}

bool ConfigLp::addColumn(int span, int option, std::vector<int> arcs) {
    if (arcs.empty()) return false;
    std::sort(arcs.begin(), arcs.end());
    std::vector<int> key;
    key.reserve(arcs.size() + 1);
    key.push_back(option);
    key.insert(key.end(), arcs.begin(), arcs.end());
    if (const auto it = known_.find(key); it != known_.end()) {
        Column& existing = columns_[static_cast<std::size_t>(it->second)];
        if (!allowed_[option]) return false;
        if (existing.lpCol < 0) {
            existing.enabled = true;
            insert(it->second);
            return true;
        }
        if (existing.enabled) return false;
        setEnabled(existing, true);
        return true;
    }
    const SectionProblem& p = index_.problem();
    Column c;
    c.span = span;
    c.option = option;
    c.value = 0;
    c.enabled = allowed_[option] != 0;
    for (const int a : arcs) c.value += p.arcWeight[a];
    c.arcs = std::move(arcs);
    c.lpCol = -1;
    const int index = static_cast<int>(columns_.size());
    known_.emplace(std::move(key), index);
    optionColumns_[option].push_back(index);
    columns_.push_back(std::move(c));
    insert(index);
    return true;
}

void ConfigLp::addColumns(const LagrangianBound::Evaluation& ev) {
    const SectionProblem& p = index_.problem();
    std::vector<int> arcs;
    for (int span = 0; span < p.spanCount; ++span) {
        const int section = ev.spanBestSection[span];
        if (section < 0) continue;
        const std::vector<int>& sections = index_.spanSections(span);
        const auto o = std::find(sections.begin(), sections.end(), section) - sections.begin();
        arcs.clear();
        for (const int s : index_.spanSlots(span)) {
            if (ev.slotArc[s] >= 0) arcs.push_back(ev.slotArc[s]);
        }
        addColumn(span, bound_.offset(span) + static_cast<int>(o), arcs);
    }
}

void ConfigLp::applyAllowed(const std::vector<char>& allowed) {
    for (std::size_t opt = 0; opt < allowed_.size(); ++opt) {
        const char want = allowed[opt] ? 1 : 0;
        if (allowed_[opt] == want) continue;
        allowed_[opt] = want;
        if (want) continue;  // switched on lazily
        for (const int c : optionColumns_[opt]) {
            Column& col = columns_[static_cast<std::size_t>(c)];
            if (col.enabled) {
                setEnabled(col, false);
                if (col.lpCol >= 0) boundsTightened_ = true;
            }
        }
    }
}

double ConfigLp::probe(int span, int option, std::vector<std::int64_t>& lambda) {
    if (!basisOptimal_) return std::numeric_limits<double>::quiet_NaN();
    const SectionProblem& p = index_.problem();
    // Columns still queued are not in the solved LP; they stay out of the probe too.
    std::vector<int> fixed;
    for (const int index : lpColumns_) {
        const Column& c = columns_[static_cast<std::size_t>(index)];
        if (c.lpCol >= lp_->numberColumns()) continue;
        if (c.span == span && c.option != option && c.enabled) fixed.push_back(c.lpCol);
    }
    lambda.assign(static_cast<std::size_t>(p.elementCount), 0);
    auto readDuals = [&] {
        for (int e = 0; e < p.elementCount; ++e) {
            const double d = lp_->dualRowSolution()[elementRow_[e]] / unit_;
            lambda[e] = d > 0.0 ? std::llround(d) : 0;
        }
    };
    if (fixed.empty()) {
        readDuals();
        return lp_->objectiveValue() / unit_;
    }
    const std::size_t statusSize =
        static_cast<std::size_t>(lp_->numberRows() + lp_->numberColumns());
    const std::vector<unsigned char> status(lp_->statusArray(), lp_->statusArray() + statusSize);
    const std::vector<double> primal(lp_->primalColumnSolution(),
                                     lp_->primalColumnSolution() + lp_->numberColumns());
    const std::vector<double> duals(lp_->dualRowSolution(),
                                    lp_->dualRowSolution() + lp_->numberRows());
    const double objective = lp_->objectiveValue();
    for (const int j : fixed) lp_->setColumnUpper(j, 0.0);
    // Bounds tightened on an optimal basis: it stays dual feasible, the dual simplex resumes.
    lp_->dual();
    double value = lp_->objectiveValue() / unit_;
    if (lp_->isProvenOptimal()) {
        readDuals();
    } else {
        value = objective / unit_;  // numerical trouble: no estimate, the parent's duals
        for (int e = 0; e < p.elementCount; ++e) {
            const double d = duals[static_cast<std::size_t>(elementRow_[e])] / unit_;
            lambda[e] = d > 0.0 ? std::llround(d) : 0;
        }
    }
    for (const int j : fixed) lp_->setColumnUpper(j, kInf);
    // The node's optimal basis and solution back: the next solve starts from there.
    std::copy(status.begin(), status.end(), lp_->statusArray());
    std::copy(primal.begin(), primal.end(), lp_->primalColumnSolution());
    std::copy(duals.begin(), duals.end(), lp_->dualRowSolution());
    return value;
}

ConfigLp::Result ConfigLp::solve(const std::vector<char>& allowed, std::int64_t cutoff,
                                 int maxRounds, const std::function<bool()>& stop) {
    const SectionProblem& p = index_.problem();
    Result r;
    purge();
    applyAllowed(allowed);
    std::vector<std::int64_t> lambda(static_cast<std::size_t>(p.elementCount), 0);
    std::vector<double> dual(static_cast<std::size_t>(p.elementCount), 0.0);
    LagrangianBound::Evaluation ev;
    bool solvedOnce = false;
    bool empty = false;
    std::vector<int> arcs;
    // Evaluates L at `at` (a valid bound whatever `at` is) and adds, per span, the option's
    // configuration there that prices out most against the restricted LP's duals. True when a
    // column was added.
    auto price = [&](const std::vector<std::int64_t>& at) {
        if (!bound_.evaluate(at, allowed, ev, true)) {
            empty = true;
            return false;
        }
        if (ev.value < r.bound) {
            r.bound = ev.value;
            r.lambda = at;
            r.evaluation = ev;
        }
        bool changed = false;
        for (int span = 0; span < p.spanCount; ++span) {
            if (spanRow_[span] < 0) continue;
            const double mu =
                solvedOnce ? std::max(0.0, lp_->dualRowSolution()[spanRow_[span]]) : 0.0;
            int enter = -1;
            double most = 1e-7 * std::max(1.0, mu);
            const std::vector<int>& slots = index_.spanSlots(span);
            for (int opt = bound_.offset(span); opt < bound_.offset(span + 1); ++opt) {
                if (!allowed[opt] || ev.optionValue[opt] <= 0) continue;
                const auto base = static_cast<std::size_t>(bound_.optionSlotOffset(opt));
                double reduced = -mu;
                for (std::size_t row = 0; row < slots.size(); ++row) {
                    const int a = ev.optionSlotArc[base + row];
                    if (a < 0) continue;
                    reduced +=
                        (static_cast<double>(p.arcWeight[a]) - dual[p.arcElement[a]]) * unit_;
                }
                if (reduced > most) {
                    most = reduced;
                    enter = opt;
                }
            }
            if (enter < 0) continue;
            arcs.clear();
            const auto base = static_cast<std::size_t>(bound_.optionSlotOffset(enter));
            for (std::size_t row = 0; row < slots.size(); ++row) {
                if (ev.optionSlotArc[base + row] >= 0) arcs.push_back(ev.optionSlotArc[base + row]);
            }
            changed = addColumn(span, enter, arcs) || changed;
        }
        return changed;
    };
    for (int round = 0; round < maxRounds; ++round) {
        if (stop && stop()) {
            r.stopped = true;
            break;
        }
        ++r.rounds;
        if (!columns_.empty()) {
            // Tightened bounds keep an optimal basis dual feasible; new columns keep any basis
            // primal feasible.
            const bool useDual = boundsTightened_ && basisOptimal_;
            boundsTightened_ = false;
            flush();
            if (useDual) {
                lp_->dual();
            } else {
                lp_->primal();
            }
            if (lp_->status() != 0 && lp_->status() != 1) {
                // numerical trouble: start again from the slack basis
                lp_->allSlackBasis(true);
                lp_->primal();
            }
            basisOptimal_ = lp_->isProvenOptimal();
            ++solves_;
            if (basisOptimal_) markBasic();
            if (!basisOptimal_) break;
            solvedOnce = true;
            for (int e = 0; e < p.elementCount; ++e) {
                const double d = lp_->dualRowSolution()[elementRow_[e]] / unit_;
                dual[e] = std::max(0.0, d);
                lambda[e] = d > 0.0 ? std::llround(d) : 0;
            }
        }
        const bool changed = price(lambda);
        if (empty) {
            // Some span has no allowed option: the node is empty.
            r.bound = std::numeric_limits<std::int64_t>::min();
            r.lpOptimal = true;
            r.settled = true;
            return r;
        }
        if (r.bound <= cutoff) break;
        if (solvedOnce) {
            // The restricted LP's value is at most the LP optimum, which is at most any
            // L(lambda): more columns can lower the bound by at most the difference. Once that
            // is small against the distance to the cutoff, the node will not be pruned and its
            // LP solution is good enough to branch on (column generation has a long tail).
            const double restricted = lp_->objectiveValue() / unit_;
            const double headroom = static_cast<double>(r.bound) - restricted;
            const double margin = restricted - static_cast<double>(cutoff);
            if (margin > 0.0 && headroom <= kTailing * margin) {
                r.settled = true;
                break;
            }
        }
        if (!changed) {
            // Nothing prices out (or what does is in the LP already): the LP is optimal over
            // every configuration, its duals as good as the LP can make them.
            r.lpOptimal = solvedOnce;
            r.settled = solvedOnce;
            break;
        }
    }
    if (!solvedOnce || r.stopped) return r;
    // The LP's solution: mass per option, and a plan when it is integral.
    r.optionMass.assign(static_cast<std::size_t>(bound_.optionCount()), 0.0);
    r.lpValue = lp_->objectiveValue() / unit_;
    bool integral = true;
    std::vector<int> spanColumn(static_cast<std::size_t>(p.spanCount), -1);
    for (const int c : lpColumns_) {
        const Column& col = columns_[static_cast<std::size_t>(c)];
        // queued columns are not in the solved LP (zero there)
        if (!col.enabled || col.lpCol >= lp_->numberColumns()) continue;
        const double z = lp_->primalColumnSolution()[col.lpCol];
        if (z <= 1e-9) continue;
        r.optionMass[col.option] += z;
        if (z < 1.0 - 1e-7 || spanColumn[col.span] >= 0) {
            integral = false;
        } else {
            spanColumn[col.span] = static_cast<int>(c);
        }
    }
    if (integral) {
        SectionPlan plan;
        plan.slotArc.assign(static_cast<std::size_t>(p.slotCount()), -1);
        std::vector<char> used(static_cast<std::size_t>(p.elementCount), 0);
        for (int span = 0; span < p.spanCount && integral; ++span) {
            if (spanColumn[span] < 0) continue;
            const Column& col = columns_[static_cast<std::size_t>(spanColumn[span])];
            for (const int a : col.arcs) {
                const int e = p.arcElement[a];
                if (used[e]) integral = false;
                used[e] = 1;
                const auto slot =
                    std::upper_bound(p.slotArcBegin.begin(), p.slotArcBegin.end(), a) -
                    p.slotArcBegin.begin() - 1;
                plan.slotArc[static_cast<std::size_t>(slot)] = a;
                plan.value += p.arcWeight[a];
            }
        }
        if (integral) r.integralPlan = std::move(plan);
    }
    return r;
}

}  // namespace respan::matching
