// Figures of issue 14 (docs/storage-layout.md): the automatic layout of 500 girders in a yard
// with 20 blocked areas (target under 1 s), and the check of that layout.
//
//   bench_yard --benchmark_repetitions=5
#include <benchmark/benchmark.h>

#include <QString>

#include <random>

#include "core/yard/yardlayout.h"

using namespace respan;
using namespace respan::yard;

namespace {

Polygon rect(double x0, double y0, double x1, double y1) {
    return {{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}, {}};
}

/// A harbour site of 200 m x 130 m with an L-shaped cut (about 2.2 ha), 20 blocked areas
/// (sheds, crane pads) and 500 girders of 8 types, stacking up to 2: too small for all of them,
/// so that every candidate direction of the rows is tried.
struct Case {
    SiteGeometry site;
    std::vector<YardGirder> girders;
};

Case yardCase() {
    std::mt19937 rng(14);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    Case c;
    c.site.outline = {{{0, 0}, {200, 0}, {200, 90}, {150, 90}, {150, 130}, {0, 130}}, {}};
    for (int b = 0; b < 20; ++b) {
        const double x = 5 + 180 * unit(rng);
        const double y = 5 + 110 * unit(rng);
        c.site.blocked.push_back(rect(x, y, x + 4 + 16 * unit(rng), y + 4 + 10 * unit(rng)));
    }
    c.site.clearanceM = 0.5;
    c.site.aisleM = 4.0;
    c.site.maxLayers = 2;
    for (int i = 0; i < 500; ++i) {
        const int type = static_cast<int>(unit(rng) * 8);
        const double length = 14.0 + 2.5 * type;
        c.girders.push_back({static_cast<Uid>(i + 1), length, type < 4 ? 1.18 : 1.48,
                             QStringLiteral("T%1").arg(type)});
    }
    return c;
}

void layout500(benchmark::State& state) {
    const Case c = yardCase();
    Layout l;
    for (auto _ : state) {
        l = layoutYard(c.site, c.girders);
        benchmark::DoNotOptimize(l.placed.data());
    }
    state.counters["placed"] = static_cast<double>(l.placed.size());
    state.counters["unplaced"] = static_cast<double>(l.unplaced.size());
    state.counters["lanes"] = static_cast<double>(l.aisles.size());
}
BENCHMARK(layout500)->Unit(benchmark::kMillisecond)->UseRealTime();

void check500(benchmark::State& state) {
    const Case c = yardCase();
    const Layout l = layoutYard(c.site, c.girders);
    std::size_t problems = 0;
    for (auto _ : state) {
        problems = checkLayout(c.site, c.girders, l.placed, l.aisles).size();
        benchmark::DoNotOptimize(problems);
    }
    state.counters["problems"] = static_cast<double>(problems);
}
BENCHMARK(check500)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
