// Figures of issue 12 (load models): estimating the demand of 20,000 slots, and matching the
// 200-girder project-scale cases with every demand estimated from LM1 instead of entered.
// Report medians of the repetitions (the machine is shared).
#include <benchmark/benchmark.h>

#include "core/loads/loadmodel.h"
#include "core/matching/optimiser.h"
#include "support/matchinginstances.h"

namespace {

using namespace respan;

/// 200 structures of 10 spans with 10 slots each: 20,000 slots, every demand estimated; span
/// lengths 12 to 36 m, carriageways 7.5 to 15 m.
std::vector<Structure> twentyThousandSlots() {
    std::vector<Structure> out;
    for (int d = 0; d < 200; ++d) {
        Structure s;
        s.name = QStringLiteral("S%1").arg(d);
        s.deck.carriagewayWidth = Metres(7.5 + (d % 16) * 0.5);
        for (int p = 0; p < 10; ++p) {
            Span span;
            span.name = QString::number(p + 1);
            span.requiredLength = Metres(12.0 + ((d * 10 + p) % 25));
            for (int k = 0; k < 10; ++k) {
                Slot slot;
                slot.name = QStringLiteral("L%1").arg(k + 1);
                span.slots.push_back(slot);
            }
            s.spans.push_back(std::move(span));
        }
        out.push_back(std::move(s));
    }
    return out;
}

void estimateTwentyThousand(benchmark::State& state) {
    const std::vector<Structure> structures = twentyThousandSlots();
    const loads::LoadFactors f;
    double sum = 0.0;
    for (auto _ : state) {
        sum = 0.0;
        for (const Structure& s : structures) {
            for (const Span& p : s.spans) {
                for (const loads::SlotDemand& d : loads::spanDemands(s.deck, p, f))
                    sum += d.momentKnm;
            }
        }
        benchmark::DoNotOptimize(sum);
    }
    state.counters["slots"] = 20000;
    state.counters["mean_MEd_kNm"] = sum / 20000.0;
}
BENCHMARK(estimateTwentyThousand)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The project-scale case of bench_matching (200 girders, 30 spans, 200 slots, 4 sections, 3
/// spans with pins) with every slot's demand left to the estimate: girder spacing = the
/// girders' width class (1.2 m), carriageway N x 1.2 m.
matching::MatchInput estimatedCase(unsigned seed) {
    test::RealisticSpec s;
    s.elements = 200;
    s.spans = 30;
    s.slots = 200;
    s.sections = 4;
    s.seed = seed;
    s.pinnedSpans = 3;
    matching::MatchInput in = test::generateRealistic(s);
    for (Structure& st : in.structures) {
        for (Span& p : st.spans) {
            for (Slot& k : p.slots) {
                k.momentDemand.reset();
                k.shearDemand.reset();
            }
        }
    }
    return in;
}

void projectScaleEstimated(benchmark::State& state) {
    const matching::MatchInput in = estimatedCase(static_cast<unsigned>(state.range(0)));
    matching::MatchResult r;
    for (auto _ : state) {
        r = matching::optimisePlan(in, {});
        benchmark::DoNotOptimize(r.assignments.data());
    }
    state.counters["optimal"] = r.optimal ? 1 : 0;
    state.counters["filled"] = r.filledSlots;
    state.counters["pairs"] = r.statistics.admissiblePairs;
    state.counters["saving_t"] = r.totalSavingKg / 1000.0;
    state.counters["nodes"] = static_cast<double>(r.statistics.nodes);
    state.counters["components"] = r.statistics.components;
    state.counters["r8_relax_gap_pct"] =
        r.statistics.relaxedBoundKg > 0
            ? 100.0 * (r.statistics.relaxedBoundKg - r.totalSavingKg) / r.statistics.relaxedBoundKg
            : 0.0;
}
BENCHMARK(projectScaleEstimated)->DenseRange(1, 20)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
