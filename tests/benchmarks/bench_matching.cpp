// Figures of issue 4: the assignment core on OR-Library, the optimiser at project and national
// scale, and CBC on the straightforward MILP side by side.
//
//   bench_matching --benchmark_filter=OrLibrary --benchmark_repetitions=9
//   bench_matching --benchmark_filter=Project --benchmark_repetitions=5
//   bench_matching --benchmark_filter=National        (minutes: 60 s limit per run)
//   bench_matching --benchmark_filter=Cbc             (minutes)
#include <benchmark/benchmark.h>

#include <QString>

#include <map>

#include "matching/assignmentsolver.h"
#include "matching/optimiser.h"
#include "support/matchinginstances.h"
#include "support/orlibrary.h"
#include "support/referencesolvers.h"

using namespace respan;

namespace {

const matching::SparseCostMatrix& orInstance(const QString& name) {
    static std::map<QString, matching::SparseCostMatrix> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        it = cache
                 .emplace(name, test::readOrLibraryInstance(
                                    QStringLiteral(RESPAN_TEST_DATA_DIR "/or-library/") + name +
                                    QStringLiteral(".txt")))
                 .first;
    }
    return it->second;
}

void orLibrary(benchmark::State& state, const char* name) {
    const matching::SparseCostMatrix& m = orInstance(QString::fromLatin1(name));
    matching::AssignmentSolver solver;
    std::int64_t cost = 0;
    for (auto _ : state) {
        cost = solver.solveMinCost(m).cost;
        benchmark::DoNotOptimize(cost);
    }
    state.counters["cost"] = static_cast<double>(cost);
    state.counters["published"] =
        static_cast<double>(test::orLibraryOptimum(QString::fromLatin1(name)));
    state.counters["arcs"] = m.arcCount();
}
BENCHMARK_CAPTURE(orLibrary, assign100, "assign100")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(orLibrary, assign400, "assign400")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(orLibrary, assign800, "assign800")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(orLibrary, assignp800, "assignp800")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(orLibrary, assignp1500, "assignp1500")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(orLibrary, assignp3000, "assignp3000")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(orLibrary, assignp5000, "assignp5000")->Unit(benchmark::kMillisecond);

test::RealisticSpec spec(int elements, int spans, int slots, int sections, unsigned seed,
                         int pinnedSpans = 0) {
    test::RealisticSpec s;
    s.elements = elements;
    s.spans = spans;
    s.slots = slots;
    s.sections = sections;
    s.seed = seed;
    s.pinnedSpans = pinnedSpans;
    s.standardLengths = std::getenv("RSP_STD") != nullptr;
    return s;
}

void report(benchmark::State& state, const matching::MatchResult& r) {
    state.counters["optimal"] = r.optimal ? 1 : 0;
    state.counters["gap_pct"] =
        r.upperBoundKg > 0 ? 100.0 * (r.upperBoundKg - r.totalSavingKg) / r.upperBoundKg : 0.0;
    state.counters["saving_t"] = r.totalSavingKg / 1000.0;
    state.counters["filled"] = r.filledSlots;
    state.counters["pairs"] = r.statistics.admissiblePairs;
    state.counters["nodes"] = static_cast<double>(r.statistics.nodes);
    state.counters["components"] = r.statistics.components;
    state.counters["r8_relax_gap_pct"] =
        r.statistics.relaxedBoundKg > 0
            ? 100.0 * (r.statistics.relaxedBoundKg - r.totalSavingKg) / r.statistics.relaxedBoundKg
            : 0.0;
}

// Project scale: 200 girders, 30 spans, 200 slots, 4 sections; the seed is the argument.
void projectScale(benchmark::State& state) {
    const matching::MatchInput in =
        test::generateRealistic(spec(200, 30, 200, 4, static_cast<unsigned>(state.range(0)), 3));
    matching::MatchResult r;
    for (auto _ : state) {
        r = matching::optimisePlan(in, {});
        benchmark::DoNotOptimize(r.assignments.data());
    }
    report(state, r);
}
BENCHMARK(projectScale)->DenseRange(1, 5)->Unit(benchmark::kMillisecond)->UseRealTime();

// Re-optimisation after one pin changes, at project scale: the planner pins one more girder.
void projectRepin(benchmark::State& state) {
    matching::MatchInput in =
        test::generateRealistic(spec(200, 30, 200, 4, static_cast<unsigned>(state.range(0)), 3));
    const matching::MatchResult first = matching::optimisePlan(in, {});
    for (const matching::PlannedAssignment& a : first.assignments) {
        if (!a.pinned) {
            in.pins.push_back({a.elementUid, a.slotUid, true});
            break;
        }
    }
    matching::MatchResult r;
    for (auto _ : state) {
        r = matching::optimisePlan(in, {});
        benchmark::DoNotOptimize(r.assignments.data());
    }
    report(state, r);
}
BENCHMARK(projectRepin)->DenseRange(1, 3)->Unit(benchmark::kMillisecond)->UseRealTime();

// National scale and growth: n girders, n/10 spans, n slots, 6 sections, 60 s limit.
void nationalScale(benchmark::State& state) {
    const auto n = static_cast<int>(state.range(0));
    const matching::MatchInput in = test::generateRealistic(spec(n, n / 10, n, 6, 7));
    matching::MatchOptions options;
    options.timeLimitSeconds = 60.0;
    matching::MatchResult r;
    for (auto _ : state) {
        r = matching::optimisePlan(in, options);
        benchmark::DoNotOptimize(r.assignments.data());
    }
    report(state, r);
}
BENCHMARK(nationalScale)
    ->Arg(250)
    ->Arg(500)
    ->Arg(1000)
    ->Arg(2000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// CBC on the straightforward MILP, same instances, same time limit (60 s).
void cbcSideBySide(benchmark::State& state) {
    const auto n = static_cast<int>(state.range(0));
    const matching::MatchInput in = n == 200 ? test::generateRealistic(spec(200, 30, 200, 4, 1, 3))
                                             : test::generateRealistic(spec(n, n / 10, n, 6, 7));
    const test::ReferenceModel model = test::buildReferenceModel(in);
    test::ReferenceOptimum r;
    for (auto _ : state) {
        r = test::solveWithCbc(model, matching::Objective::Carbon, 60.0);
        benchmark::ClobberMemory();
    }
    state.counters["optimal"] = r.optimal ? 1 : 0;
    state.counters["gap_pct"] = r.boundKg > 0 ? 100.0 * (r.boundKg - r.savingKg) / r.boundKg : 0.0;
    state.counters["saving_t"] = r.savingKg / 1000.0;
    state.counters["filled"] = r.filled;
}
BENCHMARK(cbcSideBySide)
    ->Arg(200)
    ->Arg(250)
    ->Arg(500)
    ->Arg(1000)
    ->Arg(2000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
