// Figures of issue 13 (docs/recertification.md): the schedule of 2,000 girders with the default
// template (lab, engineer and yard limited), and `match` with the plan in time (R5 v2, plan and
// schedule brought to agree) on the 200-girder project-scale cases.
//
//   bench_certification --benchmark_repetitions=5
#include <benchmark/benchmark.h>

#include <random>

#include "core/certification/schedule.h"
#include "core/matching/optimiser.h"
#include "support/matchinginstances.h"

using namespace respan;

namespace {

/// 2,000 girders harvested over two years, a quarter with some steps done, half of them
/// assigned with deadlines spread over four years.
struct ScheduleCase {
    std::vector<Element> elements;
    QHash<Uid, QDate> deadlines;
};

ScheduleCase scheduleCase(int count) {
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> day(0, 2 * 365);
    std::uniform_int_distribution<int> due(200, 4 * 365);
    ScheduleCase c;
    const QDate start(2027, 1, 4);
    for (int i = 0; i < count; ++i) {
        Element e;
        e.uid = static_cast<Uid>(i + 1);
        e.id = QStringLiteral("G-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        e.harvestDate = start.addDays(day(rng));
        if (i % 4 == 0) {
            for (const char* step : {"archive", "inspection_in_situ"}) {
                StepRecord r;
                r.step = QString::fromLatin1(step);
                r.status = StepStatus::Passed;
                e.certification.push_back(r);
            }
        }
        if (i % 2 == 0) c.deadlines.insert(e.uid, start.addDays(due(rng)));
        c.elements.push_back(std::move(e));
    }
    return c;
}

void scheduleGirders(benchmark::State& state) {
    const ScheduleCase c = scheduleCase(static_cast<int>(state.range(0)));
    const std::vector<ProtocolStep> protocol = defaultProtocol();
    certification::ScheduleOptions o;
    o.planStart = QDate(2027, 1, 4);
    certification::Schedule s;
    for (auto _ : state) {
        s = certification::schedule(protocol, c.elements, c.deadlines, o);
        benchmark::DoNotOptimize(s.girders.data());
    }
    state.counters["girders"] = static_cast<double>(s.girders.size());
    state.counters["late"] = static_cast<double>(s.late.size());
}
BENCHMARK(scheduleGirders)->Arg(2000)->Unit(benchmark::kMillisecond)->UseRealTime();

// The project-scale cases of bench_matching (200 girders, 30 spans, 4 sections, 3 pinned spans)
// with the default protocol: harvest on the girder's availability date, the plan from
// 2025-01-01, 14 days' delivery lead. With the lab at 4 at once (20 days) 200 girders need about
// 1,000 days of it; at 1 at a time (matchInTimeSmallLab) about 4,000 days, so girders for the
// early spans compete for it and plan and schedule take more than one round to agree.
void matchInTime(benchmark::State& state, int labCapacity) {
    test::RealisticSpec spec;
    spec.seed = static_cast<unsigned>(state.range(0));
    spec.pinnedSpans = 3;
    matching::MatchInput in = test::generateRealistic(spec);
    in.protocol = defaultProtocol();
    for (ProtocolStep& p : in.protocol) {
        if (p.resource == QLatin1String("lab")) p.resourceCapacity = labCapacity;
    }
    in.settings.planCertification = true;
    in.settings.planStart = QDate(2025, 1, 1);
    in.settings.deliveryLeadDays = 14;
    for (Element& e : in.elements) e.harvestDate = e.availableFrom.value_or(QDate(2025, 1, 1));
    matching::MatchResult r;
    for (auto _ : state) {
        r = matching::optimisePlan(in, {});
        benchmark::DoNotOptimize(r.assignments.data());
    }
    state.counters["filled"] = r.filledSlots;
    state.counters["optimal"] = r.optimal ? 1 : 0;
    state.counters["rounds"] = r.statistics.certificationRounds;
    state.counters["gap_pct"] =
        r.upperBoundKg > 0 ? 100.0 * (r.upperBoundKg - r.totalSavingKg) / r.upperBoundKg : 0.0;
}
void matchInTimeDefaultLab(benchmark::State& state) {
    matchInTime(state, 4);
}
void matchInTimeSmallLab(benchmark::State& state) {
    matchInTime(state, 1);
}
BENCHMARK(matchInTimeDefaultLab)->DenseRange(1, 10)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(matchInTimeSmallLab)->DenseRange(1, 10)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
