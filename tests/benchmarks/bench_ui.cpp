// Figures of the planning board (issue 5): filtering the 100,000-row inventory per keystroke,
// a full repaint of a structure with 500 slots, opening a ~90-element project to a drawn main
// window, Optimise to the proposal dialog on the demo, the engine's checks behind the drawing
// and the Issues panel. Runs on the offscreen platform; report medians of repetitions (the machine
// is shared).
#include <QAction>
#include <QApplication>
#include <QEventLoop>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <memory>

#include "core/document/projectdocument.h"
#include "core/matching/judging/plancheck.h"
#include "core/matching/judging/planexplanation.h"
#include "core/matching/matchinput.h"
#include "core/planning/assignmentchecker.h"
#include "core/storage/projectstore.h"
#include "support/demosample.h"
#include "support/windowparts.h"
#include "ui/certification/ganttview.h"
#include "ui/drawing/drawingpanel.h"
#include "ui/drawing/drawingstyle.h"
#include "ui/drawing/viaductscene.h"
#include "ui/drawing/viaductview.h"
#include "ui/impact/impactpanel.h"
#include "ui/inventory/elementfilterproxy.h"
#include "ui/inventory/elementtablemodel.h"
#include "ui/inventory/inventorypanel.h"
#include "ui/mainwindow/documentcontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/planning/planningcontroller.h"
#include "ui/planning/proposaldialog.h"

namespace {

using namespace respan;

/// What a user types into the filter box, one keystroke per step, then clears it again.
const QStringList kKeystrokes = {QStringLiteral("g"),       QStringLiteral("g0"),
                                 QStringLiteral("g00"),     QStringLiteral("g001"),
                                 QStringLiteral("g0012"),   QStringLiteral("g001"),
                                 QStringLiteral("g00"),     QStringLiteral("g0"),
                                 QStringLiteral("g"),       QString(),
                                 QStringLiteral("b"),       QStringLiteral("bo"),
                                 QStringLiteral("box"),     QStringLiteral("box "),
                                 QStringLiteral("box g"),   QStringLiteral("box gi"),
                                 QStringLiteral("box gir"), QString()};

/// Filtering through the proxy only, with the table sorted by the given column (-1: unsorted).
void BM_FilterKeystroke100k(benchmark::State& state) {
    ProjectDocument doc;
    test::addSyntheticElements(doc, 100'000);
    QUndoStack undo;
    ui::ElementTableModel model(doc, &undo);
    ui::ElementFilterProxy proxy;
    proxy.setSourceModel(&model);
    if (state.range(0) >= 0) proxy.sort(static_cast<int>(state.range(0)), Qt::AscendingOrder);
    proxy.setSearchText(QStringLiteral("warm-up"));  // builds the per-row cache once
    proxy.setSearchText(QString());
    int i = 0;
    for (auto _ : state) {
        proxy.setSearchText(kKeystrokes[i++ % kKeystrokes.size()]);
        benchmark::DoNotOptimize(proxy.rowCount());
    }
}
BENCHMARK(BM_FilterKeystroke100k)
    ->Arg(-1)
    ->Arg(ui::ElementTableModel::Length)
    ->Unit(benchmark::kMillisecond);

/// The whole inventory panel: typing into the filter box and repainting the visible table.
void BM_FilterKeystrokePanel100k(benchmark::State& state) {
    ProjectDocument doc;
    test::addSyntheticElements(doc, 100'000);
    QUndoStack undo;
    ui::ElementTableModel model(doc, &undo);
    ui::InventoryPanel panel(doc, &model);
    panel.resize(900, 700);
    panel.show();
    panel.view()->sortByColumn(ui::ElementTableModel::Id, Qt::AscendingOrder);
    panel.searchField()->setText(QStringLiteral("warm-up"));
    panel.searchField()->clear();
    QApplication::processEvents();
    int i = 0;
    for (auto _ : state) {
        panel.searchField()->setText(kKeystrokes[i++ % kKeystrokes.size()]);
        panel.view()->viewport()->repaint();
        QApplication::processEvents();
    }
}
BENCHMARK(BM_FilterKeystrokePanel100k)->Unit(benchmark::kMillisecond);

/// First filter after opening. Arg 0: typed at once, so it builds the cache of all 100,000
/// rows itself (the worst case); arg 1: typed after the event loop had a moment to fill the
/// cache in the background (what a user gets: nobody types within ~200 ms of opening).
void BM_FilterFirstKeystroke100k(benchmark::State& state) {
    ProjectDocument doc;
    test::addSyntheticElements(doc, 100'000);
    QUndoStack undo;
    ui::ElementTableModel model(doc, &undo);
    for (auto _ : state) {
        state.PauseTiming();
        auto proxy = std::make_unique<ui::ElementFilterProxy>();
        proxy->setSourceModel(&model);
        proxy->rowCount();
        if (state.range(0) == 1) {
            while (!proxy->isCacheComplete()) QApplication::processEvents();
        }
        state.ResumeTiming();
        proxy->setSearchText(QStringLiteral("g"));
        benchmark::DoNotOptimize(proxy->rowCount());
        state.PauseTiming();
        proxy.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_FilterFirstKeystroke100k)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

/// The background fill of the cache: the longest single slice, which is how long the event
/// loop is blocked at a time.
void BM_FilterCacheSlice(benchmark::State& state) {
    ProjectDocument doc;
    test::addSyntheticElements(doc, 100'000);
    QUndoStack undo;
    ui::ElementTableModel model(doc, &undo);
    for (auto _ : state) {
        state.PauseTiming();
        ui::ElementFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.rowCount();
        state.ResumeTiming();
        QApplication::processEvents();  // one slice of the fill
    }
}
BENCHMARK(BM_FilterCacheSlice)->Unit(benchmark::kMillisecond);

/// A structure of 25 spans x 20 slots, 400 of them filled (pinned and proposed).
void fill500(ProjectDocument& doc, int elements = 500) {
    test::addSyntheticElements(doc, elements);
    doc.insertStructure(0, test::syntheticStructure(QStringLiteral("Large viaduct"), 25, 20));
    std::vector<Assignment> plan;
    int k = 0;
    for (const Span& p : doc.structure(0).spans) {
        for (const Slot& s : p.slots) {
            if (k % 5 != 4) plan.push_back({doc.element(k).uid, s.uid, k % 3 != 0});
            ++k;
        }
    }
    doc.setAssignments(plan);
}

/// Full repaint of the 500-slot structure into an image. Arg: pixels per metre (4: the whole
/// structure fitted into about 2100 px, slot text too small and skipped; 14: every slot's
/// text drawn, the expensive case).
void BM_Repaint500Slots(benchmark::State& state) {
    ProjectDocument doc;
    fill500(doc);
    AssignmentChecker checker;
    ui::ViaductScene scene(doc, &checker);
    scene.flush();
    const QRectF source = scene.itemsBoundingRect();
    const double scale = static_cast<double>(state.range(0)) / ui::DrawingStyle::kUnitsPerMetre;
    QImage image(QSize(qCeil(source.width() * scale), qCeil(source.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    state.counters["slots"] = scene.slotItemCount();
    state.counters["width_px"] = image.width();
    for (auto _ : state) {
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&p, QRectF(QPointF(0, 0), QSizeF(image.size())), source);
    }
}
BENCHMARK(BM_Repaint500Slots)->Arg(4)->Arg(14)->Unit(benchmark::kMillisecond);

/// Repaint of the view showing the 500-slot structure fitted into a 1600 x 1000 viewport.
void BM_Repaint500SlotsView(benchmark::State& state) {
    ProjectDocument doc;
    fill500(doc);
    QUndoStack undo;
    AssignmentChecker checker;
    ui::DrawingPanel panel(doc, &undo, &checker);
    panel.resize(1600, 1000);
    panel.show();
    QApplication::processEvents();
    panel.view()->fitToView();
    for (auto _ : state) panel.view()->viewport()->repaint();
}
BENCHMARK(BM_Repaint500SlotsView)->Unit(benchmark::kMillisecond);

/// From nothing to a main window showing the opened demo-sized project (86 elements,
/// 83 slots), drawn: construct the window, open the file, paint the whole window.
void BM_OpenToDrawnWindow(benchmark::State& state) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.respan"));
    {
        ProjectDocument doc;
        test::buildDemoSample(doc);
        ProjectStore::writeFull(path, doc, QString());
    }
    for (auto _ : state) {
        ui::MainWindow::Options options;
        options.restoreLayout = false;
        ui::MainWindow window(std::move(options));
        window.resize(1600, 1000);
        window.show();
        if (!test::part<ui::DocumentController>(window).open(path))
            state.SkipWithError("open failed");
        test::part<ui::DrawingPanel>(window).scene()->flush();
        benchmark::DoNotOptimize(window.grab());
        state.PauseTiming();
        test::part<ui::DocumentController>(window).shutdown();
        state.ResumeTiming();
    }
}
// Run alone (--benchmark_filter=OpenToDrawn), the single first iteration is the cold case: fonts,
// styles and plugins are loaded for the first time in the process.
BENCHMARK(BM_OpenToDrawnWindow)
    ->Name("BM_OpenToDrawnWindowFirst")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK(BM_OpenToDrawnWindow)->Unit(benchmark::kMillisecond)->Iterations(10);

/// Plan > Optimise on the opened demo (no plan yet): from the action to the proposal dialog on
/// screen (snapshot, optimiser on its thread, comparison, dialog built and shown).
void BM_OptimiseToProposal(benchmark::State& state) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.respan"));
    {
        ProjectDocument doc;
        test::buildDemoSample(doc, state.range(0) == 1);
        ProjectStore::writeFull(path, doc, QString());
    }
    ui::MainWindow::Options options;
    options.restoreLayout = false;
    ui::MainWindow window(std::move(options));
    window.resize(1600, 1000);
    window.show();
    if (!test::part<ui::DocumentController>(window).open(path)) state.SkipWithError("open failed");
    QApplication::processEvents();
    ui::PlanningController& planning = test::part<ui::PlanningController>(window);
    for (auto _ : state) {
        QEventLoop loop;
        QObject::connect(&planning, &ui::PlanningController::proposalShown, &loop,
                         [&loop, &planning] {
                             planning.proposal()->repaint();
                             loop.quit();
                         });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        planning.optimise->trigger();
        loop.exec();
        state.PauseTiming();
        if (planning.proposal() == nullptr)
            state.SkipWithError("no proposal");
        else
            planning.proposal()->reject();
        QApplication::processEvents();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_OptimiseToProposal)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(10);

/// The engine's check of every placement of a 500-slot structure (what the drawing and the tree
/// cache per document revision): one checkPair per assignment plus the span sections.
void BM_CheckAssignments500(benchmark::State& state) {
    ProjectDocument doc;
    fill500(doc);
    for (auto _ : state) benchmark::DoNotOptimize(matching::checkAssignments(doc));
}
BENCHMARK(BM_CheckAssignments500)->Unit(benchmark::kMillisecond);

/// "Explain this plan" for the Issues panel (on its worker thread): the demo with its plan, and
/// 100,000 girders against the 500-slot structure (arg: girders).
void BM_ExplainPlan(benchmark::State& state) {
    ProjectDocument doc;
    if (state.range(0) == 0) {
        test::buildDemoSample(doc);
    } else {
        fill500(doc, static_cast<int>(state.range(0)));
    }
    const matching::MatchInput input = matching::makeMatchInput(doc);
    state.counters["girders"] = doc.elementCount();
    state.counters["slots"] = doc.slotCount();
    for (auto _ : state)
        benchmark::DoNotOptimize(matching::explainAssignments(input, doc.assignments()));
}
BENCHMARK(BM_ExplainPlan)->Arg(0)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(3);

/// The snapshot the explanation and the optimiser start from, taken on the GUI thread.
void BM_MatchInputSnapshot(benchmark::State& state) {
    ProjectDocument doc;
    fill500(doc, static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(matching::makeMatchInput(doc));
}
BENCHMARK(BM_MatchInputSnapshot)->Arg(100'000)->Unit(benchmark::kMillisecond);

/// The Recertification dock's Gantt view with 2,000 girders to recertify (synthetic, the default
/// protocol): arg 0 a full repaint of a 1600 x 900 viewport, arg 1 one scroll step (a page of
/// rows down, wrapping at the end) with its repaint: what "scrolls smoothly" means.
/// 2,000 synthetic girders, every one still to recertify (harvested or in storage).
void fillGantt2000(ProjectDocument& doc) {
    ProjectDocument synthetic;
    test::addSyntheticElements(synthetic, 2000);
    ProjectDocument::Content c;
    c.elements = synthetic.elements();
    for (std::size_t i = 0; i < c.elements.size(); ++i) {
        Element& e = c.elements[i];
        e.status = i % 3 == 0 ? ElementStatus::Harvested : ElementStatus::InStorage;
        e.certification.clear();
    }
    c.settings = synthetic.settings();
    doc.resetContent(std::move(c));
}

void BM_GanttRepaint2000(benchmark::State& state) {
    ProjectDocument doc;
    fillGantt2000(doc);
    ui::GanttView view(doc);
    view.resize(1600, 900);
    view.show();
    QApplication::processEvents();
    view.rebuild();
    QScrollBar* bar = view.verticalScrollBar();
    for (auto _ : state) {
        if (state.range(0) == 1)
            bar->setValue(bar->value() >= bar->maximum() ? 0 : bar->value() + bar->pageStep());
        view.viewport()->repaint();
    }
    state.counters["rows"] = view.rowCount();
    state.counters["girders"] = static_cast<double>(view.schedule().girders.size());
}
BENCHMARK(BM_GanttRepaint2000)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

/// The schedule of 2,000 girders and the chart's rows, recomputed after an edit.
void BM_GanttRebuild2000(benchmark::State& state) {
    ProjectDocument doc;
    fillGantt2000(doc);
    ui::GanttView view(doc);
    view.resize(1600, 900);
    for (auto _ : state) view.rebuild();
    state.counters["rows"] = view.rowCount();
}
BENCHMARK(BM_GanttRebuild2000)->Unit(benchmark::kMillisecond);

/// The Impact dock on the demo after an edit of the plan (issue 15: "updates live as the plan
/// changes, under 100 ms on the demo"): the figures recomputed, both charts and the table rebuilt
/// and the visible tab repainted.
void BM_ImpactPanelRefreshDemo(benchmark::State& state) {
    ProjectDocument doc;
    test::buildDemoSample(doc, true);
    QUndoStack undo;
    ui::ImpactPanel panel(doc, undo);
    panel.resize(1260, 480);
    panel.show();
    QApplication::processEvents();
    for (auto _ : state) {
        panel.refresh();
        panel.repaint();
    }
    state.counters["girders"] = static_cast<double>(panel.report().girders.size());
}
BENCHMARK(BM_ImpactPanelRefreshDemo)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_ui"));
    QApplication::setOrganizationName(QStringLiteral("ReSpanBench"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
