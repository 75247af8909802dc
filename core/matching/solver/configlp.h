#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <unordered_map>
#include <vector>

#include "core/matching/solver/lagrangianbound.h"
#include "core/matching/solver/sectionproblem.h"

class ClpSimplex;

namespace respan::matching {

/// The LP relaxation of the configuration formulation of a SectionProblem, solved by column
/// generation: a column is one span's assignment with elements of one section (a
/// "configuration"), rows say that each span takes at most one configuration and each element
/// is used at most once. Its optimum equals min over lambda of the Lagrangian bound L(lambda)
/// (matching-engine.md); column generation reaches it (or stops when the rest cannot matter
/// for the node), where subgradient steps only approach it.
///
/// The LP (COIN-OR CLP, in floating point) only proposes multipliers: every bound
/// this class reports is L(lambda) evaluated exactly in integers by LagrangianBound at the LP's
/// element duals, so it is valid whatever the LP's rounding. The pool of columns persists
/// across branch-and-bound nodes; a node switches off the columns of the sections it excludes,
/// and columns that stay non-basic leave the LP (not the pool) while it is large.
class ConfigLp {
    struct ColumnKeyHash {
        std::size_t operator()(const std::vector<int>& key) const noexcept {
            std::size_t h = key.size();
            for (const int v : key) h = h * 1000003u ^ static_cast<std::size_t>(v);
            return h;
        }
    };

public:
    ConfigLp(const SectionIndex& index, LagrangianBound& bound);
    ~ConfigLp();
    ConfigLp(const ConfigLp&) = delete;
    ConfigLp& operator=(const ConfigLp&) = delete;

    /// Adds each span's best option of an evaluation as a column (subgradient steps seed the
    /// pool this way). Duplicates are ignored.
    void addColumns(const LagrangianBound::Evaluation& ev);

    struct Result {
        bool lpOptimal = false;  ///< no column prices out any more: the bound is the LP optimum
        /// lpOptimal, or more columns could lower the bound by at most 5 % of its distance to
        /// the cutoff (the node will not be pruned by this LP)
        bool settled = false;
        bool stopped = false;  ///< `stop()` said so before the end
        std::int64_t bound = std::numeric_limits<std::int64_t>::max();  ///< valid: min L
        std::vector<std::int64_t> lambda;                               ///< multipliers of `bound`
        LagrangianBound::Evaluation evaluation;  ///< at `lambda` (options, spans, usage)
        std::vector<double> optionMass;          ///< LP: total of the columns of each option
        double lpValue = 0.0;                    ///< in weight units
        int rounds = 0;
        /// The LP's solution when it is integral (one whole column per span, elements
        /// disjoint): a plan, with its value. Otherwise slotArc is empty.
        SectionPlan integralPlan;
    };

    /// Solves the LP over the options `allowed` (one entry per option, as LagrangianBound).
    /// Stops early once the bound is at most `cutoff` (the node can be pruned), when settled,
    /// after `maxRounds` pricing rounds, or when `stop()` returns true.
    Result solve(const std::vector<char>& allowed, std::int64_t cutoff, int maxRounds,
                 const std::function<bool()>& stop);

    /// Strong branching: the restricted LP's value (in weight units) with `span` limited to
    /// `option`, among the columns in the LP now, by dual simplex from the node's optimal
    /// basis, which is restored afterwards; `lambda` gets that LP's element duals (rounded),
    /// multipliers at which L gives the child a valid bound. The value is only an estimate for
    /// choosing where to branch (fewer columns than the child's LP, so at most its optimum).
    /// NaN when the last solve did not end optimal.
    double probe(int span, int option, std::vector<std::int64_t>& lambda);

    [[nodiscard]] int columnCount() const { return static_cast<int>(columns_.size()); }

private:
    struct Column {
        int span;
        int option;
        std::int64_t value;
        std::vector<int> arcs;  // problem arcs, one per filled slot
        int lpCol;              // position in the LP; -1 while purged from it
        long lastBasic = 0;     // solves_ when it was last basic
        bool enabled;           // upper bound +inf (else fixed at 0)
    };
    /// Adds a column, or enables it if it exists but is switched off; true if the LP changed.
    bool addColumn(int span, int option, std::vector<int> arcs);
    void setEnabled(Column& column, bool enabled);
    void insert(int index);
    /// Adds the queued columns to the LP.
    void flush();
    void purge();
    void markBasic();
    /// Switches off the columns of options the node excludes. Columns of options it allows
    /// again are switched on lazily, when pricing asks for them: the old basis then stays dual
    /// feasible for the first solve and primal feasible for the later ones, and the simplex resumes
    /// from it instead of running a slow phase 1.
    void applyAllowed(const std::vector<char>& allowed);

    const SectionIndex& index_;
    LagrangianBound& bound_;
    std::unique_ptr<ClpSimplex> lp_;
    double unit_ = 1.0;  // LP objective = weight * unit_ (keeps the LP's numbers near 1..1e4)
    std::vector<int> spanRow_;
    std::vector<int> elementRow_;
    std::vector<Column> columns_;
    std::vector<std::vector<int>> optionColumns_;
    std::unordered_map<std::vector<int>, int, ColumnKeyHash> known_;  // option, then arcs -> column
    std::vector<char> allowed_;  // per option: allowed in the node being solved
    bool boundsTightened_ = false;
    bool basisOptimal_ = false;
    long solves_ = 0;
    std::vector<int> lpColumns_;  // indices of the columns in the LP, in the LP's order
    std::vector<int> pending_;    // of those, the ones not yet handed to the LP
    // the last solve ended optimal: its basis is dual feasible
};

}  // namespace respan::matching
