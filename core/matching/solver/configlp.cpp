#include "core/matching/solver/configlp.h"

#include <glpk.h>
#include <lemon/glpk.h>

#include <algorithm>
#include <cmath>

namespace respan::matching {

namespace {
using Lp = lemon::GlpkLp;
// Column generation stops when it can lower the bound by at most this share of the bound's
// distance to the cutoff.
constexpr double kTailing = 0.05;
// Columns leave the LP when it holds more than this many per row and they have not been basic
// in this many solves.
constexpr int kPoolLimit = 2;
constexpr long kPoolAge = 10;
}  // namespace

ConfigLp::ConfigLp(const SectionIndex& index, LagrangianBound& bound)
    : index_(index), bound_(bound), lp_(std::make_unique<Lp>()) {
    const SectionProblem& p = index.problem();
    lp_->messageLevel(lemon::LpBase::MESSAGE_NOTHING);
    lp_->max();
    std::int64_t largest = 1;
    for (const std::int64_t w : p.arcWeight) largest = std::max(largest, w);
    unit_ = 1000.0 / static_cast<double>(largest);
    spanRow_.assign(static_cast<std::size_t>(p.spanCount), -1);
    for (int span = 0; span < p.spanCount; ++span) {
        if (index.spanSections(span).empty()) continue;
        const Lp::Row r = lp_->addRow();
        lp_->rowLowerBound(r, -Lp::INF);
        lp_->rowUpperBound(r, 1.0);
        spanRow_[span] = Lp::id(r);
    }
    elementRow_.assign(static_cast<std::size_t>(p.elementCount), -1);
    for (int e = 0; e < p.elementCount; ++e) {
        const Lp::Row r = lp_->addRow();
        lp_->rowLowerBound(r, -Lp::INF);
        lp_->rowUpperBound(r, 1.0);
        elementRow_[e] = Lp::id(r);
    }
    optionColumns_.resize(static_cast<std::size_t>(bound.optionCount()));
    allowed_.assign(static_cast<std::size_t>(bound.optionCount()), 1);
}

ConfigLp::~ConfigLp() = default;

void ConfigLp::setEnabled(Column& column, bool enabled) {
    if (column.enabled == enabled) return;
    column.enabled = enabled;
    if (column.lpCol >= 0) lp_->colUpperBound(Lp::colFromId(column.lpCol), enabled ? Lp::INF : 0.0);
}

void ConfigLp::insert(Column& column) {
    const SectionProblem& p = index_.problem();
    Lp::DualExpr expr;
    expr += Lp::rowFromId(spanRow_[column.span]);
    for (const int a : column.arcs) expr += Lp::rowFromId(elementRow_[p.arcElement[a]]);
    const Lp::Col col = lp_->addCol();
    lp_->col(col, expr);
    lp_->colLowerBound(col, 0.0);
    lp_->colUpperBound(col, column.enabled ? Lp::INF : 0.0);
    lp_->objCoeff(col, static_cast<double>(column.value) * unit_);
    column.lpCol = Lp::id(col);
    column.lastBasic = solves_;
    ++inLp_;
}

void ConfigLp::purge() {
    // Columns that have not been basic for a long while leave the LP (they stay in the pool
    // and come back when pricing finds them again): the simplex prices every column it holds.
    // Only non-basic ones go, so GLPK's basis stays valid.
    if (inLp_ <= kPoolLimit * static_cast<int>(elementRow_.size() + spanRow_.size())) return;
    auto* glp = static_cast<glp_prob*>(static_cast<void*>(lp_->lpx()));
    for (Column& c : columns_) {
        if (c.lpCol < 0 || solves_ - c.lastBasic < kPoolAge) continue;
        const Lp::Col col = Lp::colFromId(c.lpCol);
        if (glp_get_col_stat(glp, lp_->lpxCol(col)) == GLP_BS) continue;
        lp_->erase(col);
        c.lpCol = -1;
        --inLp_;
    }
}

void ConfigLp::markBasic() {
    auto* glp = static_cast<glp_prob*>(static_cast<void*>(lp_->lpx()));
    for (Column& c : columns_) {
        if (c.lpCol >= 0 && glp_get_col_stat(glp, lp_->lpxCol(Lp::colFromId(c.lpCol))) == GLP_BS) {
            c.lastBasic = solves_;
        }
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
            insert(existing);
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
    insert(c);
    known_.emplace(std::move(key), static_cast<int>(columns_.size()));
    optionColumns_[option].push_back(static_cast<int>(columns_.size()));
    columns_.push_back(std::move(c));
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
                solvedOnce ? std::max(0.0, lp_->dual(Lp::rowFromId(spanRow_[span]))) : 0.0;
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
            auto* glp = static_cast<glp_prob*>(static_cast<void*>(lp_->lpx()));
            glp_smcp parm;
            glp_init_smcp(&parm);
            parm.msg_lev = GLP_MSG_OFF;
            parm.meth = useDual ? GLP_DUALP : GLP_PRIMAL;
            int rc = glp_simplex(glp, &parm);
            if (rc == GLP_EBADB || rc == GLP_ESING || rc == GLP_ECOND) {
                // glp_adv_basis reports on GLPK's terminal whatever msg_lev says: respan-cli's
                // stdout (plain text or JSON) must not get GLPK's lines. The setting is per
                // thread, like GLPK's environment.
                glp_term_out(GLP_OFF);
                glp_adv_basis(glp, 0);
                rc = glp_simplex(glp, &parm);
            }
            basisOptimal_ = rc == 0 && glp_get_status(glp) == GLP_OPT;
            ++solves_;
            if (basisOptimal_) markBasic();
            if (!basisOptimal_) break;
            solvedOnce = true;
            for (int e = 0; e < p.elementCount; ++e) {
                const double d = lp_->dual(Lp::rowFromId(elementRow_[e])) / unit_;
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
            const double restricted = lp_->primal() / unit_;
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
    r.lpValue = lp_->primal() / unit_;
    bool integral = true;
    std::vector<int> spanColumn(static_cast<std::size_t>(p.spanCount), -1);
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        const Column& col = columns_[c];
        if (!col.enabled || col.lpCol < 0) continue;
        const double z = lp_->primal(Lp::colFromId(col.lpCol));
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
