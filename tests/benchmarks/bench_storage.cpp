// Project-file figures of the foundation issue, on a project with 100,000 elements and 20,000
// slots: open to a usable document, save after one edit, write a whole file, and the peak memory
// of a process that opens the project (measured in a fresh child process, see main()).
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include "core/document/projectdocument.h"
#include "core/storage/projectstore.h"
#include "support/sampleproject.h"

using namespace respan;

namespace {

constexpr int kElements = 100000;
constexpr int kSlots = 20000;

/// The large project, written once per run into a temporary folder.
struct LargeFile {
    QTemporaryDir dir;
    QString path;
    LargeFile() : path(dir.filePath(QStringLiteral("large.respan"))) {
        ProjectDocument doc;
        test::fillLargeProject(doc, kElements, kSlots);
        ProjectStore::writeFull(path, doc, QString());
    }
};

LargeFile& largeFile() {
    static LargeFile file;
    return file;
}

void BM_OpenLargeProject(benchmark::State& state) {
    const QString path = largeFile().path;
    for (auto _ : state) {
        ProjectDocument doc;
        ProjectStore::load(path, doc);
        benchmark::DoNotOptimize(doc.elementCount());
    }
    state.counters["elements"] = kElements;
    state.counters["slots"] = kSlots;
}
BENCHMARK(BM_OpenLargeProject)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

void BM_SaveAfterOneEdit(benchmark::State& state) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edit.respan"));
    QFile::copy(largeFile().path, path);
    ProjectDocument doc;
    ProjectStore::load(path, doc);
    int n = 0;
    for (auto _ : state) {
        const int row = (n * 7919) % doc.elementCount();  // a different element each time
        Element e = doc.element(row);
        e.notes = QStringLiteral("edit %1").arg(++n);
        doc.updateElement(row, e);
        ProjectStore::saveChanges(path, doc);
        doc.markSaved();
    }
}
BENCHMARK(BM_SaveAfterOneEdit)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(20)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

void BM_SaveAfterEditingAStructure(benchmark::State& state) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edit.respan"));
    QFile::copy(largeFile().path, path);
    ProjectDocument doc;
    ProjectStore::load(path, doc);
    int n = 0;
    for (auto _ : state) {
        const Span& p = doc.structure(0).spans[0];
        doc.updateSpanHeader(0, 0, p.name, Metres(15.0 + (++n % 5)), p.installDate);
        ProjectStore::saveChanges(path, doc);
        doc.markSaved();
    }
}
BENCHMARK(BM_SaveAfterEditingAStructure)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

void BM_WriteWholeLargeProject(benchmark::State& state) {
    ProjectDocument doc;
    test::fillLargeProject(doc, kElements, kSlots);
    QTemporaryDir dir;
    for (auto _ : state) {
        ProjectStore::writeFull(dir.filePath(QStringLiteral("whole.respan")), doc, QString());
    }
}
BENCHMARK(BM_WriteWholeLargeProject)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

/// The write half of `respan-cli import FILE --elements` with 100,000 new elements: an incremental
/// save of a project whose every element is new.
void BM_SaveAfterAdding100kElements(benchmark::State& state) {
    ProjectDocument source;
    test::fillLargeProject(source, kElements, 0);
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("import.respan"));
        ProjectStore::createEmpty(path);
        ProjectDocument doc;
        ProjectStore::load(path, doc);
        doc.appendElements(source.elements());
        state.ResumeTiming();
        ProjectStore::saveChanges(path, doc);
    }
}
BENCHMARK(BM_SaveAfterAdding100kElements)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

/// Peak resident memory of a fresh process that only opens the project: this very program,
/// started again with --open-and-report.
void BM_PeakMemoryOfOpening(benchmark::State& state) {
    for (auto _ : state) {
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--open-and-report"), largeFile().path});
        p.waitForFinished(120000);
        const QByteArray out = p.readAllStandardOutput().trimmed();
        state.counters["peak_MB"] = out.toDouble() / 1024.0;
    }
}
BENCHMARK(BM_PeakMemoryOfOpening)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--open-and-report") == 0) {
        ProjectDocument doc;
        ProjectStore::load(QString::fromLocal8Bit(argv[2]), doc);
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("%ld\n", usage.ru_maxrss);  // kilobytes on Linux
        return doc.elementCount() == kElements ? 0 : 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
