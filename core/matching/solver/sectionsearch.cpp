#include "core/matching/solver/sectionsearch.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <queue>
#include <set>

#include "core/matching/solver/assignmentsolver.h"
#include "core/matching/solver/configlp.h"
#include "core/matching/solver/lagrangianbound.h"
#include "core/matching/solver/sectionmatcher.h"

namespace respan::matching {

namespace {

constexpr std::int64_t kNoBound = std::numeric_limits<std::int64_t>::max();
/// Spans tried by strong branching in a node (the most split by the LP); measured in
/// matching-engine.md.
constexpr std::size_t kStrongCandidates = 3;

/// Branch-and-bound over the span sections of one component.
class ComponentSearch {
public:
    ComponentSearch(SectionProblem problem, std::vector<int> arcMap, std::int64_t tolerance,
                    std::function<void()> tick)
        : tolerance_(tolerance),
          tick_(std::move(tick)),
          problem_(std::move(problem)),
          arcMap_(std::move(arcMap)),
          index_(problem_),
          matcher_(index_),
          lagrangian_(index_),
          lp_(index_, lagrangian_) {
        incumbent_.slotArc.assign(static_cast<std::size_t>(problem_.slotCount()), -1);
        // Before anything else: a trivially valid bound (every slot its heaviest arc).
        std::int64_t trivial = 0;
        for (int s = 0; s < problem_.slotCount(); ++s) {
            std::int64_t best = 0;
            for (int a = problem_.slotArcBegin[s]; a < problem_.slotArcBegin[s + 1]; ++a) {
                best = std::max(best, problem_.arcWeight[a]);
            }
            trivial += best;
        }
        bound_ = trivial;
        relaxedBound_ = trivial;
        rootBound_ = trivial;
    }

    void runRoot(const SearchControl& control);
    /// Processes one node; false when nothing is left to do.
    bool step(const SearchControl& control);

    [[nodiscard]] bool finished() const { return finished_; }
    [[nodiscard]] std::int64_t value() const { return incumbent_.value; }
    [[nodiscard]] std::int64_t bound() const {
        return finished_ ? incumbent_.value + slack_ : std::max(bound_, incumbent_.value);
    }
    [[nodiscard]] std::int64_t gap() const { return bound() - value(); }
    [[nodiscard]] const SectionPlan& plan() const { return incumbent_; }
    [[nodiscard]] const std::vector<int>& arcMap() const { return arcMap_; }
    [[nodiscard]] std::int64_t relaxedBound() const { return relaxedBound_; }
    [[nodiscard]] std::int64_t rootBound() const { return rootBound_; }
    [[nodiscard]] long nodes() const { return nodes_; }
    [[nodiscard]] long iterations() const { return iterations_; }
    [[nodiscard]] long probes() const { return probes_; }
    [[nodiscard]] bool rootDone() const { return rootDone_; }

private:
    struct Node {
        std::int64_t bound = kNoBound;
        std::vector<char> allowed;
        std::shared_ptr<const std::vector<std::int64_t>> lambda;
        int depth = 0;
    };
    struct NodeOrder {
        bool operator()(const std::shared_ptr<Node>& a, const std::shared_ptr<Node>& b) const {
            if (a->bound != b->bound) return a->bound < b->bound;
            return a->depth < b->depth;  // deeper first among equal bounds
        }
    };
    enum class Outcome { Closed, Branched, Interrupted };
    /// What processing one node has found so far: its best Lagrangian bound with the solution
    /// and multipliers that gave it.
    struct NodeWork {
        std::shared_ptr<Node> node;
        LagrangianBound::Evaluation best;
        std::vector<std::int64_t> bestLambda;
        std::int64_t bestValue = kNoBound;
    };

    Outcome process(const std::shared_ptr<Node>& node, int maxIterations, int patience,
                    const SearchControl& control);
    Outcome interrupted(NodeWork& w);
    std::optional<Outcome> subgradient(NodeWork& w, int iterations, int patience,
                                       const SearchControl& control);
    std::optional<Outcome> offerIfPlan(const LagrangianBound::Evaluation& ev,
                                       const std::vector<std::int64_t>& lambda);
    bool stepMultipliers(const LagrangianBound::Evaluation& ev, double theta,
                         std::vector<std::int64_t>& lambda) const;
    void tryLpSections(NodeWork& w, const ConfigLp::Result& lr, const SearchControl& control);
    /// Where and how a node branches: the sections still allowed, each option's child bound
    /// (and the multipliers that gave it, from strong branching), the span chosen.
    struct Branching {
        std::vector<char> allowed;
        std::vector<std::int64_t> childBound;
        std::map<int, std::shared_ptr<const std::vector<std::int64_t>>> childLambda;
        int span = -1;
    };
    Outcome fixAndBranch(NodeWork& w, const ConfigLp::Result& lr, std::int64_t bound);
    bool strongBranch(const ConfigLp::Result& lr, std::vector<std::pair<double, int>>& split,
                      Branching& b);
    [[nodiscard]] int remainingOptions(const std::vector<char>& allowed, int span) const;
    [[nodiscard]] std::vector<std::int64_t> conflictWeights(
        const LagrangianBound::Evaluation& ev) const;
    void offer(const SectionPlan& plan);
    void repair(const std::vector<int>& sections, const std::vector<char>& allowed,
                bool localSearch, const SearchControl& control);
    void updateBound();
    /// Nodes whose bound is within the tolerance of the best plan are closed: optimal then means
    /// optimal within the tolerance, and the reported bound says so (slack_).
    [[nodiscard]] bool closes(std::int64_t bound) {
        if (bound <= incumbent_.value) return true;
        if (bound > incumbent_.value + tolerance_) return false;
        slack_ = tolerance_;
        return true;
    }

    std::int64_t tolerance_ = 0;
    std::int64_t slack_ = 0;
    std::function<void()> tick_;
    SectionProblem problem_;
    std::vector<int> arcMap_;
    SectionIndex index_;
    SectionMatcher matcher_;
    LagrangianBound lagrangian_;
    ConfigLp lp_;
    std::set<std::vector<int>> searched_;
    SectionPlan incumbent_;
    std::priority_queue<std::shared_ptr<Node>, std::vector<std::shared_ptr<Node>>, NodeOrder> open_;
    std::int64_t bound_ = 0;
    std::int64_t relaxedBound_ = 0;
    std::int64_t rootBound_ = 0;
    long nodes_ = 0;
    long iterations_ = 0;
    long probes_ = 0;
    bool finished_ = false;
    bool rootDone_ = false;
};

void ComponentSearch::offer(const SectionPlan& plan) {
    if (plan.value > incumbent_.value) incumbent_ = plan;
}

void ComponentSearch::repair(const std::vector<int>& wanted, const std::vector<char>& allowed,
                             bool localSearch, const SearchControl& control) {
    // Give every span a section it may take: the wanted one when allowed, else the one it has
    // in the best plan so far, else its first allowed one. Solve the per-section matchings
    // exactly, then optionally improve by local search.
    std::vector<int> current(static_cast<std::size_t>(problem_.spanCount), -1);
    for (int s = 0; s < problem_.slotCount(); ++s) {
        const int a = incumbent_.slotArc[s];
        if (a >= 0) current[problem_.slotSpan[s]] = problem_.elementSection[problem_.arcElement[a]];
    }
    std::vector<int> sections(static_cast<std::size_t>(problem_.spanCount), -1);
    for (int span = 0; span < problem_.spanCount; ++span) {
        const std::vector<int>& options = index_.spanSections(span);
        const int base = lagrangian_.offset(span);
        int chosen = -1;
        int rank = 3;  // 0 wanted, 1 current, 2 first allowed
        for (std::size_t o = 0; o < options.size(); ++o) {
            if (!allowed[base + o]) continue;
            const int r = options[o] == wanted[span] ? 0 : options[o] == current[span] ? 1 : 2;
            if (r < rank) {
                rank = r;
                chosen = options[o];
            }
        }
        sections[span] = chosen;
    }
    if (!localSearch) {
        offer(matcher_.solve(sections));
        return;
    }
    auto permitted = [&](int span, int section) {
        const std::vector<int>& options = index_.spanSections(span);
        const auto it = std::find(options.begin(), options.end(), section);
        return it != options.end() &&
               allowed[lagrangian_.offset(span) + static_cast<int>(it - options.begin())];
    };
    offer(matcher_.improve(sections, permitted, [&] {
        if (tick_) tick_();
        return control.stopRequested();
    }));
}

void ComponentSearch::updateBound() {
    bound_ = open_.empty() ? incumbent_.value : std::max(incumbent_.value, open_.top()->bound);
    if (open_.empty()) finished_ = true;
}

void ComponentSearch::runRoot(const SearchControl& control) {
    rootDone_ = true;
    // 1. The matching without the span rule: an upper bound, duals to start the multipliers
    //    from, and a first section per span (the section carrying most weight in the span).
    SparseCostMatrix m;
    m.rowStart.assign(1, 0);
    const auto& arcs = index_.arcs();
    std::vector<int> matrixArc;
    for (int s = 0; s < problem_.slotCount(); ++s) {
        for (const SectionIndex::Group* g = index_.groupsBegin(s); g != index_.groupsEnd(s); ++g) {
            for (int a = g->begin; a < g->end; ++a) {
                m.addArc(arcs[a].element, arcs[a].weight);
                matrixArc.push_back(arcs[a].arc);
            }
        }
        m.endRow();
    }
    AssignmentSolver solver;
    const MatchingResult relaxed = solver.solveMaxWeight(m, problem_.elementCount);
    relaxedBound_ = relaxed.weight;
    bound_ = relaxed.weight;
    rootBound_ = relaxed.weight;

    std::vector<std::vector<std::int64_t>> weightBySection(
        static_cast<std::size_t>(problem_.spanCount));
    for (int s = 0; s < problem_.slotCount(); ++s) {
        const int e = relaxed.leftToRight[s];
        if (e < 0) continue;
        auto& w = weightBySection[problem_.slotSpan[s]];
        w.resize(static_cast<std::size_t>(problem_.sectionCount), 0);
        for (int a = m.rowStart[s]; a < m.rowStart[s + 1]; ++a) {
            if (m.col[a] == e) w[problem_.elementSection[e]] += m.cost[a];
        }
    }
    std::vector<int> sections(static_cast<std::size_t>(problem_.spanCount), -1);
    for (int span = 0; span < problem_.spanCount; ++span) {
        const auto& w = weightBySection[span];
        if (!w.empty()) {
            sections[span] = static_cast<int>(std::max_element(w.begin(), w.end()) - w.begin());
        }
    }
    std::vector<char> all(static_cast<std::size_t>(lagrangian_.optionCount()), 1);
    repair(sections, all, false, control);
    if (closes(relaxedBound_)) {  // the relaxation's answer already obeys R8
        bound_ = incumbent_.value;
        finished_ = true;
        return;
    }

    // 2. Root node of the branch-and-bound, multipliers from the relaxation's element duals.
    auto root = std::make_shared<Node>();
    root->bound = relaxedBound_;
    root->allowed = std::move(all);
    root->lambda = std::make_shared<const std::vector<std::int64_t>>(relaxed.rightDual);
    open_.push(root);
    if (control.stopRequested()) return;
    open_.pop();
    const Outcome outcome = process(root, 400, 25, control);
    if (outcome == Outcome::Interrupted) open_.push(root);
    rootBound_ = std::min(relaxedBound_, open_.empty() ? incumbent_.value : open_.top()->bound);
    updateBound();
}

bool ComponentSearch::step(const SearchControl& control) {
    if (finished_) return false;
    if (!rootDone_) {
        runRoot(control);
        return !finished_;
    }
    if (open_.empty()) {
        updateBound();
        return false;
    }
    std::shared_ptr<Node> node = open_.top();
    open_.pop();
    if (closes(node->bound)) {
        updateBound();
        return !finished_;
    }
    const Outcome outcome = process(node, 30, 5, control);
    if (outcome == Outcome::Interrupted) open_.push(node);
    updateBound();
    return !finished_;
}

/// A stop in the middle of a node: the node keeps the best bound and multipliers found, so
/// that it is taken up again from there.
ComponentSearch::Outcome ComponentSearch::interrupted(NodeWork& w) {
    if (w.bestValue < w.node->bound) {
        w.node->bound = w.bestValue;
        w.node->lambda = std::make_shared<const std::vector<std::int64_t>>(w.bestLambda);
    }
    return Outcome::Interrupted;
}

/// A relaxed solution that uses each element at most once is a plan: offered as such; the node
/// is closed when no multiplier is left on an unused element (plan value == bound).
std::optional<ComponentSearch::Outcome> ComponentSearch::offerIfPlan(
    const LagrangianBound::Evaluation& ev, const std::vector<std::int64_t>& lambda) {
    for (const int u : ev.usage) {
        if (u > 1) return std::nullopt;
    }
    SectionPlan plan;
    plan.slotArc = ev.slotArc;
    for (const int a : plan.slotArc) {
        if (a >= 0) plan.value += problem_.arcWeight[a];
    }
    offer(plan);
    std::int64_t slack = 0;
    for (int e = 0; e < problem_.elementCount; ++e) {
        if (ev.usage[e] == 0) slack += lambda[e];
    }
    if (slack == 0) return Outcome::Closed;
    return std::nullopt;
}

/// One subgradient step (Polyak) towards the best known value, projected on lambda >= 0; false
/// when the subgradient is zero (nothing left to move).
bool ComponentSearch::stepMultipliers(const LagrangianBound::Evaluation& ev, double theta,
                                      std::vector<std::int64_t>& lambda) const {
    std::int64_t norm = 0;
    for (int e = 0; e < problem_.elementCount; ++e) {
        const int g = 1 - ev.usage[e];
        if (g > 0 && lambda[e] == 0) continue;
        norm += static_cast<std::int64_t>(g) * g;
    }
    if (norm == 0) return false;
    const double gap = static_cast<double>(ev.value - incumbent_.value);
    const double t = theta * gap / static_cast<double>(norm);
    for (int e = 0; e < problem_.elementCount; ++e) {
        const int g = 1 - ev.usage[e];
        if (g == 0) continue;
        const auto next = static_cast<std::int64_t>(
            std::llround(static_cast<double>(lambda[e]) - t * static_cast<double>(g)));
        lambda[e] = std::max<std::int64_t>(0, next);
    }
    return true;
}

/// Subgradient steps: at the root they find good multipliers and the first columns fast;
/// elsewhere they are the fallback when the LP cannot be solved. A value when the node is done.
std::optional<ComponentSearch::Outcome> ComponentSearch::subgradient(NodeWork& w, int iterations,
                                                                     int patience,
                                                                     const SearchControl& control) {
    const Node& node = *w.node;
    std::vector<std::int64_t> lambda = *node.lambda;
    LagrangianBound::Evaluation ev;
    double theta = node.depth == 0 ? 1.0 : 0.5;
    int sinceImprovement = 0;
    for (int it = 0; it < iterations; ++it) {
        if (control.stopRequested()) return interrupted(w);
        if (!lagrangian_.evaluate(lambda, node.allowed, ev)) return Outcome::Closed;
        ++iterations_;
        if (node.depth == 0 && it % 20 == 19) lp_.addColumns(ev);
        if (ev.value < w.bestValue) {
            w.bestValue = ev.value;
            w.best = ev;
            w.bestLambda = lambda;
            sinceImprovement = 0;
            // The root's bound holds for the whole component: show it while the root works.
            if (node.depth == 0) bound_ = std::min(bound_, w.bestValue);
        } else {
            ++sinceImprovement;
        }
        if (closes(std::min(w.bestValue, node.bound))) return Outcome::Closed;
        if (tick_) tick_();
        if (auto done = offerIfPlan(ev, lambda)) return done;
        if (it % 10 == 9) repair(ev.spanBestSection, node.allowed, false, control);
        if (!stepMultipliers(ev, theta, lambda)) break;
        if (sinceImprovement >= patience) {
            theta *= 0.5;
            sinceImprovement = 0;
            if (theta < 0.01) break;
        }
    }
    return std::nullopt;
}

/// Primal side: the sections the LP leans to most (else those of the best relaxed solution),
/// solved exactly, with local search once per section choice (nodes below one another often
/// want the same).
void ComponentSearch::tryLpSections(NodeWork& w, const ConfigLp::Result& lr,
                                    const SearchControl& control) {
    std::vector<int> wanted = w.best.spanBestSection;
    if (!lr.optionMass.empty()) {
        for (int span = 0; span < problem_.spanCount; ++span) {
            const std::vector<int>& options = index_.spanSections(span);
            const int base = lagrangian_.offset(span);
            double most = 1e-9;
            for (std::size_t o = 0; o < options.size(); ++o) {
                if (lr.optionMass[base + o] > most) {
                    most = lr.optionMass[base + o];
                    wanted[span] = options[o];
                }
            }
        }
    }
    repair(wanted, w.node->allowed, searched_.insert(wanted).second, control);
    if (w.best.spanBestSection != wanted)
        repair(w.best.spanBestSection, w.node->allowed, false, control);
}

/// Per span, the weight of the relaxed solution's arcs whose element it shares with another
/// slot: where the relaxation fights over elements.
std::vector<std::int64_t> ComponentSearch::conflictWeights(
    const LagrangianBound::Evaluation& ev) const {
    std::vector<std::int64_t> weight(static_cast<std::size_t>(problem_.spanCount), 0);
    for (int s = 0; s < problem_.slotCount(); ++s) {
        const int a = ev.slotArc[s];
        if (a >= 0 && ev.usage[problem_.arcElement[a]] > 1)
            weight[problem_.slotSpan[s]] += problem_.arcWeight[a];
    }
    return weight;
}

/// Reduced-cost fixing (a section whose best case cannot beat the incumbent is dropped), then
/// strong branching among the spans the LP splits most (strongBranch); without a split, the
/// span where the relaxation fights over elements most, else where most is at stake. A node
/// with one section left per span is solved exactly by the matchings.
ComponentSearch::Outcome ComponentSearch::fixAndBranch(NodeWork& w, const ConfigLp::Result& lr,
                                                       std::int64_t bound) {
    const LagrangianBound::Evaluation& best = w.best;
    const bool haveLp = !lr.optionMass.empty();
    Branching b;
    b.allowed = w.node->allowed;
    b.childBound.assign(b.allowed.size(), kNoBound);
    std::vector<std::pair<double, int>> split;  // (LP mass outside the heaviest option, span)
    const std::vector<std::int64_t> conflictWeight = conflictWeights(best);
    int fallbackSpan = -1;
    std::int64_t fallbackScore = -1;
    for (int span = 0; span < problem_.spanCount; ++span) {
        const std::vector<int>& options = index_.spanSections(span);
        if (options.empty()) continue;
        const int base = lagrangian_.offset(span);
        int remaining = 0;
        double mass = 0.0;
        double most = 0.0;
        for (std::size_t o = 0; o < options.size(); ++o) {
            if (!b.allowed[base + o]) continue;
            const std::int64_t childBound = w.bestValue - best.spanBest[span] +
                                            std::max<std::int64_t>(0, best.optionValue[base + o]);
            if (closes(childBound)) {
                b.allowed[base + o] = 0;
                continue;
            }
            b.childBound[base + o] = std::min(bound, childBound);
            ++remaining;
            if (haveLp) {
                mass += lr.optionMass[base + o];
                most = std::max(most, lr.optionMass[base + o]);
            }
        }
        if (remaining == 0) return Outcome::Closed;
        if (remaining < 2) continue;
        if (haveLp && mass - most > 1e-6) split.emplace_back(mass - most, span);
        const std::int64_t score = conflictWeight[span] * 4 + best.spanBest[span];
        if (score > fallbackScore) {
            fallbackScore = score;
            fallbackSpan = span;
        }
    }
    int branchSpan = fallbackSpan;
    if (!split.empty()) {
        if (!strongBranch(lr, split, b)) return Outcome::Closed;
        if (b.span >= 0) branchSpan = b.span;
    }
    if (branchSpan >= 0 && remainingOptions(b.allowed, branchSpan) < 2) {
        // strong branching fixed the candidates to one section each: any span still open
        branchSpan = -1;
        for (int span = 0; span < problem_.spanCount && branchSpan < 0; ++span) {
            if (remainingOptions(b.allowed, span) >= 2) branchSpan = span;
        }
    }
    if (branchSpan < 0) {
        std::vector<int> sections(static_cast<std::size_t>(problem_.spanCount), -1);
        for (int span = 0; span < problem_.spanCount; ++span) {
            const std::vector<int>& options = index_.spanSections(span);
            const int base = lagrangian_.offset(span);
            for (std::size_t o = 0; o < options.size(); ++o) {
                if (b.allowed[base + o]) sections[span] = options[o];
            }
        }
        offer(matcher_.solve(sections));
        return Outcome::Closed;
    }
    const auto parentLambda = std::make_shared<const std::vector<std::int64_t>>(w.bestLambda);
    const std::vector<int>& options = index_.spanSections(branchSpan);
    const int base = lagrangian_.offset(branchSpan);
    for (std::size_t o = 0; o < options.size(); ++o) {
        if (!b.allowed[base + o]) continue;
        auto child = std::make_shared<Node>();
        child->bound = b.childBound[base + o];
        child->lambda = b.childLambda.count(base + static_cast<int>(o)) != 0
                            ? b.childLambda[base + static_cast<int>(o)]
                            : parentLambda;
        if (closes(child->bound)) continue;
        child->allowed = b.allowed;
        for (std::size_t q = 0; q < options.size(); ++q) {
            if (q != o) child->allowed[base + q] = 0;
        }
        child->depth = w.node->depth + 1;
        open_.push(std::move(child));
    }
    return Outcome::Branched;
}

int ComponentSearch::remainingOptions(const std::vector<char>& allowed, int span) const {
    const int base = lagrangian_.offset(span);
    int remaining = 0;
    for (int opt = base; opt < lagrangian_.offset(span + 1); ++opt)
        remaining += allowed[opt] ? 1 : 0;
    return remaining;
}

/// Strong branching: for the `kStrongCandidates` spans the LP splits most, each remaining
/// section is tried by re-solving the node's LP with the span limited to it (dual simplex,
/// ConfigLp::probe). The probe's duals give the child a valid bound, L(lambda) with the span
/// limited (matching-engine.md, the same proof); a section whose child bound cannot beat the
/// best plan is dropped from the node itself. The span whose best child loses most LP value
/// is branched on. False when the node is closed (a span has no section left).
bool ComponentSearch::strongBranch(const ConfigLp::Result& lr,
                                   std::vector<std::pair<double, int>>& split, Branching& b) {
    std::sort(split.begin(), split.end(), [](const auto& x, const auto& y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
    });
    if (split.size() > kStrongCandidates) split.resize(kStrongCandidates);
    const double lpValue = lr.lpValue;
    const double floor = static_cast<double>(incumbent_.value);
    double bestScore = -1.0;
    LagrangianBound::Evaluation ev;
    std::vector<std::int64_t> lambda;
    for (const auto& candidate : split) {
        const int span = candidate.second;
        const int base = lagrangian_.offset(span);
        double smallestLoss = std::numeric_limits<double>::infinity();
        for (int opt = base; opt < lagrangian_.offset(span + 1); ++opt) {
            if (!b.allowed[opt]) continue;
            const double estimate = lp_.probe(span, opt, lambda);
            ++probes_;
            if (std::isnan(estimate)) return true;  // no LP basis to probe from: plain branching
            std::vector<char> child = b.allowed;
            for (int q = base; q < lagrangian_.offset(span + 1); ++q) child[q] = q == opt ? 1 : 0;
            std::int64_t childBound = kNoBound;
            if (lagrangian_.evaluate(lambda, child, ev)) {
                ++iterations_;
                childBound = ev.value;
            } else {
                childBound = std::numeric_limits<std::int64_t>::min();
            }
            if (childBound < b.childBound[opt]) {
                b.childBound[opt] = childBound;
                b.childLambda[opt] = std::make_shared<const std::vector<std::int64_t>>(lambda);
            }
            if (closes(b.childBound[opt])) {
                b.allowed[opt] = 0;
                continue;
            }
            smallestLoss = std::min(smallestLoss, lpValue - std::max(estimate, floor));
        }
        const int remaining = remainingOptions(b.allowed, span);
        if (remaining == 0) return false;
        if (remaining < 2) continue;
        if (smallestLoss > bestScore) {
            bestScore = smallestLoss;
            b.span = span;
        }
    }
    return true;
}

/// One node: (at the root) subgradient steps and an early plan, the node's LP by column
/// generation (its optimum is the best Lagrangian bound, its solution says which spans are
/// undecided), a plan from the LP's sections, then fixing and branching.
ComponentSearch::Outcome ComponentSearch::process(const std::shared_ptr<Node>& node,
                                                  int maxIterations, int patience,
                                                  const SearchControl& control) {
    ++nodes_;
    NodeWork w;
    w.node = node;
    if (node->depth == 0) {
        if (auto done = subgradient(w, maxIterations, patience, control)) return *done;
        // A good plan early (the LP may take a while on a large component): the sections of
        // the best relaxed solution, improved by local search.
        repair(w.best.spanBestSection, node->allowed, true, control);
        if (closes(std::min(w.bestValue, node->bound))) return Outcome::Closed;
    }
    const ConfigLp::Result lr =
        lp_.solve(node->allowed, incumbent_.value + tolerance_, node->depth == 0 ? 1000 : 200, [&] {
            if (tick_) tick_();
            return control.stopRequested();
        });
    iterations_ += lr.rounds;
    if (lr.bound == std::numeric_limits<std::int64_t>::min()) return Outcome::Closed;
    if (lr.bound < w.bestValue) {
        w.bestValue = lr.bound;
        w.best = lr.evaluation;
        w.bestLambda = lr.lambda;
        if (node->depth == 0) bound_ = std::min(bound_, w.bestValue);
    }
    if (lr.stopped) return interrupted(w);
    if (!lr.integralPlan.slotArc.empty()) offer(lr.integralPlan);
    if (closes(std::min(w.bestValue, node->bound))) return Outcome::Closed;
    if (!lr.settled && node->depth > 0) {
        if (auto done = subgradient(w, maxIterations, patience, control)) return *done;
    }
    if (w.bestValue == kNoBound) return Outcome::Closed;
    const std::int64_t bound = std::min(node->bound, w.bestValue);
    tryLpSections(w, lr, control);
    if (closes(bound)) return Outcome::Closed;
    return fixAndBranch(w, lr, bound);
}

/// Spans that share a candidate element belong to one component.
std::vector<std::vector<int>> components(const SectionProblem& p) {
    std::vector<int> parent(static_cast<std::size_t>(p.spanCount));
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    };
    std::vector<int> elementSpan(static_cast<std::size_t>(p.elementCount), -1);
    for (int s = 0; s < p.slotCount(); ++s) {
        const int span = p.slotSpan[s];
        for (int a = p.slotArcBegin[s]; a < p.slotArcBegin[s + 1]; ++a) {
            const int e = p.arcElement[a];
            if (!p.spanFixedSection.empty() && p.spanFixedSection[span] >= 0 &&
                p.elementSection[e] != p.spanFixedSection[span]) {
                continue;
            }
            if (elementSpan[e] < 0) {
                elementSpan[e] = span;
            } else {
                parent[find(span)] = find(elementSpan[e]);
            }
        }
    }
    std::vector<int> id(static_cast<std::size_t>(p.spanCount), -1);
    std::vector<std::vector<int>> result;
    std::vector<char> hasArcs(static_cast<std::size_t>(p.spanCount), 0);
    for (int s = 0; s < p.slotCount(); ++s) {
        if (p.slotArcBegin[s + 1] > p.slotArcBegin[s]) hasArcs[p.slotSpan[s]] = 1;
    }
    for (int span = 0; span < p.spanCount; ++span) {
        if (!hasArcs[span]) continue;
        const int root = find(span);
        if (id[root] < 0) {
            id[root] = static_cast<int>(result.size());
            result.emplace_back();
        }
        result[id[root]].push_back(span);
    }
    return result;
}

/// The component searches of a problem, each with its own numbering of spans, slots and
/// elements, and for each the problem's slots in its order.
struct Parts {
    std::vector<std::unique_ptr<ComponentSearch>> searches;
    std::vector<std::vector<int>> slots;
};

/// One component's sub-problem: its spans, their slots and the arcs a pinned section allows.
ComponentSearch* addComponent(const SectionProblem& p, const std::vector<int>& spans, int stamp,
                              const std::vector<std::vector<int>>& spanSlots,
                              std::vector<int>& elementLocal, std::vector<int>& elementStamp,
                              std::int64_t tolerance, const std::function<void()>& tick,
                              Parts& parts) {
    SectionProblem sub;
    sub.sectionCount = p.sectionCount;
    std::vector<int> arcMap;
    std::vector<int> slots;
    std::vector<int> spanLocal;
    for (const int span : spans) {
        spanLocal.push_back(sub.spanCount++);
        sub.spanFixedSection.push_back(p.spanFixedSection.empty() ? -1 : p.spanFixedSection[span]);
    }
    for (std::size_t k = 0; k < spans.size(); ++k) {
        const int span = spans[k];
        const int fixed = p.spanFixedSection.empty() ? -1 : p.spanFixedSection[span];
        for (const int s : spanSlots[span]) {
            std::vector<std::pair<int, std::int64_t>> arcs;
            for (int a = p.slotArcBegin[s]; a < p.slotArcBegin[s + 1]; ++a) {
                const int e = p.arcElement[a];
                if (fixed >= 0 && p.elementSection[e] != fixed) continue;
                if (elementStamp[e] != stamp) {
                    elementStamp[e] = stamp;
                    elementLocal[e] = sub.elementCount++;
                    sub.elementSection.push_back(p.elementSection[e]);
                }
                arcs.emplace_back(elementLocal[e], p.arcWeight[a]);
                arcMap.push_back(a);
            }
            sub.addSlot(spanLocal[k], arcs);
            slots.push_back(s);
        }
    }
    parts.searches.push_back(
        std::make_unique<ComponentSearch>(std::move(sub), std::move(arcMap), tolerance, tick));
    parts.slots.push_back(std::move(slots));
    return parts.searches.back().get();
}

Parts splitIntoComponents(const SectionProblem& p, std::int64_t tolerance,
                          const std::function<void()>& tick) {
    Parts parts;
    std::vector<int> elementLocal(static_cast<std::size_t>(p.elementCount), -1);
    std::vector<int> elementStamp(static_cast<std::size_t>(p.elementCount), -1);
    std::vector<std::vector<int>> spanSlots(static_cast<std::size_t>(p.spanCount));
    for (int s = 0; s < p.slotCount(); ++s) spanSlots[p.slotSpan[s]].push_back(s);
    const std::vector<std::vector<int>> comps = components(p);
    for (std::size_t c = 0; c < comps.size(); ++c) {
        addComponent(p, comps[c], static_cast<int>(c), spanSlots, elementLocal, elementStamp,
                     tolerance, tick, parts);
    }
    return parts;
}

/// Roots first (each gives a plan and a bound), then nodes where the gap is largest,
/// discounted by the work already spent there, so that a small component with a large gap is
/// not starved by a big one that closes slowly.
void searchWhereTheGapIsLargest(Parts& parts, const SearchControl& control,
                                const std::function<void()>& tick,
                                const std::function<void()>& report) {
    for (auto& part : parts.searches) {
        if (control.stopRequested()) break;
        part->runRoot(control);
    }
    report();
    while (!control.stopRequested()) {
        ComponentSearch* next = nullptr;
        double nextScore = -1.0;
        for (auto& part : parts.searches) {
            if (part->finished()) continue;
            const double score =
                static_cast<double>(part->gap()) / (1.0 + static_cast<double>(part->nodes()));
            if (next == nullptr || score > nextScore) {
                next = part.get();
                nextScore = score;
            }
        }
        if (next == nullptr) break;
        next->step(control);
        tick();
    }
}

/// The components' plans in the problem's numbering, with their bounds and counts summed.
void collectOutcome(const Parts& parts, const SearchControl& control, SearchOutcome& outcome) {
    bool allFinished = true;
    for (std::size_t c = 0; c < parts.searches.size(); ++c) {
        const ComponentSearch& part = *parts.searches[c];
        allFinished = allFinished && part.finished();
        const SectionPlan& plan = part.plan();
        for (std::size_t s = 0; s < parts.slots[c].size(); ++s) {
            const int a = plan.slotArc[s];
            if (a >= 0) outcome.plan.slotArc[parts.slots[c][s]] = part.arcMap()[a];
        }
        outcome.plan.value += part.value();
        outcome.upperBound += part.bound();
        outcome.relaxedBound += part.relaxedBound();
        outcome.rootBound += part.rootBound();
        outcome.nodes += part.nodes();
        outcome.iterations += part.iterations();
        outcome.probes += part.probes();
    }
    // Proven: every component's search tree is exhausted (its bound is its plan's value, plus
    // the tolerance where that closed nodes), or the bounds meet the plan anyway.
    outcome.optimal = allFinished || outcome.upperBound <= outcome.plan.value;
    outcome.stopped = !outcome.optimal && control.stopRequested();
}

}  // namespace

SearchOutcome solveSectionProblem(const SectionProblem& p, const SearchControl& control) {
    SearchOutcome outcome;
    outcome.plan.slotArc.assign(static_cast<std::size_t>(p.slotCount()), -1);

    // Progress from inside long node computations, at most five times a second.
    std::function<void()> report;
    auto lastReport = std::chrono::steady_clock::now();
    const std::function<void()> tick = [&] {
        const auto now = std::chrono::steady_clock::now();
        if (report && now - lastReport > std::chrono::milliseconds(200)) {
            lastReport = now;
            report();
        }
    };
    Parts parts = splitIntoComponents(p, control.tolerance, tick);
    outcome.components = static_cast<int>(parts.searches.size());
    report = [&] {
        if (!control.progress) return;
        std::int64_t value = 0;
        std::int64_t bound = 0;
        long nodes = 0;
        for (const auto& part : parts.searches) {
            value += part->value();
            bound += part->bound();
            nodes += part->nodes();
        }
        control.progress(value, bound, nodes);
    };
    searchWhereTheGapIsLargest(parts, control, tick, report);
    collectOutcome(parts, control, outcome);
    report();
    return outcome;
}

}  // namespace respan::matching
