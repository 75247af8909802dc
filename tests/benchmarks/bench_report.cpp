// Figures of the matching report (issue 6): the whole report, from the open project to the
// written PDF, as `respan-cli report` makes it: the project's plan judged, the optimiser run for
// the proof, the pages laid out (drawings and charts included) and written. For the demo
// project with the optimiser's plan, and for a project with 1,000 assignments. The optimiser's
// own share is reported as a counter. Runs on the offscreen platform; report medians of the
// repetitions (the machine is shared).
#include <QApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <optional>

#include "core/demo/demoproject.h"
#include "core/document/projectdocument.h"
#include "core/matching/optimiser.h"
#include "core/report/planreport.h"
#include "ui/report/matchingreport.h"
#include "ui/report/reportstyle.h"

namespace {

using namespace respan;

/// 50 receiving structures of 2 spans with 10 slots each (1,000 slots), span lengths from 15 to
/// 30 m; per structure a batch of 22 girders of one section (alternating 900 and 1000 mm high)
/// harvested somewhere in the Netherlands, 2 m longer than its spans need. The project's plan
/// puts the first 20 girders of each batch in their structure (1,000 assignments), the first
/// span of every fifth structure pinned.
void buildThousand(ProjectDocument& doc, bool oneSection) {
    std::vector<Element> elements;
    for (int d = 0; d < 50; ++d) {
        Structure s;
        s.name = QStringLiteral("Viaduct %1").arg(d + 1, 2, 10, QLatin1Char('0'));
        s.site = GeoPoint{51.5 + (d % 10) * 0.15, 4.2 + (d / 10) * 0.3};
        const double length = 15.0 + (d * 7 % 50) * 0.3;
        for (int p = 0; p < 2; ++p) {
            Span span;
            span.name = QString::number(p + 1);
            span.requiredLength = Metres(length);
            span.installDate = QDate(2027, 1, 1).addDays(d * 10);
            for (int k = 0; k < 10; ++k) {
                Slot slot;
                slot.name = QStringLiteral("L%1").arg(k + 1);
                slot.momentDemand = KiloNewtonMetres(2400.0 + 40.0 * (k % 3));
                slot.shearDemand = KiloNewtons(560.0);
                span.slots.push_back(slot);
            }
            s.spans.push_back(std::move(span));
        }
        doc.insertStructure(d, std::move(s));
        for (int i = 0; i < 22; ++i) {
            Element e;
            e.id = QStringLiteral("B%1-%2")
                       .arg(d + 1, 2, 10, QLatin1Char('0'))
                       .arg(i + 1, 2, 10, QLatin1Char('0'));
            e.donorStructure = QStringLiteral("Donor %1").arg(d % 17 + 1);
            e.type = QStringLiteral("inverted-T rail girder");
            e.length = Metres(length + 0.4 + (i % 5) * 0.3);
            e.height = Millimetres(oneSection || d % 2 == 0 ? 900.0 : 1000.0);
            e.width = Millimetres(1180.0);
            e.mass = Tonnes(length * 1.3 + (i % 4) * 0.2);
            e.momentCapacity = KiloNewtonMetres(3000.0 + 10.0 * i);
            e.shearCapacity = KiloNewtons(700.0);
            e.capacityBasis = CapacityBasis::Verified;
            e.condition = 2;
            e.location = GeoPoint{52.0 + (d % 17) * 0.05, 4.6 + (d % 7) * 0.1};
            elements.push_back(std::move(e));
        }
    }
    doc.appendElements(std::move(elements));
    std::vector<Assignment> plan;
    for (int d = 0; d < 50; ++d) {
        const Structure& s = doc.structure(d);
        for (int p = 0; p < 2; ++p) {
            for (int k = 0; k < 10; ++k) {
                const Element& e = doc.element(d * 22 + p * 10 + k);
                plan.push_back({e.uid, s.spans[p].slots[k].uid, d % 5 == 0 && p == 0});
            }
        }
    }
    doc.setAssignments(std::move(plan));
}

/// Everything `respan-cli report` does once the project is open; with `known`, the optimiser's
/// result is given (what is left is the report's own work).
void writeReport(benchmark::State& state, const char* name, ProjectDocument& doc,
                 const std::optional<matching::MatchResult>& known = std::nullopt) {
    // RESPAN_BENCH_REPORT_DIR keeps the last PDF of each benchmark there, to look at.
    QTemporaryDir dir;
    const QString keep = qEnvironmentVariable("RESPAN_BENCH_REPORT_DIR");
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("report.pdf"))
                                        : keep + QLatin1Char('/') + QString::fromLatin1(name) +
                                              QStringLiteral(".pdf");
    int pages = 0;
    double optimiser = 0.0;
    bool proven = false;
    for (auto _ : state) {
        report::ReportOptions options;
        options.reasonsPerSlot = ui::kReportReasonsPerSlot;
        options.knownOptimum = known;
        report::PlanReport figures = report::buildPlanReport(report::makeReportInput(doc), options);
        optimiser = figures.optimum && !known ? figures.optimum->solveSeconds : 0.0;
        proven = figures.optimum && figures.optimum->optimal;
        const ui::MatchingReport r(doc, std::move(figures), {}, QStringLiteral("en"));
        if (!r.writePdf(path).isEmpty()) state.SkipWithError("PDF not written");
        pages = r.pageCount();
    }
    state.counters["pages"] = pages;
    state.counters["optimiser_s"] = optimiser;
    state.counters["proven"] = proven ? 1 : 0;
    state.counters["assignments"] = static_cast<double>(doc.assignments().size());
}

void BM_ReportDemo(benchmark::State& state) {
    ProjectDocument doc;
    demo::buildDemoProject(doc);
    matching::applyPlan(doc, matching::optimisePlan(matching::makeMatchInput(doc)));
    writeReport(state, "demo", doc);
}
BENCHMARK(BM_ReportDemo)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(9);

/// Two sections over 100 overlapping spans: the optimiser does not close the proof within the
/// report's limit (kReportOptimiserSeconds), and the report says so.
void BM_Report1000Assignments(benchmark::State& state) {
    ProjectDocument doc;
    buildThousand(doc, false);
    writeReport(state, "thousand", doc);
}
BENCHMARK(BM_Report1000Assignments)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(5);

/// One section: the proof is an assignment problem, found quickly.
void BM_Report1000AssignmentsOneSection(benchmark::State& state) {
    ProjectDocument doc;
    buildThousand(doc, true);
    writeReport(state, "thousand-one-section", doc);
}
BENCHMARK(BM_Report1000AssignmentsOneSection)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5);

/// The report's own work for 1,000 assignments: judging the plan, laying out 100 pages with
/// their drawings and charts, writing the PDF (the optimiser's result given).
void BM_Report1000AssignmentsWithoutOptimiser(benchmark::State& state) {
    ProjectDocument doc;
    buildThousand(doc, false);
    matching::MatchOptions options;
    options.timeLimitSeconds = 1.0;
    writeReport(state, "thousand-known", doc,
                report::optimiseForReport(matching::makeMatchInput(doc), options));
}
BENCHMARK(BM_Report1000AssignmentsWithoutOptimiser)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5);

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_report"));
    respan::ui::ReportStyle::ensureFonts();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
