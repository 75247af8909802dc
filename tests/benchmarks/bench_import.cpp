// Import speed of elements.csv: parse + validate + apply of 100,000 elements into a
// ProjectDocument (target: under 2 s). The file is generated in memory in both dialects, with
// quoted fields (separators and doubled quotes inside), so the slow paths of the tokenizer run too.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <benchmark/benchmark.h>

#include <memory>

#include "core/document/projectdocument.h"
#include "core/io/csvimport.h"

namespace {

using respan::ProjectDocument;
using respan::io::CsvDialect;

QByteArray generateElementsCsv(int rows, CsvDialect dialect) {
    const bool semicolon = dialect == CsvDialect::SemicolonComma;
    const char sep = semicolon ? ';' : ',';
    const auto num = [semicolon](double v, int decimals) {
        QByteArray s = QByteArray::number(v, 'f', decimals);
        if (semicolon) s.replace('.', ',');
        return s;
    };
    static const char* kStatus[] = {"in_storage", "certified", "harvested", "reserved"};
    QByteArray out;
    out.reserve(static_cast<qsizetype>(rows) * 200);
    out +=
        QByteArray(
            "id,donor_structure,donor_position,type,length_m,height_mm,width_mm,mass_t,year_built,"
            "original_load_class,moment_capacity_knm,shear_capacity_kn,capacity_basis,condition,"
            "status,location_lat,location_lon,available_from\r\n")
            .replace(',', sep);
    for (int i = 0; i < rows; ++i) {
        const int donor = i / 40;  // 40 girders per donor viaduct
        out += "E" + QByteArray::number(i).rightJustified(6, '0');
        out += sep;
        out += "\"Viaduct " + QByteArray::number(donor) + sep + " A" +
               QByteArray::number(donor % 99) + "\"";
        out += sep;
        out +=
            "span " + QByteArray::number(i % 7 + 1) + " girder " + QByteArray::number(i % 40 + 1);
        out += sep;
        out += (i % 10 == 0) ? QByteArray("\"inverted-T \"\"rail\"\" girder\"")
                             : QByteArray("inverted-T rail girder");
        out += sep + num(15.0 + (i % 1000) * 0.01, 2);
        out += sep + QByteArray::number(750 + (i % 6) * 50);
        out += sep + QByteArray("1180");
        out += sep + num(16.0 + (i % 500) * 0.037, 3);
        out += sep + QByteArray::number(1965 + i % 30);
        out += sep + QByteArray("BK-60-1963");
        out += sep + num(1800.0 + (i % 3000) * 0.9, 1);
        out += sep + num(450.0 + (i % 500) * 0.8, 1);
        out += sep + QByteArray(i % 5 == 0 ? "estimated" : "verified");
        out += sep + QByteArray::number(1 + i % 6);
        out += sep + QByteArray(kStatus[i % 4]);
        out += sep + num(51.0 + (i % 9000) * 0.0003, 4);
        out += sep + num(4.0 + (i % 7000) * 0.0004, 4);
        out += sep;
        if (i % 3 == 0) out += "2026-0" + QByteArray::number(1 + i % 9) + "-15";
        out += "\r\n";
    }
    return out;
}

void importElements(benchmark::State& state, bool apply) {
    const auto dialect = static_cast<CsvDialect>(state.range(1));
    const QByteArray csv = generateElementsCsv(static_cast<int>(state.range(0)), dialect);
    for (auto _ : state) {
        state.PauseTiming();
        auto doc = std::make_unique<ProjectDocument>();
        state.ResumeTiming();
        respan::io::ElementImport import =
            respan::io::parseElementsCsv(csv, *doc, QStringLiteral("bench"));
        if (!import.ok()) {
            state.SkipWithError(import.errors.front().toString().toStdString().c_str());
            break;
        }
        if (apply) respan::io::applyElementImport(*doc, std::move(import));
        benchmark::DoNotOptimize(doc->elementCount());
        state.PauseTiming();
        doc.reset();
        state.ResumeTiming();
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * csv.size());
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}

/// The figure the target is about: parse + validate + applyElementImport.
void BM_ImportElements(benchmark::State& state) {
    importElements(state, true);
}
/// Parse + validate only, to see what applying into the document costs.
void BM_ParseElements(benchmark::State& state) {
    importElements(state, false);
}

void BM_WriteElements(benchmark::State& state) {
    const auto dialect = static_cast<CsvDialect>(state.range(1));
    const QByteArray csv = generateElementsCsv(static_cast<int>(state.range(0)), dialect);
    ProjectDocument doc;
    respan::io::applyElementImport(doc,
                                   respan::io::parseElementsCsv(csv, doc, QStringLiteral("bench")));
    for (auto _ : state) benchmark::DoNotOptimize(respan::io::writeElementsCsv(doc, dialect));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}

constexpr int64_t kComma = static_cast<int64_t>(CsvDialect::CommaPoint);
constexpr int64_t kSemicolon = static_cast<int64_t>(CsvDialect::SemicolonComma);

BENCHMARK(BM_ImportElements)
    ->ArgsProduct({{100000}, {kComma, kSemicolon}})
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ParseElements)
    ->ArgsProduct({{100000}, {kComma, kSemicolon}})
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_WriteElements)
    ->ArgsProduct({{100000}, {kComma, kSemicolon}})
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
