// Figures of issue 15 (impact and cost): the impact of a plan of 2,000 assignments, and
// `match --objective cost` (and mki) on the 200-girder project-scale cases with storage at three
// yards and harvest dates, to a proven optimum. Report medians of the repetitions (the machine
// is shared).
#include <benchmark/benchmark.h>

#include "core/document/projectdocument.h"
#include "core/impact/impact.h"
#include "core/matching/optimiser.h"
#include "support/matchinginstances.h"

namespace {

using namespace respan;

/// Three yards with rates, every other girder stored at one of them from a harvest in 2024, and
/// a donor position for the harvest transport: everything the cost objective weighs.
void addStorage(matching::MatchInput& in) {
    const GeoPoint at[] = {{52.46, 4.60}, {51.95, 4.40}, {52.05, 5.15}};
    const double rate[] = {2.5, 4.0, 1.5};
    for (int k = 0; k < 3; ++k) {
        StorageSite s;
        s.id = QStringLiteral("Y%1").arg(k);
        s.location = at[k];
        s.outlineWkt = QStringLiteral("POLYGON((0 0,300 0,300 200,0 200,0 0))");
        s.costEurPerM2Month = rate[k];
        in.sites.push_back(s);
    }
    DonorStructure donor;
    donor.name = QStringLiteral("D");
    donor.location = GeoPoint{52.30, 4.95};
    in.donors = {donor};
    in.settings.planStart = QDate(2024, 1, 1);
    for (std::size_t i = 0; i < in.elements.size(); i += 2) {
        Element& e = in.elements[i];
        e.storageSite = QStringLiteral("Y%1").arg(i % 3);
        e.donorStructure = QStringLiteral("D");
        e.harvestDate = QDate(2024, 3, 1).addDays(static_cast<int>(i % 90));
    }
}

matching::MatchInput projectCase(unsigned seed) {
    test::RealisticSpec s;
    s.elements = 200;
    s.spans = 30;
    s.slots = 200;
    s.sections = 4;
    s.seed = seed;
    s.pinnedSpans = 3;
    matching::MatchInput in = test::generateRealistic(s);
    addStorage(in);
    return in;
}

/// 2,000 girders, each assigned to one slot of 200 structures of 10 slots, half of them stored,
/// with the default protocol's step costs.
void impactOf2000(benchmark::State& state) {
    test::RealisticSpec s;
    s.elements = 2000;
    s.spans = 200;
    s.slots = 2000;
    s.sections = 6;
    s.seed = 7;
    matching::MatchInput in = test::generateRealistic(s);
    addStorage(in);
    ProjectDocument doc;
    ProjectDocument::Content c;
    c.elements = in.elements;
    c.structures = in.structures;
    c.settings = in.settings;
    c.sites = in.sites;
    c.donors = in.donors;
    std::size_t k = 0;
    for (const Structure& d : c.structures) {
        for (const Span& p : d.spans) {
            for (const Slot& slot : p.slots) {
                if (k < c.elements.size())
                    c.assignments.push_back({c.elements[k++].uid, slot.uid, false});
            }
        }
    }
    doc.resetContent(std::move(c));
    impact::ImpactReport r;
    for (auto _ : state) {
        r = impact::computeImpact(doc);
        benchmark::DoNotOptimize(r.girders.data());
    }
    int assigned = 0;
    for (const impact::GirderImpact& g : r.girders) assigned += g.assigned;
    state.counters["assignments"] = assigned;
    state.counters["saved_t"] =
        (r.total(QStringLiteral("crush")).kgCo2e - r.total(QStringLiteral("reuse")).kgCo2e) /
        1000.0;
}
BENCHMARK(impactOf2000)->Unit(benchmark::kMillisecond)->UseRealTime();

void projectScale(benchmark::State& state, matching::Objective objective) {
    const matching::MatchInput in = projectCase(static_cast<unsigned>(state.range(0)));
    matching::MatchOptions options;
    options.objective = objective;
    matching::MatchResult r;
    for (auto _ : state) {
        r = matching::optimisePlan(in, options);
        benchmark::DoNotOptimize(r.assignments.data());
    }
    state.counters["optimal"] = r.optimal ? 1 : 0;
    state.counters["filled"] = r.filledSlots;
    state.counters["pairs"] = r.statistics.admissiblePairs;
    state.counters["saving_eur"] = r.objectiveValue;
    state.counters["gap_eur"] = r.objectiveBound - r.objectiveValue;
    state.counters["nodes"] = static_cast<double>(r.statistics.nodes);
}
void projectScaleCost(benchmark::State& state) {
    projectScale(state, matching::Objective::Cost);
}
void projectScaleMki(benchmark::State& state) {
    projectScale(state, matching::Objective::Mki);
}
BENCHMARK(projectScaleCost)->DenseRange(1, 20)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(projectScaleMki)->DenseRange(1, 20)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
