// Figures of issue 14 (docs/storage-layout.md): the automatic layout of 500 girders in a yard
// with 20 blocked areas (target under 1 s), the check of that layout, the occupancy of 5 sites
// and 2,000 stays over 3 years (target under 100 ms), and one step of replaying a yard along the
// date slider (target under 30 ms a step).
//
//   bench_yard --benchmark_repetitions=5
#include <benchmark/benchmark.h>

#include <QString>

#include <random>

#include "core/document/projectdocument.h"
#include "core/yard/storageplan.h"
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

/// 5 sites (L-shaped, 1.3-2.6 ha) and 2,000 girders of 8 types stored there, harvested over
/// 2024-2026, 1,600 of them assigned to slots installed up to 3 years after plan start (the rest
/// stay to the latest install date).
void fillStorageProject(ProjectDocument& doc) {
    std::mt19937 rng(2000);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    ProjectSettings settings;
    settings.planStart = QDate(2024, 1, 1);
    settings.deliveryLeadDays = 14;
    doc.setSettings(settings);
    std::vector<StorageSite> sites;
    for (int k = 0; k < 5; ++k) {
        StorageSite s;
        s.id = QStringLiteral("S%1").arg(k);
        s.location = {52.0 + 0.1 * k, 4.6};
        const int w = 140 + 15 * k;
        s.outlineWkt =
            QStringLiteral("POLYGON((0 0,%1 0,%1 70,%2 70,%2 110,0 110,0 0))").arg(w).arg(w - 40);
        s.maxLayers = 2;
        s.costEurPerM2Month = 0.85;
        sites.push_back(s);
    }
    doc.setSites(sites);
    Structure st;
    st.name = QStringLiteral("New");
    for (int p = 0; p < 160; ++p) {
        Span span;
        span.name = QString::number(p + 1);
        span.requiredLength = Metres(19.0);
        span.installDate = QDate(2024, 6, 1).addDays(static_cast<qint64>(unit(rng) * 900));
        for (int k = 0; k < 10; ++k) {
            Slot slot;
            slot.name = QStringLiteral("L%1").arg(k);
            span.slots.push_back(slot);
        }
        st.spans.push_back(span);
    }
    doc.insertStructure(0, st);
    std::vector<Element> girders;
    for (int i = 0; i < 2000; ++i) {
        Element e;
        e.id = QStringLiteral("G%1").arg(i);
        const int type = static_cast<int>(unit(rng) * 8);
        e.length = Metres(14.0 + 2.5 * type);
        e.height = Millimetres(900);
        e.width = Millimetres(type < 4 ? 1180 : 1480);
        e.mass = Tonnes(25);
        e.location = {52.4, 4.6};
        e.storageSite = sites[static_cast<std::size_t>(i % 5)].id;
        e.harvestDate = QDate(2024, 1, 1).addDays(static_cast<qint64>(unit(rng) * 700));
        girders.push_back(e);
    }
    doc.appendElements(std::move(girders));
    std::vector<Assignment> plan;
    for (int i = 0; i < 1600; ++i) {
        const Span& span = doc.structure(0).spans[static_cast<std::size_t>(i / 10)];
        plan.push_back({doc.element(i).uid, span.slots[static_cast<std::size_t>(i % 10)].uid});
    }
    doc.setAssignments(std::move(plan));
}

void occupancy2000(benchmark::State& state) {
    ProjectDocument doc;
    fillStorageProject(doc);
    StoragePlan plan;
    for (auto _ : state) {
        plan = planStorage(doc);
        benchmark::DoNotOptimize(plan.sites.data());
    }
    int weeks = 0;
    int peak = 0;
    for (const SiteOccupancy& o : plan.sites) {
        weeks += static_cast<int>(o.weeks.size());
        peak = std::max(peak, o.peakCount);
    }
    state.counters["stays"] = static_cast<double>(plan.stays.size());
    state.counters["weeks"] = weeks;
    state.counters["peak"] = peak;
}
BENCHMARK(occupancy2000)->Unit(benchmark::kMillisecond)->UseRealTime();

/// One step of the date slider in the yard view: the layout and its check of the busiest site on
/// the next week's Monday (the view recomputes both for the date shown).
void replayStep(benchmark::State& state) {
    ProjectDocument doc;
    fillStorageProject(doc);
    const StoragePlan plan = planStorage(doc);
    const StorageSite& site = doc.sites().front();
    QDate day = plan.sites.front().peakDate.addDays(-70);
    std::size_t shown = 0;
    for (auto _ : state) {
        const Layout l = layoutOn(plan, site, day);
        shown = l.placed.size() + layoutProblems(plan, site, day, l).size();
        benchmark::DoNotOptimize(shown);
        day = day.addDays(7);
    }
    state.counters["placed_last"] = static_cast<double>(shown);
}
BENCHMARK(replayStep)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(20);

}  // namespace

BENCHMARK_MAIN();
